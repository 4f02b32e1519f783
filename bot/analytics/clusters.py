"""Declined questions grouped by topic, so a report shows what the notes lack
("Athena", asked five ways) instead of a long list of near-duplicates.

Greedy grouping on the same sentence embedding the bot already runs: each
question joins the closest group whose centroid is similar enough, most-asked
first, so a group is named after its most common wording.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

Embed = Callable[[list[str]], np.ndarray]
SAME_TOPIC = 0.6  # cosine of all-MiniLM-L6-v2 vectors: paraphrases sit above, topics below


@dataclass
class Topic:
    label: str
    count: int
    questions: list[tuple[str, int]] = field(default_factory=list)


def _key(question: str) -> str:
    return " ".join(question.lower().split()).rstrip("?!. ")


def cluster(
    questions: Sequence[str], embed: Embed | None, threshold: float = SAME_TOPIC
) -> list[Topic]:
    """Topics, largest first; without an embedder, identical wordings only."""
    counts: Counter[str] = Counter()
    wording: dict[str, str] = {}
    for q in questions:
        key = _key(q)
        if key:
            counts[key] += 1
            wording.setdefault(key, q.strip())
    keys = [k for k, _ in counts.most_common()]
    if not keys:
        return []
    vectors = _unit(embed(keys)) if embed is not None else np.eye(len(keys))
    centroids: list[np.ndarray] = []
    groups: list[list[int]] = []
    for i, vector in enumerate(vectors):
        best, best_sim = -1, threshold
        for g, centroid in enumerate(centroids):
            sim = float(vector @ centroid)
            if sim >= best_sim:
                best, best_sim = g, sim
        if best < 0:
            groups.append([i])
            centroids.append(vector)
        else:
            groups[best].append(i)
            members = vectors[groups[best]].mean(axis=0)
            centroids[best] = members / (np.linalg.norm(members) or 1.0)
    topics = [
        Topic(
            label=wording[keys[g[0]]],
            count=sum(counts[keys[i]] for i in g),
            questions=[(wording[keys[i]], counts[keys[i]]) for i in g],
        )
        for g in groups
    ]
    return sorted(topics, key=lambda t: -t.count)


def _unit(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def embedder_of(engine: object) -> Embed | None:
    """The engine's sentence embedder, when it has one (the only coupling to the core)."""
    knowledge = getattr(engine, "knowledge", None)
    embed_one = getattr(knowledge, "embed", None)
    if embed_one is None:
        return None
    return lambda texts: np.stack([np.asarray(embed_one(t)) for t in texts])
