"""Outgoing messages: chat.postMessage for threads, response_url for slash commands.

Posting happens after Slack has been acknowledged, so a failure cannot be
reported to Slack any more; it is logged, and the server carries on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.webhook import WebhookClient

from bot.channels.slack.format import SlackMessage

log = logging.getLogger(__name__)


class SlackPoster:
    """Posts answers with the bot token, to Slack or to the Web API in `base_url`."""

    def __init__(
        self,
        token: str | None,
        base_url: str,
        timeout_seconds: int = 10,
        response_hosts: Iterable[str] = ("hooks.slack.com",),
    ) -> None:
        self._response_hosts = tuple(response_hosts)
        self._client = (
            WebClient(token=token, base_url=_with_slash(base_url), timeout=timeout_seconds)
            if token
            else None
        )
        self._timeout = timeout_seconds

    def post(self, channel: str, thread_ts: str | None, message: SlackMessage) -> bool:
        """Post in a thread; False (and a log line) instead of an exception."""
        if self._client is None:
            log.warning("slack: no bot token configured, answer for %s not posted", channel)
            return False
        try:
            self._client.chat_postMessage(
                channel=channel, thread_ts=thread_ts, text=message.text, blocks=message.blocks
            )
        except SlackApiError as exc:
            log.error(
                "slack: chat.postMessage to %s failed: %s", channel, exc.response.get("error")
            )
            return False
        except (SlackClientError, OSError) as exc:
            log.error("slack: chat.postMessage to %s failed: %s", channel, exc)
            return False
        return True

    def respond(self, response_url: str, message: SlackMessage, response_type: str) -> bool:
        """Reply through a slash command's response_url (the only way to stay ephemeral).

        The URL comes inside the (signed) payload, but a leaked signing secret must not
        turn the bot into a proxy for requests to internal addresses: only Slack's hosts.
        """
        if not allowed_response_url(response_url, self._response_hosts):
            log.warning("slack: response_url to %r refused", urlsplit(response_url).netloc)
            return False
        try:
            result = WebhookClient(response_url, timeout=self._timeout).send(
                text=message.text,
                blocks=message.blocks,
                response_type=response_type,
                replace_original=False,
            )
        except (SlackClientError, OSError) as exc:
            log.error("slack: response_url reply failed: %s", exc)
            return False
        if result.status_code != 200:
            log.error(
                "slack: response_url reply failed: HTTP %s %s", result.status_code, result.body
            )
            return False
        return True


def _with_slash(url: str) -> str:
    # WebClient joins method names onto base_url, which must end with "/".
    return url if url.endswith("/") else url + "/"


def allowed_response_url(url: str, hosts: Iterable[str]) -> bool:
    """https to one of `hosts`; an entry written with a scheme ("http://127.0.0.1:8080")
    allows exactly that origin, which is how tests point replies at a local recorder."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    if parts.username or parts.password or not parts.hostname:
        return False
    for entry in hosts:
        if "://" in entry:
            if f"{parts.scheme}://{parts.netloc}".lower() == entry.rstrip("/").lower():
                return True
        elif parts.scheme == "https" and parts.hostname == entry.lower() and port in (None, 443):
            return True
    return False
