"""Valid, deterministic sample instances of the JSON Schemas in a normalized OpenAPI 3.1
document (nullable already rewritten into type arrays).

    sampler = Sampler(doc)
    sampler.sample({"$ref": "#/components/schemas/ChatRequest"})

Rules: local `$ref` (a schema already being expanded is expanded again only minimally,
and a cycle through required properties is an error), `allOf` merged, the first non-null
`oneOf`/`anyOf` variant (its `discriminator` property set to the value that selects it),
`const`, the first `enum` value, the first non-null type of a type array, fixed values for
string formats, `minLength`/`maxLength`, `minItems`/`maxItems`, `minimum`/`maximum`
(exclusive too). Objects get every required property and, above depth
`OPTIONAL_DEPTH`, the optional ones too; `additionalProperties` maps get one entry.
Schema `example`s are never used: several of them do not match their schema.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["BINARY_SAMPLE", "FORMATS", "OPTIONAL_DEPTH", "Sampler", "media_sample"]

#: Optional properties, array items and map entries are generated above this depth only.
OPTIONAL_DEPTH = 3
#: How often one $ref may be open at once before a cycle counts as unbounded.
MAX_REF_NESTING = 4

FORMATS: dict[str, str] = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "time": "00:00:00Z",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uuid": "123e4567-e89b-42d3-a456-426614174000",
    "email": "user@example.com",
}
SAMPLE_STRING = "sample"
#: The body of a binary response (any media type that is neither JSON nor text): bytes
#: that are no valid UTF-8, so that a result decoded as text would not compare equal.
BINARY_SAMPLE = b"\x89sample\x00\xff\xfe binary"
_COMPOSITION = ("allOf", "oneOf", "anyOf", "discriminator")


def _is_null(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    if kind == "null" or kind == ["null"]:
        return True
    return "const" in schema and schema["const"] is None


def _non_null_type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return kinds[0] if kinds else "null"
    if kind is not None:
        return kind
    if "properties" in schema or "additionalProperties" in schema or "required" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


class Sampler:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    # -- public -----------------------------------------------------------------

    def sample(self, schema: dict[str, Any] | bool, depth: int = 0) -> Any:
        """A valid instance of `schema`; `depth` is how deep inside a document it sits."""
        return self._sample(schema, depth, ())

    def resolve(self, schema: Any) -> Any:
        """Follow `$ref`s (local only) to the schema they name; sibling keywords are kept
        by the caller that needs them (see `_sample`)."""
        seen: set[str] = set()
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                raise ValueError(f"$ref cycle without content: {ref}")
            seen.add(ref)
            schema = self._lookup(ref)
        return schema

    def object_schema(self, schema: Any) -> dict[str, Any]:
        """The schema with `$ref`s resolved and `allOf` merged: its `properties` and
        `required` are the object's whole set."""
        schema = self.resolve(schema)
        if isinstance(schema, dict) and "allOf" in schema:
            return self._merge(schema)
        return schema if isinstance(schema, dict) else {}

    # -- internals --------------------------------------------------------------

    def _lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported: {ref}")
        node: Any = self.doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[part]
        return node

    def _sample(self, schema: Any, depth: int, stack: tuple[str, ...]) -> Any:
        if schema is True or schema == {}:
            return SAMPLE_STRING
        if not isinstance(schema, dict):
            raise TypeError(f"cannot sample {schema!r}")
        if "$ref" in schema:
            return self._sample_ref(schema, depth, stack)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            return values[0] if values else None
        if "allOf" in schema:
            return self._sample(self._merge(schema), depth, stack)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._sample_variant(schema, key, depth, stack)
        return self._sample_typed(schema, depth, stack)

    def _sample_ref(self, schema: dict[str, Any], depth: int, stack: tuple[str, ...]) -> Any:
        ref = schema["$ref"]
        if stack.count(ref) >= MAX_REF_NESTING:
            raise RecursionError(f"{ref} needs itself through required properties: {stack}")
        target = self._lookup(ref)
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        if any(k in _SHAPE_KEYWORDS for k in siblings):
            target = {"allOf": [target, siblings]}
        if ref in stack:  # recursion: only what is required from here on
            depth = max(depth, OPTIONAL_DEPTH)
        return self._sample(target, depth, (*stack, ref))

    def _sample_variant(self, schema: dict[str, Any], key: str, depth: int, stack: tuple[str, ...]) -> Any:
        variants = schema[key]
        chosen = next((v for v in variants if not _is_null(self.resolve(v))), None)
        if chosen is None:
            return None
        rest = {k: v for k, v in schema.items() if k != key and k != "discriminator"}
        target = {"allOf": [rest, chosen]} if any(k in _SHAPE_KEYWORDS for k in rest) else chosen
        value = self._sample(target, depth, stack)
        discriminator = schema.get("discriminator")
        if discriminator and isinstance(value, dict):
            prop = discriminator["propertyName"]
            value[prop] = self._discriminator_value(discriminator, chosen, value.get(prop))
        return value

    def _discriminator_value(self, discriminator: dict[str, Any], variant: Any, current: Any) -> Any:
        ref = variant.get("$ref") if isinstance(variant, dict) else None
        for name, target in (discriminator.get("mapping") or {}).items():
            if ref is not None and target == ref:
                return name
        prop = self.object_schema(variant).get("properties", {}).get(discriminator["propertyName"])
        if prop is not None:
            prop = self.resolve(prop)
            if "const" in prop:
                return prop["const"]
            if prop.get("enum"):
                return prop["enum"][0]
        if current is not None:
            return current
        if ref is not None:  # OpenAPI's implicit mapping: the schema's name
            return ref.rsplit("/", 1)[-1]
        raise ValueError(f"no discriminator value selects {variant!r}")

    def _merge(self, schema: dict[str, Any]) -> dict[str, Any]:
        """One schema from an `allOf` (and the keywords beside it)."""
        merged: dict[str, Any] = {}
        properties: dict[str, Any] = {}
        required: list[str] = []
        parts = [{k: v for k, v in schema.items() if k != "allOf"}, *schema["allOf"]]
        for part in parts:
            part = self.resolve(part)
            if "allOf" in part:
                part = self._merge(part)
            for name, prop in (part.get("properties") or {}).items():
                # a property in several parts must satisfy all of them
                properties[name] = {"allOf": [properties[name], prop]} if name in properties else prop
            required.extend(r for r in part.get("required", []) if r not in required)
            for key, value in part.items():
                if key in ("properties", "required"):
                    continue
                if key == "type" and "type" in merged:
                    merged["type"] = _intersect_types(merged["type"], value)
                else:
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    def _sample_typed(self, schema: dict[str, Any], depth: int, stack: tuple[str, ...]) -> Any:
        kind = _non_null_type(schema)
        if kind is None:
            return SAMPLE_STRING
        if kind == "null":
            return None
        if kind == "string":
            return _string(schema)
        if kind == "integer":
            return int(_number(schema, 1, integer=True))
        if kind == "number":
            return _number(schema, 1.5, integer=False)
        if kind == "boolean":
            return True
        if kind == "array":
            return self._array(schema, depth, stack)
        if kind == "object":
            return self._object(schema, depth, stack)
        raise ValueError(f"unknown type {kind!r}")

    def _array(self, schema: dict[str, Any], depth: int, stack: tuple[str, ...]) -> list[Any]:
        count = max(schema.get("minItems", 0), 1 if depth < OPTIONAL_DEPTH else 0)
        if "maxItems" in schema:
            count = min(count, schema["maxItems"])
        items = schema.get("items", {})
        return [self._sample(items, depth + 1, stack) for _ in range(count)]

    def _object(self, schema: dict[str, Any], depth: int, stack: tuple[str, ...]) -> dict[str, Any]:
        required = set(schema.get("required", []))
        optional = depth < OPTIONAL_DEPTH
        value: dict[str, Any] = {}
        for name, prop in (schema.get("properties") or {}).items():
            if name in required or optional:
                value[name] = self._sample(prop, depth + 1, stack)
        for name in sorted(required - set(value)):  # required but not described
            value[name] = self._sample(schema.get("additionalProperties", True), depth + 1, stack)
        extra = schema.get("additionalProperties")
        if not schema.get("properties") and extra not in (None, False) and optional:
            value["key"] = self._sample(extra, depth + 1, stack)
        return value


