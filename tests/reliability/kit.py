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
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        out, _ = self.proc.communicate(timeout=15)
        return json.loads(out.strip().splitlines()[-1])

    def __enter__(self) -> Probe:
        return self

    def __exit__(self, *_: object) -> None:
        if self.proc.poll() is None:  # a test failed before it read the summary
            self.proc.kill()
            self.proc.wait(timeout=5)


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


def send_chunked(port: int, path: str, total: int, headers: dict[str, str]) -> tuple[int, int]:
    """Stream `total` bytes as a chunked body until the server answers; (status, bytes sent)."""
    import select

    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    start = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
    sock.sendall(f"{start}{head}\r\n".encode())
    chunk = b"a" * 65536
    frame = b"%x\r\n%s\r\n" % (len(chunk), chunk)
    sent = 0
    try:
        while sent < total:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break  # the server has answered: stop sending, as a real client would
            sock.sendall(frame)
            sent += len(chunk)
    except OSError:
        pass  # the server closed the connection on us: that is the point
    try:
        status_line = sock.recv(4096).split(b"\r\n", 1)[0]
        status = int(status_line.split()[1]) if status_line else 0
    except (OSError, IndexError, ValueError):
        status = 0
    sock.close()
    return status, sent


def slack_headers(secret: str, body: bytes) -> dict[str, str]:
    import hashlib
    import hmac

    stamp = str(int(time.time()))
    digest = hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256)
    return {
        "content-type": "application/json",
        "x-slack-request-timestamp": stamp,
        "x-slack-signature": "v0=" + digest.hexdigest(),
    }


def post_raw(base: str, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        conn.request("POST", path, body, headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


class PersistentRedis:
    """redis-server with an append-only file, so a restart keeps the sessions (as the
    compose file configures it)."""

    def __init__(self, workdir: Path) -> None:
        import shutil

        binary = shutil.which("redis-server")
        assert binary, "redis-server is not installed"
        self.binary, self.workdir, self.port = binary, workdir, free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.workdir),
                "--save",
                "",
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_port(self.port)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=15)


class Nginx:
    """Debian's nginx with deploy/nginx/default.conf.template, in front of `upstreams`."""

    def __init__(self, workdir: Path, upstreams: list[str]) -> None:
        import shutil

        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        assert Path(binary).exists(), "nginx is not installed (apt-get install nginx)"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        template = (ROOT / "deploy" / "nginx" / "default.conf.template").read_text()
        servers = "\n    ".join(f"server {u};" for u in upstreams)
        site = template.replace("server ${BOT_UPSTREAM};", servers).replace(
            "${NGINX_PORT}", f"127.0.0.1:{self.port}"
        )
        (workdir / "logs").mkdir(exist_ok=True)
        conf = workdir / "nginx.conf"
        conf.write_text(
            f"pid {workdir}/nginx.pid;\nerror_log {workdir}/logs/error.log;\n"
            f"events {{ worker_connections 1024; }}\n"
            f"http {{\n access_log {workdir}/logs/access.log;\n"
            f" client_body_temp_path {workdir}/body;\n proxy_temp_path {workdir}/proxy;\n"
            f" {site}\n}}\n"
        )
        self.proc = subprocess.Popen(
            [binary, "-p", str(workdir), "-c", str(conf), "-g", "daemon off; worker_processes 1;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        wait_port(self.port)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=15)


def wait_port(port: int, timeout: float = 15) -> None:
    deadline = time.time() + timeout
    while True:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        if time.time() > deadline:
            raise RuntimeError(f"nothing listening on {port}")
        time.sleep(0.05)
