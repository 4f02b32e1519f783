"""Build the index: incremental (unchanged files are not parsed or embedded again) and
atomic (a new version is built beside the old one and swapped in only when complete)."""

from __future__ import annotations

import os
import pickle
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.embedding import Embedder, build_embedder
from bot.errors import CorpusError, IndexIncompatible
from bot.indexing import append, assemble, dense, layout, postings, store, workers
from bot.indexing.texts import embed_text
from bot.indexing.vectorcache import key as _key
from bot.indexing.vectorcache import vectors_for
from bot.ingest.metadata import read_manifest
from bot.ingest.pipeline import ParsedFile, corpus_files, file_hash, source_name
from bot.settings import Settings

__all__ = ["BuildReport", "build", "describe", "embed_text", "index_model", "is_up_to_date"]


@dataclass
class BuildReport:
    skipped: bool
    files: int = 0
    passages: int = 0
    sentences: int = 0
    talks: int = 0
    speakers: int = 0
    embedded_files: list[str] = field(default_factory=list)
    reused_files: list[str] = field(default_factory=list)
    bad_files: list[str] = field(default_factory=list)  # "name: why", one per skipped file
    seconds: float = 0.0
    path: Path | None = None
    mode: str = "full"  # "full", or "append" when only new notes were added to the last build
    distinct_texts: int = 0  # texts that went through the model
    embed_seconds: float = 0.0
    parse_seconds: float = 0.0
    dense: dict[str, object] = field(default_factory=dict)  # the FAISS index's kind and figures


def index_model(settings: Settings) -> str:
    """The name an index records for its vectors (the stand-in has its own)."""
    if settings.embed_backend == "hash":
        return "hash-384"
    if settings.embed_backend == "onnx" and settings.embed_precision == "int8":
        return f"{settings.model}+int8"
    return settings.model


def corpus_state(settings: Settings) -> dict[str, str]:
    files = corpus_files(settings.corpus_dir)
    state = {source_name(settings.corpus_dir, p): file_hash(p) for p in files}
    manifest = settings.corpus_dir / "manifest.yaml"
    if manifest.exists():
        state["manifest.yaml"] = file_hash(manifest)
    return state


def is_up_to_date(settings: Settings) -> bool:
    current = layout.read_manifest(settings.index_dir)
    return bool(
        current
        and current.get("format_version") == layout.FORMAT_VERSION
        and current.get("ingest_version") == layout.ingest_version()
        and current.get("model") == index_model(settings)
        and current.get("files") == corpus_state(settings)
        and bool(current.get("checksums"))  # builds before checksums are rebuilt once
    )


def entry_keys(settings: Settings) -> dict[str, str]:
    """Per note, a key of everything its parse depends on (text, manifest entry, ingestion
    code): a build whose notes all keep their keys can be extended instead of rebuilt."""
    manifest = read_manifest(settings.corpus_dir)
    out = {}
    for path in corpus_files(settings.corpus_dir):
        source = source_name(settings.corpus_dir, path)
        entry = manifest.get(source, manifest.get(path.name, {}))
        out[source] = _key(
            file_hash(path), repr(sorted(entry.items())), source, layout.ingest_version()
        )
    return out


def _parse(
    settings: Settings, keys: dict[str, str], wanted: list[str], cache_dir: Path,
    report: BuildReport, workers_n: int,
) -> list[ParsedFile]:  # fmt: skip
    """The wanted notes, parsed once per content (parses are kept by key), the rest of the
    work spread over the cores."""
    started = time.perf_counter()
    manifest = read_manifest(settings.corpus_dir)
    folder = cache_dir / "parsed"
    folder.mkdir(parents=True, exist_ok=True)
    found: dict[str, ParsedFile] = {}
    jobs: list[workers.ParseJob] = []
    for source in wanted:
        cached = folder / f"{keys[source]}.pickle"
        if cached.exists():
            found[source] = pickle.loads(cached.read_bytes())
            continue
        path = settings.corpus_dir / source
        entry = manifest.get(source, manifest.get(path.name, {}))
        jobs.append((path, entry, source, settings.max_note_mb << 20))
    for (_, _, source, _), result in workers.parse_many(jobs, workers_n):
        if isinstance(result, CorpusError):
            report.bad_files.append(f"{source}: {str(result).split(': ', 1)[-1]}")
            continue
        cached = folder / f"{keys[source]}.pickle"
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(result))
        os.replace(tmp, cached)
        found[source] = result
    report.bad_files.sort()
    report.parse_seconds = time.perf_counter() - started
    return [found[s] for s in wanted if s in found]


