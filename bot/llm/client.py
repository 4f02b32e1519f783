"""An OpenAI-compatible chat-completions client: one streamed call, with a hard deadline.

Callers are worker threads (a turn runs in the thread pool, Slack and eval call from
their own). The HTTP work runs on one private event loop thread, shared by all of them,
so the connection pool is shared too and a deadline can cancel a stalled stream: a
socket read cannot be interrupted from another thread, an asyncio task can. Tokens are
handed to `on_token` as they arrive, on that loop's thread.

The endpoint gets the messages it is given and, when configured, its own bearer key;
nothing else (no session, no caller identity) leaves this process.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from bot.errors import ModelError, ModelTimeout

log = logging.getLogger("bot.llm")
Messages = list[dict[str, str]]
TokenSink = Callable[[str], None]
GRACE_SECONDS = 0.05  # the loop's own cancellation normally wins; this is a backstop
MAX_TOKENS = 400


@dataclass(frozen=True)
class Completion:
    text: str
    seconds: float
    first_token_seconds: float | None
    completion_tokens: int  # as the server reports them, else the streamed chunks
    prompt_tokens: int | None  # only when the server reports usage


class ChatClient:
    """`POST {base_url}/chat/completions` with `stream: true`; a JSON reply is read too."""

    def __init__(
        self, base_url: str, model: str, api_key: str | None = None, max_tokens: int = MAX_TOKENS
    ) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.max_tokens = max_tokens
        self._headers = {"accept": "text/event-stream, application/json"}
        if api_key:
            self._headers["authorization"] = f"Bearer {api_key}"
        # A proxy from the environment is for the outside world, not a model on this host.
        self._trust_env = urlsplit(self.url).hostname not in ("127.0.0.1", "localhost", "::1")
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._http: httpx.AsyncClient | None = None

    def complete(
        self, messages: Messages, timeout: float, on_token: TokenSink | None = None
    ) -> Completion:
        """The model's whole answer; ModelTimeout past `timeout` (counted from this call,
        set-up included), ModelError on failure."""
        deadline = time.monotonic() + timeout
        future = asyncio.run_coroutine_threadsafe(
            self._complete(messages, deadline, on_token), self._running_loop()
        )
        try:
            return future.result(max(0.0, deadline - time.monotonic()) + GRACE_SECONDS)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise ModelTimeout(f"no answer within {timeout:g} s") from None

    def warm_up(self) -> None:
        """Start the loop and build the HTTP client (its TLS context takes tens of ms), so
        the first question's deadline is spent on the model alone. Idempotent."""
        asyncio.run_coroutine_threadsafe(self._open(), self._running_loop()).result(10)

    async def _open(self) -> httpx.AsyncClient:
        if self._http is None:  # built on the loop it runs on: a client belongs to one loop
            self._http = httpx.AsyncClient(timeout=httpx.Timeout(30.0), trust_env=self._trust_env)
        return self._http

    def close(self) -> None:
        with self._lock:
            loop, thread, self._loop, self._thread = self._loop, self._thread, None, None
        if loop is None or thread is None:
            return
        done = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
        try:
            done.result(2)
        except Exception:  # closing is best effort: the process may be exiting
            log.debug("llm client did not close cleanly", exc_info=True)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(2)

    async def _shutdown(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None
        await asyncio.get_running_loop().shutdown_asyncgens()

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="llm-client", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    async def _complete(
        self, messages: Messages, deadline: float, on_token: TokenSink | None
    ) -> Completion:
        timeout = deadline - time.monotonic()
        body = {
            "model": self.model,
            "messages": messages,
            "stream": True,
            "temperature": 0,
            "max_tokens": self.max_tokens,
        }
        started = time.perf_counter()
        reader = _Reader(started, on_token)
        try:
            async with asyncio.timeout(timeout):
                http = await self._open()
                async with http.stream(
                    "POST", self.url, json=body, headers=self._headers
                ) as response:
                    if response.status_code != 200:
                        raise ModelError(f"the model endpoint answered HTTP {response.status_code}")
                    if response.headers.get("content-type", "").startswith("application/json"):
                        reader.whole(_json(await response.aread()))
                    else:
                        await reader.stream(response)
        except TimeoutError:
            raise ModelTimeout(f"no answer within {timeout:.3g} s") from None
        except httpx.HTTPError as exc:
            raise ModelError(f"the model endpoint failed: {type(exc).__name__}") from None
        return reader.result(time.perf_counter() - started)


class _Reader:
    """Collects one reply, from the event stream or from a whole JSON body."""

    def __init__(self, started: float, on_token: TokenSink | None) -> None:
        self.started = started
        self.on_token = on_token
        self.parts: list[str] = []
        self.first: float | None = None
        self.usage: dict[str, Any] = {}

    def token(self, piece: str) -> None:
        if self.first is None:
            self.first = time.perf_counter() - self.started
        self.parts.append(piece)
        if self.on_token is not None:
            try:
                self.on_token(piece)
            except Exception:  # a listener that went away must not fail the answer
                log.debug("token listener failed", exc_info=True)

    def whole(self, data: Any) -> None:
        try:
            content = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise ModelError("the model's reply has no message") from None
        if isinstance(content, str) and content:
            self.token(content)
        self.usage = data.get("usage") or {}

    async def stream(self, response: httpx.Response) -> None:
        async for line in response.aiter_lines():
            if not line.startswith("data:"):
                continue  # comments, event names, keep-alives
            payload = line[5:].strip()
            if payload == "[DONE]":
                return
            chunk = _json(payload)
            if not isinstance(chunk, dict) or "error" in chunk:
                raise ModelError("the model's stream carried an error")
            for choice in chunk.get("choices") or []:
                delta = choice.get("delta") if isinstance(choice, dict) else None
                piece = delta.get("content") if isinstance(delta, dict) else None
                if isinstance(piece, str) and piece:
                    self.token(piece)
            if isinstance(chunk.get("usage"), dict):
                self.usage = chunk["usage"]
        raise ModelError("the model's stream ended before [DONE]")

    def result(self, seconds: float) -> Completion:
        completion = self.usage.get("completion_tokens")
        prompt = self.usage.get("prompt_tokens")
        return Completion(
            text="".join(self.parts),
            seconds=seconds,
            first_token_seconds=self.first,
            completion_tokens=completion if isinstance(completion, int) else len(self.parts),
            prompt_tokens=prompt if isinstance(prompt, int) else None,
        )


def _json(raw: str | bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        raise ModelError("the model sent malformed JSON") from None