#: Keywords that constrain an instance (beside a $ref or a oneOf they must be merged in).
_SHAPE_KEYWORDS = frozenset(
    {
        "type", "properties", "required", "additionalProperties", "items", "enum", "const",
        "allOf", "oneOf", "anyOf", "minLength", "maxLength", "minItems", "maxItems",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "format",
    }
)  # fmt: skip


def _intersect_types(a: Any, b: Any) -> Any:
    left = a if isinstance(a, list) else [a]
    right = b if isinstance(b, list) else [b]
    both = [t for t in left if t in right]
    if not both:
        raise ValueError(f"allOf parts disagree on the type: {a!r} and {b!r}")
    return both if len(both) > 1 else both[0]


def _string(schema: dict[str, Any]) -> str:
    text = FORMATS.get(schema.get("format", ""), SAMPLE_STRING)
    if len(text) < schema.get("minLength", 0):
        text = text.ljust(schema["minLength"], "x")
    if "maxLength" in schema:
        text = text[: schema["maxLength"]]
    return text


def _number(schema: dict[str, Any], default: float, *, integer: bool) -> float:
    value = default
    step = 1 if integer else 0.5
    if "minimum" in schema:
        value = max(value, schema["minimum"])
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        value = schema["exclusiveMinimum"] + step
    if "maximum" in schema:
        value = min(value, schema["maximum"])
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        value = schema["exclusiveMaximum"] - step
    if integer:
        value = math.ceil(value)
    return value


#: The content every file field of a multipart sample gets.
SAMPLE_FILE = b"sample file content"


def sample_form(
    sampler: Sampler, schema: dict[str, Any], names: list[str], files: tuple[str, ...]
) -> dict[str, Any]:
    """Sample values of a multipart/form-data body's fields `names` (wire names): file
    fields get `SAMPLE_FILE`, the others a sample of their property's schema."""
    properties = sampler.object_schema(schema).get("properties", {})
    return {
        name: SAMPLE_FILE if name in files else sampler.sample(properties[name], depth=1) for name in names
    }


def media_sample(media_type: str) -> tuple[str, bytes]:
    """A binary response for a declared media type: the Content-Type a server would send
    (a range such as `audio/*` or `*/*` gets a concrete subtype) and `BINARY_SAMPLE`."""
    kind, _, subtype = media_type.partition(";")[0].strip().partition("/")
    if kind in ("", "*"):
        kind = "application"
    if subtype in ("", "*"):
        subtype = "octet-stream" if kind == "application" else "x-sample"
    return f"{kind}/{subtype}", BINARY_SAMPLE
