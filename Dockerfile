# syntax=docker/dockerfile:1
# Three stages: `deps` (the serving virtualenv), `indexer` (adds torch to build the index
# and export the ONNX model) and `serve` (the final image: no torch, no compiler, non-root).
#
#   docker build --target serve -t conference-notes:serve .
#   docker build --target indexer -t conference-notes:indexer .
# For a CPU-only torch (no CUDA libraries), pass PyTorch's CPU wheel index:
#   docker build --target indexer --build-arg TORCH_INDEX_URL=<cpu wheel index> .
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS base
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TOKENIZERS_PARALLELISM=false
RUN groupadd --system --gid 10001 bot \
 && useradd --system --uid 10001 --gid bot --home-dir /app --shell /usr/sbin/nologin bot \
 && mkdir -p /app /data/index /data/corpus \
 && chown -R bot:bot /data
WORKDIR /app

# The serving dependencies only (pyproject's base list: onnxruntime, faiss, FastAPI...).
FROM base AS deps
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN python -m venv /venv \
 && /venv/bin/pip install --upgrade pip \
 && /venv/bin/pip install .

# `bot index`: the corpus in /data/corpus, the builds in /data/index (a shared volume).
FROM deps AS indexer
ARG TORCH_INDEX_URL=""
RUN if [ -n "$TORCH_INDEX_URL" ]; then \
      /venv/bin/pip install --index-url "$TORCH_INDEX_URL" torch==2.13.0; \
    fi \
 && /venv/bin/pip install ".[index]"
COPY web ./web
ENV PATH=/venv/bin:$PATH PYTHONPATH=/app BOT_INDEX_DIR=/data/index BOT_CORPUS_DIR=/data/corpus
USER bot
ENTRYPOINT ["bot"]
CMD ["index"]

FROM base AS serve
COPY --from=deps /venv /venv
COPY bot ./bot
COPY web ./web
# /app comes first on the path, so the web chat's templates (web/) sit beside the code.
ENV PATH=/venv/bin:$PATH \
    PYTHONPATH=/app \
    BOT_HOST=0.0.0.0 \
    BOT_PORT=8000 \
    BOT_INDEX_DIR=/data/index \
    BOT_CORPUS_DIR=/data/corpus
USER bot
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status != 200)"]
ENTRYPOINT ["bot"]
CMD ["serve"]
