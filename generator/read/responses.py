"""Responses: the success results, the error bodies, an event stream, and pagination."""

from __future__ import annotations

from typing import Any

from generator.ir.api import Pages, Parameter, Response, Stream
from generator.ir.types import FieldType, Prim, SchemaType, TypeExpr, UnionOf
from generator.read.types import object_properties, schema_type
from generator.spec.media import is_event_stream, is_json, is_text
from generator.spec.pointer import is_external_ref, join, resolve


def read_responses(
    doc: dict[str, Any], op: dict[str, Any], ptr: str
) -> tuple[tuple[Response, ...], tuple[Response, ...], Stream | None]:
    """(success responses, error responses, the event stream a success response offers)."""
    success: list[Response] = []
    errors: list[Response] = []
    stream: Stream | None = None
    for status, raw in (op.get("responses") or {}).items():
        status = str(status)
        if is_external_ref(raw):
            continue  # refused by spec.checks
        response, response_ptr = resolve(doc, raw, join(ptr, "responses", status))
        description = str(response.get("description") or "").strip()
        content = response.get("content") or {}
        is_success = status.startswith("2")
        out = success if is_success else errors
        if not content:
            out.append(Response(status, "empty", None, None, description))
            continue
        for media, media_obj in content.items():
            schema = (media_obj or {}).get("schema") or {}
            schema_ptr = join(response_ptr, "content", media, "schema")
            if is_event_stream(media):
                if is_success and stream is None:
                    stream = _event_stream(doc, media, schema, schema_ptr)
            elif is_json(media):
                out.append(Response(status, "json", media, schema_type(doc, schema, schema_ptr), description))
            elif is_text(media):
                out.append(Response(status, "text", media, Prim("str"), description))
            else:
                out.append(Response(status, "binary", media, Prim("bytes"), description))
    return tuple(success), tuple(errors), stream


def _event_stream(doc: dict[str, Any], media: str, schema: Any, ptr: str) -> Stream | None:
    """SSE events are modelled as `{data: <chunk>}`; the chunk is what a user wants.
    An event-stream response without that shape (OpenRouter's embeddings and rerank
    declare a plain string, "not used") is not a stream the SDK offers."""
    resolved, target_ptr = resolve(doc, schema, ptr)
    data = (resolved.get("properties") or {}).get("data") if isinstance(resolved, dict) else None
    if not isinstance(data, dict):
        return None
    return Stream(media, schema_type(doc, data, join(target_ptr, "properties", "data")))


def read_pages(
    doc: dict[str, Any], parameters: tuple[Parameter, ...], success: tuple[Response, ...]
) -> Pages | None:
    """Offset pagination: an integer `offset` query parameter (and maybe `limit`) and a
    JSON object result with a `data` (or `items`) member."""
    query = {p.name: p for p in parameters if p.location == "query" and _is_int(p.type)}
    result = next((r for r in success if r.kind == "json"), None)
    if "offset" not in query or result is None:
        return None
    owner = _pointer_of(result.type)
    properties = object_properties(doc, {"$ref": owner}, owner) if owner else None
    if not properties:
        return None
    names = {name: (prop_ptr, prop) for name, prop_ptr, prop, _ in properties}
    for name in ("data", "items"):
        if name in names:
            prop_ptr, prop = names[name]
            items = FieldType(owner, name, schema_type(doc, prop, prop_ptr))
            return Pages("offset", "limit" if "limit" in query else None, name, items)
    return None


def _pointer_of(t: TypeExpr | None) -> str | None:
    return t.pointer if isinstance(t, SchemaType) else None


def _is_int(t: TypeExpr) -> bool:
    """An integer, or an integer or null (older documents type offsets as strings)."""
    while isinstance(t, SchemaType):
        t = t.shape
    parts = t.items if isinstance(t, UnionOf) else (t,)
    parts = tuple(p.shape if isinstance(p, SchemaType) else p for p in parts)
    return Prim("int") in parts and all(p in (Prim("int"), Prim("None")) for p in parts)
