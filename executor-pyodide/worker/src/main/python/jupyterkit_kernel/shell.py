"""What ``get_ipython()`` returns in the kernel: IPython's shell as far as magics, history and ``exit()`` need it."""

import sys
from warnings import warn

from . import display
from . import execution
from . import magics


class InteractiveShell(display.Shell):
    """Runs magics (``run_line_magic``, ``run_cell_magic``), refuses shell commands, and holds the namespace's
    hidden names (``In``, ``Out``, ``exit``, ...), which ``%who`` leaves out."""

    def __init__(self, kernel):
        super().__init__(kernel)
        self.user_ns_hidden = {}
        self._nested_runs = 0
        # The result of a cell's last expression goes here (``%%capture`` takes it for a while).
        self.displayhook = kernel.display_result

    @property
    def execution_count(self):
        return self.kernel.execution_count

    def hide(self, names):
        """Names the kernel put in the namespace itself: ``%who`` leaves them out while they keep their values."""
        self.user_ns_hidden.update({name: self.user_ns[name] for name in names})

    def autocalls(self):
        """The names a cell may give alone to call them: ``exit`` and ``quit`` while they are IPython's."""
        return tuple(name for name in ("exit", "quit") if isinstance(self.user_ns.get(name), ExitAutocall))

    def run_line_magic(self, magic_name, line, _stack_depth=1):
        return magics.run_line_magic(self, magic_name, line)

    def run_cell_magic(self, magic_name, line, cell):
        return magics.run_cell_magic(self, magic_name, line, cell)

    def system(self, cmd):
        magics.system(cmd)

    def getoutput(self, cmd, split=True, depth=0):
        magics.system(cmd)

    def show_nested_error(self, exc):
        """An error inside a magic that goes on (``%time``): shown as the cell's error output."""
        self.kernel.show_exception(exc)

    def run_nested(self, source):
        """Runs code as IPython's ``run_cell`` from a magic does: not numbered or kept in ``In``, errors shown."""
        self._nested_runs += 1
        # Its own file name, so that tracebacks show its lines, still as ``Cell In[n]``.
        filename = "%s-%d>" % (execution.cell_filename(self.execution_count)[:-1], self._nested_runs)
        execution.register_source(filename, source)
        try:
            cell = execution.CompiledCell(magics.transform(source), filename)
            if cell.is_async:
                raise magics.MagicError("Top-level await cannot be used inside a cell magic here.")
            result = execution.run_sync(cell, self.user_ns)
        except SystemExit as exc:
            show_system_exit(self.kernel, exc)
            return
        except Exception as exc:
            self.kernel.show_exception(exc)
            return
        self.displayhook(result)

    def ask_exit(self, keep_kernel=False):
        self.kernel.ask_exit(keep_kernel)


class ExitAutocall:
    """``exit`` and ``quit``: calling them asks to end the kernel, as ipykernel's do (``keep_kernel=True`` does
    not)."""

    __module__ = "IPython.core.autocall"

    def __init__(self, shell):
        self._shell = shell

    def __repr__(self):
        return "<IPython.core.autocall.ZMQExitAutocall object at 0x%x>" % id(self)

    def __call__(self, keep_kernel=False):
        self._shell.ask_exit(keep_kernel)


def show_system_exit(kernel, exc):
    """``SystemExit`` ends the cell as in IPython: its exception line as the error, then IPython's warning."""
    from .tracebacks import exception_only

    ename, evalue, lines = exception_only(exc)
    kernel.publish("error", {"ename": ename, "evalue": evalue,
                             "traceback": ["An exception has occurred, use %tb to see the full traceback.\n"] + lines})
    # Shown the first time only, as Python shows a warning once per place that issues it.
    warn("To exit: use 'exit', 'quit', or Ctrl-D.", stacklevel=1)
    sys.stderr.flush()
    return ename, evalue
