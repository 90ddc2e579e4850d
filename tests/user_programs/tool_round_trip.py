"""A tool round trip: the model asks for a function, the program runs it and sends the
result back, the model answers with it."""

from __future__ import annotations

import json
from typing import Any

from openrouter_sdk import OpenRouter
from openrouter_sdk.models import ChatMessages, ChatToolMessage, ChatUserMessage

WEATHER_TOOL: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def get_weather(city: str) -> str:
    return f"sunny in {city}"


def main(client: OpenRouter) -> str:
    messages: list[ChatMessages] = [ChatUserMessage(role="user", content="Weather in Paris?")]
    first = client.chat.send(model="openai/gpt-4o", messages=messages, tools=[WEATHER_TOOL])
    reply = first.choices[0].message
    messages.append(reply)
    for call in reply.tool_calls or []:
        arguments = json.loads(call.function.arguments)
        messages.append(
            ChatToolMessage(role="tool", tool_call_id=call.id, content=get_weather(arguments["city"]))
        )
    final = client.chat.send(model="openai/gpt-4o", messages=messages, tools=[WEATHER_TOOL])
    content = final.choices[0].message.content
    return content if isinstance(content, str) else ""
