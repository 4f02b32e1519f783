"""Pure scoring helpers: regex matching, F1, percentiles."""

from __future__ import annotations

import math
import re
from collections import Counter


def matches_all(patterns: list[str], text: str) -> bool:
    return all(re.search(p, text, re.I) for p in patterns)


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def percentile(values: list[float], q: float) -> float:
    """Nearest rank: the smallest value with at least q% of the values at or below it."""
    if not values:
        return 0.0
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[idx]


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    labels = set(gold) | set(predicted)
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        scores.append(f1(tp, fp, fn)[2])
    return sum(scores) / len(scores) if scores else 0.0


def worst_confusions(
    gold: list[str], predicted: list[str], n: int = 5
) -> list[tuple[str, str, int]]:
    pairs = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    return [(g, p, c) for (g, p), c in pairs.most_common(n)]


def slot_equal(name: str, gold: str, got: str | None) -> bool:
    if got is None:
        return False
    if name == "topic":
        a, b = set(normalise(gold).split()), set(normalise(got).split())
        return bool(a) and len(a & b) / len(a) >= 0.5
    return normalise(gold) == normalise(got)
