"""Talks, speakers, events and dates found in a folder of notes, against its expected.yaml.

Usage: python benchmarks/structure_eval.py FOLDER [CORPUS_SUBFOLDER]
Prints the figures only (safe on a sealed, held-out folder).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.evaluation.structure import score
from bot.ingest.pipeline import parse_corpus

if __name__ == "__main__":
    root = Path(sys.argv[1])
    corpus = root / sys.argv[2] if len(sys.argv) > 2 else root
    parsed = parse_corpus(corpus)
    figures = score(root / "expected.yaml", parsed.files)
    print(
        " | ".join(f"{k} {v:.2f}" for k, v in figures.items()), f"| skipped {len(parsed.skipped)}"
    )
