"""Honest packaging: the wheel holds every package and the web chat, and runs from itself."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_listed_packages_are_exactly_bots_packages_and_the_web_folder() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "bot").rglob("__init__.py")
    }
    assert set(config["packages"]) == found | {"bot_web"}
    assert config["package-dir"] == {"bot_web": "web"}


SMOKE = """
import sys, pathlib
import bot, bot_web
assert "site-packages" in bot.__file__ and "site-packages" in bot_web.__file__, bot.__file__
from fastapi.testclient import TestClient
from bot.api.app import create_app
from bot.indexing.builder import build
from bot.settings import Settings
corpus, index = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
settings = Settings(corpus_dir=corpus, index_dir=index, embed_backend="hash", _env_file=None)
build(settings, progress=False)
with TestClient(create_app(settings), base_url="http://localhost") as client:
    page = client.get("/")
    assert page.status_code == 200 and "<form" in page.text, page.status_code
    script = client.get("/static/chat.js")
    assert script.status_code == 200 and "fetch" in script.text
    print("ok", bot.__file__)
"""


@pytest.mark.packaging
def test_a_wheel_installed_into_a_fresh_venv_serves_the_chat(tmp_path: Path) -> None:
    source = tmp_path / "source"  # setuptools builds in the tree: a copy keeps ours clean
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for name in ("bot", "web"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    wheels = tmp_path / "wheels"
    build = ["pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels)]
    subprocess.run(
        [sys.executable, "-m", *build, str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("bot-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The wheel goes in alone; its dependencies come from this environment's site-packages,
    # added as a plain path (its editable-install hooks are not run, so the source tree's
    # `bot` stays out of sight).
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", site, str(wheel)],
        check=True,
        capture_output=True,
    )
    Path(site, "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "devconf-2021.md").write_text(
        "# DevConf 2021\n\n## Caching at the edge\n\nSpeaker: Ana Silva\n\n"
        "- Edge caches cut latency by 40 ms for most readers.\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [str(python), "-c", SMOKE, str(corpus), str(tmp_path / "index")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1", "HOME": str(tmp_path)},
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.startswith("ok")
