"""With BOT_API_KEYS set the web chat asks for a key once and then works on a signed
cookie; without keys nothing changes."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bot.api.auth import COOKIE, issue_cookie


def test_the_chat_and_sources_need_a_sign_in_when_keys_are_set(app_factory) -> None:  # type: ignore[no-untyped-def]
    with TestClient(app_factory(api_keys=["web-key"]), follow_redirects=False) as c:
        for page in ("/", "/sources"):
            r = c.get(page)
            assert r.status_code == 303 and r.headers["location"] == "/login"
        assert c.post("/v1/ask", json={"question": "hello"}).status_code == 401
        login = c.get("/login")
        assert "API key" in login.text and "default-src" in login.headers["content-security-policy"]
        wrong = c.post(
            "/login",
            content=b"key=nope",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert wrong.status_code == 401 and COOKIE not in c.cookies
        ok = c.post(
            "/login",
            content=b"key=web-key",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert ok.status_code == 303 and ok.headers["location"] == "/"
        cookie = ok.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert c.get("/").status_code == 200 and c.get("/sources").status_code == 200
        reply = c.post("/v1/ask", json={"question": "hello"})
        assert reply.status_code == 200 and reply.json()["answered"]


def tampered(cookie: str) -> str:
    """The cookie with its last character changed (always changed: "0" becomes "1")."""
    return cookie[:-1] + ("1" if cookie.endswith("0") else "0")


def test_a_cookie_signed_by_another_or_a_removed_key_or_expired_is_refused(app_factory) -> None:  # type: ignore[no-untyped-def]
    with TestClient(app_factory(api_keys=["web-key"]), follow_redirects=False) as c:
        for forged in (
            issue_cookie("old-key", 3600),
            issue_cookie("web-key", -10),
            tampered(issue_cookie("web-key", 3600)),
            "garbage",
        ):
            c.cookies.set(COOKIE, forged)
            assert c.post("/v1/ask", json={"question": "hello"}).status_code == 401
            assert c.get("/").status_code == 303


def test_without_keys_the_chat_is_open_and_login_goes_home(client: TestClient) -> None:
    assert client.get("/").status_code == 200
    r = client.get("/login", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"
