"""Reading eval sets in the shared JSONL format (qa, unanswerable, dialogues, intents)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class EvalSets:
    qa: list[dict] = field(default_factory=list)
    unanswerable: list[dict] = field(default_factory=list)
    dialogues: list[dict] = field(default_factory=list)
    intents: list[dict] = field(default_factory=list)


def _rows(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def load_sets(folders: list[Path]) -> EvalSets:
    sets = EvalSets()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.jsonl")):
            name = path.stem.lower()
            tag = folder.name
            rows = [{**r, "_set": f"{tag}/{path.name}"} for r in _rows(path)]
            if name.startswith("qa"):
                sets.qa += rows
            elif name.startswith("unanswerable"):
                sets.unanswerable += rows
            elif name.startswith("dialogue"):
                sets.dialogues += rows
            elif name.startswith("intent"):
                sets.intents += rows
    return sets
