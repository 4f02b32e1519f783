"""Helpers for the browser tests: Debian's chromium, and a loopback server that
can be stopped and started again on the same port (to simulate an outage)."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[3]
# Screenshots for people to look at go to a temporary folder (printed at the end of
# the run); `make screenshots` writes the README's own into docs/.
ARTIFACTS = Path(os.environ.get("BOT_TEST_ARTIFACTS") or tempfile.mkdtemp(prefix="bot-shots-"))

# Runs before any page script: records CSP violations, whether the typing
# indicator was ever shown, and gives XSS payloads a flag they would set.
PAGE_PROBES = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});
window.__typingSeen = false;
document.addEventListener('DOMContentLoaded', function () {
  var typing = document.getElementById('typing');
  if (!typing) return;
  new MutationObserver(function () {
    if (!typing.hidden) window.__typingSeen = true;
  }).observe(typing, { attributes: true });
});
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RestartableServer:
    """uvicorn in a thread on a fixed loopback port; stop() and start() again
    serve the same app (and so the same session memory) after an outage."""

    def __init__(self, app: FastAPI, port: int | None = None) -> None:
        self.app = app
        self.port = port or free_port()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 10.0) -> None:
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"test server did not start on port {self.port}")
            time.sleep(0.02)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None


def open_page(browser: Any, url: str, **context: Any) -> Any:
    """A page with the probes installed; `page.errors` collects script errors."""
    viewport = context.pop("viewport", {"width": 1280, "height": 800})
    ctx = browser.new_context(viewport=viewport, **context)
    ctx.add_init_script(PAGE_PROBES)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors
    page.goto(url)
    return page


def assert_clean(page: Any) -> None:
    """No script errors and nothing blocked by the page's own CSP."""
    assert page.errors == []
    assert page.evaluate("window.__cspViolations") == []
