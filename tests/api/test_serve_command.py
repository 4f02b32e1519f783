"""`bot serve` as operators run it: several workers need a shared store, and JSON logs
carry the request id of each line."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path


def env(index_dir: Path, **extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    return {**base, "HF_HUB_OFFLINE": "1", "BOT_INDEX_DIR": str(index_dir), **extra}


def test_several_workers_without_a_shared_store_are_refused_in_one_line(index_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve", "--workers", "2", "--port", "1"],
        env=env(index_dir),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    line = done.stderr.strip()
    assert "\n" not in line and "BOT_SESSION_URL" in line and "--workers 2" in line


def test_json_logs_put_the_request_id_on_the_access_line(index_dir: Path, tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])

    log = tmp_path / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--port", str(port)],
            env=env(index_dir, BOT_LOG_FORMAT="json"),
            cwd=tmp_path,  # the server's relative paths (analytics.sqlite3) land here
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.time() + 60
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/healthz", headers={"X-Request-ID": "json-log-1"})
                assert conn.getresponse().status == 200
                break
            except OSError:
                assert time.time() < deadline and proc.poll() is None, log.read_text()
                time.sleep(0.1)
        time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    records = [json.loads(x) for x in log.read_text().splitlines() if x.startswith("{")]
    access = [r for r in records if r.get("logger") == "bot.access"]
    assert access and access[-1]["request_id"] == "json-log-1"
    assert '"GET /healthz" 200' in access[-1]["message"]
    assert all("level" in r and "time" in r for r in records)
