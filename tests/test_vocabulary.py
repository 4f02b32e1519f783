"""One vocabulary: intent names are spelled once, and the code names no seed note's people."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from bot.dialogue.definition import BotDefinition, load_definition
from bot.schemas import INTENTS, Intent

BOT = Path(__file__).resolve().parents[1] / "bot"
SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _code() -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in BOT.rglob("*.py")}


def _literals(text: str) -> set[str]:
    """String constants in code, docstrings left out (prose may say "thanks")."""
    tree = ast.parse(text)
    prose = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose
    }


def test_intent_names_are_written_only_in_schemas() -> None:
    spelled = sorted(
        str(p.relative_to(BOT)) for p, text in _code().items() if _literals(text) & set(INTENTS)
    )
    assert spelled == ["schemas.py"]


def test_the_bot_definition_lists_each_known_intent_once() -> None:
    definition = load_definition()
    assert sorted(spec.name for spec in definition.intents) == sorted(Intent)
    data = definition.model_dump(mode="json")
    data["intents"] = [i for i in data["intents"] if i["name"] != Intent.THANKS]
    with pytest.raises(ValueError, match="thanks"):
        BotDefinition.model_validate(data)
    data["intents"].append({**data["intents"][0], "name": "order_pizza"})
    with pytest.raises(ValueError, match="order_pizza"):
        BotDefinition.model_validate(data)


def _seed_names() -> set[str]:
    """Capitalised two-word names in the seed notes (people, venues): none belongs in code."""
    names: set[str] = set()
    for path in SEED.glob("*"):
        if path.suffix not in {".md", ".txt", ".html"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        names |= set(re.findall(r"\b([A-Z][a-z]{2,} [A-Z][a-z]{2,})\b", text))
    return names


@pytest.mark.skipif(not SEED.is_dir(), reason="the seed notes (../shared/corpus) are not here")
def test_no_module_names_a_person_or_place_from_the_seed_notes() -> None:
    names = _seed_names()
    assert len(names) > 50  # the scan found the notes' names
    vocabulary = yaml.safe_dump(yaml.safe_load((BOT / "lexicon.yaml").read_text()))
    written = "\n".join(_code().values()) + vocabulary
    found = sorted(n for n in names if re.search(rf"\b{re.escape(n)}\b", written))
    assert found == []
