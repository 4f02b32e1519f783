"""What a question asks for decides which sentence can answer it."""

from __future__ import annotations

import pytest

from bot.answering.answerer import MAX_ITEMS, _pick_items
from bot.answering.query import analyse


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("Which new runtimes did Lambda gain?", "list"),
        ("According to the book, which programming languages does Lambda support?", "list"),
        ("Which chaos tool did he name for Docker?", "other"),
        ("If one policy allows and another denies, which one wins?", "other"),
        ("What happens to data on an instance store?", "other"),
        ("When does the team run its recovery tests?", "time"),
        ("Why do you need to know how long instances take to launch?", "other"),
        ("How long does a Glacier retrieval take?", "number"),
        ("What was the name of the evangelist who presented the session?", "person"),
        ("What was the name of the company that built it?", "org"),
    ],
)
def test_expected_answer_kind(question: str, expects: str) -> None:
    assert analyse(question).expects == expects


def test_long_lists_keep_the_items_the_question_names() -> None:
    items = [f"Tool {i} (for thing{i})" for i in range(12)] + ["Pumba (for Docker)"]
    picked = _pick_items(items, analyse("Which tool is for Docker?"))
    assert len(picked) == MAX_ITEMS
    assert picked[-1] == "Pumba (for Docker)" and picked[0] == items[0]
    assert _pick_items(items[:3], analyse("Which tools?")) == items[:3]
