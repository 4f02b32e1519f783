"""Shared fixtures, in two tiers.

The fast tier (`fast_engine`) indexes the small fixture notes in
`tests/fixtures/notes` with the deterministic hash embedder: no model, a few
seconds. The model tier (`engine`) indexes the real corpus with the real model,
once per session; tests that use it are marked `model` automatically, so
`make test-fast` (`-m "not model and not redis and not browser"`) leaves them out.
`app_factory` builds apps around the model engine with setting overrides, and
`serve_app` runs an app under a real uvicorn on a free loopback port.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# Tests write only to temporary folders: no example database in the checkout (schemathesis
# opens hypothesis's storage folder on its own, hence the variable too).
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY", tempfile.mkdtemp(prefix="bot-tests-hypothesis-")
)
# Apps and servers the tests start record analytics into a temporary folder, not the checkout.
os.environ.setdefault(
    "BOT_ANALYTICS_URL",
    f"sqlite:///{tempfile.mkdtemp(prefix='bot-tests-analytics-')}/analytics.sqlite3",
)
hypothesis_settings.register_profile("no-database", database=None)
hypothesis_settings.load_profile("no-database")

FIXTURE_NOTES = ROOT / "tests" / "fixtures" / "notes"
MODEL_FIXTURES = {"index_dir", "settings", "engine", "app_factory", "client", "server_process"}
REDIS_FIXTURES = {"redis_url", "redis_process"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs the real model's index is a `model` test, whatever its file."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if MODEL_FIXTURES & names:
            item.add_marker(pytest.mark.model)
        if REDIS_FIXTURES & names:
            item.add_marker(pytest.mark.redis)


@pytest.fixture(scope="session")
def fast_settings(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Settings over the fixture notes, indexed with the hash embedder (no model)."""
    from bot.indexing.builder import build
    from bot.settings import Settings

    target = tmp_path_factory.mktemp("fast-index")
    settings = Settings(
        corpus_dir=FIXTURE_NOTES, index_dir=target, embed_backend="hash", _env_file=None
    )
    build(settings, progress=False)
    return settings


@pytest.fixture(scope="session")
def fast_engine(fast_settings):  # type: ignore[no-untyped-def]
    from bot.engine import Engine

    return Engine.load(fast_settings)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index from the real corpus; the embedding cache is kept between runs to save time."""
    from bot.indexing.builder import build
    from bot.settings import Settings

    target = tmp_path_factory.mktemp("index")
    cache = ROOT / ".pytest_cache" / "embeddings"
    cache.mkdir(parents=True, exist_ok=True)
    (target / "cache").symlink_to(cache, target_is_directory=True)
    build(Settings(corpus_dir=CORPUS, index_dir=target), progress=False)
    return target


@pytest.fixture(scope="session")
def settings(index_dir: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from bot.settings import Settings

    analytics = tmp_path_factory.mktemp("analytics") / "analytics.sqlite3"
    # TestClient sends `Host: testserver`; real servers in tests are reached as 127.0.0.1.
    hosts = ["localhost", "127.0.0.1", "testserver"]
    return Settings(
        corpus_dir=CORPUS,
        index_dir=index_dir,
        analytics_url=f"sqlite:///{analytics}",
        allowed_hosts=hosts,
        _env_file=None,
    )


@pytest.fixture(scope="session")
def engine(settings):  # type: ignore[no-untyped-def]
    from bot.engine import Engine

    return Engine.load(settings)


@pytest.fixture(scope="session")
def app_factory(settings, engine) -> Callable[..., object]:  # type: ignore[no-untyped-def]
    from bot.api.app import create_app

    def make(**overrides: object):  # type: ignore[no-untyped-def]
        merged = type(settings).model_validate({**settings.model_dump(), **overrides})
        return create_app(merged, engine=engine)

    return make


@pytest.fixture()
def client(app_factory):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    with TestClient(app_factory()) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def serve_app() -> Iterator[Callable[..., str]]:
    """Run apps under real uvicorn servers on loopback; all stopped at session end."""
    import uvicorn

    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(app: object, port: int | None = None) -> str:
        port = port or free_port()
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.time() + 20
        while not server.started:
            if time.time() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        servers.append((server, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=5)


class ServerProcess:
    """One `uvicorn bot.api.main:app` in its own process, configured only by environment."""

    def __init__(self, port: int, env: dict[str, str], workdir: Path) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.log = workdir / f"server-{port}.log"
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "uvicorn",
                    "bot.api.main:app",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--log-level",
                    "warning",
                ],
                env=env,
                cwd=workdir,  # no stray .env from the checkout
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def wait_ready(self, timeout: float = 60) -> None:
        """Poll /readyz: the lifespan loads model, index and session store before it answers."""
        import httpx

        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited {self.proc.returncode}:\n{self.logs()}")
            try:
                if httpx.get(self.url + "/readyz", timeout=2, trust_env=False).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"server not ready after {timeout} s:\n{self.logs()}")

    def logs(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


@pytest.fixture()
def server_process(index_dir: Path, tmp_path: Path) -> Iterator[Callable[..., ServerProcess]]:
    """Start real server processes (as replicas would run) on the shared test index.

    Not waited on here, so several can load in parallel; call `wait_ready()` on each.
    """
    started: list[ServerProcess] = []

    def spawn(**env: str) -> ServerProcess:
        base = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
        base.update(
            HF_HUB_OFFLINE="1",
            TOKENIZERS_PARALLELISM="false",
            BOT_CORPUS_DIR=str(CORPUS),
            BOT_INDEX_DIR=str(index_dir),
            BOT_LOG_LEVEL="WARNING",
        )
        base.update({k.upper(): v for k, v in env.items()})
        server = ServerProcess(free_port(), base, tmp_path)
        started.append(server)
        return server

    yield spawn
    for server in started:
        server.stop()


class RedisProcess:
    """A redis-server a test may stop and restart on the same port, to simulate an outage."""

    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("redis-server is not installed (apt-get install redis-server)")
        self.binary = binary
        self.port = free_port()
        self.workdir = workdir
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def _accepts(self) -> bool:
        with socket.socket() as sock:
            return sock.connect_ex(("127.0.0.1", self.port)) == 0

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 10
        while not self._accepts():
            if time.time() > deadline or self.proc.poll() is not None:
                raise RuntimeError(f"redis-server did not start on port {self.port}")
            time.sleep(0.02)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        deadline = time.time() + 10
        while self._accepts():  # the port must refuse connections before the test goes on
            if time.time() > deadline:
                raise RuntimeError(f"redis-server still listening on port {self.port}")
            time.sleep(0.02)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on a free loopback port, for the life of the test session."""
    server = RedisProcess(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server.url
    server.stop()


@pytest.fixture()
def redis_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisProcess]:
    """A private, running redis-server (not the shared `redis_url` one) the test may stop."""
    server = RedisProcess(tmp_path_factory.mktemp("redis-private"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def model_standin() -> Iterator[object]:
    """A language model's chat-completions endpoint on loopback, scripted per test
    (tests/llm/model_standin.py); each test sets its own script with `reset`."""
    from llm.model_standin import ModelStandIn

    standin = ModelStandIn().start()
    yield standin
    standin.stop()
