"""Small pure helpers for words: tokens, stems and the words that carry meaning.

Which words carry no meaning is the lexicon's to say (stop words, words of asking);
these functions only apply it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from bot import lexicon

_TOKEN = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
_STEMMER = snowballstemmer.stemmer("english")
_POSSESSIVE = re.compile(r"'s\b")  # "the speaker's talk": the noun, not a new word


def stop_words() -> frozenset[str]:
    """Function words and words of asking: they never name what a question is about."""
    lex = lexicon.load()
    return lex.stop_words | lex.asking_words


STOP = stop_words()


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(_POSSESSIVE.sub("", text.lower().replace("’", "'")))


@lru_cache(maxsize=1 << 16)  # a turn stems the same few thousand words again and again
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem: "replicate"/"replication", "policy"/"policies" and
    "attended"/"attendance" meet, which a hand-made suffix list did not manage."""
    if word.isdigit():
        return word
    return str(_STEMMER.stemWord(word))


def stems(text: str) -> frozenset[str]:
    return frozenset(stem(t) for t in tokens(text))


_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_WORDY = re.compile(r"\w")


def norm_words(text: str) -> list[str]:
    """Words with punctuation inside them dropped: "re:Invent" -> "reinvent" (how names
    of events are matched). Plain words skip the patterns: this runs over every passage."""
    out = []
    for w in text.lower().split():
        if w.isascii() and w.isalnum():
            out.append(w)
        elif _WORDY.search(w):
            out.append(_NOT_ALNUM.sub("", w))
    return out


def name_words(texts: list[str]) -> set[str]:
    """The words that can tell a name apart (an event's, its venue's): three letters or
    more, not stop words."""
    return {w for t in texts for w in norm_words(t) if len(w) >= 3 and w not in STOP}


def content_words(text: str) -> list[str]:
    """The words that carry meaning, as written (lower case), in order, without repeats."""
    return list(dict.fromkeys(t for t in tokens(text) if t not in STOP and len(t) > 1))


def content_terms(text: str) -> list[str]:
    """Stems of the words that carry meaning, in order, without repeats."""
    return list(dict.fromkeys(stem(t) for t in content_words(text)))


def has_number(text: str) -> bool:
    return bool(re.search(r"\d", text))


_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def figure(text: str) -> bool:
    """A number that states an amount: not one written straight after a capitalised name
    ("Python 3", "Windows 11"), unless that word only leads a figure ("Over 40")."""
    leads = lexicon.load().figure_leads
    for match in _NUMBER.finditer(text):
        name = _WORD_BEFORE.search(text, 0, match.start())
        if not name or name.group(1).lower() in leads:
            return True
    return False


_WRITTEN_NAME = re.compile(
    r"[A-Za-z]*[A-Z][a-z0-9]*[A-Z0-9][\w.-]*|[A-Z][a-z]+(?:[-.]?\d[\w.]*)?|[A-Za-z]+\d\w*|\d+[A-Za-z]\w*|v?\d+(?:\.\d+)+"
)  # "SageMaker", "NVDA", "Hailo-8", "Postgres", "v1.4", "RV32IMC"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\u2014\u2013(\"*-]\s*|\n\s*)$")


def name_near(terms: frozenset[str], text: str, reach: int = 4) -> bool:
    """Does the text write a name (a capitalised word not opening a sentence, an acronym,
    a word with a digit) within `reach` words of one of the question's terms, that is not
    itself a question term? "Which NPU is in it" is answered by "the Hailo-8 NPU", not by
    "a dedicated NPU": the test a near miss that names only the kind of thing fails."""
    words = [(m.start(), m.group(0)) for m in re.finditer(r"[\w][\w.+-]*", text)]
    near_term = [stem(w.lower().strip(".")) in terms for _, w in words]
    for i, (at, word) in enumerate(words):
        if near_term[i] or not _WRITTEN_NAME.fullmatch(word.strip(".")):
            continue
        opens = _SENTENCE_START.search(text[max(0, at - 8) : at])
        if word[0].isupper() and word[1:].islower() and opens:
            continue  # an ordinary word that opens a sentence
        if word.lower() in STOP:
            continue
        if any(near_term[max(0, i - reach) : i + reach + 1]):
            return True
    return False


_FIGURE_WORD = re.compile(r"\d")


def figure_near(terms: frozenset[str], text: str, reach: int = 5) -> bool:
    """Is a figure written within `reach` words of one of the question's terms? "How
    many partitions" is answered by "1,200 partitions", not by a date two lines off."""
    words = re.findall(r"[\w][\w.,%$€£-]*", text)
    figures = [i for i, w in enumerate(words) if _FIGURE_WORD.search(w)]
    near = [i for i, w in enumerate(words) if stem(w.lower().strip(".,")) in terms]
    return any(abs(i - j) <= reach for i in figures for j in near)
