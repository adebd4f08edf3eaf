"""STAND-IN for matplotlib, which cannot be installed offline (see ../README.md). Not the real package."""

__version__ = "0.0+standin"
STAND_IN = True
