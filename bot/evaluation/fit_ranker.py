"""Fit the answer-sentence ranker on the team's labelled questions.

For each question, every candidate sentence the answerer would consider is a
positive when the evidence it would show (with its attribution) matches all the
question's expected patterns, and a negative otherwise. A logistic regression on
`ranker.FEATURES` gives the weights printed for `bot/answering/ranker.py`.
Run: `python -m bot.evaluation.fit_ranker eval` (add `--check DIR` to report top-1
accuracy on another set with the fitted and the current weights).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from bot.answering import answerer, excerpt, ranker
from bot.answering.compose import compose
from bot.answering.query import analyse
from bot.engine import Engine
from bot.evaluation import metrics as m
from bot.evaluation.data import load_sets
from bot.retrieval.hybrid import Filters
from bot.settings import Settings


def _examples(engine: Engine, rows: list[dict]) -> list[tuple[np.ndarray, np.ndarray]]:
    k = engine.knowledge
    out = []
    for row in rows:
        question = row["question"]
        sources = engine.gazetteer.conferences_in(question)
        filters = Filters(sources=frozenset(sources)) if sources else Filters()
        query = analyse(question)
        qvec = k.embed(question)
        hits = k.search(query.text, qvec, filters, k=answerer.TOP_PASSAGES * 2)
        cands, features = answerer.candidate_features(k, query, qvec, hits)
        labels = []
        for cand in cands:
            shown = excerpt.expand(k, query, cand, qvec)
            text = compose(k, [answerer.Evidence(cand.passage_id, shown, 0, 0, 0)])
            labels.append(m.matches_all(row["must_contain"], text))
        out.append((features, np.array(labels, dtype=bool)))
    return out


def _pairs(
    examples: list[tuple[np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairwise differences (positive minus negative) within each question, both ways round.

    Ranking is what matters: a sentence only has to beat the other sentences of its
    own question, so the model learns from pairs rather than absolute labels.
    """
    diffs: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for features, labels in examples:
        if labels.all() or not labels.any():
            continue
        pos, neg = features[labels], features[~labels]
        d = (pos[:, None, :] - neg[None, :, :]).reshape(-1, features.shape[1])
        diffs.append(d)
        weights.append(np.full(len(d), 1.0 / len(d)))  # each question counts once
    d, w = np.vstack(diffs), np.concatenate(weights)
    return (
        np.vstack([d, -d]),
        np.concatenate([np.ones(len(d)), np.zeros(len(d))]),
        np.concatenate([w, w]),
    )


def _top1(examples: list[tuple[np.ndarray, np.ndarray]], weights: dict[str, float]) -> float:
    right = sum(bool(y[int(np.argmax(ranker.score(x, weights)))]) for x, y in examples if len(y))
    return right / max(1, len(examples))


def main(args: list[str]) -> None:
    from sklearn.linear_model import LogisticRegression

    check = args[args.index("--check") + 1] if "--check" in args else None
    folders = [
        a
        for i, a in enumerate(args)
        if a != "--check" and not a.startswith("C=") and (not i or args[i - 1] != "--check")
    ]
    engine = Engine.load(Settings())
    train = _examples(engine, load_sets([Path(f) for f in folders or ["eval"]]).qa)
    x, y, w = _pairs(train)
    c = float(next((a.split("=")[1] for a in args if a.startswith("C=")), 10.0))
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False).fit(x, y, sample_weight=w)
    scale = 1.0 / np.abs(model.coef_[0]).max()
    fitted = {
        n: round(float(w * scale), 3) for n, w in zip(ranker.FEATURES, model.coef_[0], strict=True)
    }
    print("WEIGHTS =", fitted)
    now = ranker.WEIGHTS
    print(f"top-1 on training: fitted {_top1(train, fitted):.3f}, now {_top1(train, now):.3f}")
    if check:
        held = _examples(engine, load_sets([Path(check)]).qa)
        print(f"top-1 on {check}: fitted {_top1(held, fitted):.3f}, now {_top1(held, now):.3f}")
        ceiling = sum(bool(lab.any()) for _, lab in held) / len(held)
        print(f"ceiling (some candidate is right) on {check}: {ceiling:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
