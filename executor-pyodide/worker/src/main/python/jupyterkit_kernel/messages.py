"""Jupyter message construction (protocol 5.3)."""

import datetime
import itertools
import json
import os

PROTOCOL_VERSION = "5.3"
# uuid would do, but importing it costs start-up time in Pyodide for no gain here.
_SESSION = os.urandom(16).hex()
_counter = itertools.count(1)


def new_message(msg_type, content, parent_header=None, metadata=None):
    """One Jupyter message as a dict, answering ``parent_header`` when given."""
    return {
        "header": {
            "msg_id": "%s-%d" % (_SESSION, next(_counter)),
            "msg_type": msg_type,
            "session": _SESSION,
            "username": "pyodide",
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(),
            "version": PROTOCOL_VERSION,
        },
        "parent_header": parent_header or {},
        "metadata": metadata or {},
        "content": content,
    }


def to_json(message):
    """JSON text for a message; objects JSON cannot hold become their repr rather than failing the cell."""
    return json.dumps(message, default=repr, ensure_ascii=False)
