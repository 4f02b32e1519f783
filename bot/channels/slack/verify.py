"""Slack request signatures, checked on the raw body before anything is parsed.

A forged or replayed request must never reach the parser, the session store or
the engine, so every Slack endpoint asks `is_authentic` first; the HMAC itself
is slack_sdk's, not ours.
"""

from __future__ import annotations

from collections.abc import Mapping

from fastapi.responses import JSONResponse
from slack_sdk.signature import Clock, SignatureVerifier

INVALID_REQUEST_BODY = {"error": "invalid request"}


class SlackRequestVerifier:
    """Checks `X-Slack-Signature` over the exact bytes Slack sent (5-minute window)."""

    def __init__(self, signing_secret: str, clock: Clock | None = None) -> None:
        # The clock is injectable so the published test vector (2018) can verify.
        self._verifier = SignatureVerifier(signing_secret, clock=clock or Clock())

    def is_authentic(self, body: bytes, headers: Mapping[str, str]) -> bool:
        """True only for a fresh request signed with our secret; never raises."""
        try:
            return self._verifier.is_valid_request(body, dict(headers.items()))
        except (ValueError, UnicodeDecodeError):
            # Non-numeric timestamp or a body that is not UTF-8: not from Slack.
            return False


def invalid_request() -> JSONResponse:
    """The 401 Bolt answers with, so Slack tooling shows a familiar error."""
    return JSONResponse(INVALID_REQUEST_BODY, status_code=401)
