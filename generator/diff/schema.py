"""Views of a schema that comparisons agree on: without documentation and nullability
(`unwrap`), a union's members flattened, allOf parts merged (inline ones, or with bases
resolved), local `$ref`s followed, and a canonical form in which equal means same shape."""

from __future__ import annotations

import json
from typing import Any

_DOC_KEYS = frozenset({"description", "summary", "title", "example", "examples", "externalDocs", "$comment"})
_ANNOTATION_KEYS = frozenset({"readOnly", "writeOnly", "xml", "contentMediaType", "contentEncoding"})
SCHEMA_PREFIX = "#/components/schemas/"


def is_doc_key(key: str) -> bool:
    return key in _DOC_KEYS or key in _ANNOTATION_KEYS or key.startswith("x-")


def _is_null(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") == "null"
        and all(k == "type" or is_doc_key(k) for k in schema)
    )


def _annotation_only(schema: Any) -> bool:
    return isinstance(schema, dict) and all(is_doc_key(k) for k in schema)


def ref_name(ref: Any) -> str | None:
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
        return ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")
    return None


def unwrap(schema: Any) -> tuple[dict[str, Any], bool, dict[str, Any]]:
    """(the schema without documentation and nullability, nullable, its documentation).

    `{type: [T, null]}`, `{anyOf: [X, {type: null}]}` and a one-member `anyOf` are X;
    `{allOf: [X, {description}]}` is X with that description."""
    docs: dict[str, Any] = {}
    nullable = False
    node = schema
    for _ in range(64):
        if node is None or node is True:
            return {}, nullable, docs
        if node is False:
            return {"not": {}}, nullable, docs
        if not isinstance(node, dict):
            return {}, nullable, docs
        for key, value in node.items():
            if is_doc_key(key):
                docs.setdefault(key, value)
        body = {k: v for k, v in node.items() if not is_doc_key(k)}
        types = body.get("type")
        if isinstance(types, list) and "null" in types and len(types) > 1:
            nullable = True
            rest = [t for t in types if t != "null"]
            body["type"] = rest[0] if len(rest) == 1 else rest
        unwrapped = False
        for kw in ("anyOf", "oneOf"):
            members = body.get(kw)
            if not isinstance(members, list):
                continue
            kept = [m for m in members if not _is_null(m)]
            if kept and len(kept) < len(members):
                nullable = True
                body[kw] = kept
            if len(kept) == 1 and set(body) <= {kw, "discriminator"}:
                node, unwrapped = kept[0], True
                break
        if unwrapped:
            continue
        members = body.get("allOf")
        if isinstance(members, list):
            kept = []
            for m in members:
                if _annotation_only(m):
                    for key, value in m.items():
                        docs.setdefault(key, value)
                elif _absorbed(m, members):
                    for key, value in m.items():
                        if is_doc_key(key):
                            docs.setdefault(key, value)
                else:
                    kept.append(m)
            if len(kept) == 1 and set(body) == {"allOf"}:
                node = kept[0]
                continue
            if kept:
                body["allOf"] = kept
            else:
                del body["allOf"]
        return body, nullable, docs
    return {}, nullable, docs


def _absorbed(member: Any, members: list[Any]) -> bool:
    """An allOf member that is a union containing another allOf member adds nothing:
    X and (X or Y) is X."""
    if not isinstance(member, dict):
        return False
    union = member.get("anyOf", member.get("oneOf"))
    if not isinstance(union, list):
        return False
    others = [m for m in members if m is not member]
    return any(u == o for u in union for o in others if isinstance(o, dict) and "$ref" in o)


def union_members(node: dict[str, Any]) -> tuple[list[Any], bool]:
    """A union's members with nested unions flattened (null members dropped), and whether
    a null member was among them."""
    kw = "anyOf" if "anyOf" in node else "oneOf"
    out: list[Any] = []
    nullable = False
    for member in node.get(kw) or []:
        if _is_null(member):
            nullable = True
            continue
        core, inner_null, _ = unwrap(member)
        nested = core.get("anyOf", core.get("oneOf"))
        if isinstance(nested, list) and set(core) <= {"anyOf", "oneOf", "discriminator"}:
            inner, null2 = union_members(core)
            out.extend(inner)
            nullable = nullable or inner_null or null2
        else:
            out.append(member)
    return out, nullable


