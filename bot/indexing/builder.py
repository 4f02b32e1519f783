"""Build the index: incremental (unchanged files are not parsed or embedded again) and
atomic (a new version is built beside the old one and swapped in only when complete)."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.embedding import Embedder, build_embedder
from bot.errors import CorpusError
from bot.indexing import layout, store
from bot.ingest.chunking import lead_in
from bot.ingest.metadata import read_manifest
from bot.ingest.pipeline import ParsedFile, corpus_files, file_hash, parse_file, source_name
from bot.settings import Settings


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


def index_model(settings: Settings) -> str:
    """The name an index records for its vectors (the stand-in has its own)."""
    return "hash-384" if settings.embed_backend == "hash" else settings.model


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


def embed_text(
    passage_text: str,
    parent: str | None,
    section: str | None,
    speakers: list[str],
    conference: str,
    heading: str | None = None,
) -> str:
    """What the dense index sees: the passage with the talk, speaker, event and the
    sub-heading it sits under, so a terse question meets the passage's context too."""
    who = f" ({', '.join(speakers)})" if speakers else ""
    head = f"{section}{who}" if section else conference
    under = f"{heading}: " if heading else ""
    body = f"{lead_in(parent)} {passage_text}" if parent else passage_text
    return f"{head} | {conference}: {under}{body}"


def _key(*parts: str) -> str:
    return hashlib.sha256(":".join(parts).encode()).hexdigest()[:32]


def _parse_all(settings: Settings, cache_dir: Path, report: BuildReport) -> list[ParsedFile]:
    """Every readable note, parsed once per content (parses are kept by file hash)."""
    manifest = read_manifest(settings.corpus_dir)
    parsed: list[ParsedFile] = []
    folder = cache_dir / "parsed"
    folder.mkdir(parents=True, exist_ok=True)
    for path in corpus_files(settings.corpus_dir):
        source = source_name(settings.corpus_dir, path)
        entry = manifest.get(source, manifest.get(path.name, {}))
        key = _key(file_hash(path), repr(sorted(entry.items())), source, layout.ingest_version())
        cached = folder / f"{key}.pickle"
        if cached.exists():
            parsed.append(pickle.loads(cached.read_bytes()))
            continue
        try:
            found = parse_file(path, entry, source, settings.max_note_mb << 20)
        except CorpusError as exc:
            report.bad_files.append(f"{source}: {str(exc).split(': ', 1)[-1]}")
            continue
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(found))
        os.replace(tmp, cached)
        parsed.append(found)
    return parsed


def build(settings: Settings, rebuild: bool = False, progress: bool = True) -> BuildReport:
    started = time.perf_counter()
    if not settings.corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {settings.corpus_dir} does not exist")
    if not rebuild and is_up_to_date(settings):
        return BuildReport(skipped=True, seconds=time.perf_counter() - started)
    cache_dir = settings.index_dir / "cache"
    report = BuildReport(skipped=False)
    parsed = _parse_all(settings, cache_dir, report)
    for line in report.bad_files:
        print(f"warning: skipped {line}", file=sys.stderr, flush=True)
    if not parsed:
        raise CorpusError(f"no readable notes (.txt, .md, .html, .pdf) in {settings.corpus_dir}")
    report.files = len(parsed)
    embedder = build_embedder(settings.model, settings.embed_backend)
    target = layout.new_build_dir(settings.index_dir)
    try:
        _write(settings, parsed, embedder, cache_dir, target, report, progress, rebuild)
        seal(target, settings)
        layout.activate(settings.index_dir, target)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)  # the old index keeps serving
        raise
    report.path = target
    report.seconds = time.perf_counter() - started
    return report


