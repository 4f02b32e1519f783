"""Strict JSON for untrusted bodies: bounded nesting, finite numbers, valid Unicode.

Python's json module accepts what later breaks a reply: `NaN` and `1e999999` become
floats that cannot be written back, a lone surrogate (U+D800 written as an escape) becomes a string
that cannot be encoded, and 30,000 nested brackets exhaust the recursion limit.
Each is rejected here with a reason, before any model sees the data.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 32
_STRUCTURE = bytes(range(256)).translate(None, b'[]{}"\\')  # every byte but these six


class JsonError(ValueError):
    """The body is not acceptable JSON; the message is safe to show the caller."""


def nesting_depth(body: bytes) -> int:
    """Deepest bracket nesting outside strings, from the six bytes that matter (linear)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in body.translate(None, _STRUCTURE):
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


def _reject_constant(name: str) -> Any:
    raise JsonError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonError(f"number out of range: {text[:20]}")
    return value


def _check_text(value: Any) -> None:
    """No lone surrogates anywhere (keys included); iterative, since depth is bounded anyway."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise JsonError("text contains an unpaired surrogate") from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def loads(body: bytes | str, max_depth: int = MAX_DEPTH) -> Any:
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    if nesting_depth(raw) > max_depth:
        raise JsonError(f"JSON nested deeper than {max_depth} levels")
    try:
        value = json.loads(raw, parse_constant=_reject_constant, parse_float=_finite)
    except JsonError:
        raise
    except (ValueError, RecursionError) as exc:
        raise JsonError(f"body is not JSON: {str(exc)[:120]}") from None
    _check_text(value)
    return value


def is_json_media_type(header: str | None) -> bool:
    """Exactly application/json, optionally with charset=utf-8: a browser cannot send that
    cross-site without a CORS preflight, which this server never grants."""
    if not header:
        return False
    media, *params = (part.strip().lower() for part in header.split(";"))
    return media == "application/json" and all(
        p.replace(" ", "") in ("charset=utf-8", 'charset="utf-8"') for p in params
    )
