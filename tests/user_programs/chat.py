"""One chat completion: the answer, why it stopped and what it cost."""

from __future__ import annotations

from openrouter_sdk import OpenRouter


def main(client: OpenRouter) -> str:
    result = client.chat.send(
        model="openai/gpt-4o",
        messages=[
            {"role": "system", "content": "You answer in one word."},
            {"role": "user", "content": "Capital of France?"},
        ],
        temperature=0.2,
        max_tokens=16,
    )
    choice = result.choices[0]
    answer = choice.message.content
    assert isinstance(answer, str)
    cost = result.usage.cost if result.usage else None
    return f"{answer} ({choice.finish_reason}, {cost} credits, via {result.provider})"
