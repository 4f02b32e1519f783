"""A gradient-boosted tree ensemble as data, scored with numpy.

`make fit` trains scikit-learn's HistGradientBoostingClassifier and exports its
trees (feature, threshold, children, leaf value per node) to JSON; serving walks
every tree for every row at once, one depth level per step, so it needs neither
scikit-learn nor a pickle at run time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Trees:
    features: tuple[str, ...]
    feature: np.ndarray  # trees x nodes: the feature a node splits on
    threshold: np.ndarray  # go left when value <= threshold
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray  # bool
    value: np.ndarray  # a leaf's contribution
    baseline: float
    depth: int
    cutoff: float = 0.5  # as an answer gate: the probability above which to answer

    def score(self, rows: np.ndarray) -> np.ndarray:
        """The ensemble's raw score (log-odds) for each row."""
        n_trees = self.feature.shape[0]
        tree = np.arange(n_trees)[None, :]
        node = np.zeros((rows.shape[0], n_trees), dtype=np.int64)
        for _ in range(self.depth):
            feature = self.feature[tree, node]
            values = np.take_along_axis(rows, feature, axis=1)
            go_left = values <= self.threshold[tree, node]
            step = np.where(go_left, self.left[tree, node], self.right[tree, node])
            node = np.where(self.leaf[tree, node], node, step)
        total: np.ndarray = self.value[tree, node].sum(axis=1) + self.baseline
        return total

    def probability(self, rows: np.ndarray) -> np.ndarray:
        odds: np.ndarray = 1.0 / (1.0 + np.exp(-self.score(rows)))
        return odds

    def to_json(self) -> dict[str, object]:
        return {
            "kind": "trees",
            "features": list(self.features),
            "feature": self.feature.tolist(),
            "threshold": [[round(float(v), 6) for v in row] for row in self.threshold],
            "left": self.left.tolist(),
            "right": self.right.tolist(),
            "leaf": self.leaf.astype(int).tolist(),
            "value": [[round(float(v), 6) for v in row] for row in self.value],
            "baseline": round(self.baseline, 6),
            "depth": self.depth,
            "cutoff": round(float(self.cutoff), 6),
        }

    @classmethod
    def from_json(cls, data: dict[str, object], expected: tuple[str, ...]) -> Trees:
        features = tuple(str(f) for f in _items(data["features"]))
        if features != expected:
            raise ValueError(f"fitted features {features} != code's {expected}: run `make fit`")
        return cls(
            features,
            np.array(data["feature"], dtype=np.int64),
            np.array(data["threshold"], dtype=np.float64),
            np.array(data["left"], dtype=np.int64),
            np.array(data["right"], dtype=np.int64),
            np.array(data["leaf"], dtype=bool),
            np.array(data["value"], dtype=np.float64),
            float(data["baseline"]),  # type: ignore[arg-type]
            int(str(data["depth"])),
            float(data.get("cutoff", 0.5)),  # type: ignore[arg-type]
        )


def export(model, features: tuple[str, ...]) -> Trees:  # type: ignore[no-untyped-def]
    """The trees of a fitted binary HistGradientBoostingClassifier, padded to one shape."""
    predictors = [tree[0] for tree in model._predictors]  # one tree per iteration (binary)
    nodes = [p.nodes for p in predictors]
    width = max(len(n) for n in nodes)

    def pad(field: str, fill: float) -> np.ndarray:
        out = np.full((len(nodes), width), fill)
        for i, n in enumerate(nodes):
            out[i, : len(n)] = n[field]
        return out

    depth = int(max(int(n["depth"].max()) for n in nodes)) + 1
    return Trees(
        features,
        pad("feature_idx", 0).astype(np.int64),
        pad("num_threshold", 0.0),
        pad("left", 0).astype(np.int64),
        pad("right", 0).astype(np.int64),
        pad("is_leaf", 1).astype(bool),
        pad("value", 0.0),
        float(np.ravel(model._baseline_prediction)[0]),
        depth,
    )


def _items(value: object) -> list[object]:
    return list(value) if isinstance(value, (list, tuple)) else []
