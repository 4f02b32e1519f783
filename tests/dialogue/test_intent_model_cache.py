"""An index built with other vectors than the fit's gets its intent model trained once and
kept in the index folder: the next start reads it instead of training again."""

from __future__ import annotations

import pytest

from bot.dialogue import training
from bot.engine import Engine, prepare


def test_the_intent_model_is_trained_once_per_index_and_then_read(
    fast_settings, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from bot.indexing.builder import build

    settings = fast_settings.model_copy(update={"index_dir": tmp_path / "index"})
    build(settings, progress=False)  # the fixture notes, in an index of our own
    calls: list[int] = []
    real = training.train

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(training, "train", counted)
    assert prepare(settings) is True  # the fit used the real model; this index the hash one
    assert len(calls) == 1
    kept = list((tmp_path / "index" / "intents").glob("*.npz"))
    assert len(kept) == 1
    first = Engine.load(settings).understander
    assert len(calls) == 1  # read, not trained again
    again = Engine.load(settings).understander
    assert first.model.coef.tolist() == again.model.coef.tolist()