def build(
    settings: Settings, rebuild: bool = False, progress: bool = True, workers_n: int | None = None
) -> BuildReport:
    """Bring the index up to date: nothing when nothing changed, the new notes appended to
    a copy of the last build when notes were only added, otherwise a full build."""
    started = time.perf_counter()
    if not settings.corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {settings.corpus_dir} does not exist")
    if settings.dense_index not in ("auto", *dense.KINDS):
        raise IndexIncompatible(
            f"BOT_DENSE_INDEX={settings.dense_index!r} is not a dense index kind "
            f"(auto, {', '.join(sorted(dense.KINDS))})"
        )
    if not rebuild and is_up_to_date(settings):
        return BuildReport(skipped=True, seconds=time.perf_counter() - started)
    workers_n = workers_n or workers.default_workers()
    cache_dir = settings.index_dir / "cache"
    report = BuildReport(skipped=False)
    keys = entry_keys(settings)
    previous = None if rebuild else append.extendable(settings, keys, index_model(settings))
    wanted = [s for s in keys if previous is None or s not in previous.keys]
    parsed = _parse(settings, keys, wanted, cache_dir, report, workers_n)
    for line in report.bad_files:
        print(f"warning: skipped {line}", file=sys.stderr, flush=True)
    if not parsed and previous is None:
        raise CorpusError(f"no readable notes (.txt, .md, .html, .pdf) in {settings.corpus_dir}")
    target = layout.new_build_dir(settings.index_dir)
    try:
        embedder, onnx_folder = _embedder(settings, cache_dir, target)
        rows = [(f, *assemble.texts_of(f)) for f in parsed]
        embed_started = time.perf_counter()
        vectors, report.embedded_files, report.reused_files, report.distinct_texts = vectors_for(
            rows,
            lambda texts: workers.embed_many(texts, embedder, onnx_folder, workers_n, progress),
            index_model(settings),
            cache_dir,
            rebuild,
        )
        report.embed_seconds = time.perf_counter() - embed_started
        if previous is not None:  # the last build's notes are reused as they are
            report.mode = "append"
            report.reused_files = sorted(previous.keys) + report.reused_files
            append.extend(previous, target, parsed, vectors, report, settings.dense_index)
        else:
            _write(parsed, vectors, target, report, settings.dense_index)
        _write_manifest(settings, target, report, keys)
        seal(target, settings)
        layout.activate(settings.index_dir, target)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)  # the old index keeps serving
        raise
    report.path = target
    report.seconds = time.perf_counter() - started
    return report


def _embedder(settings: Settings, cache_dir: Path, target: Path) -> tuple[Embedder, Path | None]:
    """The index-time embedder. With the ONNX backend the model is exported first (once per
    model) and the corpus is embedded by that export, the same runtime that serves."""
    embedder = build_embedder(settings.model, settings.embed_backend)
    if settings.embed_backend != "onnx":
        return embedder, None
    from bot.onnx_embedder import OnnxEmbedder
    from bot.onnx_export import export_onnx

    cache = cache_dir / "onnx" / _key(index_model(settings))[:16]
    export_onnx(
        embedder,  # type: ignore[arg-type]
        cache,
        target / layout.ONNX_DIR,
        int8=settings.embed_precision == "int8",
    )
    return OnnxEmbedder(cache, threads=workers.default_workers()).load(), cache


def _write(
    parsed: list[ParsedFile],
    vectors: list[tuple[np.ndarray, np.ndarray]],
    target: Path,
    report: BuildReport,
    kind: str = "auto",
) -> None:
    """A whole new store and vector files, every note numbered from zero."""
    conn = store.create(target / layout.STORE)
    at = assemble.Offsets()
    for f in parsed:
        assemble.write_file(conn, f, at)
    people, speakers = assemble.people_of(parsed)
    store.write_people(conn, people, speakers)
    conn.commit()
    conn.close()
    postings.from_store(target / layout.STORE).save(target / layout.POSTINGS)
    dim = next((v[0].shape[1] for v in vectors if v[0].size), 384)
    passage_matrix = _stack([v[0] for v in vectors], dim)
    sentence_matrix = _stack([v[1] for v in vectors], dim)
    report.dense = layout.write_vectors(target, passage_matrix, sentence_matrix, kind)
    report.files = len(parsed)
    report.passages, report.sentences = at.passage, at.sentence
    report.talks = assemble.talks_in(parsed)
    report.speakers = len(speakers)


def _stack(parts: list[np.ndarray], dim: int) -> np.ndarray:
    parts = [p for p in parts if p.size]
    return np.vstack(parts).astype(np.float32) if parts else np.zeros((0, dim), np.float32)


def _write_manifest(
    settings: Settings, target: Path, report: BuildReport, keys: dict[str, str]
) -> None:
    bad = {line.split(": ", 1)[0] for line in report.bad_files}
    good = {s: k for s, k in keys.items() if s not in bad}
    layout.write_manifest(
        target,
        {
            "format_version": layout.FORMAT_VERSION,
            "ingest_version": layout.ingest_version(),
            "model": index_model(settings),
            "dim": 384 if not report.passages else _dim(target),
            "files": corpus_state(settings),
            "entries": good,
            "passages": report.passages,
            "sentences": report.sentences,
            "dense_index": report.dense,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        },
    )


def _dim(target: Path) -> int:
    return int(np.load(target / layout.PASSAGE_VECTORS, mmap_mode="r").shape[1])


def seal(target: Path, settings: Settings) -> None:
    """Record every file's checksum in the manifest, then verify the build as a server
    would: a build that would be refused at load is never made current."""
    from bot.indexing.verify import read_manifest, verify_build

    manifest = read_manifest(target)
    manifest["checksums"] = layout.checksums(target)
    layout.write_manifest(target, manifest)
    verify_build(target, index_model(settings), onnx=settings.embed_backend == "onnx", sums=False)


def describe(report: BuildReport) -> str:
    if report.skipped:
        return f"index is up to date ({report.seconds:.2f} s)"
    added = " (new notes added to the last build)" if report.mode == "append" else ""
    lines = [
        f"indexed {report.files} files: {report.talks} talks, {report.speakers} speakers, "
        f"{report.passages} passages, {report.sentences} sentences "
        f"(embedded {len(report.embedded_files)}, reused {len(report.reused_files)}, "
        f"skipped {len(report.bad_files)}) in {report.seconds:.1f} s{added}"
    ]
    lines += [f"  skipped {line}" for line in report.bad_files]
    return "\n".join(lines)
