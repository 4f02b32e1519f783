"""/admin and /admin/report.json over HTTP: its own token, a cookie that is not the
token, and a report built from turns that really went through the engine."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

TOKEN = "admin-token-3b9e"


@pytest.fixture
def admin(app_factory: Callable[..., Any], tmp_path: Path) -> Iterator[TestClient]:
    app = app_factory(analytics_url=f"sqlite:///{tmp_path / 'a.sqlite3'}", admin_token=TOKEN)
    with TestClient(app) as client:
        sid = client.post("/v1/ask", json={"question": "How long should I boil pasta?"}).json()[
            "session_id"
        ]
        client.post("/v1/ask", json={"question": "Who won the football?", "session_id": sid})
        client.post("/v1/feedback", json={"session_id": sid, "turn": 0, "rating": "down"})
        client.app.state.analytics_writer.flush()
        yield client


def test_admin_is_404_without_a_configured_token(client: TestClient) -> None:
    for path in ("/admin", "/admin/report.json"):
        response = client.get(path)
        assert response.status_code == 404 and "BOT_ADMIN_TOKEN" in response.json()["error"]


def test_admin_asks_for_the_token_and_rejects_a_wrong_one(admin: TestClient) -> None:
    page = admin.get("/admin")
    assert page.status_code == 401 and 'type="password"' in page.text
    assert "content-security-policy" in page.headers
    wrong = admin.post("/admin/login", data={"token": "guess"}, follow_redirects=False)
    assert wrong.status_code == 401 and "not right" in wrong.text
    assert "set-cookie" not in wrong.headers
    assert admin.get("/admin/report.json").status_code == 401


def test_signing_in_sets_a_cookie_that_is_not_the_token(admin: TestClient) -> None:
    response = admin.post("/admin/login", data={"token": TOKEN}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/admin"
    cookie = response.headers["set-cookie"]
    assert TOKEN not in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    page = admin.get("/admin")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    assert "How long should I boil pasta?" in page.text  # declined, so listed
    assert page.text.count("<svg") == 2 and 'role="img"' in page.text
    admin.post("/admin/logout")
    assert admin.get("/admin").status_code == 401


def test_report_json_with_a_bearer_token(admin: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    report = admin.get("/admin/report.json?days=7", headers=auth).json()
    assert report["questions"] == 2 and report["declined"] == 2
    assert report["thumbs_down"] == 1 and len(report["per_day"]) == 7
    assert dict(map(tuple, report["channels"])) == {"api": 2}
    bad = admin.get("/admin/report.json?days=0", headers=auth)
    assert bad.status_code == 422 and bad.json()["error"] == "invalid request"
