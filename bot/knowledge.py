"""The loaded index: passages, vectors, BM25 and the metadata gazetteers.

Loaded once by the app factory or the CLI (`Knowledge.load`), never at import.
It refuses to load an index built by another model or format.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.answering import acronyms, focus
from bot.errors import IndexIncompatible, IndexMissing
from bot.indexing import layout
from bot.indexing.store import DocRow, LexicalIndex, PassageRow, SectionRow, read_all
from bot.ingest.metadata import display_date
from bot.recent import Recent
from bot.retrieval.hybrid import (
    DenseRankings,
    Filters,
    Hit,
    filter_mask,
    near_duplicate,
    rrf,
)
from bot.retrieval.lexical import LexicalRankings
from bot.settings import Settings
from bot.text import content_words, stem, stems, tokens

RECENT_VECTORS = 512
SPELT_CACHE = 1024  # names whose spellings in the notes are kept
WINDOW = 10  # passages either side that count as the same neighbourhood for names
# How people refer to an event or a book without naming anything the notes are about.
GENERIC_EVENT_WORDS = frozenset(
    [
        "book",
        "e-book",
        "ebook",
        "netshock",
        "summit",
        "day",
        "keynote",
        "key",
        "note",
        "conference",
        "event",
        "talk",
        "session",
        "builders",
        "awsome",
        "re:invent",
        "reinvent",
    ]
)


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
    people: dict[str, bool]
    faiss_index: object
    sentence_vectors: np.ndarray
    lexical: LexicalIndex
    embedder: object
    manifest: dict[str, object]
    idf: dict[str, float] = field(default_factory=dict)
    _by_snippet: dict[tuple[str, str], int] = field(default_factory=dict)
    _source_of: np.ndarray = field(default_factory=lambda: np.array([]))
    _section_of: np.ndarray = field(default_factory=lambda: np.array([]))
    _date_of: np.ndarray = field(default_factory=lambda: np.array([]))
    _items: dict[int, dict[str, list[int]]] = field(default_factory=dict)
    window_words: list[frozenset[str]] = field(default_factory=list)
    context_stems: list[frozenset[str]] = field(default_factory=list)  # per passage
    speaker_stems: list[frozenset[str]] = field(default_factory=list)  # its talk's speakers
    sentence_stems: list[list[frozenset[str]]] = field(default_factory=list)  # per sentence
    passage_tokens: list[frozenset[str]] = field(default_factory=list)
    _vocabulary: dict[str, set[str]] = field(default_factory=dict)  # by first letter
    _windows_with: dict[str, list[int]] = field(default_factory=dict)  # word -> passages
    _spelt: Recent[tuple[str, ...], list[set[str]]] = field(
        default_factory=lambda: Recent(SPELT_CACHE)
    )  # names asked about lately, with their spellings in the notes
    name_skip: set[str] = field(default_factory=set)
    abbreviations: frozenset[str] = frozenset()  # acronyms used, never spelt out
    timings: Timings = field(default_factory=Timings)
    _recent: Recent[str, np.ndarray] = field(default_factory=lambda: Recent(RECENT_VECTORS))
    _masks: Recent[Filters, np.ndarray] = field(default_factory=lambda: Recent(RECENT_VECTORS))
    dense: DenseRankings = field(init=False)
    bm25: LexicalRankings = field(init=False)

    def __post_init__(self) -> None:
        self.dense = DenseRankings(self.faiss_index)
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
        if manifest.get("model") != settings.model:
            raise IndexIncompatible(
                f"index was built with model {manifest.get('model')!r}, settings ask for "
                f"{settings.model!r}: run `bot index --rebuild`"
            )
        folder = layout.current_dir(settings.index_dir)
        started = time.perf_counter()
        import faiss

        timings.imports = time.perf_counter() - started
        started = time.perf_counter()
        embedder = _open_embedder(settings, folder)
        timings.model = time.perf_counter() - started
        started = time.perf_counter()
        data = read_all(folder / layout.STORE)
        knowledge = cls(
            documents=data.documents,
            sections=data.sections,
            passages=data.passages,
            people=data.people,
            faiss_index=faiss.read_index(str(folder / layout.PASSAGES)),
            sentence_vectors=np.load(folder / layout.SENTENCES),
            lexical=LexicalIndex(folder / layout.STORE),
            embedder=embedder,
            manifest=manifest,
            timings=timings,
        )
        knowledge.idf = knowledge._idf()
        knowledge._by_snippet = {(p.source, p.text[:80]): p.id for p in knowledge.passages}
        knowledge._source_of = np.array([p.source for p in knowledge.passages])
        knowledge._section_of = np.array([p.section_id for p in knowledge.passages])
        knowledge._date_of = np.array(
            [knowledge.documents[p.source].date or "" for p in knowledge.passages]
        )
        knowledge._items = knowledge._list_items()
        knowledge.window_words, knowledge.name_skip = knowledge._name_tables()
        for pid, words in enumerate(knowledge.window_words):
            for word in words:
                knowledge._windows_with.setdefault(word, []).append(pid)
        for word in knowledge._windows_with:
            knowledge._vocabulary.setdefault(word[:1], set()).add(word)
        # Per-passage constants the answerer and retrieval would otherwise redo every turn.
        # Stems count an acronym the notes define as its long form too ("IGW": internet gateway).
        found = acronyms.rare(
            acronyms.definitions(texts := [p.text for p in knowledge.passages]), texts
        )
        pairs = acronyms.stem_pairs(found, stem)
        knowledge.abbreviations = acronyms.used_undefined(texts, found)
        for p in knowledge.passages:
            knowledge.context_stems.append(
                acronyms.with_acronyms(stems(knowledge.context_text(p)), pairs)
            )
            knowledge.sentence_stems.append(
                [acronyms.with_acronyms(stems(x), pairs) for x in p.sentences]
            )
            knowledge.passage_tokens.append(frozenset(tokens(p.text)))
            speakers = " ".join(knowledge.sections[p.section_id].speakers)
            knowledge.speaker_stems.append(stems(speakers))
        timings.index = time.perf_counter() - started
        return knowledge

    # ---- derived tables -------------------------------------------------
    def _idf(self) -> dict[str, float]:
        df: Counter[str] = Counter()
        for p in self.passages:
            df.update({stem(t) for t in tokens(self.context_text(p))})
        n = len(self.passages)
        return {term: math.log(1 + n / count) for term, count in df.items()}

    def _list_items(self) -> dict[int, dict[str, list[int]]]:
        items: dict[int, dict[str, list[int]]] = {}
        for p in self.passages:
            if p.parent and p.parent.rstrip().endswith(":"):
                lead = " ".join(p.parent.split())
                items.setdefault(p.section_id, {}).setdefault(lead, []).append(p.id)
        return items

    def _name_tables(self) -> tuple[list[frozenset[str]], set[str]]:
        """Each passage's neighbourhood words (for the focus check: the passage, WINDOW
        passages either side in the same talk, the talk's title and speakers) and the
        event and speaker words the check ignores."""
        own = [focus.words_of(p.text + " " + (p.parent or "")) for p in self.passages]
        windows: list[frozenset[str]] = []
        for p in self.passages:
            section = self.sections[p.section_id]
            words = set(focus.words_of(" ".join([section.title or "", *section.speakers])))
            for q in range(max(0, p.id - WINDOW), min(len(self.passages), p.id + WINDOW + 1)):
                if self.passages[q].section_id == p.section_id:
                    words |= own[q]
            windows.append(frozenset(words))
        skip: set[str] = set(GENERIC_EVENT_WORDS)
        for d in self.documents.values():
            for text in (d.conference, d.title, d.venue, d.city, *d.aliases):
                skip.update(focus.words_of(text or ""))
        for name, is_speaker in self.people.items():  # others named must be in the evidence
            if is_speaker:
                skip.update(focus.words_of(name))
        return windows, skip

    def names_something_it_covers(self, text: str) -> bool:
        """Does the text name (a capitalised product, firm or acronym) what the notes discuss?"""
        names = focus.named_terms(text, self.name_skip)
        return bool(names) and bool(self.passages_naming(names))

    def passages_naming(self, names: list[str]) -> frozenset[int]:
        """The passages whose neighbourhood mentions every one of `names`."""

        def bucket(i: int) -> set[str]:  # names[i] alone, or joined after its neighbour
            letters = {n[:1].lower() for n in names[max(0, i - 1) : i + 1]}
            return set().union(*(self._vocabulary.get(c, set()) for c in letters))

        key = tuple(names)
        groups = self._spelt.get(key)
        if groups is None:  # a turn asks about the same names several times: spell them once
            groups = [focus.spellings(names, i, bucket(i)) for i in range(len(names))]
            self._spelt.put(key, groups)
        if not all(groups):
            return frozenset()
        found: set[int] | None = None
        for group in groups:  # windows that use some spelling of this name, for every name
            ids = set().union(*(self._windows_with.get(w, ()) for w in group))
            found = ids if found is None else found & ids
        return frozenset(found or ())

    def items_under(self, passage: PassageRow, lead_in: str) -> list[str]:
        """The bullets hanging from a "...:" sentence, in order, nested ones flattened."""
        sentence = " ".join(lead_in.split())
        leads = self._items.get(passage.section_id, {})
        ids = leads.get(sentence) or next(
            (ids for lead, ids in leads.items() if lead.endswith(sentence)), []
        )
        out: list[str] = []
        for pid in ids:
            for line in self.passages[pid].text.split("\n"):
                if line not in out:
                    out.append(line)
        return out

    def term_idf(self, term: str) -> float:
        return self.idf.get(term, math.log(1 + len(self.passages)))

    def known_term(self, term: str) -> bool:
        return term in self.idf

    # ---- metadata --------------------------------------------------------
    def section_of(self, passage: PassageRow) -> SectionRow:
        return self.sections[passage.section_id]

    def doc_of(self, passage: PassageRow) -> DocRow:
        return self.documents[passage.source]

    def context_text(self, passage: PassageRow) -> str:
        section = self.section_of(passage)
        return " ".join(
            filter(None, [section.title, " ".join(section.speakers), passage.parent, passage.text])
        )

    def when(self, source: str) -> str | None:
        return display_date(self.documents[source].meta())

    def embed(self, text: str) -> np.ndarray:
        """One text's vector; recent ones are kept, since a follow-up reuses the last question."""
        cached = self._recent.get(text)
        if cached is None:
            cached = self.embedder.encode([text])[0]  # type: ignore[attr-defined]
            self._recent.put(text, cached)
        return cached

    # ---- retrieval -------------------------------------------------------
    def passage_id_for(self, source: str, snippet: str) -> int | None:
        """The passage a citation was made from (snippets are the passage's opening)."""
        return self._by_snippet.get((source, snippet.removesuffix(" …")[:80]))

    def allowed_mask(self, filters: Filters) -> np.ndarray | None:
        """Rows a filtered query may return, computed over column arrays (no per-row Python)."""
        if filters.empty():
            return None
        mask = self._masks.get(filters)  # a turn's attempts repeat filters; so do turns
        if mask is None:
            mask = filter_mask(filters, self._source_of, self._section_of, self._date_of)
            mask.setflags(write=False)
            self._masks.put(filters, mask)
        return mask

    def search(
        self,
        question: str,
        qvec: np.ndarray,
        filters: Filters = Filters(),
        k: int = 20,
        mode: str = "hybrid",
    ) -> list[Hit]:
        allowed = self.allowed_mask(filters)
        dense_ids, sims = (
            self.dense.top(qvec) if allowed is None else self.dense.allowed(qvec, allowed)
        )
        lexical_ids: list[int] = []
        if mode != "dense":
            terms = self._query_terms(question, filters)
            if allowed is None:
                lexical_ids = self.bm25.top(terms)
            else:  # a retry among the passages that use a name reuses the turn's ranking
                only_passages = filters == Filters(passage_ids=filters.passage_ids)
                lexical_ids = self.bm25.allowed(terms, allowed, reuse_top=only_passages)
        if mode == "dense":
            fused = {pid: 1.0 / (1 + r) for r, pid in enumerate(dense_ids)}
        elif mode == "bm25":
            fused = {pid: 1.0 / (1 + r) for r, pid in enumerate(lexical_ids)}
        else:
            fused = rrf([dense_ids, lexical_ids])
        order = sorted(fused, key=lambda pid: -fused[pid])
        dense_rank = {pid: r for r, pid in enumerate(dense_ids)}
        lexical_rank = {pid: r for r, pid in enumerate(lexical_ids)}
        kept: list[frozenset[str]] = []  # word sets of hits so far, for near-duplicate removal
        hits = []
        for position, pid in enumerate(order):
            if position < k * 2:
                words = self.passage_tokens[pid]
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

    def _query_terms(self, question: str, filters: Filters) -> list[str]:
        """Words as written: FTS5 stems them its own (Porter) way, which our light stems
        would miss ("serverles" matches nothing; "serverless" 109 passages). The named
        event's words go: they match every allowed passage, so they tell nothing."""
        terms = content_words(question) or tokens(question)
        named = self._filter_words(filters)
        if named:
            terms = [t for t in terms if stem(t) not in named] or terms
        return terms

    def _filter_words(self, filters: Filters) -> set[str]:
        """Stems of the named event, and of the talks' titles and speakers a filter keeps."""
        texts = [self._event_text(s) for s in filters.sources or ()]
        for section_id in filters.section_ids or ():
            section = self.sections[section_id]
            texts += [section.title or "", *section.speakers]
        return {stem(t) for text in texts for t in tokens(text)}

    def _event_text(self, source: str) -> str:
        d = self.documents[source]
        return " ".join(filter(None, [d.conference, d.title, d.venue, d.city, *d.aliases]))

    def closeness(self, qvec: np.ndarray) -> float:
        """Best cosine between a message and any passage: how near the notes it is."""
        ids, sims = self.dense.top(qvec)
        return sims[ids[0]] if ids else 0.0

    def passage_vector(self, pid: int) -> np.ndarray:
        return self.faiss_index.reconstruct(pid)  # type: ignore[attr-defined]


def _open_embedder(settings: Settings, folder: Path) -> object:
    if settings.embed_backend == "onnx" and (folder / layout.ONNX_DIR).exists():
        from bot.onnx_embedder import open_embedder

        return open_embedder(folder / layout.ONNX_DIR)
    from bot.embedding import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(settings.model).load()
