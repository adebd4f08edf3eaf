"""``%time``, ``%%time``, ``%timeit`` and ``%%timeit``, reporting in IPython's words and units."""

import ast
import math
import re
import time
import timeit as timeit_module

# Compiling or parsing slower than this is reported, as IPython does.
_SLOW_COMPILE = 0.1
# Code that ran this long on the wall clock used some CPU time on any platform that can measure it.
_CPU_CLOCK_CHECK = 0.001


def format_time(seconds, precision=3):
    """A duration as IPython writes it: ``3.81 µs``, ``12.5 ms``, ``1.2 s``, ``1min 3s``."""
    if seconds >= 60.0:
        parts = []
        left = seconds
        for suffix, length in (("d", 86400), ("h", 3600), ("min", 60), ("s", 1)):
            value = int(left / length)
            if value > 0:
                left = left % length
                parts.append("%d%s" % (value, suffix))
            if left < 1:
                break
        return " ".join(parts)
    units = ("s", "ms", "\xb5s", "ns")
    order = min(-int(math.floor(math.log10(seconds)) // 3), 3) if seconds > 0.0 else 3
    return "%.*g %s" % (precision, seconds * 10 ** (3 * order), units[order])


def _cpu_times():
    """(user, system) CPU seconds; where the platform cannot split them (Pyodide) all of it counts as user."""
    try:
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage[0], usage[1]
    except (ImportError, AttributeError, OSError):
        return time.process_time(), 0.0


def time_code(code, namespace, show_error):
    """Runs ``code`` once, prints its CPU and wall times and returns its last expression's value.

    A failure inside is shown by ``show_error(exc)`` and ends the timing without a report, as in IPython.
    """
    started = time.perf_counter()
    tree = ast.parse(code)
    parse_time = time.perf_counter() - started
    last = None
    if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
        mode, filename, tree = "eval", "<timed eval>", ast.Expression(tree.body[0].value)
    else:
        mode, filename = "exec", "<timed exec>"
        if len(tree.body) > 1 and isinstance(tree.body[-1], ast.Expr):
            last = ast.Expression(tree.body.pop().value)
    started = time.perf_counter()
    compiled = compile(tree, filename, mode)
    compile_time = time.perf_counter() - started
    wall_start = time.time()
    cpu_start = _cpu_times()
    try:
        if mode == "eval":
            value = eval(compiled, namespace)
        else:
            exec(compiled, namespace)
            value = eval(compile(last, filename, "eval"), namespace) if last is not None else None
    except Exception as exc:
        show_error(exc)
        return None
    cpu_end = _cpu_times()
    wall = time.time() - wall_start
    user = cpu_end[0] - cpu_start[0]
    system = cpu_end[1] - cpu_start[1]
    if user + system == 0 and wall >= _CPU_CLOCK_CHECK:
        # Pyodide's process clock does not advance: zeros would be a false measurement.
        print("CPU times: not measured (this Python has no CPU clock)")
    else:
        print("CPU times: user %s, sys: %s, total: %s" % (format_time(user), format_time(system),
                                                          format_time(user + system)))
    print("Wall time: %s" % format_time(wall))
    if compile_time > _SLOW_COMPILE:
        print("Compiler : %s" % format_time(compile_time))
    if parse_time > _SLOW_COMPILE:
        print("Parser   : %s" % format_time(parse_time))
    return value


class TimeitResult:
    """What ``%timeit -o`` returns: loops per run, runs, and each run's time, with IPython's summary line."""

    __module__ = "IPython.core.magics.execution"

    def __init__(self, loops, repeat, best, worst, all_runs, compile_time, precision):
        self.loops = loops
        self.repeat = repeat
        self.best = best
        self.worst = worst
        self.all_runs = all_runs
        self.compile_time = compile_time
        self._precision = precision
        self.timings = [run / loops for run in all_runs]

    @property
    def average(self):
        return math.fsum(self.timings) / len(self.timings)

    @property
    def stdev(self):
        mean = self.average
        return (math.fsum((t - mean) ** 2 for t in self.timings) / len(self.timings)) ** 0.5

    def __str__(self):
        return "%s \xb1 %s per loop (mean \xb1 std. dev. of %d run%s, %s loop%s each)" % (
            format_time(self.average, self._precision), format_time(self.stdev, self._precision),
            self.repeat, "" if self.repeat == 1 else "s", "{:,}".format(self.loops), "" if self.loops == 1 else "s")

    def __repr__(self):
        return "<TimeitResult : %s>" % self

    def _repr_pretty_(self, printer, cycle):
        printer.text(repr(self))


_OPTION = re.compile(r"\s*-([nrp])\s*(\S+)|\s*-([tcqo]+)(?=\s|$)")


def parse_timeit_options(line):
    """``-n N -r R -p P -t -c -q -o`` at the start of ``line``: (options, the rest)."""
    options = {}
    position = 0
    while True:
        match = _OPTION.match(line, position)
        if not match:
            break
        if match.group(1):
            try:
                options[match.group(1)] = int(match.group(2))
            except ValueError:
                raise ValueError("invalid literal for int() with base 10: %r" % match.group(2))
        else:
            for flag in match.group(3):
                options[flag] = True
        position = match.end()
    return options, line[position:].strip()


_TEMPLATE = "def inner(_it, _timer):\n    _t0 = _timer()\n    for _i in _it:\n        pass\n    _t1 = _timer()\n" \
            "    return _t1 - _t0\n"


def timeit(line, cell, namespace):
    """``%timeit [options] statement`` (cell None) or ``%%timeit [options] setup`` with the cell as statement."""
    options, rest = parse_timeit_options(line)
    setup, statement = (rest, cell) if cell is not None else ("pass", rest)
    if not statement.strip():
        return None
    setup_tree = ast.parse(setup or "pass")
    statement_tree = ast.parse(statement)
    # Compiled alone first, so that code only valid inside the timing function fails with its own error.
    compile(setup_tree, "<magic-timeit-setup>", "exec")
    compile(statement_tree, "<magic-timeit-stmt>", "exec")
    template = ast.parse(_TEMPLATE)
    inner = template.body[0]
    inner.body[:0] = setup_tree.body
    loop = next(node for node in inner.body if isinstance(node, ast.For))
    loop.body = statement_tree.body or [ast.Pass()]
    ast.fix_missing_locations(template)
    started = time.perf_counter()
    code = compile(template, "<magic-timeit>", "exec")
    compile_time = time.perf_counter() - started
    local = {}
    exec(code, namespace, local)
    clock = timeit_module.default_timer
    if options.get("t"):
        clock = time.time
    if options.get("c"):
        clock = time.process_time
    timer = timeit_module.Timer(timer=clock)
    timer.inner = local["inner"]
    number = options.get("n", 0)
    repeat = options.get("r", max(7, timeit_module.default_repeat))
    precision = options.get("p", 3)
    if number <= 0:
        # The first power of ten that runs for at least 0.2 s.
        for exponent in range(10):
            number = 10 ** exponent
            if timer.timeit(number) >= 0.2:
                break
    runs = timer.repeat(repeat, number)
    best = min(runs) / number
    worst = max(runs) / number
    result = TimeitResult(number, repeat, best, worst, runs, compile_time, precision)
    if not options.get("q"):
        if worst > 4 * best and best > 0 and worst > 1e-6:
            print("The slowest run took %0.2f times longer than the fastest. This could mean that an intermediate "
                  "result is being cached." % (worst / best))
        print(result)
        if compile_time > _SLOW_COMPILE:
            print("Compiler time: %.2f s" % compile_time)
    return result if options.get("o") else None
