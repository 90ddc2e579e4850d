"""Request data: Python values as JSON, bodies from `body=` and keyword fields, multipart
forms, query pairs, and whether a request asks for an event stream."""

from __future__ import annotations

import json as json_module
from collections.abc import Collection, Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO, cast

from ._endpoint import Endpoint
from ._types import NotGiven

__all__ = [
    "Part",
    "PathFile",
    "asks_for_stream",
    "build_body",
    "multipart",
    "query_items",
    "to_jsonable",
]

#: One part of a multipart form as httpx takes it: (field name, (filename, content[, type])).
Part = tuple[str, Any]


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


def multipart(
    fields: Mapping[str, Any],
    files: Collection[str] = (),
    encoding: Mapping[str, str] | None = None,
) -> list[Part]:
    """The parts of a multipart/form-data body, in order, for httpx's `files=` (which
    writes the boundary and the Content-Type header). `files` names the file fields;
    `encoding` gives a part's content type where the document does. Other values: scalars
    as text, arrays of scalars as one part per item, objects and other arrays as JSON
    (`application/json` parts, the OpenAPI default for them)."""
    parts: list[Part] = []
    given = {k: v for k, v in fields.items() if not isinstance(v, NotGiven)}
    for name, value in given.items():
        content_type = (encoding or {}).get(name)
        if name in files:
            parts.append((name, _file(value, content_type)))
        elif value is None:
            continue
        elif content_type and "json" not in content_type:
            parts.append((name, (None, _text(value).encode(), content_type)))
        elif isinstance(value, (list, tuple)) and not content_type:
            items = [to_jsonable(v) for v in cast("Sequence[object]", value)]
            if all(v is None or isinstance(v, (str, int, float, bool)) for v in items):
                parts.extend((name, (None, _text(v))) for v in items)
            else:
                parts.append((name, (None, _json(items), "application/json")))
        else:
            data = to_jsonable(value)
            if isinstance(data, (dict, list)) or content_type:
                parts.append((name, (None, _json(data), content_type or "application/json")))
            else:
                parts.append((name, (None, _text(data))))
    return parts


class PathFile:
    """A file at a path as httpx reads an upload: opened on the first read, closed at its
    end, so a `Path` is sent in chunks (never held in memory) and holds no descriptor
    between requests; `seek` and `tell` give httpx its length and let a retry resend it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self._file: BinaryIO | None = None
        self._position = 0

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._position}.get(whence)
        self._position = (self.path.stat().st_size if base is None else base) + offset
        if self._file is not None:
            self._file.seek(self._position)
        return self._position

    def read(self, size: int = -1) -> bytes:
        if self._file is None:
            self._file = self.path.open("rb")
            self._file.seek(self._position)
        data = self._file.read(size)
        self._position += len(data)
        if not data or size < 0:
            self.close()
        return data

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __del__(self) -> None:
        self.close()


def _file(value: Any, content_type: str | None) -> Any:
    """A file field's value for httpx: a path is streamed and named after itself."""
    if isinstance(value, Path):
        value = (value.name, PathFile(value))
    if isinstance(value, tuple):
        parts = cast("tuple[Any, ...]", value)
        if isinstance(parts[1], Path):
            parts = (parts[0], PathFile(parts[1]), *parts[2:])
        return parts if len(parts) == 3 or not content_type else (*parts, content_type)
    if isinstance(value, (bytes, bytearray)):
        return ("upload", bytes(value), content_type) if content_type else value
    if isinstance(value, str):
        raise TypeError("a file field takes bytes, a binary file, a Path or a tuple, not str")
    return value


def _json(value: Any) -> bytes:
    return json_module.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def _text(value: Any) -> str:
    value = to_jsonable(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


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


def asks_for_stream(
    endpoint: Endpoint, body: Any, extra: Mapping[str, Any] | None, raw: bool = False
) -> bool:
    """A streaming operation streams when its JSON body as the call builds it (the
    `stream` keyword, `body=`, `extra_body=`) says `"stream": true`. The raw methods are
    typed without streaming (an `APIResponse` of the result), so they refuse it."""
    if endpoint.stream is None:
        return False
    if extra and "stream" in extra:
        streaming = extra["stream"] is True
    else:
        streaming = isinstance(body, dict) and cast("dict[str, Any]", body).get("stream") is True
    if streaming and raw:
        name = getattr(endpoint.args, "name", "the operation")
        raise TypeError(
            f"{name}(): a raw response does not stream; call the method without "
            "with_raw_response (the stream's `.response` has the status and headers)"
        )
    return streaming