def flatten(core: dict[str, Any], doc: dict[str, Any], seen: frozenset[str] = frozenset()) -> dict[str, Any]:
    """An object schema with every allOf part merged in, bases resolved (in `doc`)."""
    members = core.get("allOf")
    if not isinstance(members, list):
        return core
    merged = {k: v for k, v in core.items() if k != "allOf"}
    props = dict(merged.get("properties") or {})
    required = list(merged.get("required") or [])
    for member in members:
        inner, _, _ = unwrap(member)
        ref = inner.get("$ref")
        if isinstance(ref, str):
            if ref in seen:
                continue
            inner, _, _ = unwrap(resolve(doc, inner))
            inner = flatten(inner, doc, seen | {ref})
        else:
            inner = flatten(inner, doc, seen)
        for key, value in (inner.get("properties") or {}).items():
            props.setdefault(key, value)
        required.extend(r for r in inner.get("required") or [] if r not in required)
        for key, value in inner.items():
            if key not in ("properties", "required", "$ref"):
                merged.setdefault(key, value)
    if props:
        merged["properties"] = props
    if required:
        merged["required"] = required
    return merged


def merge_inline(core: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """An object schema with its inline allOf parts merged in, and the names of its allOf bases."""
    members = core.get("allOf")
    if not isinstance(members, list):
        return core, ()
    merged = {k: v for k, v in core.items() if k != "allOf"}
    bases: list[str] = []
    props = dict(merged.get("properties") or {})
    required = list(merged.get("required") or [])
    for member in members:
        inner, _, _ = unwrap(member)
        name = ref_name(inner.get("$ref"))
        if name is not None:
            bases.append(name)
            continue
        inner, inner_bases = merge_inline(inner)
        bases.extend(inner_bases)
        for key, value in (inner.get("properties") or {}).items():
            props.setdefault(key, value)
        required.extend(r for r in inner.get("required") or [] if r not in required)
        for key, value in inner.items():
            if key not in ("properties", "required"):
                merged.setdefault(key, value)
    if props:
        merged["properties"] = props
    if required:
        merged["required"] = required
    return merged, tuple(bases)


def restate_base_properties(
    a: dict[str, Any], flat_a: dict[str, Any], b: dict[str, Any], flat_b: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Two objects' inline parts (same allOf bases), each given the base's version of a
    property only the other side declares inline: restating a base's property (allOf
    requires both) is not adding one. `flat_*`: the objects with their bases merged in."""
    props_a, props_b = a.get("properties") or {}, b.get("properties") or {}
    base_a, base_b = flat_a.get("properties") or {}, flat_b.get("properties") or {}
    names = {n for n in props_b if n not in props_a and n in base_a}
    names |= {n for n in props_a if n not in props_b and n in base_b}
    if not names:
        return a, b

    def fill(side: dict[str, Any], flat: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
        props = dict(side.get("properties") or {})
        required = list(side.get("required") or [])
        for name in sorted(names):
            props.setdefault(name, base.get(name, {}))
            if name in (flat.get("required") or []) and name not in required:
                required.append(name)
        return {**side, "properties": props, "required": required}

    return fill(a, flat_a, base_a), fill(b, flat_b, base_b)


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (of parameters, request bodies, responses) to their target."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            return {}
        seen.add(ref)
        target: Any = doc
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, dict) else None
        node = target
    return node if node is not None else {}


def is_union(core: dict[str, Any]) -> bool:
    return isinstance(core.get("anyOf"), list) or isinstance(core.get("oneOf"), list)


def canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def canonical(node: Any, names: bool = False) -> Any:
    """A schema without documentation, with unordered lists sorted: equal means same shape."""
    if isinstance(node, list):
        return [canonical(v) for v in node]
    if not isinstance(node, dict):
        return node
    if names:  # a map of property names to schemas
        return {k: canonical(v) for k, v in node.items()}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if is_doc_key(key):
            continue
        if key in ("required", "enum") and isinstance(value, list):
            out[key] = sorted(canon(v) for v in value)
        elif key == "type" and isinstance(value, list):
            out[key] = sorted(map(str, value))
        elif key in ("const", "default"):
            out[key] = value
        elif key in ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"):
            out[key] = canonical(value, names=True)
        else:
            out[key] = canonical(value)
    return out
