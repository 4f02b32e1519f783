"""Every third-party module `bot/` imports comes from a distribution pyproject declares."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OURS = {"bot", "bot_web"}


def _imported() -> dict[str, str]:
    """Top-level module -> a file importing it."""
    found: dict[str, str] = {}
    for path in (ROOT / "bot").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_import_is_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = project["dependencies"] + [
        r for extra in project["optional-dependencies"].values() for r in extra
    ]
    declared = {_norm(re.split(r"[<>=\[; ]", r, maxsplit=1)[0]) for r in requirements}
    owners = packages_distributions()
    missing = {}
    for module, where in _imported().items():
        if module in OURS or module in sys.stdlib_module_names or module == "__future__":
            continue
        dists = {_norm(d) for d in owners.get(module, [])}
        if not dists & declared:
            missing[module] = (sorted(dists), where)
    assert missing == {}
