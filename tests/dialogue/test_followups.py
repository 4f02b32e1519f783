"""What a follow-up points back at: places in a list, kinds of reference, returns."""

from __future__ import annotations

from bot.dialogue.followups import ordinal, references


def test_a_place_in_the_last_list_is_read_from_words_and_numbers() -> None:
    assert ordinal("summarise the second one", 4) == 1
    assert ordinal("the last one please", 4) == 3
    assert ordinal("#3", 4) == 2
    assert ordinal("number 2", 4) == 1
    assert ordinal("the fifth one", 4) is None  # past the end of the list
    assert ordinal("the second one", 0) is None  # no list


def test_references_are_read_by_kind() -> None:
    assert references("what did he say next?") == ["person"]
    assert references("which firm was that?")[0] == "org"
    assert "talk" in references("who gave that talk?")
    assert references("how long does it take?") == ["thing"]
    assert references("what is amazon s3") == []
