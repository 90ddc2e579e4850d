"""A streamed chat completion, printed as it arrives, then the usage of the last chunk."""

from __future__ import annotations

from openrouter_sdk import OpenRouter
from openrouter_sdk.models import ChatUsage


def main(client: OpenRouter) -> tuple[str, int]:
    parts: list[str] = []
    usage: ChatUsage | None = None
    with client.chat.send(
        model="openai/gpt-4o",
        messages=[{"role": "user", "content": "Count to three."}],
        stream=True,
        stream_options={"include_usage": True},
    ) as stream:
        for chunk in stream:
            for choice in chunk.choices:
                if choice.delta.content:
                    parts.append(choice.delta.content)
            usage = chunk.usage or usage
    return "".join(parts), usage.total_tokens if usage else 0
