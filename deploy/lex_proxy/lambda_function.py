"""Thin AWS Lambda proxy: Lex code hook event in, the bot webhook's reply out.

Lex only calls Lambda functions, and authenticates nothing itself, so this
function forwards the event unchanged to BOT_WEBHOOK_URL with the shared bearer
token and returns the service's JSON. Lex gives up after 30 s and then shows
the user a bare error, so the proxy gives up much earlier (BOT_PROXY_TIMEOUT_SECONDS,
default 8) and answers with a valid Close/Failed reply and a short apology.
Standard library only: nothing to package.
"""

from __future__ import annotations

import json
import logging
import os
import urllib.request
from typing import Any

logger = logging.getLogger()
logger.setLevel(logging.INFO)

DEFAULT_TIMEOUT_SECONDS = 8.0
APOLOGY = "Sorry, I can't reach the conference notes right now. Please try again in a moment."


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    """Lambda entry point: the webhook's reply, or a Lex-valid apology on any failure."""
    try:
        url = os.environ["BOT_WEBHOOK_URL"]
        token = os.environ["BOT_LEX_WEBHOOK_TOKEN"]
    except KeyError as missing:
        logger.error("proxy misconfigured: %s is not set", missing)
        return failure_reply(event)
    try:
        reply = forward(event, url, token, _timeout())
    except Exception as exc:  # timeout, refused, non-2xx (HTTPError), bad JSON: all the same to Lex
        logger.error("bot webhook call failed: %s", exc)
        return failure_reply(event)
    if not isinstance(reply, dict):
        logger.error("bot webhook returned JSON that is not an object")
        return failure_reply(event)
    return reply


def forward(event: dict[str, Any], url: str, token: str, timeout: float) -> Any:
    """POST the event; raise on a non-2xx status (HTTPError), network failure or bad JSON."""
    request = urllib.request.Request(
        url,
        data=json.dumps(event).encode("utf-8"),
        headers={
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Authorization": f"Bearer {token}",
        },
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


def failure_reply(event: Any) -> dict[str, Any]:
    """A Close/Failed reply in the event's Lex version (V2 has `sessionState`)."""
    if isinstance(event, dict) and "currentIntent" in event and "sessionState" not in event:
        return {
            "sessionAttributes": _attributes(event.get("sessionAttributes")),
            "dialogAction": {
                "type": "Close",
                "fulfillmentState": "Failed",
                "message": {"contentType": "PlainText", "content": APOLOGY},
            },
        }
    state = event.get("sessionState") if isinstance(event, dict) else None
    state = state if isinstance(state, dict) else {}
    intent = state.get("intent") if isinstance(state.get("intent"), dict) else {}
    name = intent.get("name") if isinstance(intent.get("name"), str) else ""
    return {
        "sessionState": {
            "dialogAction": {"type": "Close"},
            "intent": {"name": name or "FallbackIntent", "state": "Failed"},
            "sessionAttributes": _attributes(state.get("sessionAttributes")),
        },
        "messages": [{"contentType": "PlainText", "content": APOLOGY}],
    }


def _attributes(value: Any) -> dict[str, str]:
    """Hand the caller's attributes back untouched, so a failed turn loses no state."""
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def _timeout() -> float:
    try:
        value = float(os.environ.get("BOT_PROXY_TIMEOUT_SECONDS", DEFAULT_TIMEOUT_SECONDS))
    except ValueError:
        return DEFAULT_TIMEOUT_SECONDS
    return value if 0 < value < 30 else DEFAULT_TIMEOUT_SECONDS
