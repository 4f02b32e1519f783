"""The bot definition's patterns run in linear time, whatever a team writes in them."""

from __future__ import annotations

import time

from bot.dialogue.definition import load_definition
from bot.dialogue.intents import Patterns
from bot.schemas import Intent


def test_a_backtracking_pattern_in_the_definition_stays_linear() -> None:
    definition = load_definition()
    definition.intent(Intent.GREETING).patterns.append(r"^(a+)+$")  # exponential under `re`
    patterns = Patterns(definition)
    started = time.perf_counter()
    hits = patterns.hits("a" * 5_000 + "!")
    assert time.perf_counter() - started < 1.0  # `re` would not finish this in a lifetime
    assert hits[patterns.intents.index(Intent.GREETING)] == 0.0


def test_patterns_match_without_regard_to_case() -> None:
    definition = load_definition()
    definition.intent(Intent.THANKS).patterns.append(r"\bcheers\b")
    patterns = Patterns(definition)
    assert patterns.hits("CHEERS mate")[patterns.intents.index(Intent.THANKS)] == 1.0
