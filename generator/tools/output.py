"""Tool output schemas from the operation's primary success response: JSON Schema 2020-12,
no `$ref`, an object at the top (what MCP's `outputSchema` must be), describing the
structured content the server returns (`result_json` of what the client method returns).

They are outlines, not the response model: types, properties and items only, no
`required` (fields the API leaves out or sends as null are dropped from the result), no
enums or formats (the SDK parses leniently and keeps values its model does not list), a
union as the list of its members' types. Each is as deep as fits OUTPUT_BUDGET characters,
so output schemas cost the tools/list budget little."""

from __future__ import annotations

import json
from typing import Any

from generator.ir.api import Operation
from generator.spec.pointer import lookup

OUTPUT_BUDGET = 360  # characters of one output schema (curated tools/list <= 4,000 tokens)
MAX_DEPTH = 4
STREAMED = {"content": {"type": "string"}, "finish_reason": {"type": "string"}}  # see mcp._server
LOOSE: dict[str, Any] = {"type": "object"}


def output_schema(doc: dict[str, Any], op: Operation, streams: bool = False) -> dict[str, Any]:
    """The outline of what a call of `op` returns as structured content. A value that is
    not a JSON object is returned as `{"result": value}`; a streamed call (`streams`) adds
    the assembled `content` and its `finish_reason`."""
    response = op.result
    if response is None or response.kind in ("empty", "binary"):
        return dict(LOOSE)
    if response.kind == "text":
        return {"type": "object", "properties": {"result": {"type": "string"}}}
    raw = _raw_response_schema(doc, op, response.status, response.content_type or "")
    shaped = dict(LOOSE)
    for depth in range(MAX_DEPTH, -1, -1):
        shaped = _top(outline(doc, raw, depth))
        if len(json.dumps(shaped)) <= OUTPUT_BUDGET:
            break
    if streams and shaped.get("properties") is not None:
        shaped["properties"] = {**shaped["properties"], **STREAMED}
    return shaped


def _top(schema: dict[str, Any]) -> dict[str, Any]:
    kinds = schema.get("type")
    if kinds == "object":
        return schema
    if isinstance(kinds, list) and "object" in kinds:
        return dict(LOOSE)  # an object or something else: no promise beyond "an object"
    if not schema:
        return dict(LOOSE)  # anything: a dict as it is, other values under "result"
    return {"type": "object", "properties": {"result": schema}}


def outline(doc: dict[str, Any], schema: Any, depth: int, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    """`schema` as types, properties and items down to `depth` levels of properties; `{}`
    (anything) where it cannot say more (a cycle, an untyped node)."""
    if not isinstance(schema, dict):
        return {}
    while "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen or not isinstance(ref, str) or not ref.startswith("#"):
            return {}
        seen = (*seen, ref)
        schema = lookup(doc, ref)
        if not isinstance(schema, dict):
            return {}
    if "allOf" in schema:
        parts = [outline(doc, part, depth, seen) for part in schema["allOf"]]
        rest = outline(doc, {k: v for k, v in schema.items() if k != "allOf"}, depth, seen)
        return _all_of([p for p in (*parts, rest) if p])
    members = schema.get("oneOf") or schema.get("anyOf")
    if members:
        return _union([outline(doc, m, depth, seen) for m in members], schema.get("nullable") is True)
    kinds = _kinds(schema)
    if not kinds:
        return {}
    out: dict[str, Any] = {"type": kinds[0] if len(kinds) == 1 else kinds}
    if "object" in kinds and depth > 0 and schema.get("properties"):
        out["properties"] = {
            name: outline(doc, sub, depth - 1, seen) for name, sub in schema["properties"].items()
        }
    if "array" in kinds and depth > 0:
        items = outline(doc, schema.get("items", {}), depth - 1, seen)
        if items:
            out["items"] = items
    return out


def _kinds(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    kinds = list(kind) if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    if not kinds and "properties" in schema:
        kinds = ["object"]
    if kinds and schema.get("nullable") is True and "null" not in kinds:
        kinds.append("null")
    return kinds


def _union(variants: list[dict[str, Any]], nullable: bool) -> dict[str, Any]:
    """A union as one schema: its members' types; `{}` when a member may be anything."""
    if not variants or any(not v for v in variants):
        return {}
    kinds: list[str] = []
    for variant in variants:
        kind = variant["type"]
        for k in kind if isinstance(kind, list) else [kind]:
            if k not in kinds:
                kinds.append(k)
    if nullable and "null" not in kinds:
        kinds.append("null")
    if len(variants) == 1:
        return {**variants[0], "type": kinds[0] if len(kinds) == 1 else kinds}
    return {"type": kinds[0] if len(kinds) == 1 else kinds}


def _all_of(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Every part of an `allOf` holds: their properties together (the first outline of a
    name wins), the type they agree on."""
    if not parts:
        return {}
    kinds = [p.get("type") for p in parts]
    out: dict[str, Any] = {"type": kinds[0]} if all(k == kinds[0] for k in kinds) else {"type": "object"}
    props: dict[str, Any] = {}
    for part in parts:
        for name, sub in part.get("properties", {}).items():
            props.setdefault(name, sub)
    if props:
        out["properties"] = props
    items = next((p["items"] for p in parts if "items" in p), None)
    if items is not None:
        out["items"] = items
    return out


def _raw_response_schema(doc: dict[str, Any], op: Operation, status: str, content_type: str) -> Any:
    response = ((lookup(doc, op.pointer) or {}).get("responses") or {}).get(status, {})
    while isinstance(response, dict) and "$ref" in response:
        response = lookup(doc, response["$ref"]) or {}
    return (response.get("content") or {}).get(content_type, {}).get("schema", {})
