"""The Responses API (beta): a list of input messages, the output text read back."""

from __future__ import annotations

from openrouter_sdk import OpenRouter
from openrouter_sdk.models import OutputMessageItem, ResponseOutputText


def main(client: OpenRouter) -> str:
    response = client.beta.responses.send(
        model="openai/gpt-4o",
        input=[{"role": "user", "content": "Say hi."}],
    )
    texts: list[str] = []
    for item in response.output:
        if isinstance(item, OutputMessageItem):
            texts.extend(part.text for part in item.content if isinstance(part, ResponseOutputText))
    return " ".join(texts)