def _write(
    settings: Settings,
    parsed: list[ParsedFile],
    embedder: Embedder,
    cache_dir: Path,
    target: Path,
    report: BuildReport,
    progress: bool,
    rebuild: bool,
) -> None:
    conn = store.create(target / layout.STORE)
    model = index_model(settings)
    section_id = passage_id = sent_total = 0
    rows: list[tuple[ParsedFile, list[store.SectionRow], list[str], list[str]]] = []
    for f in parsed:
        meta = f.document.meta
        store.write_document(
            conn,
            store.DocRow(
                meta.source, meta.title, meta.conference, meta.date, meta.date_end,
                meta.date_precision, meta.venue, meta.city, meta.kind, meta.source_url,
                meta.origin, meta.aliases, f.sha256, meta.folder,
            ),
        )  # fmt: skip
        sections = []
        for idx, section in enumerate(f.document.sections):
            row = store.SectionRow(
                section_id, meta.source, idx, section.title, section.speakers, section.handles,
                section.code, section.is_talk,
            )  # fmt: skip
            store.write_section(conn, row)
            sections.append(row)
            section_id += 1
        texts = [
            embed_text(
                p.text, p.parent, sections[p.section_index].title,
                sections[p.section_index].speakers, meta.conference, p.heading,
            )
            for p in f.passages
        ]  # fmt: skip
        rows.append((f, sections, texts, [s for p in f.passages for s in p.sentences]))
    vectors = _embed_all(rows, embedder, model, cache_dir, progress, rebuild, report)
    for (f, sections, _, _), _vecs in zip(rows, vectors, strict=True):
        for p in f.passages:
            sec = sections[p.section_index]
            passage_row = store.PassageRow(
                passage_id, f.source, sec.id, p.position, p.text, p.parent, p.sentences,
                sent_total, p.heading, p.orgs,
            )  # fmt: skip
            store.write_passage(conn, passage_row, sec, f.document.meta.conference)
            passage_id += 1
            sent_total += len(p.sentences)
    speakers = {s for f in parsed for sec in f.document.sections for s in sec.speakers}
    people = sorted({p for f in parsed for p in f.document.people} | speakers)
    store.write_people(conn, people, speakers)
    conn.commit()
    conn.close()
    passage_matrix = np.vstack([v[0] for v in vectors]).astype(np.float32)
    sentence_matrix = np.vstack([v[1] for v in vectors]).astype(np.float32)
    layout.write_vectors(target, passage_matrix, sentence_matrix)
    report.passages, report.sentences = passage_id, sent_total
    report.talks = sum(1 for f in parsed for s in f.document.sections if s.is_talk and s.title)
    report.speakers = len(speakers)
    layout.write_manifest(
        target,
        {
            "format_version": layout.FORMAT_VERSION,
            "ingest_version": layout.ingest_version(),
            "model": model,
            "dim": int(passage_matrix.shape[1]),
            "files": corpus_state(settings),
            "passages": passage_id,
            "sentences": sent_total,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        },
    )
    if settings.embed_backend == "onnx":
        from bot.onnx_export import export_onnx

        export_onnx(
            embedder,  # type: ignore[arg-type]  # the onnx backend always builds with the real model
            cache_dir / "onnx" / _key(model)[:16],
            target / layout.ONNX_DIR,
        )


def seal(target: Path, settings: Settings) -> None:
    """Record every file's checksum in the manifest, then verify the build as a server
    would: a build that would be refused at load is never made current."""
    from bot.indexing.verify import read_manifest, verify_build

    manifest = read_manifest(target)
    manifest["checksums"] = layout.checksums(target)
    layout.write_manifest(target, manifest)
    verify_build(target, index_model(settings), onnx=settings.embed_backend == "onnx")


def _embed_all(
    rows: list[tuple[ParsedFile, list[store.SectionRow], list[str], list[str]]],
    embedder: Embedder,
    model: str,
    cache_dir: Path,
    progress: bool,
    rebuild: bool,
    report: BuildReport,
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Vectors per file: reused when the file, the ingest code and the model are unchanged;
    the rest embedded in one pass behind one progress bar."""
    out: list[tuple[np.ndarray, np.ndarray] | None] = []
    todo: list[int] = []
    for n, (f, _, texts, sentences) in enumerate(rows):
        cache = cache_dir / f"{_key(f.sha256, f.source, layout.ingest_version(), model)}.npz"
        if cache.exists() and not rebuild:
            data = np.load(cache)
            if data["passages"].shape[0] == len(texts) and data["sentences"].shape[0] == len(
                sentences
            ):
                report.reused_files.append(f.source)
                out.append((data["passages"], data["sentences"]))
                continue
        out.append(None)
        todo.append(n)
    if todo:
        all_texts = [t for n in todo for t in rows[n][2] + rows[n][3]]
        matrix = _encode(embedder, all_texts, progress)
        start = 0
        for n in todo:
            f, _, texts, sentences = rows[n]
            p_vec = matrix[start : start + len(texts)]
            s_vec = matrix[start + len(texts) : start + len(texts) + len(sentences)]
            start += len(texts) + len(sentences)
            cache = cache_dir / f"{_key(f.sha256, f.source, layout.ingest_version(), model)}.npz"
            tmp = cache.with_suffix(f".{os.getpid()}.tmp.npz")
            np.savez(tmp, passages=p_vec, sentences=s_vec)
            os.replace(tmp, cache)
            report.embedded_files.append(f.source)
            out[n] = (p_vec, s_vec)
    return [v for v in out if v is not None]


def _encode(embedder: Embedder, texts: list[str], progress: bool) -> np.ndarray:
    """All texts in batches, with one progress bar and its ETA."""
    from tqdm import tqdm

    batch = 64
    parts = []
    with tqdm(
        total=len(texts), unit="text", desc="embedding", disable=not progress, file=sys.stderr
    ) as bar:
        for start in range(0, len(texts), batch):
            chunk = texts[start : start + batch]
            parts.append(embedder.encode(chunk, batch_size=batch))
            bar.update(len(chunk))
    return np.vstack(parts) if parts else np.zeros((0, embedder.dim), dtype=np.float32)


def describe(report: BuildReport) -> str:
    if report.skipped:
        return f"index is up to date ({report.seconds:.2f} s)"
    lines = [
        f"indexed {report.files} files: {report.talks} talks, {report.speakers} speakers, "
        f"{report.passages} passages, {report.sentences} sentences "
        f"(embedded {len(report.embedded_files)}, reused {len(report.reused_files)}, "
        f"skipped {len(report.bad_files)}) in {report.seconds:.1f} s"
    ]
    lines += [f"  skipped {line}" for line in report.bad_files]
    return "\n".join(lines)
