"""Eval sets are read strictly: a broken set must fail loudly, not score zero questions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.errors import EvalDataError
from bot.evaluation.data import load_sets


def _write(folder: Path, name: str, rows: list[object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def test_sets_are_sorted_by_file_name_and_tagged_with_their_file(tmp_path: Path) -> None:
    qa = {"id": "a1", "question": "q?", "must_contain": ["x"], "doc": "d.txt"}
    _write(tmp_path, "qa_mine.jsonl", [qa, {**qa, "id": "a2"}])
    _write(tmp_path, "unanswerable.jsonl", [{"id": "u1", "question": "q?"}])
    _write(
        tmp_path, "intents.jsonl", [{"id": "i1", "text": "hi", "intent": "greeting", "slots": {}}]
    )
    _write(tmp_path, "dialogues.jsonl", [{"id": "c1", "turns": []}])
    _write(tmp_path, "notes.jsonl", [{"anything": 1}])  # not a set: ignored
    sets = load_sets([tmp_path])
    assert [r["id"] for r in sets.qa] == ["a1", "a2"]
    assert sets.qa[0]["_set"] == f"{tmp_path}/qa_mine.jsonl"
    assert len(sets.unanswerable) == len(sets.intents) == len(sets.dialogues) == 1


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match="no eval folder"):
        load_sets([tmp_path / "nowhere"])


def test_a_folder_without_sets_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("nothing here")
    with pytest.raises(EvalDataError, match="no eval sets"):
        load_sets([tmp_path])


def test_a_bad_line_is_reported_with_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "qa.jsonl").write_text(
        '{"id": "a", "question": "q", "must_contain": [], "doc": "d"}\n{not json\n'
    )
    with pytest.raises(EvalDataError, match=r"qa\.jsonl:2: not JSON"):
        load_sets([tmp_path])


def test_a_row_without_a_required_field_is_reported(tmp_path: Path) -> None:
    _write(tmp_path, "qa.jsonl", [{"id": "a", "question": "q?"}])
    with pytest.raises(EvalDataError, match=r"qa\.jsonl:1: missing must_contain, doc"):
        load_sets([tmp_path])
