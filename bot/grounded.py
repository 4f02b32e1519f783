"""The engine with a language model writing its answers, when BOT_LLM_URL is set (issue 23).

A wrapper, like the metrics and analytics ones: every channel calls `turn` as before,
and each turn runs with the generator active, so `Policy.ask` hands answers the gate
passed to it. The wrapped engine itself is untouched and may serve other apps without
a model. Lex, Slack and the plain API get the verified answer; `/v1/ask/stream` also
streams the model's tokens (see `bot.answering.generate.streaming`).
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from bot.answering import generate
from bot.answering.generate import Generator
from bot.llm.breaker import CircuitBreaker
from bot.settings import Settings
from bot.turns import TurnInput, TurnResult

log = logging.getLogger("bot.llm")
LOOPBACK = ("127.0.0.1", "localhost", "::1")


class GroundedEngine:
    def __init__(self, engine: Any, generator: Generator) -> None:
        self._engine = engine
        self.generator = generator

    def turn(self, turn: TurnInput) -> TurnResult:
        with generate.active(self.generator, turn.text):
            result: TurnResult = self._engine.turn(turn)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


def generator_from(settings: Settings) -> Generator | None:
    """A generator for the configured endpoint; None when BOT_LLM_URL is unset."""
    if not settings.llm_url:
        return None
    from bot.llm.client import ChatClient

    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    host = urlsplit(settings.llm_url).hostname or ""
    if key and settings.llm_url.startswith("http://") and host not in LOOPBACK:
        log.warning("BOT_LLM_API_KEY goes to %s over plain http: use https", host)
    client = ChatClient(settings.llm_url, settings.llm_model, key or None)
    return Generator(
        client, settings.llm_timeout_seconds, settings.llm_max_passages, CircuitBreaker()
    )


def grounded(engine: Any, generator: Generator | None) -> Any:
    return GroundedEngine(engine, generator) if generator is not None else engine
