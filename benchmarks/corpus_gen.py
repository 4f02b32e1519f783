"""Deterministic N× corpora for `make bench-scale`: the notes, plus N-1 renamed copies of each.

Copy k of a note is the same text told about another event: the event's names (its
conference, title, venue, city and every alias in the manifest), its speakers and their
handles, its year and its quantities are renamed, so every fact stays unique to one event
and a question that names an original event still has exactly one right answer. The
originals are kept as they are, so the eval questions that name their event can be asked
at every size. The same N always writes byte-identical files.

    python benchmarks/corpus_gen.py --times 100 --out /tmp/corpus-100x \
        --names-from index/current/store.sqlite
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import sqlite3
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COPIES = "copies"
# Words an event name is made of: invented ones, so a copy never shares a name with the
# real notes or with another copy.
SYLLABLES = ["va", "lo", "rin", "tek", "mo", "zan", "qui", "dor", "fel", "nix", "ba", "sor"]
CITIES = [
    "Lisbon", "Porto", "Ghent", "Tampere", "Bergen", "Graz", "Lyon", "Turin", "Krakow",
    "Tartu", "Aarhus", "Bilbao", "Brno", "Cork", "Malmo", "Utrecht", "Seville", "Bologna",
]  # fmt: skip
GIVEN = [
    "Amara", "Bruno", "Celia", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
    "Keiko", "Lars", "Mira", "Nikos", "Olga", "Pavel", "Rosa", "Stefan", "Tamsin", "Umar",
    "Vera", "Wim", "Yusuf", "Zora", "Anton", "Beatrix", "Casper", "Dalia", "Emil", "Freya",
]  # fmt: skip
FAMILY = [
    "Okafor", "Lindqvist", "Moreau", "Kowalski", "Haddad", "Varga", "Nakamura", "Ferreira",
    "Brennan", "Albescu", "Petrov", "Castillo", "Novak", "Strand", "Quinlan", "Ivers",
    "Demir", "Falk", "Garrido", "Holm", "Jansen", "Keller", "Laine", "Mertens", "Nilsen",
]  # fmt: skip
GENERIC = {"aws", "amazon", "the", "of", "and", "notes", "day", "s", "re", "web", "services"}
# A quantity: a number before a unit or a lower-case word, not an ordinal ("3rd") or a year.
QUANTITY = re.compile(
    r"(?<![\w.$£€/-])(\d{1,4})(?!st\b|nd\b|rd\b|th\b)(?=\s?(?:%|[a-z]{2,}|GB|TB|MB|ms)\b)"
)
HANDLE = re.compile(r"@(\w{3,})")


def pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


class Renamer:
    """The renaming of one original note into its copy k: a table of phrases, longest first."""

    def __init__(self, entry: dict, names: list[str], k: int, seed: str) -> None:
        self.rng = random.Random(f"{seed}:{k}")
        self.k = k
        self.entry = entry
        words = _event_words(entry)
        self.word_map = {w: pseudo_word(self.rng) for w in words}
        city = entry.get("city")
        if city:
            self.word_map[city.lower()] = (
                CITIES[(k + len(city)) % len(CITIES)] + pseudo_word(self.rng).lower()
            )
        self.phrases: dict[str, str] = {}
        for phrase in _event_phrases(entry):
            self.phrases[phrase.lower()] = self._rename_phrase(phrase)
        for name in names:  # one given name per given name, so "Tom" alone follows suit
            first, *_, last = name.split()
            given = self.phrases.setdefault(first.lower(), GIVEN[self.rng.randrange(len(GIVEN))])
            family = f"{FAMILY[self.rng.randrange(len(FAMILY))]}{pseudo_word(self.rng).lower()}"
            family = self.phrases.setdefault(last.lower(), family)
            self.phrases.setdefault(name.lower(), f"{given} {family}")
        self.year_shift = 1 + (k % 9)

    def _rename_phrase(self, phrase: str) -> str:
        out = []
        for word in phrase.split():
            new = self.word_map.get(word.lower().strip("():,"))
            out.append(new if new else word)
        return " ".join(out)

    def text(self, text: str) -> str:
        """The note's text with the event, its people, its year and its figures renamed."""
        pattern = re.compile(
            r"(?<![\w@])("
            + "|".join(re.escape(p) for p in sorted(self.phrases, key=len, reverse=True))
            + r")(?!\w)",
            re.IGNORECASE,
        )
        text = pattern.sub(lambda m: self.phrases[m.group(0).lower()], text)
        text = HANDLE.sub(lambda m: f"@{m.group(1)[:4]}{self.k:03d}x", text)
        text = QUANTITY.sub(self._quantity, text)
        year = _year(self.entry)
        if year:
            text = re.sub(rf"\b{year}\b", str(year + self.year_shift), text)
        return text

    def _quantity(self, match: re.Match[str]) -> str:
        value = int(match.group(1))
        return match.group(1) if 1900 <= value <= 2100 else str(value + self.k)

    def manifest(self) -> dict:
        entry = dict(self.entry)
        for key in ("conference", "title", "venue", "city"):
            if entry.get(key):
                entry[key] = self.text(str(entry[key]))
        entry["aliases"] = sorted({self.text(a).lower() for a in entry.get("aliases", [])})
        for key in ("date", "date_end"):
            if entry.get(key):
                day = dt.date.fromisoformat(str(entry[key]))
                day = day.replace(year=day.year + self.year_shift) + dt.timedelta(days=self.k)
                entry[key] = day.isoformat()
        entry.pop("origin", None)
        entry.pop("source_url", None)
        return entry


