"""Compiling and running one cell: the last expression becomes the result, top-level ``await`` is allowed."""

import ast
import linecache
import types

_FLAGS = getattr(ast, "PyCF_ALLOW_TOP_LEVEL_AWAIT", 0)
# inspect.CO_COROUTINE; importing inspect just for it would slow start-up in Pyodide.
_CO_COROUTINE = 0x0080


def cell_filename(execution_count):
    """The file name a cell's code runs under; tracebacks turn it back into ``Cell In[n]``."""
    return "<cell-%d>" % execution_count


def register_source(filename, source):
    """Lets traceback and inspect find the cell's lines, as IPython does."""
    lines = source.splitlines(True)
    linecache.cache[filename] = (len(source), None, lines, filename)


class CompiledCell:
    """The cell split into a body to exec (None when there is none) and an optional last expression to eval.

    ``tree`` is the source's syntax tree when it was parsed already; it is left unchanged."""

    def __init__(self, source, filename, tree=None):
        if tree is None:
            tree = ast.parse(source, filename, "exec")
        statements = tree.body
        last = None
        if statements and isinstance(statements[-1], ast.Expr):
            last = ast.Expression(statements[-1].value)
            statements = statements[:-1]
        self.body = None
        if statements:
            body = ast.Module(statements, tree.type_ignores)
            self.body = compile(body, filename, "exec", flags=_FLAGS, dont_inherit=True)
        self.last = compile(last, filename, "eval", flags=_FLAGS, dont_inherit=True) if last else None

    @property
    def is_async(self):
        """True when the cell uses top-level ``await`` and must be awaited."""
        return any(code is not None and code.co_flags & _CO_COROUTINE for code in (self.body, self.last))


def run_sync(cell, namespace):
    """Runs a cell without top-level await; returns the last expression's value or None."""
    if cell.body is not None:
        exec(cell.body, namespace)
    return eval(cell.last, namespace) if cell.last is not None else None


async def run_async(cell, namespace):
    """Runs a cell that uses top-level await."""
    if cell.body is not None:
        result = eval(cell.body, namespace)
        if isinstance(result, types.CoroutineType):
            await result
    if cell.last is None:
        return None
    value = eval(cell.last, namespace)
    if isinstance(value, types.CoroutineType) and cell.last.co_flags & _CO_COROUTINE:
        value = await value
    return value
