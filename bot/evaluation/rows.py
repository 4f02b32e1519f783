"""Labelled rows for the fitted parts: each candidate sentence of a question for the
ranker, each question's (and each conversation turn's) best attempt for the gate."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from bot.answering import render
from bot.answering.features import candidates
from bot.evaluation.metrics import matches_all, normalise
from bot.schemas import Intent
from bot.text import tokens

# The gate learns whether the notes answer a question at all (answerable vs not), not
# whether the ranker picked well: declining a poorly ranked answer to an answerable
# question helps no one, and would teach the gate the ranker's mistakes.
LABEL_RIGHT = False


def _shown(engine, pid: int, index: int, q) -> str:
    """What would be shown if this sentence were chosen: it and what completes it."""
    from bot.answering.shape import FILL_WORDS, MAX_WORDS, expand

    point = expand(engine.knowledge, pid, index, MAX_WORDS, frozenset(q.terms), FILL_WORDS)
    return " ".join([point.lead or "", *point.sentences])


def _positive(sentence: str, shown: str | None, evidence: list[str], patterns: list[str]) -> bool:
    """Does choosing the sentence show the answer: it lies inside the evidence, or what
    would be shown with it matches every expected pattern?"""
    words = set(tokens(sentence))
    if not words:
        return False
    for item in evidence:
        ev = set(tokens(normalise(item)))
        if ev:
            shared = len(words & ev)
            if shared / len(words) >= 0.7 and shared / len(ev) >= 0.3:
                return True
    return bool(patterns) and matches_all(patterns, shown or sentence)


@dataclass
class Rows:
    x: list[np.ndarray] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)


def ranker_rows(engine, qa: list[dict], rows: Rows) -> None:
    """Every candidate sentence of each question, labelled, added to `rows` (one group
    per question, numbered on from the rows already there)."""
    from bot.turns import DialogueState

    first = (max(rows.groups) + 1) if rows.groups else 0
    for n, row in enumerate(qa, start=first):
        u = engine.understand(row["question"], DialogueState())
        q = u.question
        if q is None:
            continue
        evidence = [row.get("evidence", ""), *row.get("evidence_all", [])]
        for filters in engine.answerer.filters(q.scope)[-1:]:
            hits = engine.knowledge.search(list(q.words), q.vector, filters, k=20)
            cands = candidates(engine.knowledge, q, hits)
            labels = [
                _positive(
                    engine.knowledge.passages[pid].sentences[i],
                    _shown(engine, pid, i, q),
                    [e for e in evidence if e],
                    row["must_contain"],
                )
                for pid, i in zip(cands.passage_ids, cands.indexes, strict=True)
            ]
            if not any(labels):
                continue  # retrieval missed: nothing for the ranker to learn here
            rows.x.extend(cands.rows)
            rows.y.extend(int(v) for v in labels)
            rows.groups.extend([n] * len(labels))


def gate_rows(
    engine, qa: list[dict], unanswerable: list[dict]
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Each question's gate features and whether its best answer is right."""
    from bot.turns import DialogueState

    xs, ys, kinds = [], [], []
    for row, answerable in [(r, True) for r in qa] + [(r, False) for r in unanswerable]:
        text = row["question"]
        u = engine.understand(text, DialogueState())
        if u.question is None or u.intent not in (Intent.ASK,):
            continue
        found = _gate_row(engine, u.question)
        if found is None:
            continue
        features, shown = found
        right = answerable and matches_all(row["must_contain"], shown)
        xs.append(features)
        ys.append(int(right) if LABEL_RIGHT else int(answerable))
        kinds.append(("right" if right else "answerable") if answerable else "unanswerable")
    return np.array(xs), np.array(ys), kinds


def dialogue_gate_rows(engine, dialogues: list[dict]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The gate's rows for conversation turns, each read in its conversation: a follow-up
    ("and how long are they kept?") arrives with fewer words of its own than a question
    asked cold, and the gate serves both. A turn marked to be declined is a negative row:
    a follow-up the notes don't answer leans on a talk that does exist."""
    import copy

    from bot.turns import DialogueState, TurnInput

    xs, ys, kinds = [], [], []
    for dialogue in dialogues:
        state = DialogueState()
        for turn in dialogue["turns"]:
            u = engine.understand(turn["user"], copy.deepcopy(state))
            if u.question is not None and u.intent == Intent.ASK:
                row = _gate_row(engine, u.question)
                if row is not None:
                    answerable = turn.get("expect") != "decline"  # the notes don't say
                    right = answerable and matches_all(turn["must_contain"], row[1])
                    xs.append(row[0])
                    ys.append(int(right) if LABEL_RIGHT else int(answerable))
                    kinds.append(
                        ("right" if right else "answerable") if answerable else "unanswerable"
                    )
            state = engine.turn(TurnInput(text=turn["user"], state=state)).state
    return np.array(xs), np.array(ys), kinds


def _gate_row(engine, q) -> tuple[np.ndarray, str] | None:
    """A question's gate features and the text its best attempt would show."""
    from bot.answering.types import Answer

    attempt = engine.answerer.attempt(q, engine.answerer.filters(q.scope)[0])
    if attempt.gate_features is None or not attempt.points:
        return None
    answer = Answer(True, q.kind, attempt.points, attempt.probability, missing=attempt.missing)
    return attempt.gate_features, render.text(engine.knowledge, answer, " ".join(q.words[:4]))
