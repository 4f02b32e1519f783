"""The reliability suite: real `bot serve` processes under load and faults.

`make test` runs it at a small scale; `make soak` (BOT_SOAK=1) at full scale. Either
way each test records its figures, printed together at the end of the run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from kit import BotServer, Probe, free_port, server_env

SOAK = os.environ.get("BOT_SOAK") == "1"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"
FIGURES: list[str] = []


@dataclass(frozen=True)
class Scale:
    clients: int  # concurrent clients asking during a re-index (the target says 32)
    big_body_mb: int  # the size of each oversized body sent
    big_bodies: int
    long_texts: int  # 100k-character messages sent
    new_sessions: int  # sessions created by one client in a row
    half_open: int  # connections that never finish their headers


@pytest.fixture(scope="session")
def scale() -> Scale:
    if SOAK:
        return Scale(32, 500, 3, 200, 100_000, 4000)
    return Scale(32, 100, 2, 20, 5_000, 300)


@pytest.fixture(scope="session")
def figures() -> Callable[[str], None]:
    return FIGURES.append


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if FIGURES:
        terminalreporter.section("reliability figures" + (" (soak)" if SOAK else ""))
        for line in FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture()
def private_index(index_dir: Path, tmp_path: Path) -> Path:
    """A copy of the test index that a test may re-index (the embedding cache is shared)."""
    target = tmp_path / "index"
    shutil.copytree(index_dir, target, symlinks=True)
    return target


@pytest.fixture()
def bot_server(index_dir: Path, tmp_path: Path) -> Iterator[Callable[..., BotServer]]:
    """Start `bot serve` processes (on the session's index unless told otherwise); all
    stopped after the test."""
    started: list[BotServer] = []

    def spawn(**env: str) -> BotServer:
        defaults = {"BOT_INDEX_DIR": str(index_dir), "BOT_CORPUS_DIR": str(CORPUS)}
        server = BotServer(free_port(), server_env(**(defaults | env)), tmp_path)
        started.append(server)
        return server

    yield spawn
    for server in started:
        server.stop()


@pytest.fixture()
def start_probe() -> Iterator[Callable[[str], Probe]]:
    """/healthz probers that are stopped after the test even when it fails midway."""
    probes: list[Probe] = []

    def start(url: str) -> Probe:
        probes.append(Probe(url))
        return probes[-1]

    yield start
    for probe in probes:
        probe.__exit__()
