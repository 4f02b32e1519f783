"""Real servers for the reliability suite: `bot serve` processes, a /healthz prober in
its own process, RSS and metrics readers, and threaded clients that count outcomes."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class BotServer:
    """`bot serve` as an operator runs it, configured by environment only."""

    def __init__(self, port: int, env: dict[str, str], workdir: Path) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.log = workdir / f"bot-{port}.log"
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "serve", "--port", str(port)],
                env=env,
                cwd=workdir,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"bot serve exited {self.proc.returncode}:\n{self.logs()}")
            try:
                if get(self.url, "/readyz", timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"bot serve not ready after {timeout} s:\n{self.logs()}")

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def peak_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def metric(self, name: str) -> float:
        """One unlabelled sample from /metrics."""
        _, body = get(self.url, "/metrics")
        for line in body.decode().splitlines():
            if line.startswith(name + " "):
                return float(line.split()[1])
        raise KeyError(name)

    def logs(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def get(base: str, path: str, timeout: float = 10) -> tuple[int, bytes]:
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def post_json(
    conn: http.client.HTTPConnection, path: str, payload: object
) -> tuple[int, dict[str, object]]:
    conn.request("POST", path, json.dumps(payload), {"content-type": "application/json"})
    response = conn.getresponse()
    body = response.read()
    try:
        return response.status, json.loads(body)
    except ValueError:
        return response.status, {"raw": body[:200].decode(errors="replace")}


class Probe:
    """/healthz latency seen from another process while a test runs."""

    def __init__(self, base: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "probe.py"), base], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        self.proc.stdout.readline()  # "ready"

    def stop(self) -> dict[str, float]:
        self.proc.send_signal(signal.SIGINT)
        out, _ = self.proc.communicate(timeout=15)
        return json.loads(out.strip().splitlines()[-1])


@dataclass
class Load:
    """`clients` threads, each asking in a loop on its own keep-alive connection."""

    base: str
    clients: int
    ask: Callable[[int, int], str]  # (client, n) -> question
    statuses: Counter[int] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    replies: list[tuple[float, str, dict[str, object]]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _run(self, client: int) -> None:
        url = urlsplit(self.base)
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        n = 0
        while not self._stop.is_set():
            question = self.ask(client, n)
            started = time.perf_counter()
            try:
                status, body = post_json(conn, "/v1/ask", {"question": question})
            except (OSError, http.client.HTTPException):
                status, body = 599, {}
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
            with self._lock:
                self.statuses[status] += 1
                self.latencies.append(time.perf_counter() - started)
                self.replies.append((time.time(), question, body))
            if status == 503:
                time.sleep(0.2)
            n += 1
        conn.close()

    def start(self) -> Load:
        for i in range(self.clients):
            thread = threading.Thread(target=self._run, args=(i,), daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)

    def p(self, q: float) -> float:
        ordered = sorted(self.latencies) or [0.0]
        return ordered[int(q * (len(ordered) - 1))]


def server_env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "SLACK_"))}
    env.update(HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false", BOT_LOG_LEVEL="INFO")
    env["PYTHONPATH"] = str(ROOT)
    env.update({k.upper(): v for k, v in overrides.items()})
    return env
