"""Who is calling: an API key (bearer token) or the web chat's signed sign-in cookie.

The cookie is signed with the API key it was issued for, so it needs no secret of its
own, works on every replica, and dies with its key when the key is removed from
BOT_API_KEYS. Sessions are filed under the caller's key fingerprint, so one key can
never reach another key's conversations.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Mapping

COOKIE = "bot_login"
OPEN = "open"  # the owner of every API session when no keys are configured


def fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _signature(key: str, payload: str) -> str:
    return hmac.new(key.encode(), payload.encode(), hashlib.sha256).hexdigest()[:32]


def issue_cookie(key: str, lifetime_seconds: float, now: float | None = None) -> str:
    expiry = int((now or time.time()) + lifetime_seconds)
    payload = f"{fingerprint(key)}.{expiry}"
    return f"{payload}.{_signature(key, payload)}"


def key_for_cookie(cookie: str, keys: list[str], now: float | None = None) -> str | None:
    """The key a cookie was signed with, if it is valid and unexpired."""
    parts = cookie.split(".")
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    print_, expiry, signature = parts
    if int(expiry) < (now or time.time()):
        return None
    for key in keys:
        if hmac.compare_digest(fingerprint(key), print_) and hmac.compare_digest(
            _signature(key, f"{print_}.{expiry}"), signature
        ):
            return key
    return None


def bearer_key(headers: Mapping[str, str], keys: list[str]) -> str | None:
    """The configured key sent as `Authorization: Bearer …` (constant-time compare)."""
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    token = token.strip()
    found = None
    for key in keys:  # compare against every key, so timing does not tell which matched
        if hmac.compare_digest(token.encode(), key.encode()):
            found = key
    return found


def caller(headers: Mapping[str, str], cookies: Mapping[str, str], keys: list[str]) -> str | None:
    """The owner name for this caller: OPEN without keys, a key fingerprint with one, or
    None when keys are configured and neither a key nor a valid cookie was sent."""
    if not keys:
        return OPEN
    key = bearer_key(headers, keys) or key_for_cookie(cookies.get(COOKIE, ""), keys)
    return fingerprint(key) if key else None
