"""Errors: a rate limit (after the client's retries), a missing generation, a dropped
connection; each is an exception with what a program needs to decide."""

from __future__ import annotations

from openrouter_sdk import APIConnectionError, APIStatusError, NotFoundError, OpenRouter, RateLimitError


def main(client: OpenRouter) -> list[str]:
    seen: list[str] = []
    try:
        client.chat.send(model="openai/gpt-4o", messages=[{"role": "user", "content": "hi"}], max_retries=0)
    except RateLimitError as exc:
        seen.append(f"rate limited: retry after {exc.headers.get('retry-after')} s")
    try:
        client.generations.get_generation(id="gen-missing")
    except NotFoundError as exc:
        seen.append(f"not found: {exc.status_code} {exc.request_id}")
    except APIStatusError as exc:
        seen.append(f"other status {exc.status_code}")
    try:
        client.credits.get_credits(max_retries=0)
    except APIConnectionError as exc:
        seen.append(f"connection: {type(exc).__name__}")
    return seen
