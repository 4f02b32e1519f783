"""`make bench-scale`, the index side: a full build of an N× corpus from nothing, then one
note added to it. Each size gets its own folder (corpus, index and caches), so a full
build really starts from nothing and the sizes never share a cache."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus_gen  # noqa: E402

ADDED = "added/added-note.txt"


def settings_for(folder: Path):  # type: ignore[no-untyped-def]
    from bot.settings import Settings

    return Settings(corpus_dir=folder / "corpus", index_dir=folder / "index", _env_file=None)


def make_corpus(folder: Path, times: int) -> int:
    """The N× corpus in folder/corpus (names of people from the repository's own index)."""
    names = corpus_gen.people(ROOT / "index" / "current" / "store.sqlite")
    return corpus_gen.generate(ROOT / "corpus", folder / "corpus", times, names)


def full_build(folder: Path, times: int, progress: bool) -> dict[str, object]:
    """Index the N× corpus from an empty index folder (no parse or vector cache)."""
    from bot.indexing.builder import build

    files = make_corpus(folder, times)
    shutil.rmtree(folder / "index", ignore_errors=True)
    started = time.perf_counter()
    report = build(settings_for(folder), progress=progress)
    seconds = time.perf_counter() - started
    from bot.engine import prepare

    started = time.perf_counter()
    trained = prepare(settings_for(folder))  # what `bot index` does after a build
    intents_seconds = time.perf_counter() - started if trained else 0.0
    return {
        "times": times,
        "files": files,
        "passages": report.passages,
        "sentences": report.sentences,
        "distinct_texts": report.distinct_texts,
        "seconds": round(seconds, 1),
        "intents_seconds": round(intents_seconds, 1),
        "parse_seconds": round(report.parse_seconds, 1),
        "embed_seconds": round(report.embed_seconds, 1),
        "passages_per_s": round(report.passages / seconds, 1),
        "texts_per_s_embedding": round(report.distinct_texts / max(report.embed_seconds, 1e-9), 1),
        "dense_index": report.dense,
        "workers": os.cpu_count(),
    }


def add_one_note(folder: Path, times: int) -> dict[str, object]:
    """Time `bot index` after one new note (a new event) lands in the corpus, then put the
    corpus and the current build back as they were."""
    from bot.indexing import layout
    from bot.indexing.builder import build

    settings = settings_for(folder)
    source = ROOT / "corpus" / "awsome-day-manchester-2018.txt"
    entry = corpus_gen.yaml.safe_load((ROOT / "corpus" / "manifest.yaml").read_text())[source.name]
    renamer = corpus_gen.Renamer(entry, corpus_gen.people(None), 900 + times, "added")
    note = settings.corpus_dir / ADDED
    note.parent.mkdir(exist_ok=True)
    before = layout.resolve_current(settings.index_dir)
    note.write_text(renamer.text(source.read_text(encoding="utf-8")), encoding="utf-8")
    try:
        started = time.perf_counter()
        report = build(settings, progress=False)
        seconds = time.perf_counter() - started
    finally:
        note.unlink()
        if before is not None:
            after = layout.resolve_current(settings.index_dir)
            layout.activate(settings.index_dir, before)
            if after and after != before:
                shutil.rmtree(after, ignore_errors=True)
    return {
        "seconds": round(seconds, 2),
        "mode": report.mode,
        "parse_seconds": round(report.parse_seconds, 2),
        "embed_seconds": round(report.embed_seconds, 2),
        "passages": report.passages,
    }


def main() -> None:
    times, folder = int(sys.argv[1]), Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    figures = {"build": full_build(folder, times, progress=True)}
    print(json.dumps(figures["build"]), flush=True)
    figures["add"] = add_one_note(folder, times)
    print(json.dumps(figures["add"]), flush=True)
    (folder / "build.json").write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
