"""Request signing: only fresh requests signed with our secret get through."""

from __future__ import annotations

import time

import pytest
from slack_kit import SECRET, load_json, signed_headers

from bot.channels.slack.verify import SlackRequestVerifier

VECTOR = load_json("test_vector.json")


class FixedClock:
    def __init__(self, now: float) -> None:
        self._now = now

    def now(self) -> float:
        return self._now


def vector_headers() -> dict[str, str]:
    return {
        "X-Slack-Request-Timestamp": VECTOR["x_slack_request_timestamp"],
        "X-Slack-Signature": VECTOR["x_slack_signature"],
    }


def vector_verifier(now: float | None = None) -> SlackRequestVerifier:
    clock = FixedClock(VECTOR["verification_clock_for_this_vector"] if now is None else now)
    return SlackRequestVerifier(VECTOR["signing_secret"], clock=clock)


def test_published_test_vector_verifies_with_its_own_clock() -> None:
    assert vector_verifier().is_authentic(VECTOR["raw_body"].encode(), vector_headers())


def test_published_test_vector_is_rejected_as_stale_with_the_real_clock() -> None:
    verifier = SlackRequestVerifier(VECTOR["signing_secret"])
    assert not verifier.is_authentic(VECTOR["raw_body"].encode(), vector_headers())


def test_header_names_are_matched_case_insensitively() -> None:
    headers = {k.lower(): v for k, v in vector_headers().items()}
    assert vector_verifier().is_authentic(VECTOR["raw_body"].encode(), headers)


def test_a_tampered_body_is_rejected() -> None:
    tampered = VECTOR["raw_body"].replace("text=", "text=hello").encode()
    assert not vector_verifier().is_authentic(tampered, vector_headers())
    assert not vector_verifier().is_authentic(VECTOR["raw_body"].encode() + b"-", vector_headers())


def test_a_request_signed_with_another_secret_is_rejected() -> None:
    body = b'{"type": "url_verification", "challenge": "x"}'
    headers = signed_headers(body, secret="not-our-secret")
    assert not SlackRequestVerifier(SECRET).is_authentic(body, headers)
    assert SlackRequestVerifier(SECRET).is_authentic(body, signed_headers(body))


@pytest.mark.parametrize("missing", ["X-Slack-Request-Timestamp", "X-Slack-Signature"])
def test_a_request_missing_a_signing_header_is_rejected(missing: str) -> None:
    headers = vector_headers()
    del headers[missing]
    assert not vector_verifier().is_authentic(VECTOR["raw_body"].encode(), headers)


@pytest.mark.parametrize("skew", [-301, +301, -3600, +3600])
def test_timestamps_outside_the_five_minute_window_are_rejected(skew: int) -> None:
    body = b"token=x&text=hi"
    now = int(time.time())
    headers = signed_headers(body, timestamp=now + skew)  # correctly signed, wrong time
    assert not SlackRequestVerifier(SECRET, clock=FixedClock(now)).is_authentic(body, headers)


@pytest.mark.parametrize("skew", [-299, 0, +299])
def test_timestamps_inside_the_window_are_accepted(skew: int) -> None:
    body = b"token=x&text=hi"
    now = int(time.time())
    headers = signed_headers(body, timestamp=now + skew)
    assert SlackRequestVerifier(SECRET, clock=FixedClock(now)).is_authentic(body, headers)


def test_garbage_timestamps_and_non_utf8_bodies_are_rejected_without_raising() -> None:
    verifier = SlackRequestVerifier(SECRET)
    headers = {"X-Slack-Request-Timestamp": "yesterday", "X-Slack-Signature": "v0=00"}
    assert not verifier.is_authentic(b"{}", headers)
    assert not verifier.is_authentic(b"\xff\xfe", signed_headers(b"ok"))


def test_replies_go_only_to_slacks_response_url_hosts() -> None:
    from bot.channels.slack.poster import allowed_response_url

    hosts = ["hooks.slack.com", "http://127.0.0.1:8123"]
    assert allowed_response_url("https://hooks.slack.com/commands/T1/2/abc", hosts)
    assert allowed_response_url("http://127.0.0.1:8123/commands/late", hosts)
    for url in (
        "http://hooks.slack.com/commands/x",  # not https
        "https://hooks.slack.com.evil.example/x",
        "https://user@hooks.slack.com/x",
        "https://hooks.slack.com:8443/x",
        "http://127.0.0.1/admin",
        "http://127.0.0.1:8124/x",
        "https://169.254.169.254/latest/meta-data",
        "not a url",
    ):
        assert not allowed_response_url(url, hosts), url


def test_a_message_longer_than_the_limit_gets_a_note_not_an_engine_turn() -> None:
    from bot.channels.slack.answers import answer

    class Engine:
        turns = 0

        def turn(self, _: object) -> None:
            Engine.turns += 1

    reply = answer(Engine(), "why " * 1000, "slack:T:C:1", max_chars=2000)
    assert "4,000 characters" in reply.text and "2,000" in reply.text
    assert Engine.turns == 0
