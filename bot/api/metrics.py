"""Prometheus metrics: requests and latency per route, turns per intent, answered and
declined counts, the index's age, sessions stored and how long the event loop stalls.

Each app has its own registry (no global state: tests build many apps). Turns are
counted by wrapping the engine every channel calls, so Slack and Lex count too.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from starlette.types import Scope

from bot.turns import TurnInput, TurnResult

log = logging.getLogger("bot.metrics")
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
LAG_BUCKETS = (0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "bot_http_requests", "HTTP requests", ["route", "method", "status"], registry=r
        )
        self.latency = Histogram(
            "bot_http_request_seconds",
            "Request latency",
            ["route"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.turns = Counter("bot_turns", "Engine turns", ["intent", "answered"], registry=r)
        self.turn_latency = Histogram(
            "bot_turn_seconds",
            "Engine turn latency",
            ["intent"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.loop_lag = Histogram(
            "bot_event_loop_lag_seconds",
            "How late the event loop ran a 10 ms timer",
            buckets=LAG_BUCKETS,
            registry=r,
        )
        self.loop_lag_max = Gauge(
            "bot_event_loop_lag_max_seconds", "Longest event loop stall seen", registry=r
        )
        self.index_age = Gauge(
            "bot_index_age_seconds", "Age of the serving index build", registry=r
        )
        self.sessions = Gauge("bot_sessions", "Sessions in the store", registry=r)
        self.reloads = Counter("bot_index_reloads", "Index builds swapped in", registry=r)
        self.refused = Counter("bot_index_refused", "Index builds refused", registry=r)
        self.shed = Gauge(
            "bot_requests_shed", "Requests refused by rate or load limits", registry=r
        )

        # ---- issue 23: answers written by a language model ----
        self.llm_answers = Counter(
            "bot_llm_answers",
            "Questions sent to the language model, by outcome (generated, or why extractive)",
            ["outcome"],
            registry=r,
        )
        self.llm_latency = Histogram(
            "bot_llm_seconds", "Model call latency", buckets=LATENCY_BUCKETS, registry=r
        )
        self.llm_first_token = Histogram(
            "bot_llm_first_token_seconds",
            "Time to the model's first token",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.llm_tokens = Counter(
            "bot_llm_tokens", "Tokens the model read (prompt) and wrote", ["kind"], registry=r
        )
        self.llm_sentences = Counter(
            "bot_llm_sentences",
            "Sentences the model wrote: kept, or dropped by verification (and why)",
            ["verdict", "reason"],
            registry=r,
        )
        self.llm_circuit_open = Gauge(
            "bot_llm_circuit_open", "1 while the breaker keeps the model out", registry=r
        )

    def observe_generation(self, record: Any) -> None:
        """One `bot.answering.generate.Record`."""
        self.llm_answers.labels(record.outcome).inc()
        if record.outcome == "circuit_open":
            return
        self.llm_latency.observe(record.seconds)
        if record.first_token_seconds is not None:
            self.llm_first_token.observe(record.first_token_seconds)
        self.llm_tokens.labels("completion").inc(record.completion_tokens)
        if record.prompt_tokens is not None:
            self.llm_tokens.labels("prompt").inc(record.prompt_tokens)
        if record.kept:
            self.llm_sentences.labels("kept", "supported").inc(record.kept)
        for reason, count in record.dropped.items():
            self.llm_sentences.labels("dropped", reason.replace(" ", "_")).inc(count)

    def watch_breaker(self, breaker: Any) -> None:
        self.llm_circuit_open.set_function(lambda: float(breaker.state != "closed"))

    def observe_request(self, scope: Scope, status: int, seconds: float) -> None:
        route = scope.get("route")
        name = getattr(route, "path", None) or "unmatched"
        self.requests.labels(name, scope.get("method", "-"), str(status)).inc()
        self.latency.labels(name).observe(seconds)

    def observe_turn(self, result: TurnResult, seconds: float) -> None:
        reply = result.reply
        self.turns.labels(reply.intent, "true" if reply.answered else "false").inc()
        self.turn_latency.labels(reply.intent).observe(seconds)

    def render(self, manifest: dict[str, Any] | None, store: Any, shed: int) -> bytes:
        """The text exposition; store counts are taken here, at scrape time only."""
        built = _parse_time((manifest or {}).get("built_at"))
        if built is not None:
            self.index_age.set(max(0.0, time.time() - built))
        count = getattr(store, "count", None)
        if callable(count):
            try:
                self.sessions.set(count())
            except Exception:  # a store outage must not break the scrape
                log.warning("session count unavailable")
        self.shed.set(shed)
        return generate_latest(self.registry)

    async def watch_loop(self, interval: float = 0.01) -> None:
        """Sleep 10 ms at a time and record how late each wake-up is: any request that holds
        the loop shows up here, whatever it is."""
        loop = asyncio.get_running_loop()
        worst = 0.0
        while True:
            before = loop.time()
            await asyncio.sleep(interval)
            lag = max(0.0, loop.time() - before - interval)
            self.loop_lag.observe(lag)
            if lag > worst:
                worst = lag
                self.loop_lag_max.set(lag)


CONTENT_TYPE = CONTENT_TYPE_LATEST


def _parse_time(value: object) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC).timestamp()
    except ValueError:
        return None


class MeteredEngine:
    """The engine as channels see it: every call forwarded, every turn counted."""

    def __init__(self, engine: Any, metrics: Metrics) -> None:
        self._engine = engine
        self._metrics = metrics

    def turn(self, turn: TurnInput) -> TurnResult:
        started = time.perf_counter()
        result = self._engine.turn(turn)
        self._metrics.observe_turn(result, time.perf_counter() - started)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)
