"""HTML and Markdown notes go through real parsers; unknown files get inferred metadata."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.loaders import load_text
from bot.ingest.pipeline import parse_corpus


def test_html_note_keeps_text_and_drops_scripts(tmp_path: Path) -> None:
    page = tmp_path / "talk.html"
    page.write_text(
        "<html><head><title>Dev Day Notes</title><script>evil()</script></head>"
        "<body><nav>Home</nav><h2>Caching - Jane Smith - @jsmith</h2>"
        "<ul><li>Redis holds 1 million keys per node.</li></ul></body></html>"
    )
    text = load_text(page)
    assert "Redis holds 1 million keys per node." in text
    assert "evil()" not in text and "Home" not in text


def test_file_without_manifest_entry_infers_title_and_date(tmp_path: Path) -> None:
    (tmp_path / "devday.md").write_text(
        "Dev Day Notes\n\nThursday 14 March 2019\n\nCaching - Jane Smith - @jsmith\n\n"
        "  • Redis holds 1 million keys per node.\n"
    )
    parsed = parse_corpus(tmp_path)
    meta = parsed[0].document.meta
    assert meta.title == "Dev Day Notes"
    assert meta.date == "2019-03-14"
    section = parsed[0].document.sections[-1]
    assert (section.title, section.speakers, section.handles) == (
        "Caching",
        ["Jane Smith"],
        ["jsmith"],
    )
