"""STAND-IN for matplotlib.backends (see ../../README.md)."""
