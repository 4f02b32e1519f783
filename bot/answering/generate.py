"""Grounded generation: a language model writes the answer from the passages the
answerer found, and only the sentences verification keeps are shown.

The extractive answer is built first and the gate has passed it before anything here
runs (`Policy.ask` calls `revise`), so a question the gate declines never reaches the
model. A model that fails, stalls, or writes nothing verification keeps leaves the
extractive reply as it was (`mode: "extractive"`); a verified answer replaces it
(`mode: "generated"`), its citations being the passages it actually cites.

Which generator a turn uses, and where its tokens stream, is per call: `active` and
`streaming` set them in context variables (anyio copies those into worker threads), so
one engine serves apps with and without a model, and the extractive path pays one
lookup.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from bot.answering import render
from bot.answering.grounding import Grounding, ground
from bot.answering.types import Answer, Question
from bot.answering.verify import Claim, Verdict, Verifier, claims, settled
from bot.errors import ModelError, ModelTimeout
from bot.llm.breaker import CircuitBreaker
from bot.retrieval.knowledge import Knowledge
from bot.schemas import AskResponse

if TYPE_CHECKING:  # the client's module imports httpx: only a configured model loads it
    from bot.llm.client import Completion, Messages, TokenSink

log = logging.getLogger("bot.llm")
_END = re.compile(r"([.!?]+[\"'”’)]*)$")


class Model(Protocol):
    def complete(
        self, messages: Messages, timeout: float, on_token: TokenSink | None = None
    ) -> Completion: ...

    def warm_up(self) -> None: ...

    def close(self) -> None: ...


class Listener(Protocol):
    """Someone watching the answer being written (`POST /v1/ask/stream`)."""

    def token(self, text: str) -> None:
        """The model's next words, unverified."""

    def sentence(self, text: str, kept: bool, pending: str) -> None:
        """A whole sentence's verdict; `pending` is what the model has written since."""


class _Live:
    """Verification while the model writes: each sentence is checked as soon as the next
    has begun, so a listener can show what passed and drop what did not long before the
    answer is complete. The verdicts on the finished text are the ones that count (they
    reuse these wherever the sentence came out the same)."""

    def __init__(self, verifier: Verifier, listener: Listener | None) -> None:
        self.verifier = verifier
        self.listener = listener
        self.text = ""
        self.done = 0  # characters of `text` already judged
        self.verdicts: dict[Claim, Verdict] = {}

    def token(self, piece: str) -> None:  # on the model client's thread, in order
        assert self.listener is not None
        self.listener.token(piece)
        self.text += piece
        end = settled(self.text)
        if end > self.done:
            for claim in claims(self.text[self.done : end]):
                self._tell(claim, self.text[end:])
            self.done = end

    def finish(self, text: str) -> list[Verdict]:
        if self.listener is not None:
            for claim in claims(text[self.done :]):
                self._tell(claim, "")
        return [self.check(claim) for claim in claims(text)]

    def check(self, claim: Claim) -> Verdict:
        if claim not in self.verdicts:
            self.verdicts[claim] = self.verifier.check(claim)
        return self.verdicts[claim]

    def _tell(self, claim: Claim, pending: str) -> None:
        assert self.listener is not None
        self.listener.sentence(claim.text, self.check(claim).kept, pending)


@dataclass
class Record:
    """One question sent to the model, for /metrics and `bot eval --llm`."""

    outcome: str  # generated | timeout | error | unsupported | circuit_open
    seconds: float = 0.0
    first_token_seconds: float | None = None
    prompt_tokens: int | None = None
    completion_tokens: int = 0
    kept: int = 0
    dropped: dict[str, int] = field(default_factory=dict)  # reason -> sentences


