"""Request data: Python values as JSON, bodies from `body=` and keyword fields, query
pairs, and whether a request asks for an event stream."""

from __future__ import annotations

import json as json_module
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any, cast

import httpx

from ._endpoint import Endpoint
from ._types import NotGiven

__all__ = ["asks_for_stream", "build_body", "query_items", "to_jsonable"]


def to_jsonable(value: Any) -> Any:
    """Plain JSON data from models, enums, mappings and sequences, dropping NOT_GIVEN."""
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    dump = getattr(value, "model_dump", None)
    if dump is not None:
        return dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        items = cast("Mapping[object, object]", value).items()
        return {str(k): to_jsonable(v) for k, v in items if not isinstance(v, NotGiven)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in cast("Sequence[object]", value)]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def build_body(body: Any, fields: Mapping[str, Any]) -> Any:
    """The JSON body: `body=` (a model or mapping) with keyword fields laid over it."""
    data: Any = to_jsonable(body) if body is not None else {}
    given = {k: to_jsonable(v) for k, v in fields.items() if not isinstance(v, NotGiven)}
    if given:
        if not isinstance(data, dict):
            raise TypeError("keyword body fields need an object body")
        data = {**cast("dict[str, Any]", data), **given}
    return data


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return to_jsonable(value)


def query_items(query: Mapping[str, Any], styles: Mapping[str, bool]) -> list[tuple[str, Any]]:
    """Query pairs; arrays repeat their key (explode) or join with commas."""
    items: list[tuple[str, Any]] = []
    for name, value in query.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, (list, tuple)):
            values = [_query_value(v) for v in cast("Sequence[object]", value)]
            if styles.get(name, True):
                items.extend((name, v) for v in values)
            else:
                items.append((name, ",".join(str(v) for v in values)))
        else:
            items.append((name, _query_value(value)))
    return items


def asks_for_stream(endpoint: Endpoint, request: httpx.Request) -> bool:
    """A streaming operation streams when its JSON body says `"stream": true`."""
    if endpoint.stream is None or b'"stream"' not in request.content:
        return False
    try:
        return json_module.loads(request.content).get("stream") is True
    except (ValueError, AttributeError):
        return False
