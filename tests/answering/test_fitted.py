"""Fitted parameters: saved as data, loaded by feature name, refused when they do not fit."""

from __future__ import annotations

import json
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
    assert 0.0 < data["gate"]["threshold"] < 1.0
