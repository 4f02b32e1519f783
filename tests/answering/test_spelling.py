"""Typo correction: unknown words one slip from a word of the notes; English is left alone."""

from __future__ import annotations

from collections import Counter

from bot.answering.spelling import Speller
from bot.turns import DialogueState, TurnInput

NOTES = Counter(
    {
        "object": 2,
        "objects": 1,
        "regions": 1,
        "lambda": 1,
        "concurrency": 1,
        "region": 1,
        "rugged": 1,
    }
)


def test_a_word_of_the_notes_one_slip_away_replaces_an_unknown_one() -> None:
    speller = Speller(NOTES)
    assert speller.correct("max size of an s3 objcet") == "max size of an s3 object"
    assert speller.correct("how many regoins") == "how many regions"
    assert speller.correct("Whats the concurency limit") == "Whats the concurrency limit"
    assert speller.correct("LAMDBA limits") == "LAMBDA limits"  # case kept


def test_english_words_short_words_and_far_words_stay() -> None:
    speller = Speller(NOTES)
    assert speller.correct("rugby, thanks, lambada") == "rugby, thanks, lambada"  # English
    assert speller.correct("objct") == "object"
    assert speller.correct("lamd") == "lamd"  # under five letters: too little to go on
    assert speller.correct("zyxwvut") == "zyxwvut"  # nothing close
    assert Speller(NOTES, english=False).correct("lambada") == "lambda"  # no word list: a slip


def test_a_compound_run_together_is_split_where_the_notes_write_two_words() -> None:
    speller = Speller(Counter({"multi": 3, "tenancy": 2, "kube": 1, "proxy": 4, "cli": 2}))
    assert speller.correct("multitenancy quotas") == "multi tenancy quotas"
    assert speller.correct("kubeproxy") == "kube proxy"
    assert speller.correct("autoscout24 talk") == "autoscout24 talk"  # a name with a number
    assert speller.correct("kubecli") == "kubecli"  # too short to be two words


def test_a_typo_is_answered_and_the_history_keeps_what_was_typed(engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    reply = engine.turn(TurnInput(text="whats the max size of an s3 objcet", state=state)).reply
    assert reply.answered and "5 terabytes" in reply.answer
    assert state.history[-1].user == "whats the max size of an s3 objcet"
