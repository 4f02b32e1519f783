"""Fusion, near-duplicate removal and filtered dense ranking, on a real FAISS index."""

from __future__ import annotations

import numpy as np
import pytest

from bot.indexing import dense
from bot.indexing.dense import VectorIndex
from bot.retrieval.hybrid import DenseRankings, Filters, dense_ranking, near_duplicate, rrf
from bot.text import content_words


def test_rrf_rewards_agreement_between_rankings() -> None:
    scores = rrf([[1, 2, 3], [3, 1, 4]])
    assert max(scores, key=scores.__getitem__) == 1  # first and second: best overall
    assert scores[3] > scores[2]  # third and first beats second and absent
    assert scores[4] < scores[2]


def test_near_duplicate_is_mostly_contained_in_a_kept_passage() -> None:
    kept = [frozenset({"lambda", "runtimes", "node", "python", "java"})]
    assert near_duplicate(frozenset({"lambda", "node", "python", "java"}), kept)
    assert not near_duplicate(frozenset({"lambda", "cold", "start", "latency"}), kept)
    assert not near_duplicate(frozenset(), kept)  # an empty passage is never a duplicate
    assert not near_duplicate(frozenset({"lambda"}), [])


@pytest.fixture
def flat_index() -> tuple[VectorIndex, np.ndarray]:
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(50, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return dense.make(dense.DenseSpec("flat"), vectors), vectors


def test_dense_ranking_orders_by_cosine(flat_index: tuple[VectorIndex, np.ndarray]) -> None:
    index, vectors = flat_index
    query = vectors[3]
    ranking, sims = dense_ranking(index, query, None, 5)
    expected = np.argsort(-(vectors @ query))[:5].tolist()
    assert ranking == expected
    assert sims[3] == pytest.approx(1.0, abs=1e-5)


def test_dense_ranking_with_a_filter_returns_only_allowed_rows(
    flat_index: tuple[VectorIndex, np.ndarray],
) -> None:
    index, vectors = flat_index
    allowed = np.zeros(len(vectors), dtype=bool)
    allowed[[10, 20, 30, 40]] = True
    ranking, sims = dense_ranking(index, vectors[3], allowed, 3)
    assert len(ranking) == 3 and set(ranking) <= {10, 20, 30, 40}
    sims_allowed = {i: float(vectors[i] @ vectors[3]) for i in (10, 20, 30, 40)}
    assert ranking == sorted(sims_allowed, key=lambda i: -sims_allowed[i])[:3]
    assert set(sims) == set(ranking)
    fewer, _ = dense_ranking(index, vectors[3], allowed, 10)  # fewer allowed than asked for
    assert sorted(fewer) == [10, 20, 30, 40]


def test_filters_know_when_they_are_empty() -> None:
    assert Filters().empty()
    assert not Filters(sources=frozenset({"a.txt"})).empty()
    assert not Filters(passage_ids=frozenset()).empty()  # "none of them" is a filter


def test_search_over_the_built_index_respects_filters_and_drops_duplicates(engine) -> None:  # type: ignore[no-untyped-def]
    from bot.retrieval.hybrid import near_duplicate as is_dup

    knowledge = engine.knowledge
    question = "How many availability zones does each AWS region have?"
    qvec = knowledge.embed(question)
    hits = knowledge.search(content_words(question), qvec, k=10)
    ids = [h.passage_id for h in hits]
    assert len(ids) == len(set(ids)) == 10
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    kept: list[frozenset[str]] = []
    for pid in ids:  # no hit is mostly contained in a better one
        assert not is_dup(knowledge.passage_stems[pid], kept)
        kept.append(knowledge.passage_stems[pid])
    source = knowledge.passages[ids[0]].source
    other = next(s for s in knowledge.documents if s != source)
    filtered = knowledge.search(
        content_words(question), qvec, Filters(sources=frozenset({other})), k=10
    )
    assert filtered and all(knowledge.passages[h.passage_id].source == other for h in filtered)


def test_closeness_is_the_best_passage_cosine_whatever_was_searched_before(engine) -> None:  # type: ignore[no-untyped-def]
    knowledge = engine.knowledge
    qvec = knowledge.embed("How many availability zones does each region have?")
    stored = knowledge.dense_index.index.reconstruct_n(0, len(knowledge.passages))  # type: ignore[attr-defined]
    best = float(np.max(stored @ qvec))
    assert knowledge.closeness(qvec) == pytest.approx(best, abs=1e-5)
    hits = knowledge.search(["zones", "region"], qvec, Filters(), k=5)  # shares the dense top 60
    assert hits[0].dense <= best + 1e-5
    assert knowledge.closeness(qvec) == pytest.approx(best, abs=1e-5)


@pytest.mark.parametrize(
    ("word", "found"),
    [("serverless", "serverless"), ("migration", "migrat"), ("glacier", "glacier")],
)
def test_bm25_finds_words_whose_light_stem_differs_from_porter(
    engine, word: str, found: str
) -> None:  # type: ignore[no-untyped-def]
    """FTS5 stems with Porter: the query must give it words, not our own stems."""
    knowledge = engine.knowledge
    hits = knowledge.search([word], knowledge.embed(word), Filters(), k=5, mode="bm25")
    assert hits
    assert found in knowledge.passages[hits[0].passage_id].text.lower()


def test_kept_rankings_match_a_fresh_search(
    flat_index: tuple[VectorIndex, np.ndarray],
) -> None:
    index, vectors = flat_index
    rankings = DenseRankings(index, size=4, k=5)
    allowed = np.zeros(50, dtype=bool)
    allowed[::3] = True
    for query in vectors[:6]:  # more vectors than are kept: old ones are searched again
        assert rankings.top(query) == dense_ranking(index, query, None, 5)
        assert rankings.allowed(query, allowed) == dense_ranking(index, query, allowed, 5)
        assert rankings.top(query) == dense_ranking(index, query, None, 5)  # from the kept one


def test_filter_mask_combines_every_filter_over_the_columns() -> None:
    from bot.retrieval.hybrid import filter_mask

    sources = np.array(["a.txt", "a.txt", "b.txt", "b.txt"])
    sections = np.array([1, 2, 3, 3])
    dates = np.array(["2018-02-27", "2018-02-27", "2019-05-08", ""])
    assert filter_mask(
        Filters(sources=frozenset({"b.txt"})), sources, sections, dates
    ).tolist() == [
        False,
        False,
        True,
        True,
    ]
    by_section = Filters(section_ids=frozenset({2, 3}), passage_ids=frozenset({1, 3}))
    assert filter_mask(by_section, sources, sections, dates).tolist() == [False, True, False, True]
    since = Filters(date_from="2019-01-01")
    assert filter_mask(since, sources, sections, dates).tolist() == [False, False, True, False]
    until = Filters(date_to="2018-12-31")  # an undated row is never "before" a date
    assert filter_mask(until, sources, sections, dates).tolist() == [True, True, False, False]
