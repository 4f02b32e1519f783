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


def test_four_letter_words_are_only_corrected_for_two_swapped_letters() -> None:
    speller = Speller(Counter({"talk": 4, "tell": 1, "lambda": 1}))
    assert speller.correct("who gave that tlak") == "who gave that talk"
    assert speller.correct("tall talks") == "tall talks"  # English words stay
    assert speller.correct("tekl") == "tekl"  # not a swap of a word of the notes


def test_chat_shorthand_is_written_out_unless_the_notes_use_it() -> None:
    shorthand = {"ppl": "people", "abt": "about", "db": "database", "w/o": "without"}
    speller = Speller(Counter({"people": 2, "db": 3}), shorthand=shorthand)
    assert speller.correct("how many ppl came") == "how many people came"
    said = speller.correct("anything abt Ppl w/o tickets")
    assert said == "anything about people without tickets"
    assert speller.correct("which db") == "which db"  # the notes write "db" themselves
    assert speller.correct("apple pplx") == "apple pplx"  # whole words only


def test_a_word_split_in_two_is_joined_where_the_notes_write_it_as_one() -> None:
    known = {"cloud9", "dynamodb"}.__contains__
    speller = Speller(Counter({"cloud": 3, "dynamo": 1, "db": 1}), known=known)
    assert speller.correct("price of cloud 9?") == "price of cloud9?"
    assert speller.correct("dynamo db tables") == "dynamo db tables"  # two words the notes use
    assert speller.correct("cloud 10") == "cloud 10"  # not a word of the notes


def test_a_typo_is_answered_and_the_history_keeps_what_was_typed(engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    reply = engine.turn(TurnInput(text="whats the max size of an s3 objcet", state=state)).reply
    assert reply.answered and "5 terabytes" in reply.answer
    assert state.history[-1].user == "whats the max size of an s3 objcet"
