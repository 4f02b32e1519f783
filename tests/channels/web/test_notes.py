"""The notes viewer over HTTP: each format rendered as text, passages anchored,
nothing served from outside the corpus folder."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from bot.api import errors
from bot.channels.web import install
from bot.channels.web.highlight import normalise
from bot.settings import Settings

SCRIPT = "<script>alert(1)</script>"


@dataclass
class Doc:
    source: str
    title: str
    conference: str = "Test Summit 2024"
    date: str | None = "2024-05-01"
    kind: str = "notes"


@dataclass
class Passage:
    source: str
    position: int
    text: str
    section_id: int = 0


@dataclass
class Knowledge:
    documents: dict[str, Doc]
    passages: list[Passage] = field(default_factory=list)


class NotesOnly:
    """The part of the engine the viewer reads: documents and passages."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge


def pdf_with(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines` (Helvetica, one line each)."""
    ops = (
        "BT /F1 12 Tf 72 720 Td 14 TL "
        + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
            for line in lines
        )
        + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(ops)} >>\nstream\n{ops}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF".encode()
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    (root / "reinvent-2019").mkdir()
    (root / "reinvent-2019" / "dat326.md").write_text(
        "# Amazon DynamoDB deep dive\n\n"
        f"Raw HTML is shown as text: {SCRIPT}\n\n"
        "- Partitions hold up to 10 GB each.\n"
        "- Adaptive capacity moves throughput to hot keys.\n\n"
        "[a link](javascript:alert(2)) and a [good one](https://example.org).\n",
        encoding="utf-8",
    )
    (root / "page.html").write_text(
        "<html><head><style>p{}</style><script>alert(3)</script></head><body>"
        "<nav>Home | About</nav><h1>Lambda at scale</h1>"
        "<p onclick='x()'>Cold starts fell by <b>half</b> with provisioned concurrency.</p>"
        "<p>Second paragraph.</p></body></html>",
        encoding="utf-8",
    )
    (root / "slides.pdf").write_bytes(
        pdf_with(["Serverless patterns", "Use queues to absorb bursts of traffic."])
    )
    (root / "secret.txt").write_text("not indexed")
    (root.parent / "outside.md").write_text("outside the corpus")
    return root


@pytest.fixture(scope="module")
def notes_client(corpus: Path) -> TestClient:
    docs = {
        s: Doc(s, t)
        for s, t in [
            ("reinvent-2019/dat326.md", "DAT326"),
            ("page.html", "Lambda page"),
            ("slides.pdf", "Slides"),
            ("../outside.md", "Outside"),
        ]
    }
    passages = [
        Passage("reinvent-2019/dat326.md", 0, "Amazon DynamoDB deep dive"),
        Passage(
            "reinvent-2019/dat326.md",
            1,
            "Partitions hold up to 10 GB each.\nAdaptive capacity moves throughput to hot keys.",
        ),
        Passage("reinvent-2019/dat326.md", 2, "A passage the cleaning rewrote beyond recognition."),
        Passage("page.html", 0, "Cold starts fell by half with provisioned concurrency."),
        Passage("slides.pdf", 0, "Use queues to absorb bursts of traffic."),
    ]
    app = FastAPI()
    errors.install(app)
    app.state.engine = NotesOnly(Knowledge(docs, passages))
    install(app, Settings(corpus_dir=corpus, _env_file=None))
    return TestClient(app)


def passage_text(html: str, n: int) -> str:
    """The text of every piece of passage n, joined."""
    pieces = re.findall(
        rf'<span class="passage" data-passages="[^"]*\b{n}\b[^"]*"[^>]*>(.*?)</span>', html, re.S
    )
    return " ".join(pieces)


def test_markdown_is_rendered_as_text_with_the_passage_anchored(notes_client: TestClient) -> None:
    response = notes_client.get("/notes/reinvent-2019/dat326.md")
    assert response.status_code == 200
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    html = response.text
    assert SCRIPT not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html and 'href="https://example.org"' not in html
    assert html.count('id="passage-1"') == 1
    assert normalise(passage_text(html, 1)) == normalise(
        "Partitions hold up to 10 GB each. Adaptive capacity moves throughput to hot keys."
    )
    assert "<h1><span" in html  # the heading is passage 0, and still a heading
    # not found word for word: listed at the end, still reachable by its anchor
    assert re.search(r'id="passage-2"[^>]*>A passage the cleaning rewrote', html)


def test_html_is_reduced_to_the_text_of_its_blocks(notes_client: TestClient) -> None:
    html = notes_client.get("/notes/page.html").text
    assert "alert(3)" not in html and "onclick" not in html and "Home | About" not in html
    assert passage_text(html, 0) == "Cold starts fell by half with provisioned concurrency."


def test_pdf_text_is_shown_by_page(notes_client: TestClient) -> None:
    html = notes_client.get("/notes/slides.pdf").text
    assert "Page 1" in html
    assert passage_text(html, 0) == "Use queues to absorb bursts of traffic."


@pytest.mark.parametrize(
    "path",
    [
        "/notes/secret.txt",  # in the folder but not indexed
        "/notes/..%2Foutside.md",  # indexed name that points outside the folder
        "/notes/%2E%2E/outside.md",
        "/notes//etc/passwd",
        "/notes/missing.md",
    ],
)
def test_nothing_outside_the_indexed_corpus_is_served(notes_client: TestClient, path: str) -> None:
    response = notes_client.get(path)
    assert response.status_code == 404
    assert response.json() == {"error": "no such note", "detail": None}
    assert "outside the corpus" not in response.text and "not indexed" not in response.text


def test_real_notes_anchor_the_passages_citations_point_at(client: Any, engine: Any) -> None:
    reply = client.post(
        "/v1/ask", json={"question": "How many AWS regions were there at AWSome Day?"}
    ).json()
    cited = reply["citations"][0]
    html = client.get(f"/notes/{cited['source']}").text
    passage = next(
        p
        for p in engine.knowledge.passages
        if p.source == cited["source"] and p.position == cited["passage"]
    )
    assert f'id="passage-{cited["passage"]}"' in html
    assert normalise(passage.text) in normalise(passage_text(html, cited["passage"]))
    assert cited["snippet"].split()[0] in passage_text(html, cited["passage"])
