"""Reading eval sets in the shared JSONL format (qa, unanswerable, dialogues, intents)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import EvalDataError


@dataclass
class EvalSets:
    qa: list[dict] = field(default_factory=list)
    unanswerable: list[dict] = field(default_factory=list)
    dialogues: list[dict] = field(default_factory=list)
    intents: list[dict] = field(default_factory=list)


# The fields each kind of set needs; the shared README describes them.
REQUIRED = {
    "qa": ("id", "question", "must_contain", "doc"),
    "unanswerable": ("id", "question"),
    "dialogue": ("id", "turns"),
    "intent": ("id", "text", "intent", "slots"),
}


def _rows(path: Path, kind: str) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalDataError(f"{path}:{number}: not JSON ({exc.msg})") from None
        missing = [f for f in REQUIRED[kind] if not isinstance(row, dict) or f not in row]
        if missing:
            raise EvalDataError(f"{path}:{number}: missing {', '.join(missing)}")
        rows.append(row)
    return rows


def load_sets(folders: list[Path]) -> EvalSets:
    """Every set in the folders, by the start of its file name (qa, unanswerable, ...).

    A folder that is missing or holds no set is an error: a typo in `--data` must not
    pass CI on zero questions."""
    sets = EvalSets()
    for folder in folders:
        if not folder.is_dir():
            raise EvalDataError(f"no eval folder at {folder}")
        found = False
        for path in sorted(folder.glob("*.jsonl")):
            kind = next((k for k in REQUIRED if path.stem.lower().startswith(k)), None)
            if kind is None:
                continue
            found = True
            rows = [{**r, "_set": f"{folder}/{path.name}"} for r in _rows(path, kind)]
            {
                "qa": sets.qa,
                "unanswerable": sets.unanswerable,
                "dialogue": sets.dialogues,
                "intent": sets.intents,
            }[kind].extend(rows)
        if not found:
            raise EvalDataError(f"no eval sets (qa*, unanswerable*, ...jsonl) in {folder}")
    return sets
