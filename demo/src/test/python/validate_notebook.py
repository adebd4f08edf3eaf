"""Checks notebooks against the official nbformat v4 schema, with Debian's python3-nbformat.

Usage: validate_notebook.py FILE...  Prints "valid FILE" or "invalid FILE: reason" for each; exits 1 if any is
invalid. The browser tests run it on what the element's toJSON() saves. The file's JSON goes to the schema as is:
nbformat.read() would quietly add missing cell ids first.
"""

import json
import sys

from nbformat.validator import get_validator


def main(paths):
    ok = True
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                notebook = json.load(f)
            if notebook.get("nbformat") != 4:
                raise ValueError("nbformat %s, not 4" % notebook.get("nbformat"))
            validator = get_validator(version=4, version_minor=notebook.get("nbformat_minor", 0), name="jsonschema")
            if validator is None:
                raise ValueError("no schema for nbformat 4.%s" % notebook.get("nbformat_minor"))
            errors = list(validator.iter_errors(notebook))
            if errors:
                raise ValueError("%d schema errors, first: %s at %s" % (
                    len(errors), errors[0].message, "/".join(str(p) for p in errors[0].absolute_path)))
            print("valid", path)
        except Exception as exc:  # any failure to read or validate is a finding
            ok = False
            print("invalid %s: %s" % (path, str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
