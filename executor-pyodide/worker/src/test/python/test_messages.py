"""The JSON text of the kernel's messages, which is put together from parts rather than encoded as one dict."""

import datetime
import json
import os
import sys
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "main", "python"))

from jupyterkit_kernel import messages  # noqa: E402
from jupyterkit_kernel.messages import NO_PARENT, ParentHeader, message_json  # noqa: E402

REQUEST = {"msg_id": "req-\u00e9\"1", "msg_type": "execute_request", "session": "s", "username": "u",
           "date": "2026-01-01T00:00:00Z", "version": "5.3"}


class MessageJsonTest(unittest.TestCase):
    def test_the_text_is_what_json_dumps_makes_of_the_message(self):
        text = message_json("execute_result", {"data": {"text/plain": "2 \u2028 \u00e9"}, "execution_count": 3},
                            ParentHeader(REQUEST), {"text/plain": {"isolated": True}})
        message = json.loads(text)
        self.assertEqual(json.dumps(message, ensure_ascii=False), text)
        self.assertEqual(["header", "parent_header", "metadata", "content"], list(message))
        header = message["header"]
        self.assertEqual(["msg_id", "msg_type", "session", "username", "date", "version"], list(header))
        self.assertEqual(("execute_result", "pyodide", "5.3"),
                         (header["msg_type"], header["username"], header["version"]))
        self.assertTrue(header["msg_id"].startswith(header["session"] + "-"), header)
        self.assertEqual(REQUEST, message["parent_header"])
        self.assertEqual({"text/plain": {"isolated": True}}, message["metadata"])
        self.assertEqual({"data": {"text/plain": "2 \u2028 \u00e9"}, "execution_count": 3}, message["content"])

    def test_each_message_has_its_own_id_and_no_parent_is_an_empty_header(self):
        first = json.loads(message_json("status", {"execution_state": "busy"}))
        second = json.loads(message_json("status", {"execution_state": "idle"}, NO_PARENT, {}))
        self.assertNotEqual(first["header"]["msg_id"], second["header"]["msg_id"])
        self.assertEqual(({}, {}), (first["parent_header"], first["metadata"]))
        self.assertEqual({}, second["metadata"])

    def test_what_json_cannot_hold_becomes_its_repr(self):
        content = json.loads(message_json("display_data", {"data": {"text/plain": {1, 2}}, "metadata": {}}))
        self.assertEqual("{1, 2}", content["content"]["data"]["text/plain"])

    def test_the_date_is_the_current_utc_time_as_datetime_writes_it(self):
        before = datetime.datetime.now(datetime.timezone.utc)
        date = json.loads(message_json("status", {}))["header"]["date"]
        after = datetime.datetime.now(datetime.timezone.utc)
        self.assertRegex(date, r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$")
        self.assertLessEqual(before - datetime.timedelta(milliseconds=1), datetime.datetime.fromisoformat(date))
        self.assertLessEqual(datetime.datetime.fromisoformat(date), after + datetime.timedelta(milliseconds=1))

    def test_the_date_of_any_instant_is_datetimes_isoformat(self):
        real = time.time_ns
        epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
        # A whole second (isoformat leaves the microseconds out), the next microsecond, the same second again.
        instants = [1_780_000_000_000_000_000, 1_780_000_000_000_001_999, 1_780_000_000_999_999_000,
                    1_780_000_001_000_000_000, 951_782_400_123_456_789]
        try:
            for ns in instants:
                time.time_ns = lambda ns=ns: ns
                with self.subTest(ns=ns):
                    expected = (epoch + datetime.timedelta(microseconds=ns // 1000)).isoformat()
                    self.assertEqual(expected, messages._utc_now())
        finally:
            time.time_ns = real


if __name__ == "__main__":
    unittest.main()
