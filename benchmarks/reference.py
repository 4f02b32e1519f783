"""The bench's unit: bare query embeddings with the packaged model, as sentence-transformers
runs it (torch on the CPU), the way the speed targets were stated ("about 15 ms here").

Run by `bench.py` in a child process, so that torch's import, threads and memory stay out
of the serving figures. Prints one JSON object: the milliseconds of each embedding.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from bot.embedding import SentenceTransformerEmbedder
    from bot.settings import Settings

    texts = json.loads(sys.stdin.read())
    embedder = SentenceTransformerEmbedder(Settings().model).load()
    embedder.encode(["warm up"])
    ms = []
    for text in texts:
        started = time.perf_counter()
        embedder.encode([text])
        ms.append((time.perf_counter() - started) * 1000)
    print(json.dumps({"model": embedder.path, "ms": ms}))


if __name__ == "__main__":
    main()
