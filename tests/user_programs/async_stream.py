"""The async client: a stream consumed with `async for`, and a concurrent models count."""

from __future__ import annotations

import asyncio

from openrouter_sdk import AsyncOpenRouter


async def main(client: AsyncOpenRouter) -> tuple[str, int]:
    async def answer() -> str:
        parts: list[str] = []
        stream = await client.chat.send(
            model="openai/gpt-4o", messages=[{"role": "user", "content": "hi"}], stream=True
        )
        async with stream:
            async for chunk in stream:
                parts.extend(c.delta.content or "" for c in chunk.choices)
        return "".join(parts)

    text, count = await asyncio.gather(answer(), client.models.count())
    return text, count.data.count
