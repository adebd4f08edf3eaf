"""The Python half of jupyter-kit's Pyodide executor: a small Jupyter kernel that speaks messages through a callback.

The Java worker hands :class:`Kernel` a function taking one JSON text per Jupyter message; nothing here imports
Pyodide's ``js`` module, so the same code runs under plain CPython in the tests.
"""

from .kernel import Kernel

__all__ = ["Kernel"]
