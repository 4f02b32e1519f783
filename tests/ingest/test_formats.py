"""Every format goes through a real parser; markup never reaches the text; bad files skip."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.loaders import load_text
from bot.ingest.pipeline import corpus_files, parse_corpus


def test_html_note_keeps_text_and_drops_scripts_and_navigation(tmp_path: Path) -> None:
    page = tmp_path / "talk.html"
    page.write_text(
        "<html><head><title>Dev Day Notes</title><script>evil()</script></head>"
        "<body><nav>Home</nav><h2>Caching - Jane Smith - @jsmith</h2>"
        "<ul><li>Redis holds 1 million keys per node.</li></ul>"
        '<div class="share-buttons">Share on Twitter</div></body></html>'
    )
    text = load_text(page)
    assert "Redis holds 1 million keys per node." in text
    assert "evil()" not in text and "Home" not in text and "Share on" not in text


def test_file_without_manifest_entry_infers_title_date_and_talks(tmp_path: Path) -> None:
    (tmp_path / "devday.md").write_text(
        "Dev Day Notes\n\nThursday 14 March 2019\n\nCaching - Jane Smith - @jsmith\n\n"
        "  • Redis holds 1 million keys per node.\n"
    )
    parsed = parse_corpus(tmp_path).files
    meta = parsed[0].document.meta
    assert meta.title == "Dev Day Notes"
    assert meta.date == "2019-03-14"
    section = parsed[0].document.sections[-1]
    assert (section.title, section.speakers, section.handles) == (
        "Caching",
        ["Jane Smith"],
        ["jsmith"],
    )
    assert not any(s.title and "2019" in s.title for s in parsed[0].document.sections)


def test_markdown_markup_never_reaches_passages(tmp_path: Path) -> None:
    (tmp_path / "kafka.md").write_text(
        "# ARC301 - [REPEAT 1] Running Kafka\n\n> Ana Lima, Principal Engineer at Acme\n\n"
        "[Talk List](./README.md)\n\n![diagram](img/x.png)\n\n## Key takeaways\n\n"
        "- Use **idempotent** producers, see [the docs](https://kafka.apache.org).\n"
        "- Partitions are a *one-way* door.\n"
    )
    parsed = parse_corpus(tmp_path).files[0]
    talk = next(s for s in parsed.document.sections if s.is_talk)
    assert (talk.title, talk.code, talk.speakers) == ("Running Kafka", "ARC301", ["Ana Lima"])
    text = "\n".join(p.text for p in parsed.passages)
    assert "Use idempotent producers, see the docs." in text
    for markup in ("#", "**", "](", "![", "> ", "Talk List"):
        assert markup not in text
    assert {p.heading for p in parsed.passages} == {"Key takeaways", None}
    assert "Ana Lima, Principal Engineer at Acme" in text  # a role is notes about the talk


def test_notes_in_subfolders_are_read_and_keep_their_folder(tmp_path: Path) -> None:
    day = tmp_path / "devconf-2021" / "Tuesday"
    day.mkdir(parents=True)
    (day / "notes.txt").write_text("Caching at scale\nSpeaker: Jane Smith\n\n- Redis is fast.\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("not a note")
    assert [p.relative_to(tmp_path).as_posix() for p in corpus_files(tmp_path)] == [
        "devconf-2021/Tuesday/notes.txt"
    ]
    parsed = parse_corpus(tmp_path).files[0]
    assert parsed.source == "devconf-2021/Tuesday/notes.txt"
    assert parsed.document.meta.folder == "devconf-2021/Tuesday"
    assert parsed.document.meta.conference.lower() == "devconf 2021"


def test_a_note_that_names_no_event_is_from_an_unknown_event(tmp_path: Path) -> None:
    (tmp_path / "scratch.md").write_text("# Thoughts on caching\n\n- Redis is fast.\n")
    assert parse_corpus(tmp_path).files[0].document.meta.conference == "unknown event"


def test_bad_files_are_skipped_with_one_line_each_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 3)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\ngarbage")
    (tmp_path / "big.md").write_text("# Big\n\n" + "word " * 400)
    (tmp_path / "good.md").write_text("# Talk\n\nSpeaker: Jane Smith\n\n- Redis is fast.\n")
    parsed = parse_corpus(tmp_path, max_bytes=1000)
    assert [f.source for f in parsed.files] == ["good.md"]
    reasons = dict(line.split(": ", 1) for line in parsed.skipped)
    assert set(reasons) == {"empty.txt", "binary.txt", "broken.pdf", "big.md"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert "limit" in reasons["big.md"]


def test_a_recap_dated_only_by_its_post_takes_that_date_when_the_year_agrees(
    tmp_path: Path,
) -> None:
    body = (
        "<html><body><h1>Devconf 2023 recap</h1>"
        '<p class="meta">Posted <span>19 April 2023</span> · 4 comments</p>'
        "<h3>Queues at scale</h3><p>Back-pressure beat autoscaling for bursty loads.</p>"
        "</body></html>"
    )
    (tmp_path / "recap.html").write_text(body)
    (tmp_path / "other.html").write_text(body.replace("Devconf 2023", "Devconf 2021"))
    dates = {f.source: f.document.meta.date for f in parse_corpus(tmp_path).files}
    assert dates["recap.html"] == "2023-04-19"
    assert dates["other.html"] is None  # posted in 2023 about a 2021 event: not its date
