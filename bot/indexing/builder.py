"""Build the index: incremental (unchanged files are not embedded again) and atomic
(a new version is built beside the old one and swapped in only when complete)."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.embedding import SentenceTransformerEmbedder
from bot.errors import CorpusError
from bot.indexing import layout, store
from bot.indexing.screen import Rejected, only, screen
from bot.ingest.chunking import lead_in
from bot.ingest.pipeline import ParsedFile, corpus_files, file_hash, parse_corpus
from bot.settings import Settings


@dataclass
class BuildReport:
    skipped: bool
    files: int = 0
    passages: int = 0
    sentences: int = 0
    embedded_files: list[str] = field(default_factory=list)
    reused_files: list[str] = field(default_factory=list)
    seconds: float = 0.0
    path: Path | None = None
    rejected: list[str] = field(default_factory=list)  # files skipped, with the reason


def corpus_state(settings: Settings) -> dict[str, str]:
    files = corpus_files(settings.corpus_dir)
    state = {p.name: file_hash(p) for p in files}
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
        and current.get("model") == settings.model
        and current.get("files") == corpus_state(settings)
        and bool(current.get("checksums"))  # builds before checksums are rebuilt once
    )


def embed_text(
    passage_text: str, parent: str | None, section: str | None, speakers: list[str], conference: str
) -> str:
    """What the dense index sees: the passage with the talk, speaker and event it belongs to."""
    who = f" ({', '.join(speakers)})" if speakers else ""
    head = f"{section}{who}" if section else conference
    body = f"{lead_in(parent)} {passage_text}" if parent else passage_text
    return f"{head} | {conference}: {body}"


def _cache_key(parsed: ParsedFile, model: str) -> str:
    raw = f"{parsed.sha256}:{layout.ingest_version()}:{model}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def build(settings: Settings, rebuild: bool = False, progress: bool = True) -> BuildReport:
    started = time.perf_counter()
    if not settings.corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {settings.corpus_dir} does not exist")
    if not rebuild and is_up_to_date(settings):
        return BuildReport(skipped=True, seconds=time.perf_counter() - started)
    accepted, rejected = screen(corpus_files(settings.corpus_dir), settings.max_note_mb << 20)
    if rejected:
        with only(settings.corpus_dir, accepted) as folder:
            parsed = parse_corpus(folder)
    else:
        parsed = parse_corpus(settings.corpus_dir)
    rejected += [Rejected(f.path.name, "no text found") for f in parsed if not f.passages]
    parsed = [f for f in parsed if f.passages]
    if not parsed:
        raise CorpusError(
            f"no usable notes (.txt, .md, .html, .pdf) in {settings.corpus_dir}"
            + (f"; skipped {', '.join(map(str, rejected))}" if rejected else "")
        )
    embedder = SentenceTransformerEmbedder(settings.model)
    cache_dir = settings.index_dir / "cache"
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = layout.new_build_dir(settings.index_dir)
    report = BuildReport(skipped=False, files=len(parsed), rejected=[str(r) for r in rejected])
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
    embedder: SentenceTransformerEmbedder,
    cache_dir: Path,
    target: Path,
    report: BuildReport,
    progress: bool,
    rebuild: bool,
) -> None:
    conn = store.create(target / layout.STORE)
    passage_vectors: list[np.ndarray] = []
    sentence_vectors: list[np.ndarray] = []
    section_id = passage_id = sent_total = 0
    speakers = {s for f in parsed for sec in f.document.sections for s in sec.speakers}
    for f in parsed:
        meta = f.document.meta
        store.write_document(
            conn,
            store.DocRow(
                meta.source,
                meta.title,
                meta.conference,
                meta.date,
                meta.date_end,
                meta.date_precision,
                meta.venue,
                meta.city,
                meta.kind,
                meta.source_url,
                meta.origin,
                meta.aliases,
                f.sha256,
            ),
        )
        section_rows = []
        for idx, section in enumerate(f.document.sections):
            row = store.SectionRow(
                section_id, meta.source, idx, section.title, section.speakers, section.handles
            )
            store.write_section(conn, row)
            section_rows.append(row)
            section_id += 1
        texts, sentences = [], []
        for p in f.passages:
            sec = section_rows[p.section_index]
            texts.append(embed_text(p.text, p.parent, sec.title, sec.speakers, meta.conference))
            sentences.extend(p.sentences)
        vectors = _embed_file(
            f, embedder, settings.model, cache_dir, texts, sentences, progress, rebuild, report
        )
        passage_vectors.append(vectors[0])
        sentence_vectors.append(vectors[1])
        for p in f.passages:
            sec = section_rows[p.section_index]
            row = store.PassageRow(
                passage_id,
                meta.source,
                sec.id,
                p.position,
                p.text,
                p.parent,
                p.sentences,
                sent_total,
            )
            store.write_passage(conn, row, sec, meta.conference)
            passage_id += 1
            sent_total += len(p.sentences)
    store.write_people(conn, parsed[0].document.people, speakers)
    conn.commit()
    conn.close()
    passages = np.vstack(passage_vectors).astype(np.float32)
    sentence_matrix = np.vstack(sentence_vectors).astype(np.float32)
    layout.write_vectors(target, passages, sentence_matrix)
    report.passages, report.sentences = passage_id, sent_total
    layout.write_manifest(
        target,
        {
            "format_version": layout.FORMAT_VERSION,
            "ingest_version": layout.ingest_version(),
            "model": settings.model,
            "dim": int(passages.shape[1]),
            "files": corpus_state(settings),
            "passages": passage_id,
            "sentences": sent_total,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        },
    )
    if settings.embed_backend == "onnx":
        from bot.onnx_export import export_onnx

        export_onnx(
            embedder, cache_dir / "onnx" / _model_key(settings.model), target / layout.ONNX_DIR
        )


def seal(target: Path, settings: Settings) -> None:
    """Record every file's checksum in the manifest, then verify the build as a server
    would: a build that would be refused at load is never made current."""
    from bot.indexing.verify import read_manifest, verify_build

    manifest = read_manifest(target)
    manifest["checksums"] = layout.checksums(target)
    layout.write_manifest(target, manifest)
    verify_build(target, settings.model, onnx=settings.embed_backend == "onnx")


def _model_key(model: str) -> str:
    return hashlib.sha256(model.encode()).hexdigest()[:16]


def _embed_file(
    f: ParsedFile,
    embedder: SentenceTransformerEmbedder,
    model: str,
    cache_dir: Path,
    texts: list[str],
    sentences: list[str],
    progress: bool,
    rebuild: bool,
    report: BuildReport,
) -> tuple[np.ndarray, np.ndarray]:
    cache = cache_dir / f"{_cache_key(f, model)}.npz"
    if cache.exists() and not rebuild:
        data = np.load(cache)
        if data["passages"].shape[0] == len(texts) and data["sentences"].shape[0] == len(sentences):
            report.reused_files.append(f.path.name)
            return data["passages"], data["sentences"]
    if progress:
        print(
            f"embedding {f.path.name}: {len(texts)} passages, {len(sentences)} sentences",
            flush=True,
        )
    p_vec = embedder.encode(texts, batch_size=32, progress=progress)
    s_vec = embedder.encode(sentences, batch_size=64, progress=progress)
    tmp = cache.with_suffix(f".{os.getpid()}.tmp.npz")
    np.savez(tmp, passages=p_vec, sentences=s_vec)
    os.replace(tmp, cache)
    report.embedded_files.append(f.path.name)
    return p_vec, s_vec


def describe(report: BuildReport) -> str:
    if report.skipped:
        return f"index is up to date ({report.seconds:.2f} s)"
    done = (
        f"indexed {report.files} files: {report.passages} passages, {report.sentences} sentences "
        f"(embedded {len(report.embedded_files)}, reused {len(report.reused_files)}) "
        f"in {report.seconds:.1f} s"
    )
    return done + "".join(f"\nskipped {r}" for r in report.rejected)
