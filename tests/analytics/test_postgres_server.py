"""A server process configured only by its environment, recording into PostgreSQL
through BOT_ANALYTICS_URL: the same path a deployment takes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from bot.analytics.store import database_url

pytestmark = pytest.mark.postgres
QUESTION = "How many AWS regions were there at AWSome Day?"


def test_turns_and_ratings_reach_postgresql(
    server_process: Callable[..., Any], postgres_url: str
) -> None:
    server = server_process(bot_analytics_url=postgres_url, bot_admin_token="pg-admin-token")
    server.wait_ready()
    with httpx.Client(base_url=server.url, trust_env=False, timeout=10) as client:
        reply = client.post("/v1/ask", json={"question": QUESTION}).json()
        rated = client.post(
            "/v1/feedback",
            json={"session_id": reply["session_id"], "turn": -1, "rating": "down", "comment": "ok"},
        )
        assert rated.status_code == 202
    server.stop()  # shutting down writes what is queued
    with create_engine(database_url(postgres_url)).connect() as conn:
        turn = conn.execute(
            text("SELECT question, answered, channel FROM bot_turns WHERE session_id LIKE :s"),
            {"s": "%:" + reply["session_id"]},  # stored under its owner: api:<caller>:<id>
        ).one()
        rating = conn.execute(
            text("SELECT rating, comment, answer FROM bot_feedback WHERE session_id LIKE :s"),
            {"s": "%:" + reply["session_id"]},
        ).one()
    assert tuple(turn) == (QUESTION, True, "api")
    assert tuple(rating) == (-1, "ok", reply["answer"])
