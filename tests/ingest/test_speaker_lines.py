"""A speaker line names who gave a talk; when it says more (a role, a firm, a fact), that
text is notes about the talk and stays searchable."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.pipeline import parse_corpus
from bot.ingest.speakers import Found, says_more


def test_a_line_of_bare_names_says_nothing_more() -> None:
    assert not says_more("Speaker: Ana Lima (@ana)", Found(["Ana Lima"], ["@ana"]))
    assert not says_more("Speakers - Ana Lima and Bo Chen", Found(["Ana Lima", "Bo Chen"]))
    assert not says_more("Presented by Ana Lima", Found(["Ana Lima"]))
    assert says_more("Speaker: Ana Lima from Acme. Acme sells cars.", Found(["Ana Lima"]))
    assert says_more("Bo Chen (VP of IT, platform engineering, Acme)", Found(["Bo Chen"]))


def test_what_a_speaker_line_says_beyond_the_names_stays_in_the_talk(tmp_path: Path) -> None:
    (tmp_path / "devdays-2024.md").write_text(
        "# DevDays 2024\n\n"
        "## Scaling the checkout\n\n"
        "Speaker: Ana Lima from Quillmart. Quillmart sells garden tools online.\n\n"
        "They moved the checkout to queues and cut errors by half.\n\n"
        "## Testing in production\n\n"
        "Speaker: Bo Chen\n\n"
        "Feature flags decide who sees a change first.\n"
    )
    document = parse_corpus(tmp_path).files[0].document
    by_title = {s.title: s for s in document.sections}
    checkout, testing = by_title["Scaling the checkout"], by_title["Testing in production"]
    assert checkout.speakers == ["Ana Lima"] and testing.speakers == ["Bo Chen"]
    said = " ".join(b.text for b in checkout.blocks)
    assert "Quillmart sells garden tools online" in said
    assert "Bo Chen" not in " ".join(b.text for b in testing.blocks)


def test_common_ways_of_writing_who_spoke_are_read(tmp_path: Path) -> None:
    (tmp_path / "platformcon-2024.md").write_text(
        "# PlatformCon 2024\n\n"
        "## Paved roads that people take\n\n"
        "> Ana Lima, Quillmart\n"
        "> Bo Chen, Acme\n\n"
        "Golden paths cut onboarding from two weeks to two days.\n\n"
        "## BoF: Running internal developer portals\n\n"
        "Speaker(s): Carla Mendes (Orbit)\n\n"
        "Catalog entries rot unless owners are paged about them.\n\n"
        "## Cost reviews that stick\n\n"
        "Presenter: Dr. Nadia Petrova (Cloudgrid)\n\n"
        "Monthly reviews per team, with one number each.\n\n"
        "## Queues at scale\n\n"
        "> Ivo Santos, Staff Engineer, Acme · Mia Park, Head of SRE, Quillmart\n\n"
        "Back-pressure beat autoscaling for bursty loads.\n"
    )
    document = parse_corpus(tmp_path).files[0].document
    talks = {s.title: s.speakers for s in document.sections if s.is_talk}
    assert talks["Paved roads that people take"] == ["Ana Lima", "Bo Chen"]  # a line each
    assert talks["Running internal developer portals"] == ["Carla Mendes"]  # label, "(s)"
    assert talks["Cost reviews that stick"] == ["Nadia Petrova"]  # "Dr." ends no sentence
    assert talks["Queues at scale"] == ["Ivo Santos", "Mia Park"]  # "·" between people


def test_speakers_in_a_labelled_bullet_a_dash_heading_and_a_numbered_title(tmp_path: Path) -> None:
    (tmp_path / "mobileconf-2024.md").write_text(
        "# MobileConf 2024\n\n"
        "## Faster list screens\n"
        "- Speaker: Ana Lima, Quillmart\n"
        "- rows recomposed on every scroll\n\n"
        "## 2. Offline first sync\n"
        "- Speakers: Bo Chen and Ravi Menon\n"
        "- conflicts resolved on the server\n"
    )
    (tmp_path / "gopherday-2018.txt").write_text(
        "GOPHERDAY 2018 - NOTES\n"
        "Riverside Convention Center\n\n"
        "Four talks today, all about the runtime.\n\n\n"
        "UNDERSTANDING THE SCHEDULER — Dmitri Volkov (Stackfield)\n\n"
        "- Each P has a local run queue of 256 goroutines.\n"
        "- Work stealing takes half of another queue.\n"
    )
    files = {f.source: f.document for f in parse_corpus(tmp_path).files}
    mobile = {s.title: s.speakers for s in files["mobileconf-2024.md"].sections if s.is_talk}
    assert mobile["Faster list screens"] == ["Ana Lima"]
    assert mobile["Offline first sync"] == ["Bo Chen", "Ravi Menon"]
    gopher = {s.title: s.speakers for s in files["gopherday-2018.txt"].sections if s.title}
    assert gopher["UNDERSTANDING THE SCHEDULER"] == ["Dmitri Volkov"]
    assert not any("Riverside Convention Center" in names for names in gopher.values())


def test_programme_codes_come_off_titles_however_they_are_separated() -> None:
    from bot.ingest.speakers import split_code

    assert split_code("[OPS-T12] Hardware Implants: A Reality Check") == (
        "OPS-T12",
        "Hardware Implants: A Reality Check",
    )
    assert split_code('KEY01 · Opening keynote: "Platforms, Not Portals"') == (
        "KEY01",
        "Platforms, Not Portals",
    )
    assert split_code("Schedulers Considered Harmful? (KC-311)") == (
        "KC-311",
        "Schedulers Considered Harmful?",
    )
    assert split_code("The (DB) thing") == (None, "The (DB) thing")  # a word, not a code


def test_talks_written_as_bold_or_italic_lines_and_agenda_lines_are_found(tmp_path: Path) -> None:
    (tmp_path / "loopfest-2023.md").write_text(
        "# LoopFest 2023\n\n"
        "**Rollback Netcode for Small Teams**\nKenji Mori — solo developer\n\n"
        "- predict the remote input, rewind and resimulate\n\n"
        "*Audio on a Shoestring* — Bea Quintero\n\n"
        "- record foley at home\n\n"
        "19:05 — **Graphs Explained with Cats** · Olivia Brennan (advocate, Vectorly)\n\n"
        "- layers like a skip list\n\n"
        "**Mette Jørgensen** — Data Platform Lead, Vindkraft\n\n"
        "- schedules jobs when the grid is green\n"
    )
    document = parse_corpus(tmp_path).files[0].document
    talks = {s.title: s.speakers for s in document.sections if s.is_talk}
    assert talks.get("Rollback Netcode for Small Teams") == ["Kenji Mori"]
    assert talks.get("Audio on a Shoestring") == ["Bea Quintero"]
    assert talks.get("Graphs Explained with Cats") == ["Olivia Brennan"]
    assert not any("Jørgensen" in (t or "") for t in talks)  # a name in bold is no title


def test_speakers_listed_one_per_bullet_under_a_label(tmp_path: Path) -> None:
    (tmp_path / "panel.md").write_text(
        "# Panel: The Future of On-Call\n\n"
        "Moderator: Dana Whitfield (Principal SRE, Kestrel Bank)\n\n"
        "**Panelists:**\n\n"
        "- Ravi Subramanian — VP Engineering, Loomly\n"
        "- Hannah Osei — SRE Manager, Transitway\n\n"
        "Dana opened with a poll about who got paged last night.\n\n"
        "- follow-the-sun only works with good handoffs\n"
    )
    document = parse_corpus(tmp_path).files[0].document
    speakers = {n for s in document.sections for n in s.speakers}
    assert {"Dana Whitfield", "Ravi Subramanian", "Hannah Osei"} <= speakers
    assert not any("follow" in n for n in speakers)


def test_a_label_after_a_label_and_chat_shorthand_name_speakers_too(tmp_path: Path) -> None:
    (tmp_path / "forum-2024.md").write_text(
        "# Hardware Forum 2024\n\n"
        "## Packaging is the bottleneck\n\n"
        "Moderated by Joanne Kealoha. Panelists: Viktor Halvorsen (Brightline), "
        "Mei-Lin Zhou (Corvid Compute) and Samuel Adebayo (independent).\n\n"
        "Lead times for advanced packaging are six months or more.\n\n"
        "## Async cancellation\n\n"
        "w/ Olu Adeyemi + Sara Lindqvist (both Driftwood Systems)\n\n"
        "Dropping a future mid-await leaves state half written.\n"
    )
    document = parse_corpus(tmp_path).files[0].document
    by_title = {s.title: s for s in document.sections}
    panel = by_title["Packaging is the bottleneck"].speakers
    assert panel == ["Joanne Kealoha", "Viktor Halvorsen", "Mei-Lin Zhou", "Samuel Adebayo"]
    assert by_title["Async cancellation"].speakers == ["Olu Adeyemi", "Sara Lindqvist"]


def test_a_numbered_or_qualified_label_before_a_title_is_not_part_of_it() -> None:
    from bot.ingest.speakers import split_code

    assert split_code('talk 1: "Typing your pandas"') == (None, "Typing your pandas")
    assert split_code("Talk 2 - Secrets sprawl") == (None, "Secrets sprawl")
    assert split_code('Talk 3: lightning, "Five things I hate"') == (None, "Five things I hate")
    assert split_code("Session 4 (workshop): Edge caching") == (None, "Edge caching")
    assert split_code("Thursday Keynote, Ada Byrne, CTO") == (
        None,
        "Thursday Keynote, Ada Byrne, CTO",
    )  # a comma after a label only leads into a quoted title


def test_an_agenda_tables_speakers_column_names_the_talks_below_it(tmp_path: Path) -> None:
    (tmp_path / "ml-day.md").write_text(
        "# ML Day Graz 2023\n\n| Time | Code | Session | Speaker(s) |\n|---|---|---|---|\n"
        "| 09:30 | MLD-01 | Feature stores on a budget | Stefan Gruber |\n"
        "| 10:30 | MLD-02 | Judging LLM apps | Ananya Iyer, Paul Mertens |\n\n"
        "## MLD-01 — Feature stores on a budget\n\n- Feast won on cost.\n\n"
        "## MLD-02 — Judging LLM apps\n\n- A golden set of 600 questions.\n"
    )
    sections = parse_corpus(tmp_path).files[0].document.sections
    talks = {s.title: s.speakers for s in sections if s.is_talk}
    assert talks == {
        "Feature stores on a budget": ["Stefan Gruber"],
        "Judging LLM apps": ["Ananya Iyer", "Paul Mertens"],
    }


def test_a_workshops_facilitators_and_a_fireside_chats_host_and_guest_are_its_speakers(
    tmp_path: Path,
) -> None:
    (tmp_path / "edge-workshop.md").write_text(
        "---\ntitle: Wasm at the edge\nevent: EdgeConf 2024\nfacilitators:\n"
        "  - Theo Garnier\n  - Aisha Rahman\n---\n\n# Wasm at the edge\n\n- modules start fast\n"
    )
    (tmp_path / "fireside.txt").write_text(
        "SERVERLESS DAY 2021 - fireside chat transcript\n"
        'Session: "Cold starts and confessions"\nHost: Ciara Byrne (organiser)\n'
        "Guest: Tobias Engel (principal engineer)\n\nCIARA: Tell us.\n\nTOBIAS: 140 functions.\n"
    )
    (tmp_path / "meetup.md").write_text(
        "# Infra meetup\n\nHost: Urs Keller\n\n## Terraform modules\n\nSpeaker: Nadine Roth\n\n"
        "- small modules\n\n## Policy as code\n\nSpeaker: Reto Baum\n\n- conftest in CI\n"
    )
    talks = {
        f.source: [(s.title, s.speakers) for s in f.document.sections if s.is_talk]
        for f in parse_corpus(tmp_path).files
    }
    assert talks["edge-workshop.md"] == [("Wasm at the edge", ["Theo Garnier", "Aisha Rahman"])]
    assert talks["fireside.txt"] == [
        ("Cold starts and confessions", ["Tobias Engel", "Ciara Byrne"])
    ]
    assert [t for t, _ in talks["meetup.md"]] == ["Terraform modules", "Policy as code"]
