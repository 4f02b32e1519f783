"""Fit the answer gate on the team's labelled answerable and unanswerable questions.

Prints weights for `bot/answering/gate.py` and the precision/recall of declining
at the chosen threshold. Run: `python -m bot.evaluation.calibrate eval`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from bot.answering import answerer
from bot.answering.query import analyse
from bot.engine import Engine
from bot.evaluation.data import load_sets
from bot.retrieval.hybrid import Filters
from bot.settings import Settings

FEATURES = ("dense", "coverage", "unknown", "expect_miss")


def features_for(engine: Engine, question: str) -> list[float]:
    k = engine.knowledge
    sources = engine.gazetteer.conferences_in(question)
    filters = Filters(sources=frozenset(sources)) if sources else Filters()
    result = answerer.answer(k, analyse(question), k.embed(question), filters, threshold=-1)
    f = result.features
    return [getattr(f, name) for name in FEATURES] if f else [0.0, 0.0, 1.0, 1.0]


def main(folders: list[str]) -> None:
    from sklearn.linear_model import LogisticRegression

    engine = Engine.load(Settings())
    sets = load_sets([Path(f) for f in folders])
    x = [features_for(engine, r["question"]) for r in sets.qa] + [
        features_for(engine, r["question"]) for r in sets.unanswerable
    ]
    y = [1] * len(sets.qa) + [0] * len(sets.unanswerable)
    weights = np.array(
        [1.0 if label else len(sets.qa) / max(1, len(sets.unanswerable)) for label in y]
    )
    model = LogisticRegression(C=3.0).fit(np.array(x), np.array(y), sample_weight=weights)
    coef = dict(zip(FEATURES, model.coef_[0].round(3).tolist(), strict=True))
    print("WEIGHTS =", {"bias": round(float(model.intercept_[0]), 3), **coef})
    probs = model.predict_proba(np.array(x))[:, 1]
    for threshold in (0.3, 0.4, 0.5, 0.6):
        declined_unans = sum(p < threshold for p, t in zip(probs, y, strict=True) if t == 0)
        declined_ans = sum(p < threshold for p, t in zip(probs, y, strict=True) if t == 1)
        print(
            f"threshold {threshold}: declines {declined_unans}/{y.count(0)} unanswerable, "
            f"{declined_ans}/{y.count(1)} answerable"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or ["eval"])
