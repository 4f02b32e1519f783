"""Who gave a talk, from the ways notes write it.

Shapes are general: a labelled line ("Speaker: A", "Speakers - A, B",
"Presented by A (Company)", "by A and B"), a name line under the title
("A (@handle)", "A, Role at Company", "> A and B"), a title that carries its
speakers ("Title - A - @handle", "Title by A", "Title (A)"), or an abstract
("Join A, B and C as they ...", "A (VP of X) and B discuss ..."). Every name is
checked by the name model; labels and cue words come from the lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot import lexicon
from bot.ingest.names import NameModel, name_shape

_HANDLE = re.compile(r"\(?\s*@([A-Za-z0-9_]{2,30})\s*\)?")
_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_SPLIT = re.compile(r"\s*(?:,|;|/|·|•|\band\b|&|\+|\s[-–—]\s)\s*")
_CODE = re.compile(
    r"^(?:(?P<code>[A-Z]{2,6}\d{2,4}(?:-[A-Z0-9]{1,4})?)\s*[-–—:|·•]\s*"
    r"|(?P<hyphened>[A-Z]{2,4}-[A-Z]{0,2}\d{1,4})(?:\s*[-–—:|·•]\s*|\s+(?=[A-Z0-9\"“]))"
    r"|\[(?P<bracketed>[A-Z]{1,6}(?:-[A-Z]{0,3})?-?\d{1,4}[A-Z]?)\]\s*[-–—:|·•]?\s*)"
    r"(?:\[[^\]]*\]\s*[-–—:]?\s*)?(?P<title>\S.*)$"
)  # "DAT326 - ", "ARC-204 ", "[HS-T12] ", "KEY01 · ": the separators programmes use
_TRAILING_CODE = re.compile(r"\s*[(\[](?P<code>[A-Z]{2,6}-?\d{2,4}(?:-[A-Z0-9]{1,4})?)[)\]]\s*$")
_TAGS = re.compile(r"\s*\[(?:repeat|new|updated?)[^\]]*\]\s*", re.I)
_MAX_LINE_WORDS = 24
_ROLE_LABEL = re.compile(r"^[A-Za-z][\w.]*(?: [A-Za-z][\w.]*)?\s*:\s+(?=\S)")
_BYLINE = re.compile(
    r"\b\d+\s*min(?:ute)?s?\s+read\b|\b(?:19|20)\d\d\b|\b(?:posted|published|updated|written)\b"
    r"|\bfollow\b",
    re.I,
)
# Where a list of names in an abstract ends: a verb, "as they", a bracket.
_LIST_END = re.compile(
    r"\s+(?:as|who|will|discuss\w*|present\w*|share\w*|show\w*|explain\w*|walk\w*|"
    r"talk\w*|gave|give\w*|take\w*|explore\w*|describe\w*|dive\w*|cover\w*|from|of|at)\b"
)


@dataclass
class Found:
    names: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.names)


@lru_cache(maxsize=1)
def _label_line() -> re.Pattern[str]:
    labels = lexicon.load().speaker_labels
    return re.compile(
        rf"^\W*(?:(?:{labels})\(s\)|(?:{labels})(?!\w))[*_]*\s*(?:[:\-–—][*_]*\s*|\s+)(?P<names>\S.*)$",
        re.I,
    )


_TIME = re.compile(
    r"^\s*(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?)?)"
    r"\s*[-–—:|]?\s+",
    re.I,
)


@lru_cache(maxsize=1)
def _label_alone() -> re.Pattern[str]:
    labels = lexicon.load().speaker_labels
    return re.compile(rf"^\W*(?:{labels})(?:\(s\))?[*_]*\s*:[*_\s]*$", re.I)


def label_alone(line: str) -> bool:
    """Is the line a speaker label with the names on the lines after it ("Panelists:")?"""
    return bool(_label_alone().match(line.strip()))


def timed(line: str) -> bool:
    """Does the line open with a time of day ("19:05 — ", "10.30-11.15 ")?"""
    return bool(_TIME.match(line))


def without_time(line: str) -> str:
    """The line without the time of day it opens with (a live log's "11:00 - ")."""
    return _TIME.sub("", line, count=1)


def labelled(line: str) -> bool:
    """Does the line introduce speakers by a label ("Speakers: …", "Presented by …")?"""
    return bool(_label_line().match(line.strip().strip("*_").strip()))


_NUMBERED = re.compile(r"^\s*(?:#?\d{1,2}[.):]|\(\d{1,2}\))\s+")  # "2. Title", "(3) Title"


def split_code(title: str) -> tuple[str | None, str]:
    """ "DAT326 - Title" -> ("DAT326", "Title"); a time ("10:30 –"), a place in a list
    ("2. "), a label ("Keynote:") and tags ("[REPEAT 1]") are not part of a title either."""
    text = _NUMBERED.sub("", _TIME.sub("", title.strip()))
    text = lexicon.load().not_seen.sub("", text)  # "Title (skipped)"
    label = lexicon.load().title_label
    text = label.sub("", label.sub("", text))  # "Talk 3: lightning, "X"
    match = _CODE.match(text)
    if not match:
        trailing = _TRAILING_CODE.search(text)  # "Title (KC-311)"
        if trailing:
            return trailing.group("code"), _unquoted(text[: trailing.start()].strip(" -–—:"))
        return None, _unquoted(_TAGS.sub(" ", text).strip())
    rest = label.sub("", _TAGS.sub(" ", match.group("title")).strip(" -–—:"))  # "SEC4 — Panel: X"
    return match.group("code") or match.group("hyphened") or match.group("bracketed"), _unquoted(
        rest
    )


def _without_honorific(part: str) -> str:
    words = part.split()
    while words and words[0].lower() in lexicon.load().honorifics:
        words = words[1:]
    return " ".join(words)


def names_in(text: str, model: NameModel, structural: bool = True, declared: bool = False) -> Found:
    """The people a names phrase lists ("A (@a), B from X and C"), with their handles.
    `declared`: the phrase follows a label ("Speakers: A; B"), so every part shaped like
    a name, and no common word, is one."""
    found = Found()
    handles = _HANDLE.findall(text)
    text = _HANDLE.sub(" ", text)
    text = _PARENS.sub(" ", text)
    text = re.sub(r"\s+(?:from|of|at)\s+.*$", "", text) if "," not in text else text
    joined = bool(re.search(r"\band\b|&", text))
    for n, part in enumerate(_SPLIT.split(text)):
        part = _without_honorific(part.strip(" .*_\"'`:·|")).strip(" .*_")
        part = re.sub(r"\s+(?:from|of|at)\s+\S.*$", "", part)
        part = _ROLE_LABEL.sub("", part)  # "mod: A", "host: B": a role, then the name
        if not part or part in found.names:
            continue
        if declared:
            if not (name_shape(part) and model.plausible(part)):
                continue
        elif not model.is_person(part, structural=structural):
            continue
        if n and found.names and not joined and not model.given(part.split()[0]):
            continue  # "A, Java Champion, Principal at X": after a name, a role or a firm
        found.names.append(part)
    if found.names:
        found.handles = handles
    return found


def says_more(line: str, found: Found) -> bool:
    """A speaker line that says more than who spoke ("Speaker: Ana Lima from Acme. Acme
    sells cars.", "Ana Lima (VP of IT, Acme)"): a role, a firm, a fact. Its text is
    notes about the talk and stays in them; a line of bare names, handles and a label
    says nothing the talk's metadata does not."""
    from bot.text import content_words

    text = line.strip().strip("*_").strip()
    match = _label_line().match(text)
    rest = match.group("names") if match else text
    rest = _HANDLE.sub(" ", rest)
    for name in found.names:
        rest = rest.replace(name, " ")
    return bool(content_words(rest))


def speaker_line(line: str, model: NameModel) -> Found:
    """Speakers named by a line on its own: a label line or a bare name line."""
    text = line.strip().strip("*_").strip()
    match = _label_line().match(text)
    if match:  # "Speaker: Ana Lima from Acme. Acme sells cars.": the names end the sentence
        rest, found = match.group("names").strip("*_ "), Found()
        while match:  # "Moderated by A. Panelists: B (X) and C (Y).": label after label
            names = _first_sentence(rest)
            more = names_in(names.rstrip("."), model, declared=True)
            found.names += [n for n in more.names if n not in found.names]
            found.handles += more.handles
            rest = rest[len(names) :].strip()
            match = _label_line().match(rest)
            rest = match.group("names").strip("*_ ") if match else rest
        return found
    if not text or len(text.split()) > _MAX_LINE_WORDS or _BYLINE.search(text):
        return Found()  # a post's byline ("Ana Lima · 3 May 2022 · 5 min read") is its author
    plain = _PARENS.sub(" ", _HANDLE.sub(" ", text))
    head = _without_honorific(_SPLIT.split(plain, maxsplit=1)[0].strip(" .*_"))
    if model.is_person(head, structural=True):
        return names_in(text, model)
    if (
        name_shape(head)
        and model.plausible(head)
        and len(head.split()) >= 2
        and not model.something_else(head)
    ):
        found = names_in(text, model)  # a line that is a name: the model may not know it
        return found or Found([head], _HANDLE.findall(text))
    return Found()


def title_with_speakers(title: str, model: NameModel) -> tuple[str, Found]:
    """A heading that carries its speakers: "Title - A - @a", "Title by A", "Title (A)",
    "Title, A, Role", "A - @a" (no title). Returns the bare title and who was found."""
    text = title.strip()
    handles = _HANDLE.findall(text)
    plain = _HANDLE.sub(" ", text).strip(" -–—(")
    splitters = [r"\s+(?:--|[-–—|·•])\s+", r"\s+by\s+", r"\s*[(\[]", r",\s+"]
    if plain.endswith((")", "]")):
        splitters.insert(0, splitters.pop(2))  # "Title by X (A, Company)": the brackets name
    fallback: tuple[str, Found] | None = None
    for splitter in splitters:
        parts = re.split(splitter, plain)
        for k in range(1, len(parts)):
            right = parts[k].rstrip(")] ")
            if not model.is_person(right.strip(" .*_"), structural=True) and k < len(parts) - 1:
                continue
            found = names_in(", ".join(_closed(p) for p in parts[k:]), model)
            if found:
                joiner = " by " if "by" in splitter else (", " if "," in splitter else " - ")
                found.handles = found.handles or handles
                left = _BY_VERB.sub("", joiner.join(parts[:k])) if "by" in splitter else None
                left = left if left is not None else joiner.join(parts[:k])
                split = (_unquoted(left.strip(" -–—:,")), found)
                if any(model.given(n.split()[0]) for n in found.names):
                    return split
                fallback = fallback or split  # "(CISO, Donau Versicherung)": a firm, maybe
    if fallback is not None:
        return fallback
    person = model.is_person(plain, structural=True)
    if person and (handles or model.given(plain.split()[0])):  # "A - @a": a talk with no title
        return "", Found([plain], handles)
    return text, Found()


# '"Title", presented by A': the verb before "by" is not part of the title
_BY_VERB = re.compile(
    r"[\s,;:(–—-]*\b(?:presented|given|delivered|hosted|moderated|led|run)\s*$", re.I
)


def _unquoted(title: str) -> str:
    """A title written in quotes ("“Kafka Without Tears”") without them."""
    if len(title) > 2 and title[0] in "\"“'‘" and title[-1] in "\"”'’":
        return title[1:-1].strip()
    return title


def _closed(part: str) -> str:
    """A part split off at a bracket loses its opening one ("A, Company)"), so its
    closing one goes too; a part with both ("A (Company)") keeps them."""
    return part if "(" in part or "[" in part else part.rstrip(")] ")


_ABSTRACT_SENTENCES = 3  # an abstract names its speakers within its first few sentences
_NAMES_SPAN = 200  # characters: the longest list of names looked back over
_LIST_BEFORE = re.compile(
    r"(?:(?:[A-Z][\w'’-]*\s+){1,3}?[A-Z][\w'’-]*(?:\s*,\s*|\s+and\s+|\s*&\s*))+$"
)


def _named_before_cue(sentence: str, model: NameModel) -> list[str]:
    """Names right before an abstract's verb ("… necessary. A B walks through …") when the
    name model saw no one: capitalised words the verb makes the subject of."""
    if len(sentence) > _NAMES_SPAN * 2:  # an abstract's sentence, not a wall of text
        return []
    cues = "|".join(sorted(lexicon.load().abstract_cues, key=len, reverse=True))
    name = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
    match = re.search(rf"({name}(?:\s*(?:,|and|&)\s*{name})*)\s+(?:{cues})\b", sentence)
    found = names_in(match.group(1), model).names if match else []
    return [n for n in found if model.given(n.split()[0])]  # "The Platform Team" is no one


def _words_in(text: str, cues: frozenset[str]) -> int:
    """Length of the leading run of cue words ("Join ") in `text`."""
    match = re.match(r"(?:(\w+)\s+)", text)
    return match.end() if match and match.group(1).lower() in cues else 0


def abstract_speakers(paragraph: str, model: NameModel) -> Found:
    """Speakers an abstract names ("Join A and B as they…", "A (CTO) and B discuss…"):
    people in a paragraph that uses an abstract's verbs, in the order written."""
    cues = lexicon.load().abstract_cues
    rest, sentence, people = " ".join(paragraph.split()), "", []  # a wrapped paragraph
    for _ in range(_ABSTRACT_SENTENCES):  # "GPUs are scarce. In this talk, A will show…"
        sentence = _first_sentence(rest)
        rest = rest[len(sentence) :].strip()
        if {w.lower() for w in re.findall(r"[A-Za-z]+", sentence)} & cues:
            found = model.people_in(sentence, strict=False) or _named_before_cue(sentence, model)
            people = [p for p in found if model.is_person(p, structural=True)]
        if people or not rest:
            break
    if not people:
        return Found()
    start = sentence.find(people[0])
    window = max(0, start - _NAMES_SPAN)  # a list of names is short; bound the search
    before = _LIST_BEFORE.search(sentence[window:start])  # "A and B walk": NER found only B
    if before:
        skip = _words_in(before.group(0), cues)  # "Join A and B": the verb is not a name
        start = window + before.start() + skip
    listed = _LIST_END.split(sentence[start:], maxsplit=1)[0]
    more = names_in(listed, model)  # "A, B and C as they ...": the whole list, not NER's pick
    names = list(dict.fromkeys([*more.names, *people])) if more else people
    return Found(names, _HANDLE.findall(sentence))


def _first_sentence(text: str) -> str:
    """Up to the first full stop that ends a sentence (not an initial: "Ravi K. Subramanian")."""
    honorifics = lexicon.load().honorifics
    for match in re.finditer(r"[.!?](?=\s+[A-Z])", text):
        before = text[: match.start()].split()
        if not before or before[-1].lower() in honorifics:  # "Dr. Ana Lima"
            continue
        if not (len(before[-1]) == 1 and before[-1].isupper()):
            return text[: match.end()]
    return text
