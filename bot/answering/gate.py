"""Should we answer at all? A calibrated confidence from a few general signals.

The notes often mention a service without giving the detail asked (a price, a
limit); a high embedding similarity alone would then invent an answer. So the
gate also asks how much of the question's rarer vocabulary the chosen evidence
actually covers, and whether the question uses words the notes never do.
Weights and threshold are fitted on the team's own labelled questions
(`python -m bot.evaluation.calibrate eval`), not on the development sets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Fitted by `python -m bot.evaluation.calibrate eval` on eval/qa.jsonl and
# eval/unanswerable.jsonl (see README).
WEIGHTS = {
    "bias": -2.193,
    "dense": 3.798,
    "coverage": 1.273,
    "unknown": -1.134,
    "expect_miss": -1.937,
}
# Declines at most ~5% of the team's answerable questions (3/100 at fitting time).
THRESHOLD = 0.3


@dataclass
class GateFeatures:
    dense: float  # best sentence cosine to the question
    coverage: float  # idf-weighted share of question terms found in the evidence and its context
    unknown: float  # idf-weighted share of question terms the notes never use
    expect_miss: float  # 1 when a number/person was asked for and the evidence has none

    def vector(self) -> dict[str, float]:
        return {
            "dense": self.dense,
            "coverage": self.coverage,
            "unknown": self.unknown,
            "expect_miss": self.expect_miss,
        }


def confidence(features: GateFeatures, weights: dict[str, float] | None = None) -> float:
    w = weights or WEIGHTS
    z = w["bias"] + sum(w[name] * value for name, value in features.vector().items())
    return 1.0 / (1.0 + math.exp(-z))