def _event_phrases(entry: dict) -> list[str]:
    found = [str(entry.get(k)) for k in ("conference", "title", "venue", "city") if entry.get(k)]
    return found + [str(a) for a in entry.get("aliases", [])]


def _event_words(entry: dict) -> list[str]:
    words: list[str] = []
    for phrase in _event_phrases(entry):
        for word in phrase.lower().split():
            word = word.strip("():,")
            if word.isalpha() and word not in GENERIC and word not in words:
                words.append(word)
    return words


def _year(entry: dict) -> int | None:
    date = entry.get("date")
    return int(str(date)[:4]) if date else None


def people(store: Path | None) -> list[str]:
    """Names of people the notes mention, from a built index (two words or more)."""
    if store is None or not store.exists():
        return []
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in conn.execute("SELECT name FROM people ORDER BY name")]
    finally:
        conn.close()
    return [n for n in rows if len(n.split()) >= 2]


def generate(source: Path, out: Path, times: int, names: list[str], seed: str = "x") -> int:
    """Write the notes and times-1 renamed copies of each into `out`; returns the files."""
    manifest = yaml.safe_load((source / "manifest.yaml").read_text(encoding="utf-8")) or {}
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    new_manifest = dict(manifest)
    count = 0
    for path in sorted(p for p in source.iterdir() if p.suffix == ".txt"):
        shutil.copy(path, out / path.name)
        count += 1
        entry = manifest.get(path.name, {})
        text = path.read_text(encoding="utf-8")
        for k in range(1, times):
            renamer = Renamer(entry, names, k, f"{seed}:{path.name}")
            name = f"{COPIES}/{path.stem}-x{k:03d}{path.suffix}"
            (out / name).parent.mkdir(exist_ok=True)
            (out / name).write_text(renamer.text(text), encoding="utf-8")
            new_manifest[name] = renamer.manifest()
            count += 1
    (out / "manifest.yaml").write_text(
        yaml.safe_dump(new_manifest, sort_keys=True, allow_unicode=True), encoding="utf-8"
    )
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--times", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--source", type=Path, default=ROOT / "corpus")
    parser.add_argument("--names-from", type=Path, default=None, help="a build's store.sqlite")
    args = parser.parse_args(argv)
    files = generate(args.source, args.out, args.times, people(args.names_from))
    print(f"wrote {files} notes to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
