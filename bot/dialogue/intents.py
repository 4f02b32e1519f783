"""The intent model: a multinomial logistic regression over the turn's question vector
and a few cheap signals, trained from the bot definition's utterances by `make fit`.

Signals besides the vector: which intents' patterns the message matches (the bot
definition's `patterns`), how near the notes it is (best cosine to any passage),
whether it names an event, a person or a talk, and its length. The weights live
in a data file; nothing here names an utterance.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import re2

from bot.dialogue.definition import BotDefinition

DATA = Path(__file__).resolve().parent.parent / "data" / "intents.npz"
SIGNALS = ("closeness", "names_event", "names_person", "names_talk", "words", "question_mark")


@dataclass(frozen=True)
class Signals:
    closeness: float
    names_event: bool
    names_person: bool
    names_talk: bool


class Patterns:
    """The definition's patterns, compiled once: one 0/1 feature per intent.

    Compiled with RE2: the patterns are data a team edits and they meet every message, so
    a pattern that would backtrack (`(a+)+$`) must still run in linear time. RE2 measured
    38 µs against `re`'s 32 µs on a 2,000-character message."""

    def __init__(self, definition: BotDefinition) -> None:
        options = re2.Options()
        options.case_sensitive = False
        self.intents = [i.name for i in definition.intents]
        self._compiled = [
            [re2.compile(p, options) for p in spec.patterns] for spec in definition.intents
        ]

    def hits(self, text: str) -> list[float]:
        message = text.strip()
        return [float(any(p.search(message) for p in group)) for group in self._compiled]


def feature_row(vector: np.ndarray, text: str, signals: Signals, patterns: Patterns) -> np.ndarray:
    words = len(text.split())
    extra = [
        signals.closeness,
        float(signals.names_event),
        float(signals.names_person),
        float(signals.names_talk),
        math.log1p(words),
        float(text.strip().endswith("?")),
    ]
    return np.concatenate([vector.astype(np.float32), patterns.hits(text), extra]).astype(
        np.float32
    )


@dataclass(frozen=True)
class IntentModel:
    classes: tuple[str, ...]
    coef: np.ndarray  # classes x features
    intercept: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    model: str  # the embedding model its vectors came from

    def probabilities(self, row: np.ndarray) -> dict[str, float]:
        z = ((row - self.mean) / self.scale) @ self.coef.T + self.intercept
        z = np.exp(z - z.max())
        p = z / z.sum()
        return dict(zip(self.classes, p.tolist(), strict=True))

    def save(self, path: Path = DATA) -> None:
        """Written beside and renamed into place: a reader never sees half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        with partial.open("wb") as out:
            np.savez(
                out,
                classes=np.array(self.classes),
                coef=self.coef,
                intercept=self.intercept,
                mean=self.mean,
                scale=self.scale,
                model=np.array(self.model),
            )
        os.replace(partial, path)

    @classmethod
    def load(cls, path: Path = DATA) -> IntentModel | None:
        if not path.exists():
            return None
        data = np.load(path, allow_pickle=False)
        return cls(
            tuple(str(c) for c in data["classes"]),
            data["coef"],
            data["intercept"],
            data["mean"],
            data["scale"],
            str(data["model"]),
        )
