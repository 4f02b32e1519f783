"""Fitted parameters, loaded from the data file `make fit` writes.

A linear model over standardised features: the sentence ranker scores sentences,
the gate gives the probability that the answer shown is right and declines below
its fitted threshold. Until a fit exists, a neutral prior (closeness of meaning
and coverage of the question's words) keeps the bot usable.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.answering.features import GATE_FEATURES, SENTENCE_FEATURES
from bot.answering.trees import Trees

DATA = Path(__file__).resolve().parent.parent / "data" / "answering.json"


@dataclass(frozen=True)
class Linear:
    features: tuple[str, ...]
    coef: np.ndarray
    intercept: float
    mean: np.ndarray
    scale: np.ndarray
    threshold: float = 0.5

    def score(self, rows: np.ndarray) -> np.ndarray:
        scores: np.ndarray = ((rows - self.mean) / self.scale) @ self.coef + self.intercept
        return scores

    def probability(self, rows: np.ndarray) -> np.ndarray:
        odds: np.ndarray = 1.0 / (1.0 + np.exp(-self.score(rows)))
        return odds

    def to_json(self) -> dict[str, object]:
        return {
            "features": list(self.features),
            "coef": [round(float(x), 6) for x in self.coef],
            "intercept": round(float(self.intercept), 6),
            "mean": [round(float(x), 6) for x in self.mean],
            "scale": [round(float(x), 6) for x in self.scale],
            "threshold": round(float(self.threshold), 6),
        }

    @classmethod
    def from_json(cls, data: dict[str, object], expected: tuple[str, ...]) -> Linear:
        features = tuple(str(f) for f in _items(data["features"]))
        if features != expected:
            raise ValueError(f"fitted features {features} != code's {expected}: run `make fit`")
        return cls(
            features,
            np.array(data["coef"], dtype=np.float32),
            float(data["intercept"]),  # type: ignore[arg-type]
            np.array(data["mean"], dtype=np.float32),
            np.array(data["scale"], dtype=np.float32),
            float(data.get("threshold", 0.5)),  # type: ignore[arg-type]
        )


def _prior(features: tuple[str, ...], weights: dict[str, float], threshold: float) -> Linear:
    coef = np.array([weights.get(f, 0.0) for f in features], dtype=np.float32)
    n = len(features)
    return Linear(features, coef, 0.0, np.zeros(n, np.float32), np.ones(n, np.float32), threshold)


def ranker_from_json(data: dict[str, object]) -> Linear | Trees:
    if data.get("kind") == "trees":
        return Trees.from_json(data, SENTENCE_FEATURES)
    return Linear.from_json(data, SENTENCE_FEATURES)


def gate_from_json(data: dict[str, object]) -> Linear | Trees:
    if data.get("kind") == "trees":
        return Trees.from_json(data, GATE_FEATURES)
    return Linear.from_json(data, GATE_FEATURES)


def cutoff(gate: Linear | Trees) -> float:
    """The probability above which the gate lets an answer through."""
    return gate.cutoff if isinstance(gate, Trees) else gate.threshold


@dataclass(frozen=True)
class AnsweringModels:
    ranker: Linear | Trees
    gate: Linear | Trees
    meta: dict[str, object]

    @classmethod
    def prior(cls) -> AnsweringModels:
        ranker = _prior(SENTENCE_FEATURES, {"sentence_cos": 4.0, "coverage": 2.0}, 0.0)
        gate = _prior(GATE_FEATURES, {"sentence_cos": 8.0, "coverage": 2.0}, 0.5)
        gate = Linear(gate.features, gate.coef, -4.0, gate.mean, gate.scale, 0.5)
        return cls(ranker, gate, {"fitted": False})


def load(path: Path = DATA) -> AnsweringModels:
    """The fitted models; the prior, with a warning, when there is no fit for this code."""
    if not path.exists():
        return AnsweringModels.prior()
    data = json.loads(path.read_text(encoding="utf-8"))
    try:
        return AnsweringModels(
            ranker_from_json(data["ranker"]),
            gate_from_json(data["gate"]),
            {k: v for k, v in data.items() if k not in ("ranker", "gate")},
        )
    except ValueError as exc:
        logging.getLogger("bot").warning("%s; answering with the prior", exc)
        return AnsweringModels.prior()


def _items(value: object) -> list[object]:
    return list(value) if isinstance(value, (list, tuple)) else []