@dataclass
class Tally:
    """Records added up, for `bot eval --llm`: what verification dropped, how often the
    extractive answer stood in, and why."""

    sent: int = 0
    generated: int = 0
    kept: int = 0
    fallbacks: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)

    def add(self, record: Record) -> None:
        self.sent += 1
        self.kept += record.kept
        if record.outcome == "generated":
            self.generated += 1
        else:
            self.fallbacks[record.outcome] = self.fallbacks.get(record.outcome, 0) + 1
        for reason, count in record.dropped.items():
            self.dropped[reason] = self.dropped.get(reason, 0) + count
        if record.outcome != "circuit_open":
            self.seconds.append(record.seconds)

    def take(self, wanted: bool = True) -> dict[str, object]:
        """The figures so far (none unless `wanted`), and a fresh count after them."""
        figures = self.figures() if wanted else {}
        self.__init__()  # type: ignore[misc]  # a dataclass: its defaults are the reset
        return figures

    def figures(self) -> dict[str, object]:
        ordered = sorted(self.seconds)
        return {
            "llm_questions_sent": self.sent,
            "llm_generated": self.generated,
            "llm_fallbacks": sum(self.fallbacks.values()),
            "llm_sentences_kept": self.kept,
            "llm_sentences_dropped": sum(self.dropped.values()),
            "llm_seconds_p50": ordered[len(ordered) // 2] if ordered else 0.0,
            "llm_fallback_reasons": dict(self.fallbacks),
            "llm_dropped_reasons": dict(self.dropped),
        }


class Generator:
    def __init__(
        self,
        model: Model,
        timeout: float,
        max_passages: int,
        breaker: CircuitBreaker | None = None,
    ) -> None:
        self.model = model
        self.timeout = timeout
        self.max_passages = max_passages
        self.breaker = breaker or CircuitBreaker()
        self.observers: list[Callable[[Record], None]] = []

    def revise(
        self,
        knowledge: Knowledge,
        message: str,
        question: Question,
        answer: Answer,
        reply: AskResponse,
        listener: Listener | None = None,
    ) -> AskResponse:
        """The verified generated reply, or `reply` itself (extractive) on any failure."""
        started = time.perf_counter()
        if not self.breaker.allow():
            return self._keep(reply, Record("circuit_open"))
        grounding = ground(knowledge, message, question, answer, reply.slots, self.max_passages)
        live = _Live(Verifier(knowledge, grounding), listener)
        try:
            sink = live.token if listener is not None else None
            completion = self.model.complete(grounding.messages, self.timeout, sink)
        except ModelTimeout as exc:
            self.breaker.failed()
            log.warning("llm: %s; answering extractively", exc)
            return self._keep(reply, Record("timeout", time.perf_counter() - started))
        except Exception as exc:  # whatever the endpoint did, the extractive answer stands
            self.breaker.failed()
            reason = str(exc) if isinstance(exc, ModelError) else type(exc).__name__
            log.warning("llm: %s; answering extractively", reason)
            return self._keep(reply, Record("error", time.perf_counter() - started))
        self.breaker.succeeded()
        try:
            verdicts = live.finish(completion.text)
        except Exception:  # a fault of ours: loud in the log, and still nothing unchecked shown
            log.exception("llm: verification failed; answering extractively")
            return self._keep(reply, Record("error", time.perf_counter() - started))
        kept = [v for v in verdicts if v.kept]
        record = Record(
            "generated" if kept else "unsupported",
            time.perf_counter() - started,
            completion.first_token_seconds,
            completion.prompt_tokens,
            completion.completion_tokens,
            len(kept),
        )
        for v in verdicts:
            if not v.kept:
                record.dropped[v.reason] = record.dropped.get(v.reason, 0) + 1
                log.info("llm: dropped a sentence (%s: %s)", v.reason, v.detail)
        if not kept:
            return self._keep(reply, record)
        self._notify(record)
        return _generated(knowledge, reply, answer, grounding, kept)

    def warm_up(self) -> None:
        self.model.warm_up()

    def close(self) -> None:
        self.model.close()

    def _keep(self, reply: AskResponse, record: Record) -> AskResponse:
        self._notify(record)
        return reply

    def _notify(self, record: Record) -> None:
        for observe in self.observers:
            observe(record)


def _generated(
    knowledge: Knowledge,
    reply: AskResponse,
    answer: Answer,
    grounding: Grounding,
    kept: list[Verdict],
) -> AskResponse:
    """Kept sentences, their citations renumbered in order of first use."""
    order = list(dict.fromkeys(n for v in kept for n in v.claim.cites))
    number = {n: i for i, n in enumerate(order, start=1)}
    sentences = []
    for v in kept:
        end = _END.search(v.claim.text)
        body = v.claim.text[: end.start()] if end else v.claim.text
        marks = "".join(f"[{number[n]}]" for n in v.claim.cites)
        sentences.append(f"{body.rstrip()} {marks}{end.group(1) if end else '.'}")
    citations = []
    for n in order:
        source = grounding.source(n)
        assert source is not None  # verification kept only valid citations
        focus = next((v.focus[n] for v in kept if n in v.focus), None)
        citations.append(render.citation(knowledge, source.passage_id, answer.confidence, focus))
    return reply.model_copy(
        update={"answer": " ".join(sentences), "citations": citations, "mode": "generated"}
    )


# ---- per call: which generator, and who watches it write ---------------------------------
_active: ContextVar[tuple[Generator, str] | None] = ContextVar("generator", default=None)
_listener: ContextVar[Listener | None] = ContextVar("listener", default=None)


@contextlib.contextmanager
def active(generator: Generator, message: str) -> Iterator[None]:
    """Turns run inside this use `generator`; `message` is what the person wrote."""
    token = _active.set((generator, message))
    try:
        yield
    finally:
        _active.reset(token)


@contextlib.contextmanager
def streaming(listener: Listener) -> Iterator[None]:
    """Turns run inside this tell `listener` the model's words and verdicts as they come."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def revise(
    knowledge: Knowledge, question: Question | None, answer: Answer, reply: AskResponse
) -> AskResponse:
    """The hook `Policy.ask` calls once the gate has passed an answer: the reply as it
    is, unless a generator is active for this turn."""
    current = _active.get()
    if current is None or question is None:
        return reply
    generator, message = current
    return generator.revise(knowledge, message, question, answer, reply, _listener.get())
