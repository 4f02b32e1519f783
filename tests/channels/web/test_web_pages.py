"""The web channel's server side without a browser: headers, /sources, static files.

A stand-in engine supplies documents so the escaping and link rules can be
checked on hostile metadata the real corpus does not contain.
"""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from bot.channels.web import install
from bot.channels.web.questions import human_date, sources_view
from bot.schemas import DocumentInfo, TalkInfo

HOSTILE = '<img src=x onerror="alert(1)">'


class DocumentsOnly:
    """Just the part of the engine /sources uses."""

    def __init__(self, docs: list[DocumentInfo]) -> None:
        self.docs = docs

    def documents(self) -> list[DocumentInfo]:
        return self.docs


def doc(conference: str, date: str | None, kind: str = "notes", **extra: object) -> DocumentInfo:
    fields: dict[str, object] = {
        "source": conference.lower().replace(" ", "-") + ".txt",
        "title": conference,
        "conference": conference,
        "date": date,
        "venue": None,
        "city": None,
        "kind": kind,
        "source_url": None,
        "talks": [],
    }
    fields.update(extra)
    return DocumentInfo.model_validate(fields)


DOCS = [
    doc(
        "AWS book (netshock)",
        None,
        kind="book",
        talks=[TalkInfo(title="EC2", speakers=[], passages=4)],
    ),
    doc(
        "AWSome Day Manchester 2018",
        "2018-02-28",
        city="Manchester",
        source_url="https://gist.github.com/example",
        talks=[
            TalkInfo(title="Key note", speakers=["Ric Harvey"], passages=3),
            TalkInfo(title=HOSTILE, speakers=["Tom Woodyer", "Ric Harvey"], passages=2),
            TalkInfo(title="(untitled session)", speakers=["Tom Woodyer"], passages=1),
        ],
    ),
    doc(
        "AWS Summit London 2019",
        "2019-05-08",
        venue="London",
        city="London",
        source_url="javascript:alert(1)",
    ),
]


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = FastAPI()
    app.state.engine = DocumentsOnly(DOCS)
    install(app, None)

    @app.get("/docs-like", include_in_schema=False)
    def other_html() -> object:
        from fastapi.responses import HTMLResponse

        return HTMLResponse("<script src='https://cdn.example/x.js'></script>")

    return TestClient(app)


def test_chat_page_has_strict_security_headers(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",  # the pages' <base href> (path-prefix hosting) needs 'self'
    ):
        assert directive in csp
    assert "unsafe" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"]


def test_chat_page_loads_only_its_own_assets(client: TestClient) -> None:
    html = client.get("/").text
    assert '<base href="/">' in html  # every link below is relative to the app's root
    assert '<script src="static/chat.js?v=' in html
    assert "onclick" not in html and "style=" not in html
    assert "<script>" not in html  # no inline script: the CSP would block it
    assert 'label for="question"' in html and 'aria-live="polite"' in html


def test_other_pages_keep_their_own_policy(client: TestClient) -> None:
    """/docs (Swagger UI) loads from a CDN; the chat's CSP must not break it."""
    response = client.get("/docs-like")
    assert "content-security-policy" not in response.headers


def test_static_assets_are_served_with_nosniff(client: TestClient) -> None:
    for name, kind in (("chat.js", "javascript"), ("chat.css", "text/css")):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200
        assert kind in response.headers["content-type"]
        assert response.headers["x-content-type-options"] == "nosniff"


def test_sources_lists_conferences_talks_and_speakers_escaped(client: TestClient) -> None:
    html = client.get("/sources").text
    assert "content-security-policy" in client.get("/sources").headers
    assert "AWSome Day Manchester 2018" in html and "Key note" in html and "Tom Woodyer" in html
    assert HOSTILE not in html
    assert "&lt;img src=x onerror=" in html
    assert "javascript:alert" not in html
    assert 'href="https://gist.github.com/example"' in html
    # newest conference first, the book last
    assert html.index("AWS Summit London 2019") < html.index("AWSome Day Manchester 2018")
    assert html.index("AWSome Day Manchester 2018") < html.index("AWS book (netshock)")


def test_sources_links_carry_the_question_to_the_chat(client: TestClient) -> None:
    html = client.get("/sources").text
    questions = [
        parse_qs(part.split('"', 1)[0])["q"][0]
        for part in html.split('href="./?')[1:]
        if part.startswith("q=")
    ]
    assert 'Summarise the talk "Key note" at AWSome Day Manchester 2018' in questions
    assert "What did Ric Harvey talk about at AWSome Day Manchester 2018?" in questions
    assert "Which talks were there at AWSome Day Manchester 2018?" in questions
    assert any(q.startswith('Summarise the chapter "EC2"') for q in questions)
    assert "(untitled session)" in html
    assert not any("untitled" in q for q in questions)  # a placeholder is not a question


def test_sources_view_keeps_each_speaker_once() -> None:
    view = {c.name: c for c in sources_view(DOCS)}["AWSome Day Manchester 2018"]
    assert [s.text for s in view.speakers] == ["Ric Harvey", "Tom Woodyer"]
    assert view.when == "28 Feb 2018"
    summit = {c.name: c for c in sources_view(DOCS)}["AWS Summit London 2019"]
    assert summit.where == "London"


def test_human_date_tolerates_odd_values() -> None:
    assert human_date("2017-11-27") == "27 Nov 2017"
    assert human_date(None) is None
    assert human_date("late 2017") == "late 2017"
