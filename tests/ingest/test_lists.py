"""Lists keep their lead-in, and sentence splitting does not break on dotted names."""

from __future__ import annotations

from bot.ingest.chunking import lead_in, split_sentences
from bot.ingest.outline import lines_to_items, to_blocks


def test_a_blank_line_between_lead_in_and_list_keeps_the_lead_in() -> None:
    lines = ["Deploying a widget involves:", "", "  1. Pick a name.", "  2. Ship it.", "", "Done."]
    blocks = to_blocks(lines_to_items(lines))
    bullets = [b for b in blocks if b.kind == "bullet"]
    assert [b.text for b in bullets] == ["Pick a name.", "Ship it."]
    assert all(b.parent == "Deploying a widget involves:" for b in bullets)
    assert blocks[-1].kind == "para" and blocks[-1].parent is None


def test_a_new_paragraph_ends_the_lead_in() -> None:
    blocks = to_blocks(lines_to_items(["Tools:", "", "Plain prose here.", "", "  • orphan bullet"]))
    assert blocks[-1].kind == "bullet" and blocks[-1].parent is None


def test_dotted_product_names_stay_in_one_sentence() -> None:
    text = "Lambda now supports .NET Core 2.0 and Go. Memory went up to 3GB."
    assert split_sentences(text) == [
        "Lambda now supports .NET Core 2.0 and Go.",
        "Memory went up to 3GB.",
    ]


def test_a_bullet_is_embedded_with_the_sentences_that_introduce_it() -> None:
    paragraph = (
        "Buckets are created in one region and their names are unique across every account, "
        "so you may need to get creative. You can set access per bucket and per object, and "
        "share a public link to any object. Bucket rules:"
    )
    assert lead_in(paragraph) == (
        "You can set access per bucket and per object, and share a public link to any object. "
        "Bucket rules:"
    )
    assert lead_in("Deploying a widget involves:") == "Deploying a widget involves:"
    long_last = "A first sentence. " + "word " * 40 + "ends the lead-in:"
    assert lead_in(long_last) == ("word " * 40).strip() + " ends the lead-in:"  # never empty
