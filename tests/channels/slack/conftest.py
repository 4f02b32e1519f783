"""Fixtures for the Slack tests; the helpers themselves live in slack_kit.py."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator

import pytest
from slack_kit import SlackApiRecorder


@pytest.fixture(scope="module")
def recorder() -> Iterator[SlackApiRecorder]:
    rec = SlackApiRecorder().start()
    yield rec
    rec.stop()


@pytest.fixture(autouse=True)
def _fresh_recorder(request: pytest.FixtureRequest) -> None:
    if "recorder" in request.fixturenames:
        request.getfixturevalue("recorder").reset()


_IDS = itertools.count(1)
_RUN = f"{time.time():.0f}"


@pytest.fixture
def unique() -> Callable[[str], str]:
    """Fresh ids per call ("ts" or an event-id tag), so dedup never links two tests."""

    def make(kind: str) -> str:
        n = next(_IDS)
        return f"{_RUN}.{n:06d}" if kind == "ts" else f"Ev{kind.upper()}{_RUN}{n:05d}"

    return make
