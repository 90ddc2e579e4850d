"""The Python type of a schema, by JSON pointer: where the models stage makes a class or
alias for a schema, that is the type (emit resolves it); elsewhere, its shape."""

from __future__ import annotations

from typing import Any

from generator.ir.types import (
    ANY,
    DictOf,
    ListOf,
    LiteralOf,
    Prim,
    SchemaType,
    TypeExpr,
    UnionOf,
)
from generator.spec.pointer import is_local_ref, join, lookup, resolve

_PRIMS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
MAX_NESTING = 20  # deeper inline types are `Any` (models exist for them anyway)


def schema_type(doc: dict[str, Any], schema: Any, ptr: str, depth: int = 0) -> TypeExpr:
    """The type of `schema`, found at `ptr` in `doc`."""
    if not isinstance(schema, dict) or depth > MAX_NESTING:
        return ANY
    if is_local_ref(schema):
        target = lookup(doc, schema["$ref"])
        return schema_type(doc, target, schema["$ref"], depth + 1) if isinstance(target, dict) else ANY
    return SchemaType(ptr, _shape(doc, schema, ptr, depth))


def _shape(doc: dict[str, Any], schema: dict[str, Any], ptr: str, depth: int) -> TypeExpr:
    if "enum" in schema and isinstance(schema["enum"], list):
        values = tuple(v for v in schema["enum"] if isinstance(v, (str, int, float, bool)) or v is None)
        return LiteralOf(values) if values else ANY
    if "const" in schema and isinstance(schema["const"], (str, int, float, bool)):
        return LiteralOf((schema["const"],))
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            items = tuple(
                schema_type(doc, s, join(ptr, key, i), depth + 1) for i, s in enumerate(schema[key])
            )
            return union(items)
    types = schema.get("type")
    if isinstance(types, list):
        return union(tuple(_typed(doc, schema, t, ptr, depth) for t in types))
    if isinstance(types, str):
        return _typed(doc, schema, types, ptr, depth)
    return ANY


def _typed(doc: dict[str, Any], schema: dict[str, Any], type_: str, ptr: str, depth: int) -> TypeExpr:
    if type_ in _PRIMS:
        return Prim(_PRIMS[type_])  # type: ignore[arg-type]
    if type_ == "array":
        return ListOf(schema_type(doc, schema.get("items"), join(ptr, "items"), depth + 1))
    if type_ == "object":
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return DictOf(schema_type(doc, extra, join(ptr, "additionalProperties"), depth + 1))
        return DictOf(ANY)
    return ANY


def union(items: tuple[TypeExpr, ...]) -> TypeExpr:
    """A union of `items`, flattened, each member once; `Any` absorbs the rest."""
    flat: list[TypeExpr] = []
    for item in items:
        for part in item.items if isinstance(item, UnionOf) else (item,):
            if part not in flat:
                flat.append(part)
    if ANY in flat:
        return ANY
    return flat[0] if len(flat) == 1 else UnionOf(tuple(flat))


def object_properties(doc: dict[str, Any], schema: Any, ptr: str) -> list[tuple[str, str, Any, bool]] | None:
    """(name, pointer, schema, required) of an object schema's properties, allOf parts
    first (in order) and its own after them, each name once where it first appears (as a
    subclass's fields follow its bases'); None when the schema is not an object (a union,
    another type, or a reference cycle)."""
    found: dict[str, tuple[str, Any]] = {}
    required: set[str] = set()
    seen: set[str] = set()

    def collect(node: Any, at: str, depth: int) -> bool:
        if depth > MAX_NESTING:
            return False
        if is_local_ref(node):
            if node["$ref"] in seen:
                return False
            seen.add(node["$ref"])
            target, target_ptr = resolve(doc, node, at)
            return collect(target, target_ptr, depth + 1)
        if not isinstance(node, dict) or "anyOf" in node or "oneOf" in node:
            return False
        types = node.get("type")
        if types is not None and types != "object" and "allOf" not in node:
            return False
        for i, part in enumerate(node.get("allOf") or []):
            if not collect(part, join(at, "allOf", i), depth + 1):
                return False
        for name, prop in (node.get("properties") or {}).items():
            found[name] = (join(at, "properties", name), prop)  # a redefinition wins, in place
        required.update(r for r in node.get("required") or () if isinstance(r, str))
        return True

    if not collect(schema, ptr, 0):
        return None
    return [(name, p, prop, name in required) for name, (p, prop) in found.items()]
