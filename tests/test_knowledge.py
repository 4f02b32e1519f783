"""Knowledge.search: hybrid retrieval over the built index, with filters."""

from __future__ import annotations

from dataclasses import replace

from bot.retrieval.hybrid import Filters


def test_a_retry_among_named_passages_reuses_the_bm25_ranking(engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    knowledge = engine.knowledge
    question = "What is the largest item a DynamoDB table can hold, qzxv?"  # terms unseen
    qvec = knowledge.embed(question)
    calls: list[int] = []
    search = knowledge.lexical.search
    monkeypatch.setattr(
        knowledge.lexical,
        "search",
        lambda terms, limit: calls.append(limit) or search(terms, limit),
    )
    first = knowledge.search(question, qvec, Filters(), k=16)  # FTS5 runs
    naming = knowledge.passages_naming(["DynamoDB"])
    narrowed = knowledge.search(question, qvec, Filters(passage_ids=naming), k=16)
    assert len(calls) == 1  # the retry filtered the kept ranking
    assert narrowed and all(h.passage_id in naming for h in narrowed)
    assert any(h.lexical_rank is not None for h in narrowed)
    assert [h.passage_id for h in first] != [h.passage_id for h in narrowed]
    # any other filter asks FTS5 again, deeper, as the kept top 60 may hold too few
    source = knowledge.passages[narrowed[0].passage_id].source
    knowledge.search(question, qvec, replace(Filters(), sources=frozenset({source})))
    assert calls[-1] == 120


def test_a_filter_mask_is_kept_and_cannot_be_changed(engine) -> None:  # type: ignore[no-untyped-def]
    knowledge = engine.knowledge
    filters = Filters(sources=frozenset({"aws-reinvent-2017.txt"}))
    mask = knowledge.allowed_mask(filters)
    assert mask is not None and mask is knowledge.allowed_mask(filters)
    assert not mask.flags.writeable
    assert mask.sum() == sum(p.source == "aws-reinvent-2017.txt" for p in knowledge.passages)
    assert knowledge.allowed_mask(Filters()) is None
