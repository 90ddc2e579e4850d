"""What a schema allows, as comparisons read it: its JSON types, its enum values, the
formats that change the Python type, its bounds, and a union member's tag; and how values
and lists of names are shown in a change's detail."""

from __future__ import annotations

import json
from typing import Any

from generator.diff.schema import canon, merge_inline, unwrap

# Formats that change the Python type datamodel-code-generator writes (str -> UUID, ...).
TYPED_FORMATS = frozenset(
    {
        "date-time",
        "date",
        "time",
        "duration",
        "uuid",
        "uri",
        "email",
        "idn-email",
        "ipv4",
        "ipv6",
        "hostname",
        "binary",
        "password",
    }
)
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_JSON_TYPES = {str: "string", bool: "boolean", int: "integer", float: "number", dict: "object", list: "array"}


def json_types(core: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema allows (null excluded), None for any."""
    types = core.get("type")
    if isinstance(types, str):
        return frozenset({types}) - {"null"} or frozenset({"null"})
    if isinstance(types, list):
        return frozenset(t for t in types if isinstance(t, str) and t != "null") or frozenset({"null"})
    if "properties" in core or "additionalProperties" in core or "required" in core:
        return frozenset({"object"})
    if "items" in core:
        return frozenset({"array"})
    values = enum_values(core)
    if values is not None:
        return frozenset(_JSON_TYPES.get(type(json.loads(v)), "null") for v in values) or None
    return None


def enum_values(core: dict[str, Any]) -> frozenset[str] | None:
    """Allowed values as canonical JSON texts (enum or const), None if unrestricted."""
    if isinstance(core.get("enum"), list):
        return frozenset(canon(v) for v in core["enum"] if v is not None)
    if "const" in core and core["const"] is not None:
        return frozenset({canon(core["const"])})
    return None


def show_value(text: str) -> str:
    value = json.loads(text)
    return value if isinstance(value, str) else text


def covers(wide: frozenset[str] | None, narrow: frozenset[str] | None) -> bool:
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def type_text(types: frozenset[str] | None) -> str:
    return "any" if types is None else " | ".join(sorted(types))


def tag_of(core: dict[str, Any], prefer: str | None) -> str | None:
    """A union member's tag: the value of a property that allows exactly one value."""
    merged, _ = merge_inline(core)
    props = merged.get("properties") or {}
    names = [n for n in (prefer, "type", "object", "kind", "role", "event") if n] + sorted(props)
    for name in names:
        if name in props:
            inner, _, _ = unwrap(props[name])
            values = enum_values(inner)
            if values is not None and len(values) == 1:
                return f"{name}={show_value(next(iter(values)))}"
    return None


def unconstrained(core: dict[str, Any]) -> bool:
    return all(k in ("allOf",) for k in core) and not core.get("allOf")


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def name_list(values: list[str], limit: int = 15) -> str:
    shown = ", ".join(values[:limit])
    return shown + (f", ... (+{len(values) - limit})" if len(values) > limit else "")
