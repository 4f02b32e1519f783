"""YAML read with libyaml's C parser when PyYAML was built with it.

The corpus manifest of a large archive (an entry per note) took PyYAML's pure-Python
parser over a second, twice per `bot index`; the C loader reads the same safe subset.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(text: str) -> Any:
    """Safe YAML (no arbitrary objects), as `yaml.safe_load` reads it."""
    return yaml.load(text, Loader=_LOADER)  # a safe loader, C or Python
