"""Domain errors, translated to HTTP problems, channel replies or CLI lines at the edges."""

from __future__ import annotations


class BotError(Exception):
    """Base for errors this product raises on purpose."""


class IndexMissing(BotError):
    """No index at the configured place: run `bot index`."""


class IndexIncompatible(BotError):
    """The index was built with another model or format: run `bot index --rebuild`."""


class CorpusError(BotError):
    """A corpus file could not be read or parsed."""


class StoreUnavailable(BotError):
    """The session store (Redis) cannot be reached; retryable."""


class ModelLoadError(BotError):
    """The embedding model could not be loaded."""


class EvalDataError(BotError):
    """An eval set is missing or is not in the shared JSONL format."""


class ModelError(BotError):
    """The language model endpoint failed (HTTP error, refused, malformed stream)."""


class ModelTimeout(ModelError):
    """The language model did not finish its answer within BOT_LLM_TIMEOUT_SECONDS."""
