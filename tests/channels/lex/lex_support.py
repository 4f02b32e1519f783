"""Shared pieces for the Lex channel tests: example events, turn results, a scripted engine."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.schemas import AskResponse, Button, Citation
from bot.turns import DialogueState, TurnInput, TurnResult

EVENTS = Path(__file__).with_name("events")
V2_EVENTS = sorted(p.name for p in (EVENTS / "v2").glob("[0-9]*.json") if "expected" not in p.name)
V1_EVENTS = sorted(p.name for p in (EVENTS / "v1").glob("[0-9]*.json") if "expected" not in p.name)


def load_event(version: str, name: str) -> dict[str, Any]:
    """A fresh copy of an example event (tests mutate them)."""
    return json.loads((EVENTS / version / name).read_text(encoding="utf-8"))


def citation(**overrides: Any) -> Citation:
    data: dict[str, Any] = {
        "source": "awsome-day-manchester-2018.txt",
        "title": "AWSome Day Manchester 2018",
        "conference": "AWSome Day Manchester",
        "date": "2018-03-27",
        "section": "Global infrastructure",
        "speaker": "Ian Massingham",
        "snippet": "A region has at least two availability zones.",
        "score": 0.8,
    }
    data.update(overrides)
    return Citation(**data)


def answer_result(
    answer: str = "Each AWS region has at least two availability zones.",
    *,
    intent: str = "ask_question",
    citations: list[Citation] | None = None,
    state: DialogueState | None = None,
    slots: dict[str, str] | None = None,
) -> TurnResult:
    return TurnResult(
        reply=AskResponse(
            session_id="s",
            answer=answer,
            answered=True,
            intent=intent,
            slots=slots or {},
            citations=[citation()] if citations is None else citations,
            latency_ms=1.0,
        ),
        state=state or DialogueState(last_intent=intent, topic="regions"),
    )


def elicit_result(
    slot: str = "talk",
    intent: str = "summarize_talk",
    buttons: list[Button] | None = None,
    slots: dict[str, str] | None = None,
) -> TurnResult:
    if buttons is None:
        buttons = [
            Button(text="Serverless development", value="Serverless development"),
            Button(text="Chaos engineering", value="Chaos engineering"),
            Button(text="Networking deep dive", value="Networking deep dive"),
            Button(text="Step Functions", value="Step Functions"),
        ]
    return TurnResult(
        reply=AskResponse(
            session_id="s",
            answer="Which talk would you like summarised?",
            answered=False,
            intent=intent,
            slots=slots or {},
            buttons=buttons,
            latency_ms=1.0,
        ),
        state=DialogueState(pending_intent=intent, pending_slot=slot, conference="AWSome Day"),
        elicit_slot=slot,
    )


class ScriptedEngine:
    """Stands in for the engine: returns what a test scripts and records every input."""

    def __init__(self, respond: Callable[[TurnInput], TurnResult]) -> None:
        self.respond = respond
        self.inputs: list[TurnInput] = []

    def turn(self, turn: TurnInput) -> TurnResult:
        self.inputs.append(copy.deepcopy(turn))
        return self.respond(turn)
