"""Fitted parameters: saved as data, loaded by feature name, refused when they do not fit."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np

from bot.answering import fitted
from bot.answering.features import GATE_FEATURES, SENTENCE_FEATURES


def test_a_linear_model_round_trips_through_its_data_file(tmp_path: Path) -> None:
    n = len(SENTENCE_FEATURES)
    model = fitted.Linear(
        SENTENCE_FEATURES, np.arange(n, dtype=np.float32), 0.5,
        np.zeros(n, np.float32), np.ones(n, np.float32), 0.3,
    )  # fmt: skip
    gate = fitted.AnsweringModels.prior().gate
    path = tmp_path / "answering.json"
    path.write_text(json.dumps({"ranker": model.to_json(), "gate": gate.to_json(), "inputs": "x"}))
    loaded = fitted.load(path)
    rows = np.ones((2, n), np.float32)
    assert np.allclose(loaded.ranker.score(rows), model.score(rows))
    assert loaded.meta["inputs"] == "x"


def test_a_fit_for_other_features_falls_back_to_the_prior(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    gate = fitted.AnsweringModels.prior().gate.to_json()
    stale = {**gate, "features": list(GATE_FEATURES[:-1])}
    path = tmp_path / "answering.json"
    path.write_text(json.dumps({"ranker": stale, "gate": stale}))
    assert fitted.load(path).meta == {"fitted": False}
    assert "make fit" in caplog.text


def test_the_shipped_fit_matches_the_code() -> None:
    data = json.loads(fitted.DATA.read_text())
    assert tuple(data["ranker"]["features"]) == SENTENCE_FEATURES
    assert tuple(data["gate"]["features"]) == GATE_FEATURES
    assert 0.0 < fitted.cutoff(fitted.load().gate) < 1.0


def test_a_tree_gate_round_trips_with_its_cutoff(tmp_path: Path) -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier

    from bot.answering.trees import export

    rng = np.random.default_rng(3)
    x = rng.normal(size=(200, len(GATE_FEATURES)))
    y = (x[:, 0] + x[:, 1] > 0).astype(int)
    trees = export(HistGradientBoostingClassifier(max_iter=20).fit(x, y), GATE_FEATURES)
    trees = replace(trees, cutoff=0.3)
    ranker = fitted.AnsweringModels.prior().ranker
    path = tmp_path / "answering.json"
    path.write_text(json.dumps({"ranker": ranker.to_json(), "gate": trees.to_json()}))
    loaded = fitted.load(path)
    assert fitted.cutoff(loaded.gate) == 0.3
    p = loaded.gate.probability(x[:50])
    assert np.all((p > 0) & (p < 1))
    assert ((p > 0.5) == (y[:50] == 1)).mean() > 0.8  # it learned the rule it was shown
