"""Agent tools of the Media Fixture API: function-calling definitions for OpenAI
(`openai_tools()`, strict mode) and Anthropic (`anthropic_tools()`), and `dispatch()`, which
runs a model's tool call through an SDK client, with its retries, typed errors and
leniency. The same per-tool data (generated, in `_tools_data`) serves the MCP server.

```python
tools = openai_tools()                        # the curated tools; openai_tools(TOOLS) for all
result = dispatch(client, call.function.name, call.function.arguments)
reply = result_json(result)                   # the text to send back to the model
```
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic_core import to_jsonable_python

from ._errors import OpenRouterError
from ._tools_data import CURATED, TOOLS

__all__ = [
    "CURATED",
    "TOOLS",
    "ToolCallError",
    "adispatch",
    "anthropic_tools",
    "bind",
    "dispatch",
    "openai_tools",
    "result_json",
]


class ToolCallError(OpenRouterError, ValueError):
    """A tool call that names no tool, or whose arguments the tool does not take."""


def _chosen(names: Iterable[str] | None) -> list[dict[str, Any]]:
    chosen = list(CURATED if names is None else names)
    unknown = [name for name in chosen if name not in TOOLS]
    if unknown:
        raise ToolCallError(f"no such tool: {', '.join(unknown)}")
    return [TOOLS[name] for name in chosen]


def openai_tools(
    names: Iterable[str] | None = None, *, strict: bool = True
) -> list[dict[str, Any]]:
    """Chat Completions `tools` for `names` (default: the curated tools). With `strict`, each
    schema is in OpenAI's strict form: objects closed, every property required, the optional
    ones nullable (null means "not given"), and `extra` a JSON text."""
    return [
        {
            "type": "function",
            "function": {
                "name": tool["name"],
                "description": tool["description"],
                "parameters": copy.deepcopy(tool["strict_schema" if strict else "input_schema"]),
                "strict": strict,
            },
        }
        for tool in _chosen(names)
    ]


def anthropic_tools(names: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Anthropic Messages `tools` (JSON Schema 2020-12 `input_schema`) for `names`."""
    return [
        {
            "name": tool["name"],
            "description": tool["description"],
            "input_schema": copy.deepcopy(tool["input_schema"]),
        }
        for tool in _chosen(names)
    ]


def bind(
    client: Any, name: str, arguments: Mapping[str, Any] | str | None
) -> tuple[Any, dict[str, Any]]:
    """The bound client method of tool `name` and the keyword arguments of the call."""
    tool = _chosen([name])[0]
    given: Any = arguments
    if isinstance(arguments, str):
        try:
            given = json.loads(arguments) if arguments.strip() else {}
        except ValueError as exc:
            raise ToolCallError(f"{name}: the arguments are not JSON: {exc}") from None
    if not isinstance(given, (Mapping, type(None))):
        raise ToolCallError(f"{name}: the arguments must be a JSON object")
    args: dict[str, Any] = dict(given or {})  # pyright: ignore[reportUnknownArgumentType]
    required = set(tool["input_schema"].get("required", ()))
    extra = args.pop("extra", None)
    if isinstance(extra, str):
        try:
            extra = json.loads(extra) if extra.strip() else None
        except ValueError as exc:
            raise ToolCallError(f"{name}: 'extra' is not a JSON object: {exc}") from None
    if extra is not None and not isinstance(extra, dict):
        raise ToolCallError(f"{name}: 'extra' must be an object")
    kwargs: dict[str, Any] = {}
    for key, value in args.items():
        if key not in tool["arguments"]:
            raise ToolCallError(f"{name}: unknown argument {key!r}")
        if value is not None or key in required:  # strict mode says "not given" with null
            kwargs[tool["arguments"][key]] = _without_nulls(value)
    extra_body: dict[str, Any] = {}
    for key, value in (extra or {}).items():
        if key in tool["arguments"]:
            raise ToolCallError(f"{name}: {key!r} is an argument of its own, not an extra field")
        if key in tool["extra"]:
            kwargs[tool["extra"][key]] = _without_nulls(value)
        else:
            extra_body[key] = _without_nulls(value)
    if extra_body:
        kwargs["extra_body"] = extra_body
    target = client
    for part in tool["client_method"].split("."):
        target = getattr(target, part)
    return target, kwargs


def _without_nulls(value: Any) -> Any:
    """`value` without the null members of its objects: in OpenAI's strict mode a model
    must send every property, and sends null for those it means to leave out."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]  # pyright: ignore[reportUnknownVariableType]
    return value


def dispatch(client: Any, name: str, arguments: Mapping[str, Any] | str | None = None) -> Any:
    """Runs tool call `name` (arguments: a dict, or the JSON text a model sent) through the
    sync client `client`; returns what the client method returns. Null members of objects
    are left out (strict mode's way of saying "not given"). Errors of the API raise
    as the client's do (APIStatusError, ...); bad arguments raise ToolCallError."""
    method, kwargs = bind(client, name, arguments)
    return method(**kwargs)


async def adispatch(
    client: Any, name: str, arguments: Mapping[str, Any] | str | None = None
) -> Any:
    """`dispatch` for the async client."""
    method, kwargs = bind(client, name, arguments)
    return await method(**kwargs)


def result_json(result: Any) -> str:
    """A tool result as the JSON text to send back to the model (fields not set left out)."""
    return json.dumps(
        to_jsonable_python(result, by_alias=True, exclude_none=True), ensure_ascii=False
    )
