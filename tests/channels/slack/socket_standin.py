"""Slack's side of Socket Mode on loopback, speaking the documented protocol:
`apps.connections.open` (on the Web API recorder) hands out a ws:// URL; on the
WebSocket, Slack sends `hello`, then envelopes (`events_api`, `slash_commands`,
`interactive`) that the app must acknowledge with `{"envelope_id": …}` (plus a
`payload` where `accepts_response_payload` is true), and `disconnect` when the
app should reconnect. Everything the app sends back is recorded.
"""

from __future__ import annotations

import itertools
import json
import queue
import threading
import time
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

HELLO = {
    "type": "hello",
    "num_connections": 1,
    "debug_info": {
        "host": "applink-standin",
        "build_number": 1,
        "approximate_connection_time": 18060,
    },
    "connection_info": {"app_id": "A0BBBBBB2"},
}


class SocketModeStandIn:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.connections = 0
        self._outbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self._changed = threading.Condition()
        self._ids = itertools.count(1)
        self._server = serve(self._session, "127.0.0.1", 0)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._server.socket.getsockname()[1]}/link/?ticket=standin"

    def start(self) -> SocketModeStandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()

    def wait_connected(self, count: int = 1, timeout: float = 15.0) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: self.connections >= count, timeout):
                raise AssertionError(
                    f"the app opened {self.connections} connection(s), not {count}"
                )

    def send(self, kind: str, payload: dict[str, Any], **extra: Any) -> str:
        """Queue an envelope; returns its envelope_id."""
        envelope_id = f"env-{next(self._ids)}-{time.time_ns()}"
        message = {"envelope_id": envelope_id, "type": kind, "payload": payload, **extra}
        self._outbox.put(message)
        return envelope_id

    def disconnect(self, reason: str = "refresh_requested") -> None:
        self._outbox.put(
            {"type": "disconnect", "reason": reason, "debug_info": {"host": "applink-standin"}}
        )

    def ack_for(self, envelope_id: str, timeout: float = 3.0) -> tuple[dict[str, Any], float]:
        """The app's acknowledgement of an envelope and how long after sending it came."""
        started = time.monotonic()
        with self._changed:
            found = self._changed.wait_for(
                lambda: any(m.get("envelope_id") == envelope_id for m in self.received), timeout
            )
            if not found:
                raise AssertionError(f"no ack for {envelope_id} within {timeout} s")
            ack = next(m for m in self.received if m.get("envelope_id") == envelope_id)
        return ack, time.monotonic() - started

    def _session(self, ws: ServerConnection) -> None:
        ws.send(json.dumps(HELLO))
        with self._changed:
            self.connections += 1
            self._changed.notify_all()
        try:
            while True:
                try:
                    message = self._outbox.get(timeout=0.02)
                    ws.send(json.dumps(message))
                    if message["type"] == "disconnect":
                        return
                except queue.Empty:
                    pass
                try:
                    raw = ws.recv(timeout=0.02)
                except TimeoutError:
                    continue
                with self._changed:
                    self.received.append(json.loads(raw))
                    self._changed.notify_all()
        except ConnectionClosed:
            return
