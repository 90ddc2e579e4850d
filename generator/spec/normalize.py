"""Rewrites the OpenAPI 3.0 idioms that OpenRouter's 3.1 documents mix in into 3.1 form.

OpenRouter's document says `openapi: 3.1.0` but still uses `nullable` (331 times in the pinned
one) and boolean `exclusiveMinimum`; tools that read it strictly as 3.1 ignore or reject both.
Only schema positions are rewritten (found by walking the OpenAPI structure, not by key name),
so a property named "nullable", an example or an extension value is never touched.

`nullable: true` becomes:
- with `type` (and no `enum`): "null" added to the type;
- with `enum`, `$ref`, `allOf`, `anyOf`, `oneOf` or `const`: `{anyOf: [<schema>, {type: "null"}]}`,
  keeping the annotations (description, title, default, example(s)) on the outer schema.
  A nullable enum is written this way, with null out of the enum, so that models get
  "the enum, or None" rather than an enum with a None member; an enum that lists null
  in a 3.1 document is rewritten the same way;
- a bare `{nullable: true}` (annotations only) that is an `anyOf`/`oneOf` member:
  `{type: "null"}`; that is an `allOf` member: dropped from the allOf and the owning schema
  made nullable as above (`allOf: [{$ref: X}, {nullable: true}]` means "X or null");
  anywhere else: the keyword is dropped, which already allows any value, null included.

The `x-` keys of `paths` and `webhooks` (extensions: `x-codegen-contextRoot: /api`) are
dropped, so that no stage takes them for path items.

An `allOf` member of annotations only (`allOf: [{$ref: X}, {description: ...}]`, how the
document describes a property of a component's type) is dropped and its annotations move to
the owning schema: datamodel-code-generator would make an empty class of it.

The 3.1 boolean schema `false` (never valid) as a property, a union member or `items` is
rewritten to what it means there (see `_without_false`); `true` stays (any value).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator.spec.jsonpath import copy_tree

# Where schemas sit: for each kind of object, its fields that hold other objects, as
# field: (shape, kind of the held objects). Shapes: "one" (a single object, or a list of them
# for the old tuple form of `items`), "list", "map" (its values), "maps" (a map of maps).
_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "document": {
        "paths": ("map", "path_item"),
        "webhooks": ("map", "path_item"),
        "components": ("one", "components"),
    },
    "components": {
        "schemas": ("map", "schema"),
        "responses": ("map", "response"),
        "parameters": ("map", "parameter"),
        "requestBodies": ("map", "request_body"),
        "headers": ("map", "parameter"),
        "callbacks": ("maps", "path_item"),
        "pathItems": ("map", "path_item"),
    },
    "path_item": {
        "parameters": ("list", "parameter"),
        **dict.fromkeys(
            ("get", "put", "post", "delete", "options", "head", "patch", "trace"),
            ("one", "operation"),
        ),
    },
    "operation": {
        "parameters": ("list", "parameter"),
        "requestBody": ("one", "request_body"),
        "responses": ("map", "response"),
        "callbacks": ("maps", "path_item"),
    },
    # Parameters and headers hold schemas the same way.
    "parameter": {"schema": ("one", "schema"), "content": ("map", "media_type")},
    "request_body": {"content": ("map", "media_type")},
    "response": {"headers": ("map", "parameter"), "content": ("map", "media_type")},
    "media_type": {"schema": ("one", "schema"), "encoding": ("map", "encoding")},
    "encoding": {"headers": ("map", "parameter")},
    "schema": {
        **dict.fromkeys(
            ("items", "additionalItems", "additionalProperties", "not", "if", "then", "else"),
            ("one", "schema"),
        ),
        **dict.fromkeys(
            (
                "contains",
                "propertyNames",
                "unevaluatedItems",
                "unevaluatedProperties",
                "contentSchema",
            ),
            ("one", "schema"),
        ),
        **dict.fromkeys(("allOf", "anyOf", "oneOf", "prefixItems"), ("list", "schema")),
        **dict.fromkeys(
            ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions"),
            ("map", "schema"),
        ),
    },
}
_ANNOTATIONS = frozenset({"description", "title", "default", "example", "examples"})
_WRAPPED_KINDS = ("$ref", "allOf", "anyOf", "oneOf", "const")


def normalize(doc: dict) -> dict:
    """A copy of `doc` with `nullable` and boolean exclusive bounds in 3.1 form."""
    return normalize_with_stats(doc)[0]


def normalize_with_stats(doc: dict) -> tuple[dict, dict[str, int]]:
    """Like normalize(), also counting the rewrites: "nullable" keywords removed and
    "exclusive_bound" booleans rewritten."""
    doc = copy_tree(doc)
    for field in ("paths", "webhooks"):  # their x- keys are extensions, not path items
        if isinstance(doc.get(field), dict):
            doc[field] = {k: v for k, v in doc[field].items() if not str(k).startswith("x-")}
    stats: Counter[str] = Counter(nullable=0, exclusive_bound=0)
    stack: list[tuple[dict, str]] = [(doc, "document")]
    while stack:
        node, kind = stack.pop()
        if kind == "schema":
            _rewrite_schema(node, stats)
        fields = _FIELDS[kind]
        for field, value in node.items():
            if field not in fields:
                continue
            shape, held = fields[field]
            if shape == "one":
                members = value if isinstance(value, list) else (value,)
            elif shape == "list":
                members = value if isinstance(value, list) else ()
            elif not isinstance(value, dict):
                members = ()
            elif shape == "map":
                # x- keys of OpenAPI maps are extensions, but a schema may name a property "x-y".
                members = [v for k, v in value.items() if held == "schema" or not k.startswith("x-")]
            else:
                members = [v for inner in value.values() if isinstance(inner, dict) for v in inner.values()]
            stack.extend((member, held) for member in members if isinstance(member, dict))
    return doc, dict(stats)


def _is_bare_nullable(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("nullable") is True
        and all(key == "nullable" or key in _ANNOTATIONS or key.startswith("x-") for key in schema)
    )


def _without_false(schema: dict) -> None:
    """The 3.1 boolean schema `false` (nothing is valid) where a type can say so: a property
    that is `false` can never be present, so it is no field, keyword or key (a required one
    too: the object could never be valid, and is read as if it could); an `anyOf`/`oneOf`
    member that is `false` matches nothing and is dropped; `items: false` allows only the
    empty array (`maxItems: 0`)."""
    properties = schema.get("properties")
    if isinstance(properties, dict) and any(v is False for v in properties.values()):
        never = {k for k, v in properties.items() if v is False}
        schema["properties"] = {k: v for k, v in properties.items() if k not in never}
        if isinstance(schema.get("required"), list):
            schema["required"] = [name for name in schema["required"] if name not in never]
    for keyword in ("anyOf", "oneOf"):
        members = schema.get(keyword)
        if isinstance(members, list) and any(m is False for m in members):
            if any(m is not False for m in members):
                schema[keyword] = [m for m in members if m is not False]
    if schema.get("items") is False and schema.get("type") in ("array", None) and "prefixItems" not in schema:
        del schema["items"]
        schema["maxItems"] = 0


def _rewrite_schema(schema: dict, stats: Counter[str]) -> None:
    """Rewrites one schema in place; its subschemas are visited after it."""
    _without_false(schema)
    for keyword in ("anyOf", "oneOf"):
        for member in schema[keyword] if isinstance(schema.get(keyword), list) else ():
            if _is_bare_nullable(member):
                del member["nullable"]
                member["type"] = "null"
                stats["nullable"] += 1
    _lift_annotation_members(schema)
    lifted = False
    if isinstance(schema.get("allOf"), list):
        kept = [member for member in schema["allOf"] if not _is_bare_nullable(member)]
        lifted = len(kept) < len(schema["allOf"])
        if lifted:
            stats["nullable"] += len(schema["allOf"]) - len(kept)
            schema["allOf"] = kept
            if not kept:
                del schema["allOf"]

    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = schema.get(bound)
        if isinstance(flag, bool):
            stats["exclusive_bound"] += 1
            del schema[bound]
            if flag and limit in schema:
                schema[bound] = schema.pop(limit)

    nullable = schema.get("nullable")
    if isinstance(nullable, bool):
        del schema["nullable"]
        stats["nullable"] += 1
    enum = schema.get("enum")
    if isinstance(enum, list) and None in enum and len(enum) > 1:
        schema["enum"] = [value for value in enum if value is not None]
        if isinstance(schema.get("type"), list):
            schema["type"] = [t for t in schema["type"] if t != "null"] or schema.pop("type")
        stats["nullable_enum"] += 1
        lifted = True
    if nullable is True or lifted:
        _make_nullable(schema)


def _is_annotation_only(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and bool(schema)
        and all(key in _ANNOTATIONS or key.startswith("x-") for key in schema)
    )


def _lift_annotation_members(schema: dict) -> None:
    """`allOf: [{$ref: X}, {description: ...}]` only documents X: the annotations move to
    the owning schema (where it has none of its own) and the member goes. Kept as a
    member, datamodel-code-generator makes an empty class of it and a copy of X."""
    members = schema.get("allOf")
    if not isinstance(members, list) or len(members) < 2:
        return
    notes = [m for m in members if _is_annotation_only(m)]
    if not notes or len(notes) == len(members):
        return
    schema["allOf"] = [m for m in members if not _is_annotation_only(m)]
    for note in notes:
        for key, value in note.items():
            schema.setdefault(key, value)


def _make_nullable(schema: dict) -> None:
    wrapped = "type" not in schema and any(k in schema for k in _WRAPPED_KINDS)
    if "const" in schema or "enum" in schema or wrapped:
        outer = {key: schema.pop(key) for key in list(schema) if key in _ANNOTATIONS}
        inner = dict(schema)
        schema.clear()
        schema.update(outer, anyOf=[inner, {"type": "null"}])
        return
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if "null" not in types:
            schema["type"] = [*types, "null"]
