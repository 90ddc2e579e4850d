"""Structured output: a JSON schema in `response_format`, the answer read into the
program's own pydantic model."""

from __future__ import annotations

from openrouter_sdk import OpenRouter
from pydantic import BaseModel


class City(BaseModel):
    name: str
    population: int


def main(client: OpenRouter) -> City:
    result = client.chat.send(
        model="openai/gpt-4o",
        messages=[{"role": "user", "content": "The largest city of Japan, as JSON."}],
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "city", "strict": True, "schema": City.model_json_schema()},
        },
    )
    content = result.choices[0].message.content
    assert isinstance(content, str)
    return City.model_validate_json(content)
