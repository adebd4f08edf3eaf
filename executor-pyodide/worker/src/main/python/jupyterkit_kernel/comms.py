"""Comms between the kernel and the page (Jupyter's comm_open / comm_msg / comm_close), for ipywidgets and others.

The ``comm`` package, which ipywidgets 8 uses, gets its comms and their manager from ``comm.create_comm`` and
``comm.get_comm_manager``; without ipykernel those make comms that talk to nobody. This module replaces both the
moment ``comm`` is imported, so comms send through the kernel and the page's messages reach them.

It also notices Output widgets capturing (their synced ``msg_id``), so the kernel can put the output of a request
into the widget, as Jupyter front ends do.
"""

import importlib.abc
import sys

_active = None


class Comms:
    """The kernel's comm manager (made when ``comm`` is imported) and the Output widgets capturing right now."""

    def __init__(self, send):
        self._send = send
        self.manager = None
        self.captures = {}

    def install(self):
        """Makes this kernel's comms the ones ``comm`` hands out, now or when it is imported."""
        global _active
        _active = self
        if "comm" in sys.modules:
            self.patch(sys.modules["comm"])
        elif not any(isinstance(f, _PatchOnImport) for f in sys.meta_path):
            sys.meta_path.insert(0, _PatchOnImport("comm", lambda module: _active.patch(module)))

    def patch(self, comm_module):
        from comm.base_comm import BaseComm, CommManager

        comms = self

        class KernelComm(BaseComm):
            def publish_msg(self, msg_type, data=None, metadata=None, buffers=None, **keys):
                data = {} if data is None else data
                content = dict(keys, data=data, comm_id=self.comm_id)
                comms._notice_capture(self.comm_id, msg_type, data)
                comms._send(msg_type, content, metadata, buffers)

        self.manager = CommManager()
        comm_module.create_comm = KernelComm
        comm_module.get_comm_manager = lambda: self.manager

    def handle(self, msg):
        """Gives one comm message from the page to the manager; returns a warning text if it was ignored."""
        msg_type = msg.get("header", {}).get("msg_type")
        content = msg.get("content")
        if msg_type not in ("comm_open", "comm_msg", "comm_close") or not isinstance(content, dict):
            return "ignoring a malformed comm message (type %r)" % (msg_type,)
        comm_id = content.get("comm_id")
        if not isinstance(comm_id, str) or not comm_id:
            return "ignoring a %s without a comm_id" % msg_type
        if self.manager is None:
            if msg_type == "comm_open":
                self._send("comm_close", {"comm_id": comm_id, "data": {}})
            return "no comm target %r: the comm package is not imported" % content.get("target_name")
        if msg_type == "comm_open":
            if content.get("target_name") not in self.manager.targets:
                self._send("comm_close", {"comm_id": comm_id, "data": {}})
                return "no comm target %r" % content.get("target_name")
        elif self.manager.get_comm(comm_id) is None:
            return "ignoring a %s for the unknown comm %s" % (msg_type, comm_id)
        getattr(self.manager, msg_type)(None, None, msg)
        return None

    def _notice_capture(self, comm_id, msg_type, data):
        """An Output widget's msg_id going out means it captures that request's output (or stops, when empty)."""
        if msg_type != "comm_msg" or not isinstance(data, dict) or data.get("method") != "update":
            return
        state = data.get("state") or {}
        if "msg_id" not in state:
            return
        widgets = getattr(sys.modules.get("ipywidgets.widgets.widget"), "_instances", {})
        widget = widgets.get(comm_id)
        if widget is None:
            return
        for msg_id in [k for k, v in self.captures.items() if v is widget]:
            del self.captures[msg_id]
        if state["msg_id"]:
            self.captures[state["msg_id"]] = widget


class _PatchOnImport(importlib.abc.MetaPathFinder):
    """Runs ``patch(module)`` right after ``name`` is first imported."""

    def __init__(self, name, patch):
        self._name = name
        self._patch = patch

    def find_spec(self, fullname, path=None, target=None):
        if fullname != self._name:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None:
                original = spec.loader.exec_module
                patch = self._patch

                def exec_module(module):
                    original(module)
                    patch(module)

                spec.loader.exec_module = exec_module
                return spec
        return None


def capture(widget, msg_type, content, pending_clears):
    """Puts one output message into an Output widget's ``outputs``, merging consecutive stream text."""
    outputs = [] if id(widget) in pending_clears else list(widget.outputs)
    if msg_type == "clear_output":
        if content.get("wait"):
            pending_clears.add(id(widget))
        else:
            pending_clears.discard(id(widget))
            widget.outputs = ()
        return
    pending_clears.discard(id(widget))
    if msg_type == "stream":
        last = outputs[-1] if outputs else None
        if last and last.get("output_type") == "stream" and last.get("name") == content["name"]:
            outputs[-1] = dict(last, text=last["text"] + content["text"])
        else:
            outputs.append({"output_type": "stream", "name": content["name"], "text": content["text"]})
    elif msg_type == "display_data":
        outputs.append({"output_type": "display_data", "data": content.get("data", {}),
                        "metadata": content.get("metadata", {})})
    elif msg_type == "error":
        outputs.append({"output_type": "error", "ename": content["ename"], "evalue": content["evalue"],
                        "traceback": content["traceback"]})
    widget.outputs = tuple(outputs)
