"""Fitting on feature rows: pure functions, no engine. `make fit` (`fit.py`) collects the
rows and labels; these choose and fit the models, cross-validated by question."""

from __future__ import annotations

import numpy as np

from bot.answering.fitted import Linear

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
MAX_ANSWERABLE_DECLINED = 0.05
PAIRS_PER_POSITIVE = 40  # the negatives a right sentence is compared with, in retrieval order
TREE_SETTINGS = {"max_iter": 150, "learning_rate": 0.05, "max_depth": 4, "min_samples_leaf": 20}


def fit_linear(
    x: np.ndarray, y: np.ndarray, groups: np.ndarray, names: tuple[str, ...], score
) -> tuple[Linear, dict[str, object]]:
    """Logistic regression, C chosen by grouped cross-validation on `score`."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    folds = GroupKFold(n_splits=5)
    results: dict[float, float] = {}
    held: dict[float, np.ndarray] = {}
    for c in C_GRID:
        out = np.zeros(len(y))
        for train, test in folds.split(z, y, groups):
            clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
            clf.fit(z[train], y[train])
            out[test] = clf.decision_function(z[test])
        results[c] = score(out)
        held[c] = out
    best = max(results, key=results.__getitem__)
    clf = LogisticRegression(C=best, max_iter=3000, class_weight="balanced").fit(z, y)
    model = Linear(
        names,
        clf.coef_[0].astype(np.float32),
        float(clf.intercept_[0]),
        mean.astype(np.float32),
        scale.astype(np.float32),
    )
    train_score = score(clf.decision_function(z))
    return model, {"C": best, "cv": results, "train": train_score, "held_out": held[best]}


def top1(groups: np.ndarray, y: np.ndarray):
    """Share of questions whose best-scored sentence holds the answer."""

    def score(values: np.ndarray) -> float:
        hits = total = 0
        for g in np.unique(groups):
            idx = np.where(groups == g)[0]
            total += 1
            hits += int(y[idx[int(np.argmax(values[idx]))]])
        return hits / max(1, total)

    return score


def pairs(z: np.ndarray, y: np.ndarray, groups: np.ndarray, rows: np.ndarray):
    """Differences between a right and a wrong sentence of the same question, both ways."""
    diffs = []
    for group in np.unique(groups[rows]):
        idx = rows[groups[rows] == group]
        pos, neg = idx[y[idx] == 1], idx[y[idx] == 0]
        for p in pos:
            for n in neg[:PAIRS_PER_POSITIVE]:
                diffs.append(z[p] - z[n])
    d = np.array(diffs)
    return np.vstack([d, -d]), np.r_[np.ones(len(d)), np.zeros(len(d))]


def fit_pairwise(x: np.ndarray, y: np.ndarray, groups: np.ndarray, names: tuple[str, ...], score):
    """A linear ranker fitted on pairs (RankSVM-style logistic loss): it learns which of
    two sentences answers, not how likely one is in isolation."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    results: dict[float, float] = {}
    for c in C_GRID:
        out = np.zeros(len(y))
        for train, test in GroupKFold(n_splits=5).split(z, y, groups):
            d, t = pairs(z, y, groups, train)
            clf = LogisticRegression(C=c, max_iter=3000, fit_intercept=False).fit(d, t)
            out[test] = z[test] @ clf.coef_[0]
        results[c] = score(out)
    best = max(results, key=results.__getitem__)
    d, t = pairs(z, y, groups, np.arange(len(y)))
    clf = LogisticRegression(C=best, max_iter=3000, fit_intercept=False).fit(d, t)
    model = Linear(
        names,
        clf.coef_[0].astype(np.float32),
        0.0,
        mean.astype(np.float32),
        scale.astype(np.float32),
    )
    return model, results[best]


def fit_trees(x: np.ndarray, y: np.ndarray, groups: np.ndarray, features: tuple[str, ...]):
    """Gradient-boosted trees: the model on all rows, and grouped-cross-validated scores."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold

    from bot.answering.trees import export

    def make():
        return HistGradientBoostingClassifier(
            **TREE_SETTINGS, class_weight="balanced", random_state=7
        )

    out = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        out[test] = make().fit(x[train], y[train]).decision_function(x[test])
    model = make().fit(x, y)
    return export(model, features), out


def choose_threshold(
    prob: np.ndarray, y: np.ndarray, kinds: list[str]
) -> tuple[float, dict[str, float]]:
    """The probability above which to answer: the best mean of the two rates the targets
    judge apart (answerable questions answered right, unanswerable ones declined), so the
    larger class does not decide alone, among thresholds that decline at most
    `MAX_ANSWERABLE_DECLINED` of the answerable ones."""
    answerable = np.array([k != "unanswerable" for k in kinds])
    correct = np.array([k == "right" for k in kinds])
    best, best_t = -1.0, 0.5
    figures: dict[str, float] = {}
    for t in np.linspace(0.05, 0.95, 91):
        answer = prob >= t
        right = (answer & correct).sum() + (~answer & ~answerable).sum()
        declined = (~answer & answerable).sum() / max(1, answerable.sum())
        if declined > MAX_ANSWERABLE_DECLINED:
            continue  # a limit, not a trade: answerable questions are not declined to win others
        answered_right = (answer & correct).sum() / max(1, answerable.sum())
        unanswerable_declined = (~answer & ~answerable).sum() / max(1, (~answerable).sum())
        score = (answered_right + unanswerable_declined) / 2 if (~answerable).any() else right
        if score > best:
            best, best_t = score, float(t)
            figures = {
                "balanced": float(score),
                "handled_right": float(right / len(y)),
                "answerable_declined": float(declined),
                "unanswerable_declined": float(
                    (~answer & ~answerable).sum() / max(1, (~answerable).sum())
                ),
                "answered_right": float((answer & correct).sum() / max(1, answerable.sum())),
            }
    return best_t, figures
