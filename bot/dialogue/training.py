"""Training the intent model from the bot definition's utterances.

`make fit` calls this and saves the result; the engine calls it too when the saved
model was made with another embedding model (a team that configures its own),
so the bot never runs on vectors its classifier has not seen.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from bot.dialogue.definition import BotDefinition
from bot.dialogue.intents import IntentModel, Patterns, Signals, feature_row

C_GRID = (0.3, 1.0, 3.0, 10.0)


def examples(definition: BotDefinition) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for spec in definition.intents:
        for utterance in spec.utterances:
            texts.append(utterance)
            labels.append(spec.name.value)
    return texts, labels


def feature_matrix(
    texts: list[str],
    vectors: np.ndarray,
    signals: Callable[[str, np.ndarray], Signals],
    patterns: Patterns,
) -> np.ndarray:
    return np.vstack(
        [feature_row(v, t, signals(t, v), patterns) for t, v in zip(texts, vectors, strict=True)]
    )


def fit(rows: np.ndarray, labels: list[str], c: float, model: str) -> IntentModel:
    from sklearn.linear_model import LogisticRegression

    mean = rows.mean(axis=0)
    scale = rows.std(axis=0) + 1e-6
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    clf.fit((rows - mean) / scale, labels)
    return IntentModel(
        tuple(str(c) for c in clf.classes_),
        clf.coef_.astype(np.float32),
        clf.intercept_.astype(np.float32),
        mean.astype(np.float32),
        scale.astype(np.float32),
        model,
    )


def choose_c(
    rows: np.ndarray, labels: list[str], folds: int = 5
) -> tuple[float, dict[float, float]]:
    """The regularisation with the best cross-validated accuracy, and every C's figure."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    scores: dict[float, float] = {}
    split = StratifiedKFold(folds, shuffle=True, random_state=7)
    for c in C_GRID:
        pipe = make_pipeline(
            StandardScaler(), LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        )
        scores[c] = float(cross_val_score(pipe, rows, labels, cv=split).mean())
    return max(scores, key=scores.__getitem__), scores


def train(
    definition: BotDefinition,
    embed: Callable[[list[str]], np.ndarray],
    signals: Callable[[str, np.ndarray], Signals],
    model: str,
    c: float = 1.0,
) -> IntentModel:
    texts, labels = examples(definition)
    rows = feature_matrix(texts, embed(texts), signals, Patterns(definition))
    return fit(rows, labels, c, model)
