"""Jupyter message construction (protocol 5.3), as JSON text.

A cell is answered by four messages or more, so their text is put together here rather than by encoding a new dict:
the header's fixed parts are written once, the parent header is encoded once per request (``ParentHeader``) and the
timestamp's date and time of day once per second. The text is what ``json.dumps`` of the message's dict gives.
"""

import itertools
import json
import os
import time

PROTOCOL_VERSION = "5.3"
# uuid would do, but importing it costs start-up time in Pyodide for no gain here.
_SESSION = os.urandom(16).hex()
_counter = itertools.count(1)
# Objects JSON cannot hold become their repr rather than failing the cell.
_encode = json.JSONEncoder(default=repr, ensure_ascii=False).encode
_encode_string = json.encoder.encode_basestring
_HEADER = ('{"header": {"msg_id": "' + _SESSION + '-%d", "msg_type": %s, "session": "' + _SESSION
           + '", "username": "pyodide", "date": "%s", "version": "' + PROTOCOL_VERSION + '"}, "parent_header": %s, '
           '"metadata": %s, "content": %s}')


class ParentHeader:
    """The header of the request being answered, with its JSON text, encoded once for all the answer's messages."""

    __slots__ = ("header", "json")

    def __init__(self, header):
        self.header = header
        self.json = _encode(header or {})


NO_PARENT = ParentHeader(None)


def message_json(msg_type, content, parent=NO_PARENT, metadata=None):
    """The JSON text of one Jupyter message answering ``parent`` (a ParentHeader)."""
    return _HEADER % (next(_counter), _encode_string(msg_type), _utc_now(), parent.json,
                      _encode(metadata) if metadata else "{}", _encode(content))


_second = None
_second_text = ""


def _utc_now():
    """``datetime.now(timezone.utc).isoformat()``, for less: the text of the second is made once."""
    global _second, _second_text
    second, micros = divmod(time.time_ns() // 1000, 1000000)
    if second != _second:
        _second_text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
        _second = second
    return "%s.%06d+00:00" % (_second_text, micros) if micros else _second_text + "+00:00"
