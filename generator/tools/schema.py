"""Tool input schemas from the document's schemas: JSON Schema 2020-12 with every `$ref`
inlined (cycles cut), no keyword an agent does not need, and unions below the top levels
collapsed to their simplest member, so that a tool costs the context what it is worth.
`strict()` turns one into what OpenAI's strict mode accepts."""

from __future__ import annotations

import copy
from typing import Any

from generator.spec.pointer import lookup

# The keywords an agent reads; the rest (examples, x-*, discriminators, titles) only cost tokens.
KEEP = {
    "type", "properties", "required", "items", "enum", "const", "anyOf", "description",
    "additionalProperties", "minimum", "maximum", "format", "default",
}  # fmt: skip
DESCRIPTION_LIMIT = 160
UNION_DEPTH = 2  # unions deeper than this keep only their simplest member
OPTIONAL_DEPTH = 3  # objects deeper than this keep only their required properties
_SIMPLE = {"string": 0, "integer": 1, "number": 2, "boolean": 3, "array": 4, "object": 5}


def short(text: str) -> str:
    """The first sentence or line of a description, at most DESCRIPTION_LIMIT characters."""
    text = " ".join((text or "").split("\n\n")[0].split())
    end = text.find(". ")
    if 0 < end < DESCRIPTION_LIMIT:
        text = text[: end + 1]
    return text if len(text) <= DESCRIPTION_LIMIT else text[: DESCRIPTION_LIMIT - 3].rstrip() + "..."


def inline(doc: dict[str, Any], schema: Any, depth: int = 0, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    """`schema` with its `$ref`s inlined; a reference back into its own chain is cut to `{}`."""
    if not isinstance(schema, dict):
        return {}
    while "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen or not isinstance(ref, str) or not ref.startswith("#"):
            return {}
        seen = (*seen, ref)
        described = schema.get("description")
        schema = lookup(doc, ref)
        if not isinstance(schema, dict):
            return {}
        if described and "description" not in schema:
            schema = {**schema, "description": described}
    if "allOf" in schema:
        schema = _merge([inline(doc, part, depth, seen) for part in schema["allOf"]], schema)
    out: dict[str, Any] = {}
    kind = schema.get("type")
    if schema.get("nullable") is True and isinstance(kind, str):
        kind = [kind, "null"]
    if kind is not None:
        out["type"] = kind
    for key in ("enum", "const", "minimum", "maximum", "format", "default"):
        if key in schema:
            out[key] = copy.deepcopy(schema[key])
    if schema.get("description"):
        out["description"] = short(schema["description"])
    members = schema.get("oneOf") or schema.get("anyOf")
    if members:
        variants = [inline(doc, m, depth + 1, seen) for m in members]
        variants = [v for v in variants if v] or [{}]
        if depth >= UNION_DEPTH or len(variants) == 1:
            simplest = min(variants, key=_simplicity)
            return {**simplest, **({"description": out["description"]} if "description" in out else {})}
        out["anyOf"] = variants
    if "properties" in schema or kind == "object":
        required = [r for r in schema.get("required", []) if r in schema.get("properties", {})]
        props = {}
        for name, sub in schema.get("properties", {}).items():
            if depth >= OPTIONAL_DEPTH and name not in required:
                continue
            if isinstance(sub, dict) and (sub.get("readOnly") or sub.get("deprecated")):
                continue
            props[name] = inline(doc, sub, depth + 1, seen)
        out.setdefault("type", "object")
        out["properties"] = props
        if required:
            out["required"] = required
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not props:
            out["additionalProperties"] = inline(doc, extra, depth + 1, seen)
    if "items" in schema or kind == "array" or (isinstance(kind, list) and "array" in kind):
        out["items"] = inline(doc, schema.get("items", {}), depth + 1, seen)
    return out


def _merge(parts: list[dict[str, Any]], schema: dict[str, Any]) -> dict[str, Any]:
    """An `allOf` as one object schema: properties and requirements of every part."""
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in parts:
        for key, value in part.items():
            if key == "properties":
                merged.setdefault("properties", {}).update(value)
            elif key == "required":
                merged["required"] = [*merged.get("required", []), *value]
            else:
                merged.setdefault(key, value)
    return merged


def _simplicity(schema: dict[str, Any]) -> tuple[int, int]:
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), "null") if isinstance(kind, list) else kind
    return _SIMPLE.get(kind, 9) if isinstance(kind, str) else 9, len(repr(schema))


def strict(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The schema in OpenAI's strict form (every object closed, every property required,
    the optional ones nullable, a type on every node), or None where it cannot say it
    (free-form maps and values): the caller drops such an optional property."""
    out: dict[str, Any] = {k: v for k, v in schema.items() if k in ("type", "enum", "const", "description")}
    if "anyOf" in schema:
        members = [strict(m) for m in schema["anyOf"]]
        if any(m is None for m in members):
            return None
        return {"anyOf": members, **({"description": out["description"]} if "description" in out else {})}
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if kind is None:
        return None
    if "object" in kinds:
        props: dict[str, Any] = {}
        required = set(schema.get("required", ()))
        for name, sub in schema.get("properties", {}).items():
            converted = strict(sub)
            if converted is None:
                if name in required:
                    return None
                continue
            props[name] = converted if name in required else nullable(converted)
        if not props and schema.get("additionalProperties"):
            return None  # a map: strict mode has no way to say it
        out.update(properties=props, required=list(props), additionalProperties=False)
    if "array" in kinds:
        items = strict(schema.get("items", {}))
        if items is None:
            return None
        out["items"] = items
    return out


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` that also accepts null (how strict mode says "optional")."""
    if "anyOf" in schema:
        if {"type": "null"} in schema["anyOf"]:
            return schema
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    out = dict(schema)
    kind = schema.get("type")
    if isinstance(kind, str) and kind != "null":
        out["type"] = [kind, "null"]
    elif isinstance(kind, list) and "null" not in kind:
        out["type"] = [*kind, "null"]
    if "enum" in out and None not in out["enum"]:
        out["enum"] = [*out["enum"], None]
    return out
