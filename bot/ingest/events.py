"""Which event a note is from, and when: from the manifest, front matter, property
lines, the note's title, its folder or file name, and its text, in that order.

A note that says nothing gets "unknown event" rather than a heading or a link as
its event. Event names found in a folder or file name ("qcon-london-2020") take
the spelling the notes themselves use ("QCon London 2020") where they use one.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta
from pathlib import PurePosixPath

from bot import lexicon
from bot.ingest.metadata import find_date, find_day_month
from bot.ingest.outline import Outline

_YEAR = re.compile(r"(?<!\d)(?:19\d\d|20[0-3]\d)(?!\d)")  # "RP2040" is a chip, not a year
_GLUED_YEAR = re.compile(r"[A-Za-z]{2,}(?:\d{2}|'\d{2})\b|\s['’]\d{2}\b")
_NAMED_WITH_YEAR = re.compile(
    r"\b([A-Z][\w+'&.:-]*(?:\s+[A-Z][\w+'&.:-]*){0,4})\s+((?:19|20)\d{2})\b"
)
_PROPERTY = re.compile(r"^\s*(?P<key>[A-Za-z][\w ]{1,20}):\s+(?P<value>\S.{0,150})$")
_EVENT_KEYS = ("event", "conference", "conf", "meetup", "summit")
_DATE_KEYS = ("date", "event date", "when", "day")
_PLACE_KEYS = ("venue", "location", "place", "where", "city")
_SEPARATORS = re.compile(r"\s+[—–|·]\s+|\s+--?\s+|\s*::\s*|:\s+|,\s+|\s*\(|\)")
_EDITION = re.compile(r"(?<![\w#])#\d{1,4}\b")  # "WebPerf Leeds #12": a meetup's edition
_PUBLISHED = re.compile(
    r"\b(posted|published|updated|modified|written|created by|last modified)\b"
    r"|\bmin(ute)?s? read\b",
    re.I,
)
_SENT = re.compile(r"^\s*(?:date|sent)\s*:", re.I)  # an email header's date line
_QUOTED_REPLY = re.compile(r"^\s*>|\bwrote:\s*$")
_ISO_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")


def properties(outline: Outline) -> dict[str, str]:
    """Front matter and "Key: value" lines at the top of a note (Notion, email headers):
    before the first heading, or under the heading that titles the whole note (never under
    the first of several talks, whose "Speaker:" line is that talk's)."""
    found: dict[str, str] = {str(k).lower(): str(v) for k, v in outline.front.items() if v}
    from bot.ingest.outline import Item

    children = outline.root.children
    titled = bool(children) and (children[0].title == outline.title or len(children) == 1)
    if titled and len(children) > 1:  # siblings with the same keys are a series of talks
        keys = [_keys(c.items[:12]) for c in children]
        titled = not any(keys[0] & k for k in keys[1:])
    first = outline.root.items[:12] + (children[0].items[:12] if titled else [])

    for item in [Item("para", outline.title or ""), *first]:
        match = _PROPERTY.match(item.text)
        if match and item.kind != "bullet":
            found.setdefault(match.group("key").strip().lower(), match.group("value").strip())
    return found


def _keys(items: list) -> set[str]:  # type: ignore[type-arg]
    """The keys of an item list's "Key: value" lines."""
    found = (_PROPERTY.match(i.text) for i in items if i.kind != "bullet")
    return {m.group("key").strip().lower() for m in found if m}


def _looks_like_event(text: str) -> bool:
    """A year, an event word ("summit"), or a brand glued to one ("DevOpsDays", "PyCon")."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    lex = lexicon.load()
    glued = any(
        w.endswith(e) and len(w) > len(e) + 1 for w in words for e in lex.event_words if len(e) >= 3
    )
    days = (*lex.weekdays, *lex.months)
    calendar = {*days, *(w[:3] for w in days), *(w[:4] for w in days)}  # "wed", "tues", "sept"
    if words and words <= calendar:
        return False  # "Wed 10 Aug 2022": a date heads a journal entry, it names no event
    return bool(
        _YEAR.search(text)
        or _GLUED_YEAR.search(text)
        or _EDITION.search(text)
        or words & lex.event_words
        or glued
    ) and not words <= (lex.stop_words | lex.asking_words | {"notes"})


def event_in_title(title: str) -> str | None:
    """The part of a note's title that names its event ("GOTO Amsterdam 2022 — shared
    notes" -> "GOTO Amsterdam 2022"; "Notes from DevOpsDays Berlin" -> "DevOpsDays Berlin")."""
    noise = lexicon.load().title_noise
    text = re.sub(r"^\s*(?:re|fwd?|subject)\s*:\s+", "", title, flags=re.I)
    for part in _SEPARATORS.split(text):
        part = re.sub(rf"^(?:{noise})\b\s*|\s*\b(?:{noise})$", "", part.strip(), flags=re.I)
        part = part.strip(" .!-–—")
        if part and len(part.split()) <= 8 and _looks_like_event(part):
            return _named_in(part)
    return None


def _named_in(part: str) -> str:
    """The name and year inside a title that says more ("Three talks from Strange Loop
    2018" -> "Strange Loop 2018"), when a sentence's words ("from") come before it."""
    match = _NAMED_WITH_YEAR.search(part)
    before = set(re.findall(r"\b[a-z]+\b", part[: match.start()])) if match else set()
    if match and before & lexicon.load().stop_words:
        return f"{match.group(1)} {match.group(2)}"
    return part


def _slug_event(name: str) -> str | None:
    """The event a folder or file name stands for ("qcon-london-2020",
    "2022-07-13-europython" -> "europython 2022"), without words like "notes"."""
    dated = re.match(r"^((?:19|20)\d{2})-\d{2}-\d{2}[-_ ]?", name)
    words = name[dated.end() :] if dated else name
    noise = lexicon.load().title_noise
    words = " ".join(re.split(r"[-_ ]+", words)).strip()
    words = re.sub(rf"\b(?:{noise})\b", " ", words, flags=re.I)
    words = " ".join(w for w in words.split() if not re.fullmatch(r"day\d*|\d{1,2}", w, re.I))
    if dated and words and not _YEAR.search(words):
        words = f"{words} {dated.group(1)}"
    year = _YEAR.search(words)
    if year and not dated and year.start() > 0:  # "gophers-north-2023-slides": the words
        words = words[: year.end()]  # after the year say what the file is, not the event
    lex = lexicon.load()
    plain = set(words.lower().split())
    if not words or words.isdigit() or plain <= (lex.weekdays | set(lex.months)):
        return None  # a folder per day ("Wednesday") says when, not which event
    if not (_looks_like_event(words) or dated):
        return None
    return words


def _spelled_as_in(text: str, slug: str) -> str | None:
    """The notes' own spelling of a slug's words ("reinvent 2019" -> "re:Invent 2019")."""
    key = re.sub(r"[^a-z0-9]", "", slug.lower())
    if not key:
        return None
    for match in re.finditer(r"[A-Za-z0-9][\w:.'’ -]{1,60}", text[:20000]):
        words = match.group(0).split()
        for i in range(len(words)):
            joined = ""
            for j in range(i, min(len(words), i + 6)):
                joined += re.sub(r"[^a-z0-9]", "", words[j].lower())
                if joined == key:
                    return " ".join(words[i : j + 1]).strip(" .:-")
                if not key.startswith(joined):
                    break
    return None


def _is_email(props: dict[str, str]) -> bool:
    """A forwarded or saved email: its headers are about the message, not the event."""
    return "subject" in props and ("from" in props or "to" in props)


def infer_event(outline: Outline, source: str) -> str | None:
    props = properties(outline)
    for key in _EVENT_KEYS:
        if props.get(key):  # "PGConf 2024, Athens": the place after the year is not the name
            return re.sub(r"((?:19|20)\d{2})\s*,\s.*$", r"\1", props[key])
    title = outline.title or ""
    if _is_email(props):  # "Subject: Fwd: SecureCon Vienna notes" names what it is about
        title = props["subject"]
    named = _without_relative_days(event_in_title(title))
    path = PurePosixPath(source)
    slugs = [_slug_event(p) for p in [*reversed(path.parent.parts), path.stem]]
    slug = next((s for s in slugs if s), None)
    if named and not (_YEAR.search(named) or _GLUED_YEAR.search(named)):
        year = re.search(rf"{re.escape(named)},?\s+((?:19|20)\d{{2}})\b", outline.text)
        year = year or _YEAR.search(title)  # "Berlin Data Meetup — 21 March 2024"
        year = year or (_YEAR.search(props.get("date", "")) if _is_email(props) else None)
        named = f"{named} {year.group(1) if year.lastindex else year.group(0)}" if year else named
    if named and (_YEAR.search(named) or _GLUED_YEAR.search(named) or not slug):
        return named
    if slug:
        return (
            _spelled_as_in(outline.text, slug)
            or _named_like(outline.text[:3000], slug)
            or _word_casing(outline.text, slug)
        )
    if named:
        return named
    return _event_in_text(outline.text[:1500])


def _without_relative_days(name: str | None) -> str | None:
    """ "Frontend Fest yesterday": a day counted back from the note is not in the name."""
    if not name:
        return name
    days = sorted(lexicon.load().days_before, key=len, reverse=True)
    cut = re.sub(rf"\s+(?:{'|'.join(map(re.escape, days))})\s*$", "", name, flags=re.I)
    return cut.strip() or name


def _folded(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text.lower())
    return set(re.findall(r"[a-z0-9]+", "".join(c for c in plain if not unicodedata.combining(c))))


def _named_like(text: str, slug: str) -> str | None:
    """The notes' own fuller name for the event a file name abbreviates ("slack gamedev
    days krakow 2025" -> "Indie Game Dev Days Kraków 2025"): a name with the slug's year
    that shares at least half its other words and says more than the slug does."""
    words = _folded(slug)
    years = {w for w in words if _YEAR.fullmatch(w)}
    for match in _NAMED_WITH_YEAR.finditer(text):
        name = f"{match.group(1).strip()} {match.group(2)}"
        own = _folded(name)
        shared = own & words
        half = 2 * len(shared - years) >= len(words - years)
        dated = shared & years if years else len(shared) >= 2  # a slug without a year
        if _looks_like_event(name) and dated and half and own - words:
            return name
    return None


def _event_in_text(text: str) -> str | None:
    """An event named in the opening lines with its year ("I spent Tuesday at RustConf
    2021 in Portland"), when nothing else says which event the notes are from."""
    for match in _NAMED_WITH_YEAR.finditer(text):
        name = match.group(1).strip()
        if _looks_like_event(name):
            return f"{name} {match.group(2)}"
    return None


def _word_casing(text: str, slug: str) -> str:
    """Each word of a slug as the notes spell it ("ndc oslo 2019" -> "NDC Oslo 2019")."""
    out = []
    for word in slug.split():
        match = re.search(rf"\b{re.escape(word)}\b", text, re.I)
        out.append(match.group(0) if match and not match.group(0).islower() else word.title())
    return " ".join(out)


def infer_date(outline: Outline, source: str, event: str | None = None) -> str | None:
    props = properties(outline)
    email = _is_email(props)
    sent = props.get("date") if email else None
    if email:  # when it was sent, not when the event was: the body says that, if anything
        props = {k: v for k, v in props.items() if k != "date"}
    for key in _DATE_KEYS:
        if props.get(key):
            found = find_date(props[key])
            if found:
                return found
    for part in reversed(PurePosixPath(source).parts):
        iso = _ISO_IN_NAME.search(part)
        if iso:
            return find_date(iso.group(0))
    text = outline.text[:4000]
    published = None
    for line in text.split("\n"):
        if email and (_SENT.match(line) or _QUOTED_REPLY.search(line)):
            continue  # the headers, and the message it replies to
        found = find_date(line)
        if found and not _PUBLISHED.search(line):
            return found
        published = published or found
    year = _YEAR.search(" ".join([event or "", outline.title or "", source, sent or ""]))
    if year:  # "Tuesday 23 April" in notes of an event of a known year
        for line in text[:1500].split("\n"):
            if email and (_SENT.match(line) or _QUOTED_REPLY.search(line)):
                continue
            found = find_day_month(line, int(year.group(0)))
            if found and not _PUBLISHED.search(line):
                return found
    if published and (not year or published.startswith(year.group(0))):
        return relative_to(published, text)  # a recap's own date, and "last Thursday's"
    return relative_to(find_date(sent), text) if sent else None  # "yesterday's talks"


def relative_to(written: str | None, text: str) -> str | None:
    """The day a note written on `written` says the event was: "yesterday" (the lexicon's
    days before), "last Thursday" or "Thursday's" (the latest such day before it). Only
    the first such word counts, and only in the opening of the note."""
    if not written:
        return written
    lex = lexicon.load()
    days = "|".join(sorted(lex.weekdays, key=len, reverse=True))
    before = "|".join(re.escape(p) for p in sorted(lex.days_before, key=len, reverse=True))
    match = re.search(
        rf"\b(?:(?P<ago>{before})|last\s+(?P<last>{days})|(?P<own>{days})['’]s)\b",
        text[:1500],
        re.I,
    )
    if not match:
        return written
    day = date.fromisoformat(written)
    if match.group("ago"):
        return (day - timedelta(days=lex.days_before[match.group("ago").lower()])).isoformat()
    name = (match.group("last") or match.group("own")).lower()
    target = [d.lower() for d in calendar.day_name].index(name)
    back = (day.weekday() - target) % 7 or 7
    return (day - timedelta(days=back)).isoformat()


def infer_place(outline: Outline) -> str | None:
    """Where the event was, when the note's front matter or property lines say
    ("location: Lyon, France")."""
    props = properties(outline)
    for key in _PLACE_KEYS:
        value = props.get(key, "").strip().strip("\"'")
        if value and len(value) <= 80 and not _YEAR.fullmatch(value):
            return value
    return None
