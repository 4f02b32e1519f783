"""A real PostgreSQL (Debian's `postgresql` package) in a temporary folder on a free
port, for the analytics store's contract tests; SQLite needs nothing."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name) or ""]
    if not found[-1]:
        pytest.fail("PostgreSQL is not installed (apt-get install postgresql)")
    return found[-1]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """initdb + postgres on 127.0.0.1:<free port>, stopped and deleted at the end.

    PostgreSQL refuses to run as root, so under root (CI) it runs as the
    `postgres` user the Debian package creates.
    """
    as_root = os.geteuid() == 0
    user = "postgres" if as_root else None
    folder = Path(tempfile.mkdtemp(prefix="bot-pg-"))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    port = _free_port()
    run = {"user": user, "check": True, "capture_output": True}
    subprocess.run(
        [_pg_bin("initdb"), "-D", str(data), "-U", "bot", "--auth=trust", "-E", "UTF8"], **run
    )
    log = folder / "server.log"
    server = subprocess.Popen(
        [
            _pg_bin("postgres"),
            "-D",
            str(data),
            "-p",
            str(port),
            "-h",
            "127.0.0.1",
            "-k",
            str(folder),
            "-c",
            "fsync=off",
        ],
        user=user,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
    )
    deadline = time.time() + 30
    while True:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        if time.time() > deadline or server.poll() is not None:
            server.kill()
            pytest.fail(f"postgres did not start: {log.read_text(errors='replace')}")
        time.sleep(0.1)
    # The port opens before the server accepts sessions ("the database system is starting
    # up"), which on a loaded machine takes a while: retry until the database is made.
    while True:
        made = subprocess.run(
            [_pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "bot", "analytics"],
            user=user,
            capture_output=True,
        )
        if made.returncode == 0:
            break
        if time.time() > deadline or server.poll() is not None:
            server.kill()
            pytest.fail(f"createdb failed: {made.stderr.decode(errors='replace')}")
        time.sleep(0.2)
    yield f"postgresql://bot@127.0.0.1:{port}/analytics"
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
    shutil.rmtree(folder, ignore_errors=True)
