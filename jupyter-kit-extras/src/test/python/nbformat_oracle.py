"""nbformat's own conversion of old notebooks: the oracle of LegacyNotebooksOracleTest.

Run by Debian's /usr/bin/python3 with python3-nbformat (a test-time oracle, never shipped). Reads a JSON list of
notebook texts on stdin and writes a JSON list with, for each, {"notebook": ...} (what nbformat.reads(text,
as_version=4) gives, in memory) or {"error": "..."} when nbformat refuses it.
"""

import json
import logging
import sys

import nbformat


def main():
    # nbformat logs the schema errors of what it converts; the test compares the notebooks themselves.
    logging.disable(logging.CRITICAL)
    results = []
    for text in json.load(sys.stdin):
        try:
            results.append({"notebook": nbformat.reads(text, as_version=4)})
        except Exception as error:  # noqa: BLE001 - any refusal is an answer the test records
            results.append({"error": "%s: %s" % (type(error).__name__, error)})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
