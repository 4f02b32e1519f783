"""Memory stays bounded whatever is sent: huge chunked bodies (API and an unsigned Slack
webhook), 100k-character messages on every channel, and a flood of new sessions."""

from __future__ import annotations

import json
import threading

from kit import post_raw, send_chunked, slack_headers

SECRET = "reliability-signing-secret"
LEX_TOKEN = "reliability-lex-token"
RSS_LIMIT_MB = 600


def lex_event(text: str) -> bytes:
    return json.dumps(
        {
            "sessionId": "rel-1",
            "inputTranscript": text,
            "sessionState": {"intent": {"name": "FallbackIntent", "slots": {}}},
        }
    ).encode()


def slack_event(text: str) -> bytes:
    return json.dumps(
        {
            "type": "event_callback",
            "team_id": "T1",
            "event_id": f"Ev{len(text)}{id(text)}",
            "event": {
                "type": "app_mention",
                "user": "U1",
                "text": text,
                "ts": "1.1",
                "channel": "C1",
            },
        }
    ).encode()


def test_memory_stays_bounded_under_huge_bodies_long_texts_and_a_session_flood(
    bot_server,
    scale,
    figures,
    start_probe,  # type: ignore[no-untyped-def]
) -> None:
    server = bot_server(
        SLACK_SIGNING_SECRET=SECRET,
        BOT_LEX_WEBHOOK_TOKEN=LEX_TOKEN,
        BOT_RATE_LIMIT_PER_SECOND="0",
        BOT_SESSION_MEMORY_MB="64" if scale.new_sessions >= 100_000 else "4",
    )
    server.wait_ready()
    idle = server.rss_mb()
    probe = start_probe(server.url)
    port = server.port
    json_type = {"content-type": "application/json"}

    total = scale.big_body_mb << 20
    for path, headers in (
        ("/v1/ask", json_type),
        ("/webhooks/slack/events", json_type),  # unsigned: refused at the size limit first
        ("/webhooks/lex", {**json_type, "authorization": f"Bearer {LEX_TOKEN}"}),
    ):
        for _ in range(scale.big_bodies):
            status, sent = send_chunked(port, path, total, headers)
            assert status == 413, (path, status)
            assert sent < 16 << 20, f"{sent} bytes went in before the 413"
    after_bodies = server.rss_mb()

    long_text = "why " * 25_000  # 100k characters
    sixty = "x" * 60_000  # fits the body limit: the text limit must catch it
    for _ in range(scale.long_texts):
        assert (
            post_raw(
                server.url, "/v1/ask", json.dumps({"question": long_text}).encode(), json_type
            )[0]
            == 413
        )
        status, body = post_raw(
            server.url, "/v1/ask", json.dumps({"question": sixty}).encode(), json_type
        )
        assert status == 422 and b"2000 characters" in body
        event = slack_event(sixty)
        assert (
            post_raw(server.url, "/webhooks/slack/events", event, slack_headers(SECRET, event))[0]
            == 200
        )
        status, body = post_raw(
            server.url,
            "/webhooks/lex",
            lex_event(sixty),
            {**json_type, "authorization": f"Bearer {LEX_TOKEN}"},
        )
        assert status == 200 and b"too long" in body
    after_texts = server.rss_mb()

    def flood(count: int) -> None:
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(count):
            conn.request("POST", "/v1/ask", b'{"question": "hello"}', json_type)
            response = conn.getresponse()
            response.read()
            assert response.status == 200
        conn.close()

    workers = [threading.Thread(target=flood, args=(scale.new_sessions // 4,)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    sessions = server.metric("bot_sessions")
    peak = server.peak_rss_mb()
    health = probe.stop()
    lag = server.metric("bot_event_loop_lag_max_seconds")
    figures(
        f"bounds: RSS idle {idle:.0f} MB; after {scale.big_bodies * 3} chunked bodies of "
        f"{scale.big_body_mb} MB {after_bodies:.0f} MB; after {scale.long_texts * 4} long texts "
        f"{after_texts:.0f} MB; after {scale.new_sessions} new sessions {server.rss_mb():.0f} MB "
        f"({sessions:.0f} kept); peak {peak:.0f} MB (limit {RSS_LIMIT_MB}); /healthz max "
        f"{health['max_ms']} ms (p99 {health['p99_ms']} ms); "
        f"event loop max stall {lag * 1000:.1f} ms"
    )
    assert peak < RSS_LIMIT_MB
    assert sessions < scale.new_sessions
    assert health["failures"] == 0
    assert "Traceback" not in server.logs()
