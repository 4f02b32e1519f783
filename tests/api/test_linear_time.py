"""No request holds the interpreter (and so the event loop) for long, whatever its text.

Two guarantees: every pattern in the edge modules (API, channels, sessions, index) runs
in linear time on 100,000-character input; and a whole engine turn at the channels' text
limit never holds the GIL for 50 ms at a stretch, whatever the text is made of (the
engine's own patterns are quadratic on some inputs: the limit is what bounds them).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import threading
import time

import pytest

import bot
from bot.turns import DialogueState, TurnInput

EDGE = ("bot.api", "bot.channels", "bot.sessions", "bot.indexing")
LIMIT_SECONDS = 0.05


def adversarial(n: int) -> dict[str, str]:
    """Shapes that make backtracking patterns slow: long runs, alternations, near-misses."""
    return {
        "letters": "a" * n,
        "spaced": "a " * (n // 2),
        "capitals": "Ab " * (n // 3),
        "digits": "1." * (n // 2),
        "spaces": "x" + " " * (n - 2) + "?",
        "stars": "**a" * (n // 3),
        "mentions": "<@U" * (n // 3),
        "questions": "why? " * (n // 5),
        "codes": "a-b-1 " * (n // 6),
        "acronyms": "Ab Cd (ABC) " * (n // 12),
        "lines": "- x\n" * (n // 4),
    }


def edge_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(bot.__path__, "bot."):
        if info.name.startswith(EDGE):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern):
                    found[f"{info.name}.{name}"] = value
    return found


PATTERNS = edge_patterns()


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_each_edge_pattern_is_linear_on_100k_characters(name: str) -> None:
    pattern = PATTERNS[name]
    for shape, text in adversarial(100_000).items():
        best = min(_timed(pattern, text) for _ in range(2))
        assert best < LIMIT_SECONDS, f"{name} took {best * 1000:.0f} ms on {shape}"


def _timed(pattern: re.Pattern[str], text: str) -> float:
    started = time.perf_counter()
    pattern.search(text)
    pattern.sub("", text)
    return time.perf_counter() - started


def test_a_turn_at_the_text_limit_never_holds_the_interpreter_for_50_ms(engine) -> None:  # type: ignore[no-untyped-def]
    limit = engine.settings.max_text_chars
    worst = [0.0]
    running = True

    def watch() -> None:  # what the event loop would feel: how late a 2 ms sleep wakes up
        while running:
            started = time.perf_counter()
            time.sleep(0.002)
            worst[0] = max(worst[0], time.perf_counter() - started - 0.002)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    stalls = {}
    try:
        for shape, text in adversarial(limit).items():
            worst[0] = 0.0
            turn = threading.Thread(
                target=engine.turn, args=(TurnInput(text=text[:limit], state=DialogueState()),)
            )
            turn.start()
            turn.join()
            stalls[shape] = worst[0]
    finally:
        running = False
        watcher.join()
    assert max(stalls.values()) < LIMIT_SECONDS, {k: round(v * 1000) for k, v in stalls.items()}
