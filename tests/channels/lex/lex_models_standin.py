"""A local stand-in of the Lex V2 model-building API for the calls `bot lex-sync`
makes, at the REST paths botocore's service model gives them; it records every
request (method, path, headers, JSON body) and answers with the documented shapes."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LOCALE_PATH = re.compile(
    r"^/bots/(?P<bot>[^/]+)/botversions/(?P<version>[^/]+)/botlocales/(?P<locale>[^/]+)/"
)


@dataclass
class Call:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class LexModelsStandIn:
    slot_types: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> description
    page_size: int = 1
    calls: list[Call] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, method: str, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        match = LOCALE_PATH.match(path)
        if not match:
            return 404, {"message": "not found"}
        where = {"botId": match["bot"], "botVersion": match["version"], "localeId": match["locale"]}
        rest = path[match.end() :]
        if method == "POST" and rest == "slottypes/":
            ids = sorted(self.slot_types)
            start = int(body.get("nextToken") or 0)
            page = ids[start : start + self.page_size]
            summaries = [
                {"slotTypeId": i, "slotTypeName": self.slot_types[i]["slotTypeName"]} for i in page
            ]
            more = start + self.page_size < len(ids)
            return 200, {
                **where,
                "slotTypeSummaries": summaries,
                **({"nextToken": str(start + self.page_size)} if more else {}),
            }
        if method == "PUT" and rest == "slottypes/":
            new_id = f"NEWTYPE{len(self.slot_types):03d}"
            self.slot_types[new_id] = dict(body)
            return 200, {**where, **body, "slotTypeId": new_id}
        slot = re.fullmatch(r"slottypes/([^/]+)/", rest)
        if slot and slot[1] in self.slot_types:
            if method == "GET":
                return 200, {**where, **self.slot_types[slot[1]], "slotTypeId": slot[1]}
            if method == "PUT":
                self.slot_types[slot[1]] = dict(body)
                return 202, {**where, **body, "slotTypeId": slot[1]}
        if rest == "" and method == "POST":
            return 202, {**where, "botLocaleStatus": "Building"}
        if rest == "" and method == "GET":
            return 200, {**where, "botLocaleStatus": "Built"}
        return 404, {"message": f"no route for {method} {path}"}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                body = json.loads(raw) if raw else {}
                path = self.path.split("?", 1)[0]
                standin.calls.append(Call(self.command, path, dict(self.headers.items()), body))
                status, answer = standin.answer(self.command, path, body)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                if status == 404:
                    self.send_header("x-amzn-ErrorType", "ResourceNotFoundException")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = _serve

            def log_message(self, *args: object) -> None:
                pass

        return Handler
