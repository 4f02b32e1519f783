"""The loaded index: passages, vectors, BM25 and the tables derived from them once.

Loaded by the app factory or the CLI (`Knowledge.load`), never at import. It
refuses an index built by another model or format. Retrieval lives here because
this is the layer that reads an index; everything above asks it.
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.errors import IndexIncompatible, IndexMissing
from bot.indexing import dense as dense_kinds
from bot.indexing import layout
from bot.indexing.builder import index_model
from bot.indexing.dense import VectorIndex
from bot.indexing.fts import LexicalIndex
from bot.indexing.postings import Postings
from bot.indexing.store import DocRow, PassageRow, SectionRow, read_all
from bot.indexing.terms import NoteTerms, context_text, own_stems
from bot.ingest.metadata import display_date
from bot.recent import Recent
from bot.retrieval import wordforms
from bot.retrieval.hybrid import DenseRankings, Filters, Hit, filter_mask, near_duplicate, rrf
from bot.retrieval.lazy import PerPassage
from bot.retrieval.lexical import LexicalRankings
from bot.settings import Settings
from bot.text import name_words, stem, stems, tokens

RECENT_VECTORS = 512

# Up to this many passages every sentence's facts are derived at load (0.37 s for 1,626
# here), so no turn pays for their first use; above it (a large archive) they are derived
# when a turn first reads them, which keeps start-up short.
EAGER_PASSAGES = 5_000


@dataclass(frozen=True)
class SentenceFacts:
    """What the ranker asks of a sentence every turn, worked out once at load."""

    first: str  # stem of its first meaningful word
    states: frozenset[str]  # answer types it (with its lead-in) states: money, duration...
    figure: bool
    asks: bool  # it is itself a question
    lead_in: bool  # it ends in ":" (a list follows)
    log_words: float

    @classmethod
    def of(cls, sentence: str, parent: str | None) -> SentenceFacts:
        from bot import lexicon
        from bot.text import STOP, figure

        text = f"{parent} {sentence}" if parent else sentence
        kinds = frozenset(k for k, p in lexicon.load().states.items() if p.search(text))
        first = next((stem(t) for t in tokens(sentence) if t not in STOP), "")
        stripped = sentence.rstrip()
        return cls(
            first, kinds, figure(sentence), stripped.endswith("?"), stripped.endswith(":"),
            math.log1p(len(sentence.split())),
        )  # fmt: skip


@dataclass
class Timings:
    imports: float = 0.0
    model: float = 0.0
    index: float = 0.0


@dataclass
class Knowledge:
    documents: dict[str, DocRow]
    sections: dict[int, SectionRow]
    passages: list[PassageRow]
    people: dict[str, bool]  # name -> is a speaker
    dense_index: VectorIndex
    sentence_vectors: np.ndarray
    lexical: LexicalIndex
    embedder: object
    manifest: dict[str, object]
    timings: Timings = field(default_factory=Timings)
    idf: dict[str, float] = field(default_factory=dict)
    passage_stems: Sequence[frozenset[str]] = field(default_factory=list)  # on first use
    context_stems: Sequence[frozenset[str]] = field(default_factory=list)  # on first use
    sentence_stems: Sequence[list[frozenset[str]]] = field(default_factory=list)  # on first use
    sentence_passage: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    words: Counter[str] = field(default_factory=Counter)  # every word of the notes, counted
    lower_words: frozenset[str] = frozenset()  # words the passages write in lower case
    sentence_facts: Sequence[list[SentenceFacts]] = field(default_factory=list)  # on first use
    # per note, how many of its passages use each word of the notes' event, venue and
    # city names (as names are matched): what tells an event's own words from common ones
    name_passages: dict[str, Counter[str]] = field(default_factory=dict)
    source_terms: dict[str, frozenset[str]] = field(default_factory=dict)  # stems per note
    _source_of: np.ndarray = field(default_factory=lambda: np.array([]))
    _section_of: np.ndarray = field(default_factory=lambda: np.array([]))
    _date_of: np.ndarray = field(default_factory=lambda: np.array([]))
    _recent: Recent[str, np.ndarray] = field(default_factory=lambda: Recent(RECENT_VECTORS))
    _masks: Recent[Filters, np.ndarray] = field(default_factory=lambda: Recent(RECENT_VECTORS))
    _passage_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    _by_key: dict[str, int] = field(default_factory=dict)
    _items: dict[tuple[int, str], list[int]] = field(default_factory=dict)
    _mentions: dict[str, frozenset[int]] = field(default_factory=dict)
    dense: DenseRankings = field(init=False)
    bm25: LexicalRankings = field(init=False)

    def __post_init__(self) -> None:
        self.dense = DenseRankings(self.dense_index, vectors=self._passage_vectors)
        self.bm25 = LexicalRankings(self.lexical)

    @classmethod
    def load(cls, settings: Settings) -> Knowledge:
        timings = Timings()
        manifest = layout.read_manifest(settings.index_dir)
        if manifest is None:
            raise IndexMissing(f"no index in {settings.index_dir}: run `bot index`")
        if manifest.get("format_version") != layout.FORMAT_VERSION:
            raise IndexIncompatible(
                f"index format {manifest.get('format_version')} != {layout.FORMAT_VERSION}: "
                "run `bot index --rebuild`"
            )
        if manifest.get("model") != index_model(settings):
            raise IndexIncompatible(
                f"index was built with model {manifest.get('model')!r}, settings ask for "
                f"{index_model(settings)!r}: run `bot index --rebuild`"
            )
        folder = layout.current_dir(settings.index_dir)
        started = time.perf_counter()
        import faiss  # noqa: F401  # the import's own cost, timed apart from the index's

        timings.imports = time.perf_counter() - started
        started = time.perf_counter()
        embedder = open_embedder(settings, folder)
        timings.model = time.perf_counter() - started
        started = time.perf_counter()
        data = read_all(folder / layout.STORE)
        spec = dense_kinds.DenseSpec.from_manifest(manifest.get("dense_index"))
        index = dense_kinds.load(folder / layout.PASSAGES, spec)
        # Vectors stay in their float16 files, memory-mapped: the pages a turn reads are
        # loaded on demand and shared by every process serving the same build.
        knowledge = cls(
            documents=data.documents,
            sections=data.sections,
            passages=data.passages,
            people=data.people,
            dense_index=index,
            sentence_vectors=np.load(folder / layout.SENTENCES, mmap_mode="r"),
            lexical=LexicalIndex(folder / layout.STORE, postings=Postings.of_build(folder)),
            embedder=embedder,
            manifest=manifest,
            timings=timings,
            _passage_vectors=np.load(folder / layout.PASSAGE_VECTORS, mmap_mode="r"),
        )
        knowledge._derive(data.terms)
        timings.index = time.perf_counter() - started
        return knowledge

    def _derive(self, shares: dict[str, NoteTerms]) -> None:
        """Per-passage constants every turn would otherwise recompute. The corpus-wide
        counts are the sum of each note's share, counted when the note was indexed."""
        df: Counter[str] = Counter()
        named = name_words(
            [
                t
                for d in self.documents.values()
                for t in (d.conference, *d.aliases, d.venue or "", d.city or "")
            ]
        )
        for source, share in shares.items():
            df.update(share.df)
            self.source_terms[source] = frozenset(share.df)
            self.words.update(share.words)
            self.name_passages[source] = Counter(
                {w: n for w, n in share.names.items() if w in named}
            )
        contexts: dict[str, frozenset[str]] = {}  # passages of a talk share their context

        def context(p: PassageRow) -> frozenset[str]:
            text = self.context_text(p)
            found = contexts.get(text)
            if found is None:
                found = contexts[text] = stems(text)
            return found

        self.passage_stems = PerPassage(self.passages, lambda p: own_stems(p.parent, p.text))
        self.context_stems = PerPassage(self.passages, context)
        counts = np.fromiter((len(p.sentences) for p in self.passages), np.int64)
        owners = np.repeat(np.arange(len(self.passages), dtype=np.int32), counts)
        self.sentence_stems = PerPassage(self.passages, lambda p: [stems(s) for s in p.sentences])
        self.sentence_facts = PerPassage(
            self.passages, lambda p: [SentenceFacts.of(s, p.parent) for s in p.sentences]
        )
        if len(self.passages) <= EAGER_PASSAGES:  # a few notes: derive now, not on a turn
            self.passage_stems.fill()
            self.context_stems.fill()
            self.sentence_stems.fill()
            self.sentence_facts.fill()
        self._by_key = {self.passage_key(p.id): p.id for p in self.passages}
        for p in self.passages:
            if p.parent and p.parent.rstrip().endswith(":"):
                key = (p.section_id, " ".join(p.parent.split()))
                self._items.setdefault(key, []).append(p.id)
        self.lower_words = frozenset(w for share in shares.values() for w in share.lower)
        for doc in self.documents.values():  # names the notes' metadata uses are words too
            meta = [doc.conference, doc.title, doc.venue or "", doc.city or "", *doc.aliases]
            self.words.update(t for text in meta for t in tokens(text) if t.isalpha())
        for section in self.sections.values():
            names = [section.title or "", *section.speakers]
            self.words.update(t for text in names for t in tokens(text) if t.isalpha())
        n = max(1, len(self.passages))
        self.idf = {term: math.log(1 + n / count) for term, count in df.items()}
        self.sentence_passage = owners
        self._source_of = np.array([p.source for p in self.passages])
        self._section_of = np.array([p.section_id for p in self.passages])
        self._date_of = np.array([self.documents[p.source].date or "" for p in self.passages])

    # ---- metadata ------------------------------------------------------------
    def section_of(self, passage: PassageRow) -> SectionRow:
        return self.sections[passage.section_id]

    def doc_of(self, passage: PassageRow) -> DocRow:
        return self.documents[passage.source]

    def context_text(self, passage: PassageRow) -> str:
        section = self.section_of(passage)
        return context_text(section.title, passage.heading, section.speakers)

    def when(self, source: str) -> str | None:
        return display_date(self.documents[source].meta())

    def items_under(self, pid: int, lead_in: str) -> list[str]:
        """The list items that hang from a "...:" sentence (the last sentence of the
        paragraph they hang from), in order, nested ones flattened."""
        section = self.passages[pid].section_id
        lead = " ".join(lead_in.split())
        ids = self._items.get((section, lead)) or next(
            (ids for (s, text), ids in self._items.items() if s == section and text.endswith(lead)),
            [],
        )
        out: list[str] = []
        for item in ids:
            for line in self.passages[item].sentences:
                if line not in out:
                    out.append(line)
        return out

    def orgs_in(self, pid: int) -> list[str]:
        """Organisations a passage names (found at index time)."""
        return self.passages[pid].orgs

    def mentions(self, name: str) -> frozenset[int]:
        """Passages that name a person (for someone who gave no talk): their full name, or,
        in a note that writes it out, their first or last name alone ("Zuzana: ...")."""
        found = self._mentions.get(name)
        if found is None:
            full = {p.id for p in self.passages if name in p.text}
            notes = {self.passages[pid].source for pid in full}
            parts = [w for w in name.split() if len(w) > 2]
            short = re.compile(rf"\b(?:{'|'.join(map(re.escape, parts))})\b") if parts else None
            near = {
                p.id
                for p in self.passages
                if p.source in notes and short is not None and short.search(p.text)
            }
            found = frozenset(full | near)
            self._mentions[name] = found
        return found

    def passage_key(self, pid: int) -> str:
        """A passage's name that survives a rebuild of an unchanged note: "source#position"."""
        p = self.passages[pid]
        return f"{p.source}#{p.position}"

    def passage_id(self, key: str) -> int | None:
        return self._by_key.get(key)

    def term_idf(self, term: str) -> float:
        """A term's idf; one the notes never use counts as rarer than any they do."""
        return self.idf.get(term, math.log(1 + len(self.passages)) + 1.0)

    def known(self, term: str) -> bool:
        return term in self.idf

    def glued(self, words: list[str], text: str) -> list[str]:
        """The question's words in the notes' own form (`wordforms.as_written`)."""
        return wordforms.as_written(words, text, self.known, self.idf)

    def passage_vector(self, pid: int) -> np.ndarray:
        return np.asarray(self._passage_vectors[pid], dtype=np.float32)

    # ---- embedding and search ------------------------------------------------
    def embed(self, text: str) -> np.ndarray:
        """One text's vector; recent ones are kept, since a follow-up reuses the last."""
        cached = self._recent.get(text)
        if cached is None:
            cached = self.embedder.encode([text])[0]  # type: ignore[attr-defined]
            self._recent.put(text, cached)
        return cached

    def allowed_mask(self, filters: Filters) -> np.ndarray | None:
        """Rows a filtered query may return, from column arrays (no per-row Python)."""
        if filters.empty():
            return None
        mask = self._masks.get(filters)
        if mask is None:
            mask = filter_mask(filters, self._source_of, self._section_of, self._date_of)
            mask.setflags(write=False)
            self._masks.put(filters, mask)
        return mask

    def search(
        self,
        terms: list[str],
        qvec: np.ndarray,
        filters: Filters = Filters(),
        k: int = 20,
        mode: str = "hybrid",
        lexical_weight: float = 1.0,
    ) -> list[Hit]:
        """Dense and BM25 rankings fused by reciprocal rank, near-duplicates removed."""
        allowed = self.allowed_mask(filters)
        dense_ids, sims = (
            self.dense.top(qvec) if allowed is None else self.dense.allowed(qvec, allowed)
        )
        lexical_ids: list[int] = []
        if mode != "dense" and terms:
            lexical_ids = (
                self.bm25.top(terms) if allowed is None else self.bm25.allowed(terms, allowed)
            )
        if mode == "dense":
            fused = {pid: 1.0 / (1 + r) for r, pid in enumerate(dense_ids)}
        elif mode == "bm25":
            fused = {pid: 1.0 / (1 + r) for r, pid in enumerate(lexical_ids)}
        else:
            fused = rrf([dense_ids, lexical_ids], [1.0, lexical_weight])
        order = sorted(fused, key=lambda pid: -fused[pid])
        dense_rank = {pid: r for r, pid in enumerate(dense_ids)}
        lexical_rank = {pid: r for r, pid in enumerate(lexical_ids)}
        kept: list[frozenset[str]] = []
        hits: list[Hit] = []
        for pid in order:
            words = self.passage_stems[pid]
            if near_duplicate(words, kept):
                continue
            if words:
                kept.append(words)
            dense = sims.get(pid)
            if dense is None:
                dense = float(self.passage_vector(pid) @ qvec)
            hits.append(Hit(pid, fused[pid], dense, dense_rank.get(pid), lexical_rank.get(pid)))
            if len(hits) >= k:
                break
        return hits

    def centroid(self, filters: Filters) -> np.ndarray | None:
        """The mean direction of the passages a filter allows: what a talk (or an event,
        or a speaker's talks) is mostly about, for summaries."""
        allowed = self.allowed_mask(filters)
        if allowed is None or not allowed.any():
            return None
        mean = self._passage_vectors[allowed].mean(axis=0, dtype=np.float32)
        direction: np.ndarray = mean / (float(np.linalg.norm(mean)) or 1.0)
        return direction

    def closeness(self, qvec: np.ndarray) -> float:
        """Best cosine between a message and any passage: how near the notes it is."""
        ids, sims = self.dense.top(qvec)
        return sims[ids[0]] if ids else 0.0


def open_embedder(settings: Settings, folder: Path) -> object:
    """The query-time embedder the index was built for."""
    if settings.embed_backend == "hash":
        from bot.embedding import HashEmbedder

        return HashEmbedder()
    if settings.embed_backend == "onnx" and (folder / layout.ONNX_DIR).exists():
        from bot.onnx_embedder import open_embedder as open_onnx

        return open_onnx(folder / layout.ONNX_DIR)
    from bot.embedding import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(settings.model).load()


def stem_terms(words: list[str]) -> list[str]:
    return [stem(w) for w in words]
