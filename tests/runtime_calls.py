"""One call of the generated SDK against a FaultServer, sync or async, with a key that
is easy to find in a pickle or a log: `call()` returns what came out (a drained stream's
chunks) or the exception raised."""

from __future__ import annotations

import asyncio
import dataclasses
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import AsyncOpenRouter, AsyncStream, OpenRouter, Stream  # noqa: E402

KEY = "sk-or-v1-SECRET-0123456789"
CHAT = "/chat/completions"
MESSAGES = [{"role": "user", "content": "hi"}]


@dataclass
class Result:
    value: Any = None
    chunks: list[Any] = field(default_factory=list)
    error: BaseException | None = None


def with_auth(kind: str, name: str) -> tuple[type[OpenRouter], type[AsyncOpenRouter]]:
    """Client classes whose security scheme puts the key in a header or the query."""
    settings = dataclasses.replace(OpenRouter._settings, auth=(kind, name))
    sync = type("OpenRouter", (OpenRouter,), {"_settings": settings})
    async_ = type("AsyncOpenRouter", (AsyncOpenRouter,), {"_settings": settings})
    return sync, async_


def call(
    mode: str,
    base_url: str,
    op: Callable[[Any], Any],
    *,
    classes: tuple[type[Any], type[Any]] = (OpenRouter, AsyncOpenRouter),
    **kwargs: Any,
) -> Result:
    kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("timeout", 5.0)
    kwargs.setdefault("max_retries", 0)
    out = Result()

    def sync() -> None:
        with classes[0](base_url=base_url, **kwargs) as client:
            try:
                out.value = op(client)
                if isinstance(out.value, Stream):
                    for item in out.value:
                        out.chunks.append(item)
            except Exception as exc:
                out.error = exc

    async def async_() -> None:
        async with classes[1](base_url=base_url, **kwargs) as client:
            try:
                out.value = await op(client)
                if isinstance(out.value, AsyncStream):
                    async for item in out.value:
                        out.chunks.append(item)
            except Exception as exc:
                out.error = exc

    if mode == "sync":
        sync()
    else:
        asyncio.run(async_())
    return out


def chat(**kwargs: Any) -> Callable[[Any], Any]:
    return lambda client: client.chat.send(messages=MESSAGES, **kwargs)
