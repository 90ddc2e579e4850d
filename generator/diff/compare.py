"""`sdkgen diff OLD NEW`: what changed between two versions of the API, for the people who
maintain the SDK and the people who use it.

Both documents are read as the generator reads them (the configured overlays applied,
then normalized, then checked), and compared semantically: key order, `required` order,
`nullable: true` versus a `null` type or member, a single-member `anyOf`, and an `allOf`
that only wraps a `$ref` to attach a description all compare equal.

Where a change is reported
--------------------------
- A change inside a shared component schema is reported ONCE, at the component
  (`#/components/schemas/Name`), with the operations that reach it through `$ref`s
  (transitively, in requests or responses). It is not repeated at every place that uses it.
- Inline schemas (parameters, request bodies and responses that do not use a `$ref`, and
  inline parts of components) are compared in place, at their operation or component.
- A `$ref` that now names another schema is one change at the place that refers to it. The
  two schemas are compared: the same shape (apart from documentation) is `ref-equivalent`;
  otherwise the change is breaking if any of the differences would be.
- An inline schema moved into a component (or back) is compared by content with the
  component (`schema-extracted` / `schema-inlined`), so only real differences are reported.
- Union members (`anyOf`/`oneOf`) are matched by `$ref` name, then by their tag (a property
  with a single allowed value, such as `type: "message"`), title or type. Added and removed
  members of one union are one change each, listing the members.
- Documentation (description, summary, title, example, examples, externalDocs) and
  annotations that change nothing for a caller (`x-` extensions, readOnly/writeOnly, formats
  that do not change the Python type such as `double` or `int32`) are collected into one
  `docs-changed` entry per operation or component, counted separately as docs-only. So are
  response headers, which the SDK does not model.
- Shared component parameters, request bodies and responses (`#/components/parameters/...`)
  are followed and compared in place at each operation; only schemas are reported once.

Direction
---------
Whether a change breaks depends on where the schema is used: in a request (a value the SDK
user sends) or a response (a value the SDK parses). A component used in both is judged both
ways and is breaking if either is. Parameters and request bodies are requests; responses
(every status) are responses. A component no operation reaches changes no call
(`unreferenced-schema`), though removing it still removes its model class.

The SDK's model classes are open: unknown enum values and unknown union variants in a
response parse leniently (they do not raise), so new response enum values and new variants
of an existing response union are not breaking. A response type that gets wider in any other
way (integer -> number, a value that may now be null, a single type that becomes a union) is
breaking: the Python annotation changes and values the user's code did not handle arrive.

Rules
-----
Every change carries the id of the rule that classified it (`RULES` below is the source of
truth; the Markdown report prints the table for the rules it used):

| rule | breaking | when |
|---|---|---|
| op-added | no | an operation (and its SDK function) is added |
| op-removed | yes | an operation (and its SDK function) is removed |
| op-deprecated | no | an operation is marked deprecated (or no longer is) |
| op-renamed | yes | the operationId changed: the SDK function is renamed |
| op-moved | yes | the first tag changed: the SDK function moves to another module |
| security-required | yes | an operation that needed no credentials now needs them |
| security-changed | no | another change to an operation's security |
| server-changed | no | the first server URL (the SDK's default base URL) changed |
| param-added-optional | no | an optional parameter is added |
| param-added-required | yes | a required parameter is added |
| param-removed | yes | a parameter is removed |
| param-became-required | yes | an optional parameter is now required |
| param-became-optional | no | a required parameter is now optional |
| param-deprecated | no | a parameter is marked deprecated (or no longer is) |
| param-style-changed | yes | a parameter's serialization (style, explode) changed |
| body-added-optional | no | an optional request body is added |
| body-added-required | yes | a required request body is added |
| body-removed | yes | the request body is removed |
| body-became-required | yes | the request body is now required |
| body-became-optional | no | the request body is now optional |
| media-type-added | no | a request or response media type is added (e.g. `text/event-stream`) |
| request-media-type-removed | yes | a request body media type is removed |
| response-media-type-removed | yes | a response media type is removed |
| status-added | no | a response status is added |
| status-removed | yes | a response status is removed |
| schema-added | no | a component schema (an SDK model class) is added |
| schema-removed | yes | a component schema is removed: its SDK model class disappears |
| unreferenced-schema | no | a change to a component schema that no operation reaches |
| request-property-added-optional | no | a request gets a new optional property |
| request-property-added-required | yes | a request gets a new required property |
| request-property-removed | yes | a request property is removed |
| request-property-became-required | yes | an optional request property is now required |
| request-property-became-optional | no | a required request property is now optional |
| response-property-added | no | a response gets a new property (or allows extra properties) |
| response-property-removed | yes | a response property is removed |
| response-property-became-optional | yes | a response property may now be absent: its SDK field is optional |
| response-property-became-required | no | a response property is now always present |
| request-type-widened | no | a request accepts more: integer -> number, a new type, null, value or member |
| request-type-narrowed | yes | a request accepts less: number -> integer, string -> enum, type or null gone |
| request-enum-value-removed | yes | a request enum loses a value |
| request-variant-removed | yes | a request union loses a member |
| request-constraint-tightened | yes | a request bound, length, pattern or uniqueness gets stricter |
| request-constraint-loosened | no | a request bound, length or pattern is relaxed or removed |
| response-type-narrowed | no | a response returns less: number -> integer, no null, fewer values or members |
| response-type-widened | yes | a response returns more: integer -> number, new types, a type became a union |
| response-nullable-added | yes | a response value may now be null |
| response-enum-value-added | no | a response enum gets a value (SDK enums are open) |
| response-enum-dropped | no | a response enum becomes a plain string (SDK enums already accept any string) |
| response-variant-added | no | a response union gets a member (unknown members parse leniently) |
| response-constraint-changed | no | a response bound, length or pattern changed (the SDK does not check it) |
| type-changed | yes | a type changed incompatibly (string -> object, a typed format such as uuid) |
| ref-changed | yes | a `$ref` now names a schema with an incompatible shape |
| ref-changed-compatible | no | a `$ref` now names a schema whose differences are all non-breaking |
| ref-equivalent | no | a `$ref` now names another schema of the same shape |
| schema-extracted | no | an inline schema now refers to a component (differences reported separately) |
| schema-inlined | no | a `$ref` is replaced by an inline schema (differences reported separately) |
| union-changed | no | anyOf <-> oneOf or the discriminator changed |
| default-changed | no | a default value changed |
| deprecated | no | a property or schema is marked deprecated (or no longer is) |
| keyword-changed | yes | a schema keyword the diff does not interpret (not, if, prefixItems...) changed |
| docs-only | no | documentation and annotations only |

The SDK surface
---------------
Besides the API changes, `sdk_surface()` lists what the generated package offers: functions
as `module.function` (from the IR; every function also has an `_async` twin), their keyword
parameters (the operation's parameters, `body` and, for a JSON object body, its top-level
properties), and model classes (one per component schema, named as datamodel-code-generator's
full-path naming names them: the schema name in PascalCase). Body property keywords are named
like the generator names them (snake_case of the wire name); the exact names come from
datamodel-code-generator, which the diff does not run.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.emit.templates import reserved_names
from generator.naming.operations import name_api
from generator.naming.words import class_name
from generator.read.document import read_api
from generator.spec.operations import METHODS
from generator.surface import Surface, api_surface

# ---------------------------------------------------------------- rules

RULES: dict[str, tuple[bool, str]] = {
    "op-added": (False, "an operation (and its SDK function) is added"),
    "op-removed": (True, "an operation (and its SDK function) is removed"),
    "op-deprecated": (False, "an operation is marked deprecated (or no longer is)"),
    "op-renamed": (True, "the operationId changed: the SDK function is renamed"),
    "op-moved": (True, "the first tag changed: the SDK function moves to another module"),
    "security-required": (True, "an operation that needed no credentials now needs them"),
    "security-changed": (False, "another change to an operation's security"),
    "server-changed": (False, "the first server URL (the SDK's default base URL) changed"),
    "param-added-optional": (False, "an optional parameter is added"),
    "param-added-required": (True, "a required parameter is added"),
    "param-removed": (True, "a parameter is removed"),
    "param-became-required": (True, "an optional parameter is now required"),
    "param-became-optional": (False, "a required parameter is now optional"),
    "param-deprecated": (False, "a parameter is marked deprecated (or no longer is)"),
    "param-style-changed": (True, "a parameter's serialization (style, explode) changed"),
    "body-added-optional": (False, "an optional request body is added"),
    "body-added-required": (True, "a required request body is added"),
    "body-removed": (True, "the request body is removed"),
    "body-became-required": (True, "the request body is now required"),
    "body-became-optional": (False, "the request body is now optional"),
    "media-type-added": (False, "a request or response media type is added (e.g. text/event-stream)"),
    "request-media-type-removed": (True, "a request body media type is removed"),
    "response-media-type-removed": (True, "a response media type is removed"),
    "status-added": (False, "a response status is added"),
    "status-removed": (True, "a response status is removed"),
    "schema-added": (False, "a component schema (an SDK model class) is added"),
    "schema-removed": (True, "a component schema is removed: its SDK model class disappears"),
    "unreferenced-schema": (False, "a change to a component schema that no operation reaches"),
    "request-property-added-optional": (False, "a request gets a new optional property"),
    "request-property-added-required": (True, "a request gets a new required property"),
    "request-property-removed": (True, "a request property is removed"),
    "request-property-became-required": (True, "an optional request property is now required"),
    "request-property-became-optional": (False, "a required request property is now optional"),
    "response-property-added": (False, "a response gets a new property (or allows extra properties)"),
    "response-property-removed": (True, "a response property is removed"),
    "response-property-became-optional": (
        True,
        "a response property may now be absent: its SDK field is optional",
    ),
    "response-property-became-required": (False, "a response property is now always present"),
    "request-type-widened": (
        False,
        "a request accepts more: integer -> number, a new type, null, value or member",
    ),
    "request-type-narrowed": (
        True,
        "a request accepts less: number -> integer, string -> enum, type or null gone",
    ),
    "request-enum-value-removed": (True, "a request enum loses a value"),
    "request-variant-removed": (True, "a request union loses a member"),
    "request-constraint-tightened": (True, "a request bound, length, pattern or uniqueness gets stricter"),
    "request-constraint-loosened": (False, "a request bound, length or pattern is relaxed or removed"),
    "response-type-narrowed": (
        False,
        "a response returns less: number -> integer, no null, fewer values or members",
    ),
    "response-type-widened": (
        True,
        "a response returns more: integer -> number, new types, a type became a union",
    ),
    "response-nullable-added": (True, "a response value may now be null"),
    "response-enum-value-added": (False, "a response enum gets a value (SDK enums are open)"),
    "response-enum-dropped": (
        False,
        "a response enum becomes a plain string (SDK enums already accept any string)",
    ),
    "response-variant-added": (False, "a response union gets a member (unknown members parse leniently)"),
    "response-constraint-changed": (
        False,
        "a response bound, length or pattern changed (the SDK does not check it)",
    ),
    "type-changed": (True, "a type changed incompatibly (string -> object, a typed format such as uuid)"),
    "ref-changed": (True, "a $ref now names a schema with an incompatible shape"),
    "ref-changed-compatible": (False, "a $ref now names a schema whose differences are all non-breaking"),
    "ref-equivalent": (False, "a $ref now names another schema of the same shape"),
    "schema-extracted": (
        False,
        "an inline schema now refers to a component (differences reported separately)",
    ),
    "schema-inlined": (False, "a $ref is replaced by an inline schema (differences reported separately)"),
    "union-changed": (False, "anyOf <-> oneOf or the discriminator changed"),
    "default-changed": (False, "a default value changed"),
    "deprecated": (False, "a property or schema is marked deprecated (or no longer is)"),
    "keyword-changed": (
        True,
        "a schema keyword the diff does not interpret (not, if, prefixItems...) changed",
    ),
    "docs-only": (False, "documentation and annotations only"),
}

# Schema facts -> (rule in a request, rule in a response).
_SCHEMA_FACTS: dict[str, tuple[str, str]] = {
    "type-widened": ("request-type-widened", "response-type-widened"),
    "type-narrowed": ("request-type-narrowed", "response-type-narrowed"),
    "type-changed": ("type-changed", "type-changed"),
    "format-changed": ("request-type-narrowed", "type-changed"),
    "format-removed": ("request-type-widened", "type-changed"),
    "nullable-added": ("request-type-widened", "response-nullable-added"),
    "nullable-removed": ("request-type-narrowed", "response-type-narrowed"),
    "enum-values-added": ("request-type-widened", "response-enum-value-added"),
    "enum-values-removed": ("request-enum-value-removed", "response-type-narrowed"),
    "enum-added": ("request-type-narrowed", "response-type-narrowed"),
    "enum-removed": ("request-type-widened", "response-enum-dropped"),
    "variants-added": ("request-type-widened", "response-variant-added"),
    "variants-removed": ("request-variant-removed", "response-type-narrowed"),
    "became-union": ("request-type-widened", "response-type-widened"),
    "property-added-required": ("request-property-added-required", "response-property-added"),
    "property-added-optional": ("request-property-added-optional", "response-property-added"),
    "property-removed": ("request-property-removed", "response-property-removed"),
    "property-became-required": ("request-property-became-required", "response-property-became-required"),
    "property-became-optional": ("request-property-became-optional", "response-property-became-optional"),
    "extra-properties-allowed": ("request-type-widened", "response-property-added"),
    "extra-properties-refused": ("request-type-narrowed", "response-type-narrowed"),
    "constraint-tightened": ("request-constraint-tightened", "response-constraint-changed"),
    "constraint-loosened": ("request-constraint-loosened", "response-constraint-changed"),
    "ref-changed": ("ref-changed", "ref-changed"),
    "ref-changed-compatible": ("ref-changed-compatible", "ref-changed-compatible"),
    "ref-equivalent": ("ref-equivalent", "ref-equivalent"),
    "schema-extracted": ("schema-extracted", "schema-extracted"),
    "schema-inlined": ("schema-inlined", "schema-inlined"),
    "union-changed": ("union-changed", "union-changed"),
    "default-changed": ("default-changed", "default-changed"),
    "deprecated": ("deprecated", "deprecated"),
    "keyword-changed": ("keyword-changed", "keyword-changed"),
}

REQUEST, RESPONSE = "request", "response"

# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Change:
    """One semantic change.

    kind: what happened (`operation-added`, `property-removed`, `enum-values-added`, ...);
    path: where, as an operation (`GET /chat/completions`), a component schema
      (`#/components/schemas/ChatRequest`) or `servers`;
    at: the place inside it (`query parameter offset`, `request body application/json:
      messages[].role`, `choices[].finish_reason`; empty for the whole thing);
    detail: one line for people; breaking/rule: the classification (see RULES);
    operations: the operations affected (`METHOD /path`), sorted;
    items: the names involved when there are several (enum values, union members).
    """

    kind: str
    path: str
    at: str
    detail: str
    breaking: bool
    rule: str
    operations: tuple[str, ...] = ()
    items: tuple[str, ...] = ()

    @property
    def docs_only(self) -> bool:
        return self.kind == "docs-changed"

    def sort_key(self) -> tuple[Any, ...]:
        return (self.path, self.at, self.kind, self.detail, self.rule, self.operations, self.items)

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "breaking": self.breaking,
            "detail": self.detail,
            "items": list(self.items),
            "kind": self.kind,
            "operations": list(self.operations),
            "path": self.path,
            "rule": self.rule,
        }


@dataclass
class SdkDiff:
    functions_added: list[str] = field(default_factory=list)
    functions_removed: list[str] = field(default_factory=list)
    functions_changed: list[dict[str, Any]] = field(default_factory=list)
    models_added: list[str] = field(default_factory=list)
    models_removed: list[str] = field(default_factory=list)
    models_changed: list[dict[str, Any]] = field(default_factory=list)
    modules_added: list[str] = field(default_factory=list)
    modules_removed: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> bool:
        return bool(
            self.functions_removed
            or self.models_removed
            or self.modules_removed
            or any(f["breaking"] for f in self.functions_changed)
            or any(m["breaking"] for m in self.models_changed)
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "functions": {
                "added": self.functions_added,
                "changed": self.functions_changed,
                "removed": self.functions_removed,
            },
            "models": {
                "added": self.models_added,
                "changed": self.models_changed,
                "removed": self.models_removed,
            },
            "modules": {"added": self.modules_added, "removed": self.modules_removed},
        }


@dataclass
class DiffResult:
    old: str
    new: str
    changes: list[Change]  # sorted by Change.sort_key
    sdk: SdkDiff
    summary: dict[str, Any]

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def non_breaking(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking and not c.docs_only]

    @property
    def docs(self) -> list[Change]:
        return [c for c in self.changes if c.docs_only]


# ---------------------------------------------------------------- schema views

_DOC_KEYS = frozenset({"description", "summary", "title", "example", "examples", "externalDocs", "$comment"})
_ANNOTATION_KEYS = frozenset({"readOnly", "writeOnly", "xml", "contentMediaType", "contentEncoding"})
# Formats that change the Python type datamodel-code-generator writes (str -> UUID, ...).
_TYPED_FORMATS = frozenset(
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
_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_HANDLED = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "const",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "anyOf",
        "oneOf",
        "allOf",
        "discriminator",
        "format",
        "default",
        "deprecated",
        "pattern",
        "multipleOf",
        "uniqueItems",
        *_LOWER_BOUNDS,
        *_UPPER_BOUNDS,
    }
)
_SCHEMA_PREFIX = "#/components/schemas/"


def _is_doc_key(key: str) -> bool:
    return key in _DOC_KEYS or key in _ANNOTATION_KEYS or key.startswith("x-")


def _is_null(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") == "null"
        and all(k == "type" or _is_doc_key(k) for k in schema)
    )


def _annotation_only(schema: Any) -> bool:
    return isinstance(schema, dict) and all(_is_doc_key(k) for k in schema)


def _ref_name(ref: Any) -> str | None:
    if isinstance(ref, str) and ref.startswith(_SCHEMA_PREFIX):
        return ref[len(_SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")
    return None


def _unwrap(schema: Any) -> tuple[dict[str, Any], bool, dict[str, Any]]:
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
            if _is_doc_key(key):
                docs.setdefault(key, value)
        body = {k: v for k, v in node.items() if not _is_doc_key(k)}
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
                        if _is_doc_key(key):
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


def _members(node: dict[str, Any]) -> tuple[list[Any], bool]:
    """A union's members with nested unions flattened (null members dropped), and whether
    a null member was among them."""
    kw = "anyOf" if "anyOf" in node else "oneOf"
    out: list[Any] = []
    nullable = False
    for member in node.get(kw) or []:
        if _is_null(member):
            nullable = True
            continue
        core, inner_null, _ = _unwrap(member)
        nested = core.get("anyOf", core.get("oneOf"))
        if isinstance(nested, list) and set(core) <= {"anyOf", "oneOf", "discriminator"}:
            inner, null2 = _members(core)
            out.extend(inner)
            nullable = nullable or inner_null or null2
        else:
            out.append(member)
    return out, nullable


def _flatten(core: dict[str, Any], doc: dict[str, Any], seen: frozenset[str] = frozenset()) -> dict[str, Any]:
    """An object schema with every allOf part merged in, bases resolved (in `doc`)."""
    members = core.get("allOf")
    if not isinstance(members, list):
        return core
    merged = {k: v for k, v in core.items() if k != "allOf"}
    props = dict(merged.get("properties") or {})
    required = list(merged.get("required") or [])
    for member in members:
        inner, _, _ = _unwrap(member)
        ref = inner.get("$ref")
        if isinstance(ref, str):
            if ref in seen:
                continue
            inner, _, _ = _unwrap(_resolve(doc, inner))
            inner = _flatten(inner, doc, seen | {ref})
        else:
            inner = _flatten(inner, doc, seen)
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


def _merged(core: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """An object schema with its inline allOf parts merged in, and the names of its allOf bases."""
    members = core.get("allOf")
    if not isinstance(members, list):
        return core, ()
    merged = {k: v for k, v in core.items() if k != "allOf"}
    bases: list[str] = []
    props = dict(merged.get("properties") or {})
    required = list(merged.get("required") or [])
    for member in members:
        inner, _, _ = _unwrap(member)
        name = _ref_name(inner.get("$ref"))
        if name is not None:
            bases.append(name)
            continue
        inner, inner_bases = _merged(inner)
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


_JSON_TYPES = {str: "string", bool: "boolean", int: "integer", float: "number", dict: "object", list: "array"}


def _types(core: dict[str, Any]) -> frozenset[str] | None:
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
    values = _enum(core)
    if values is not None:
        return frozenset(_JSON_TYPES.get(type(json.loads(v)), "null") for v in values) or None
    return None


def _enum(core: dict[str, Any]) -> frozenset[str] | None:
    """Allowed values as canonical JSON texts (enum or const), None if unrestricted."""
    if isinstance(core.get("enum"), list):
        return frozenset(_canon(v) for v in core["enum"] if v is not None)
    if "const" in core and core["const"] is not None:
        return frozenset({_canon(core["const"])})
    return None


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _show_value(text: str) -> str:
    value = json.loads(text)
    return value if isinstance(value, str) else text


def _covers(wide: frozenset[str] | None, narrow: frozenset[str] | None) -> bool:
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _type_text(types: frozenset[str] | None) -> str:
    return "any" if types is None else " | ".join(sorted(types))


def _tag(core: dict[str, Any], prefer: str | None) -> str | None:
    """A union member's tag: the value of a property that allows exactly one value."""
    merged, _ = _merged(core)
    props = merged.get("properties") or {}
    names = [n for n in (prefer, "type", "object", "kind", "role", "event") if n] + sorted(props)
    for name in names:
        if name in props:
            inner, _, _ = _unwrap(props[name])
            values = _enum(inner)
            if values is not None and len(values) == 1:
                return f"{name}={_show_value(next(iter(values)))}"
    return None


# ---------------------------------------------------------------- reach


def _schema_refs(node: Any) -> set[str]:
    """Names of the component schemas a subtree refers to (examples are data, not schemas)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            name = _ref_name(item.get("$ref"))
            if name is not None:
                found.add(name)
            for key, value in item.items():
                if key not in ("example", "examples") and isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))
    return found


def _resolve(doc: dict[str, Any], node: Any) -> Any:
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


def _deep_refs(doc: dict[str, Any], node: Any) -> set[str]:
    """Schema names referred to by a part of an operation, following its `$ref`s to component
    parameters, request bodies and responses."""
    names: set[str] = set()
    stack, seen = [node], set()
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                name = _ref_name(ref)
                if name is not None:
                    names.add(name)
                elif ref not in seen:
                    seen.add(ref)
                    stack.append(_resolve(doc, item))
            for key, value in item.items():
                if key not in ("example", "examples") and isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))
    return names


@dataclass
class _Op:
    label: str  # "GET /path"
    method: str
    path: str
    node: dict[str, Any]
    item: dict[str, Any]


def _operations(doc: dict[str, Any]) -> dict[str, _Op]:
    ops: dict[str, _Op] = {}
    for path, item in (doc.get("paths") or {}).items():
        item = _resolve(doc, item)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                label = f"{method.upper()} {path}"
                ops[label] = _Op(label, method, path, op, item)
    return ops


def _reach(doc: dict[str, Any], ops: dict[str, _Op]) -> dict[str, dict[str, set[str]]]:
    """component schema -> {operation label -> {"request", "response"}} through $refs."""
    schemas = (doc.get("components") or {}).get("schemas") or {}
    graph = {name: _schema_refs(schema) for name, schema in schemas.items()}
    reach: dict[str, dict[str, set[str]]] = {}
    for label, op in ops.items():
        request_roots = _deep_refs(doc, [op.item.get("parameters"), op.node.get("parameters")])
        request_roots |= _deep_refs(doc, op.node.get("requestBody"))
        response_roots = _deep_refs(doc, op.node.get("responses"))
        for direction, roots in ((REQUEST, request_roots), (RESPONSE, response_roots)):
            seen: set[str] = set()
            stack = list(roots)
            while stack:
                name = stack.pop()
                if name in seen:
                    continue
                seen.add(name)
                stack.extend(graph.get(name, ()))
            for name in seen:
                reach.setdefault(name, {}).setdefault(label, set()).add(direction)
    return reach


# ---------------------------------------------------------------- comparison


@dataclass(frozen=True)
class _Site:
    owner: str
    prefix: str  # "request body application/json", "" in a component
    directions: frozenset[str]  # empty: no operation reaches it
    operations: tuple[str, ...]

    def at(self, where: str) -> str:
        if not self.prefix:
            return where
        return f"{self.prefix}: {where}" if where else self.prefix


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _classify(fact: str, directions: frozenset[str]) -> tuple[bool, str]:
    if fact not in _SCHEMA_FACTS:
        rule = fact
        return RULES[rule][0], rule
    if not directions:
        return False, "unreferenced-schema"
    request_rule, response_rule = _SCHEMA_FACTS[fact]
    rules = [r for d, r in ((REQUEST, request_rule), (RESPONSE, response_rule)) if d in directions]
    for rule in rules:
        if RULES[rule][0]:
            return True, rule
    return False, rules[0]


class _Comparer:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.old_schemas = (old.get("components") or {}).get("schemas") or {}
        self.new_schemas = (new.get("components") or {}).get("schemas") or {}
        self.out: list[Change] = []
        self.docs: dict[str, tuple[_Site, list[str]]] = {}
        self.assumed: set[tuple[str, str]] = set()
        self.relations: dict[tuple[str, str, frozenset[str]], tuple[str, list[Change]]] = {}
        self.extracted: dict[str, set[str]] = {}  # new component -> places that held it inline
        self.quiet = 0  # > 0: documentation changes are not collected (trials, moved schemas)
        self.moved = 0  # > 0: comparing an inline schema with the new component it moved into
        old_ops, new_ops = _operations(old), _operations(new)
        self.old_ops, self.new_ops = old_ops, new_ops
        self.reach_old, self.reach_new = _reach(old, old_ops), _reach(new, new_ops)

    def component_site(self, name: str) -> _Site:
        users_old, users_new = self.reach_old.get(name, {}), self.reach_new.get(name, {})
        operations = tuple(sorted(set(users_old) | set(users_new)))
        directions = frozenset().union(*users_old.values(), *users_new.values())
        return _Site(_SCHEMA_PREFIX + name, "", directions, operations)

    # ---------------------------------------------------------- recording
    def emit(
        self, site: _Site, fact: str, where: str, detail: str, items: Iterable[str] = (), kind: str = ""
    ) -> None:
        breaking, rule = _classify(fact, site.directions)
        if self.moved:
            detail += " (compared with the inline schema it replaces)"
        self.out.append(
            Change(
                kind=kind or fact,
                path=site.owner,
                at=site.at(where),
                detail=detail,
                breaking=breaking,
                rule=rule,
                operations=site.operations,
                items=tuple(items),
            )
        )

    def doc_change(self, site: _Site, where: str, key: str) -> None:
        if self.quiet:
            return
        entry = self.docs.setdefault(site.owner, (site, []))
        label = site.at(where)
        entry[1].append(f"{label}: {key}" if label else key)

    def compare_docs(self, site: _Site, a: dict[str, Any], b: dict[str, Any], where: str) -> None:
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                self.doc_change(site, where, key)

    # ---------------------------------------------------------- schemas
    def schema(self, site: _Site, a: Any, b: Any, where: str) -> None:
        if a == b:
            return
        ca, na, da = _unwrap(a)
        cb, nb, db = _unwrap(b)
        ra, rb = ca.get("$ref"), cb.get("$ref")
        if isinstance(ra, str) and isinstance(rb, str) and ra != rb:
            # May the value be null: the place says so, or the schema it names does.
            na = na or _unwrap(self.target(ra, old=True))[1]
            nb = nb or _unwrap(self.target(rb, old=False))[1]
        for _ in range(16):  # an inline schema against a $ref (not a union of them)
            ra, rb = ca.get("$ref"), cb.get("$ref")
            if isinstance(ra, str) == isinstance(rb, str):
                break
            if _is_union(cb if isinstance(ra, str) else ca):
                # A union against a $ref: the $ref is one of its members, unless it names a union.
                named = self.target(ra, old=True) if isinstance(ra, str) else self.target(rb, old=False)
                if not _is_union(_unwrap(named)[0]):
                    break
            if isinstance(rb, str):
                name = _ref_name(rb)
                ct, nt, dt = _unwrap(self.target(rb, old=False))
                if name is not None and name not in self.old_schemas and name in self.new_schemas:
                    # Moved into a new component: what differs is reported once, at it.
                    self.extracted.setdefault(name, set()).add(f"{site.owner} {site.at(where)}".strip())
                    if not self.moved:  # (inside a new schema, that it uses another is no news)
                        self.emit(site, "schema-extracted", where, f"now refers to {name} (a new schema)")
                    self.nullability(site, na, nb or nt, where)
                    self.quiet += 1
                    self.moved += 1
                    try:
                        self.core(self.component_site(name), ca, ct, "")
                    finally:
                        self.quiet -= 1
                        self.moved -= 1
                    return
                if name in self.old_schemas:
                    before, null_before, _ = _unwrap(self.old_schemas[name])
                    if _canonical(before) == _canonical(ca):
                        # It held what the component held: its own changes are reported at it.
                        self.emit(site, "schema-extracted", where, f"now refers to {name} (same shape)")
                        self.nullability(site, na, nb or null_before, where)
                        return
                self.emit(site, "schema-extracted", where, f"now refers to {name or rb}")
                cb, nb, db = ct, nb or nt, {**dt, **db}
            else:
                name = _ref_name(ra)
                ct, nt, dt = _unwrap(self.target(str(ra), old=True))
                if name in self.new_schemas:
                    after, null_after, _ = _unwrap(self.new_schemas[name])
                    if _canonical(after) == _canonical(cb):
                        self.emit(site, "schema-inlined", where, f"inline copy of {name} (same shape)")
                        self.nullability(site, na or null_after, nb, where)
                        return
                self.emit(site, "schema-inlined", where, f"no longer refers to {name or ra}: inline schema")
                ca, na, da = ct, na or nt, {**dt, **da}
        self.compare_docs(site, da, db, where)
        self.nullability(site, na, nb, where)
        self.core(site, ca, cb, where)

    def nullability(self, site: _Site, before: bool, after: bool, where: str) -> None:
        if before != after:
            fact = "nullable-added" if after else "nullable-removed"
            self.emit(site, fact, where, "may now be null" if after else "may no longer be null")

    def core(self, site: _Site, a: dict[str, Any], b: dict[str, Any], where: str) -> None:
        if a == b:
            return
        ra, rb = a.get("$ref"), b.get("$ref")
        if isinstance(ra, str) and isinstance(rb, str):
            if ra != rb:
                self.ref_swap(site, ra, rb, where)
            return
        if _is_union(a) or _is_union(b):
            self.union(site, a, b, where)
            return
        if isinstance(ra, str) or isinstance(rb, str):
            self.emit(site, "type-changed", where, "a chain of $refs changed")
            return
        self.shape(site, a, b, where)

    def target(self, ref: str, old: bool) -> Any:
        return _resolve(self.old if old else self.new, {"$ref": ref})

    def trial(self, site: _Site, a: Any, b: Any) -> list[Change]:
        """The changes between two schemas (nullability aside), without recording them."""
        saved, self.out = self.out, []
        self.quiet += 1
        try:
            self.core(site, _unwrap(a)[0], _unwrap(b)[0], "")
            return self.out
        finally:
            self.out = saved
            self.quiet -= 1

    def ref_relation(self, site: _Site, ra: str, rb: str) -> tuple[str, list[Change]]:
        """How the schema `ra` (old) relates to `rb` (new): equivalent, compatible or changed."""
        pair = (ra, rb)
        if pair in self.assumed:
            return "ref-equivalent", []
        cached = self.relations.get((ra, rb, site.directions))
        if cached is not None:
            return cached
        self.assumed.add(pair)
        try:
            trial_site = _Site(site.owner, "", site.directions, site.operations)
            found = self.trial(trial_site, self.target(ra, old=True), self.target(rb, old=False))
            found = [c for c in found if c.kind != "ref-equivalent"]  # same shape inside
        finally:
            self.assumed.discard(pair)
        if not found:
            result: tuple[str, list[Change]] = ("ref-equivalent", [])
        elif any(c.breaking for c in found):
            result = ("ref-changed", found)
        else:
            result = ("ref-changed-compatible", found)
        self.relations[(ra, rb, site.directions)] = result
        return result

    def ref_swap(self, site: _Site, ra: str, rb: str, where: str) -> None:
        na, nb = _ref_name(ra) or ra, _ref_name(rb) or rb
        fact, found = self.ref_relation(site, ra, rb)
        if fact == "ref-equivalent":
            detail = f"now refers to {nb} instead of {na} (same shape)"
        else:
            shown = "; ".join(f"{c.at or '(root)'}: {c.detail}" for c in found[:3])
            more = f"; and {len(found) - 3} more" if len(found) > 3 else ""
            detail = f"now refers to {nb} instead of {na}: {shown}{more}"
        self.emit(site, fact, where, detail, items=(na, nb))

    # ---------------------------------------------------------- unions
    def union(self, site: _Site, a: dict[str, Any], b: dict[str, Any], where: str) -> None:
        kw_a = "anyOf" if "anyOf" in a else "oneOf" if "oneOf" in a else None
        kw_b = "anyOf" if "anyOf" in b else "oneOf" if "oneOf" in b else None
        ma, null_a = _members(a) if kw_a else ([a], False)
        mb, null_b = _members(b) if kw_b else ([b], False)
        if null_a != null_b:  # a null member inside a nested union
            fact = "nullable-added" if null_b else "nullable-removed"
            self.emit(site, fact, where, "may now be null" if null_b else "may no longer be null")
        prefer = _disc_name(b) or _disc_name(a)
        if kw_a and kw_b:
            notes = []
            if kw_a != kw_b:
                notes.append(f"{kw_a} -> {kw_b}")
            da, db = _disc_name(a), _disc_name(b)
            if da != db:
                if da is None:
                    notes.append(f"discriminator {db!r} added")
                elif db is None:
                    notes.append(f"discriminator {da!r} removed")
                else:
                    notes.append(f"discriminator {da!r} -> {db!r}")
            if notes:
                self.emit(site, "union-changed", where, "union: " + ", ".join(notes))
            rest_a = {k: v for k, v in a.items() if k not in (kw_a, "discriminator")}
            rest_b = {k: v for k, v in b.items() if k not in (kw_b, "discriminator")}
            if rest_a or rest_b:
                self.shape(site, rest_a, rest_b, where)
        single = not (kw_a and kw_b)

        def label(key: tuple[str, str]) -> str:
            return "" if single else f"<{key[1]}>"

        left_a = dict(zip(_member_keys(ma, prefer), ma, strict=True))
        left_b = dict(zip(_member_keys(mb, prefer), mb, strict=True))
        # 1. the same $ref, tag, title or type
        for key in [k for k in left_b if k in left_a]:
            self.schema(site, left_a.pop(key), left_b.pop(key), where + label(key))
        # 2. the same tag, one side or both behind a $ref (a member moved into a component)
        tags_a = {k: _member_tag(self.old, v, prefer) for k, v in left_a.items()}
        tags_b = {k: _member_tag(self.new, v, prefer) for k, v in left_b.items()}
        for kb, tag in list(tags_b.items()):
            ka = next((k for k, t in tags_a.items() if t is not None and t == tag and k in left_a), None)
            if ka is not None:
                self.schema(site, left_a.pop(ka), left_b.pop(kb), where + label(kb))
        # 3. a member replaced by a differently named schema of the same shape
        for ka in [k for k in left_a if k[0] == "ref"]:
            for kb in [k for k in left_b if k[0] == "ref"]:
                fact, _ = self.ref_relation(site, left_a[ka]["$ref"], left_b[kb]["$ref"])
                if fact == "ref-equivalent":
                    del left_a[ka], left_b[kb]
                    self.emit(
                        site,
                        "ref-equivalent",
                        where + label(ka),
                        f"member {ka[1]} replaced by {kb[1]} (same shape)",
                        items=(ka[1], kb[1]),
                    )
                    break
        # 4. one remaining member on each side, at least one inline: the same member, changed
        if len(left_a) == 1 and len(left_b) == 1:
            (ka, va), (kb, vb) = next(iter(left_a.items())), next(iter(left_b.items()))
            if ka[0] != "ref" or kb[0] != "ref":
                self.schema(site, va, vb, where + label(kb))
                return
        if not kw_a and left_a and len(left_b) == len(mb):
            # A single schema became a union that does not contain it.
            names = " | ".join(k[1] for k in left_b)
            old_label = next(iter(left_a))[1]
            fact = "type-narrowed" if _unconstrained(a) else "type-changed"
            self.emit(site, fact, where, f"{old_label} -> union of {names}", items=[k[1] for k in left_b])
            return
        if not kw_b and left_b and len(left_a) == len(ma):
            names = " | ".join(k[1] for k in left_a)
            new_label = next(iter(left_b))[1]
            fact = "type-widened" if _unconstrained(b) else "type-changed"
            self.emit(site, fact, where, f"union of {names} -> {new_label}", items=[k[1] for k in left_a])
            return
        if left_b:
            names = [k[1] for k in left_b]
            fact = "became-union" if not kw_a else "variants-added"
            what = "member" if len(names) == 1 else "members"
            prefix = "now a union; " if not kw_a else ""
            self.emit(
                site,
                fact,
                where,
                f"{prefix}{len(names)} union {what} added: {_names(names)}",
                items=names,
                kind="variants-added",
            )
        if left_a:
            names = [k[1] for k in left_a]
            what = "member" if len(names) == 1 else "members"
            self.emit(
                site,
                "variants-removed",
                where,
                f"{len(names)} union {what} removed: {_names(names)}",
                items=names,
            )

    # ---------------------------------------------------------- objects and values
    def shape(self, site: _Site, a: dict[str, Any], b: dict[str, Any], where: str) -> None:
        merged_a, bases_a = _merged(a)
        merged_b, bases_b = _merged(b)
        if bases_a == bases_b:
            # Changes inside the bases are reported at the bases.
            a, b = merged_a, merged_b
        else:
            # Properties moved into (or out of) a base: compare what the object holds.
            for name in bases_b:
                if name not in bases_a:
                    self.emit(site, "schema-extracted", where, f"now extends {name} (allOf)")
            for name in bases_a:
                if name not in bases_b:
                    self.emit(site, "schema-inlined", where, f"no longer extends {name} (allOf)")
            a, b = _flatten(a, self.old), _flatten(b, self.new)
        ta, tb = _types(a), _types(b)
        if ta != tb:
            if _covers(tb, ta):
                self.emit(site, "type-widened", where, f"type {_type_text(ta)} -> {_type_text(tb)}")
            elif _covers(ta, tb):
                self.emit(site, "type-narrowed", where, f"type {_type_text(ta)} -> {_type_text(tb)}")
            else:
                self.emit(site, "type-changed", where, f"type {_type_text(ta)} -> {_type_text(tb)}")
                return
        self.values(site, a, b, where)
        self.constraints(site, a, b, where)
        self.properties(site, a, b, where)
        if "items" in a or "items" in b:
            self.schema(site, a.get("items", {}), b.get("items", {}), where + "[]")
        self.extra(site, a.get("additionalProperties"), b.get("additionalProperties"), where)
        for key in sorted((set(a) | set(b)) - _HANDLED):
            if a.get(key) != b.get(key):
                self.emit(site, "keyword-changed", where, f"keyword {key!r} changed")

    def values(self, site: _Site, a: dict[str, Any], b: dict[str, Any], where: str) -> None:
        ea, eb = _enum(a), _enum(b)
        if ea is not None and eb is not None:
            added = sorted(eb - ea)
            removed = sorted(ea - eb)
            if added:
                shown = [_show_value(v) for v in added]
                what = "value" if len(shown) == 1 else "values"
                self.emit(site, "enum-values-added", where, f"enum {what} added: {_names(shown)}", shown)
            if removed:
                shown = [_show_value(v) for v in removed]
                what = "value" if len(shown) == 1 else "values"
                self.emit(site, "enum-values-removed", where, f"enum {what} removed: {_names(shown)}", shown)
        elif eb is not None:
            shown = [_show_value(v) for v in sorted(eb)]
            self.emit(site, "enum-added", where, f"now restricted to {_names(shown)}", shown)
        elif ea is not None:
            self.emit(site, "enum-removed", where, "no longer restricted to a list of values")
        fa, fb = a.get("format"), b.get("format")
        typed_a = fa if fa in _TYPED_FORMATS else None
        typed_b = fb if fb in _TYPED_FORMATS else None
        if typed_a != typed_b:
            if typed_b is None:
                self.emit(site, "format-removed", where, f"format {typed_a} removed", kind="format-changed")
            else:
                self.emit(site, "format-changed", where, f"format {typed_a or '(none)'} -> {typed_b}")
        elif fa != fb:
            self.doc_change(site, where, "format")
        if a.get("default") != b.get("default"):
            if "default" not in b:
                detail = "default removed"
            elif "default" not in a:
                detail = f"default {_canon(b['default'])} added"
            else:
                detail = f"default {_canon(a['default'])} -> {_canon(b['default'])}"
            self.emit(site, "default-changed", where, detail)
        if bool(a.get("deprecated")) != bool(b.get("deprecated")):
            detail = "deprecated" if b.get("deprecated") else "no longer deprecated"
            self.emit(site, "deprecated", where, detail)

    def constraints(self, site: _Site, a: dict[str, Any], b: dict[str, Any], where: str) -> None:
        for key in (*_LOWER_BOUNDS, *_UPPER_BOUNDS, "pattern", "multipleOf", "uniqueItems"):
            va, vb = a.get(key), b.get(key)
            if va == vb:
                continue
            if vb is None:
                tighter = False
            elif va is None:
                tighter = key != "uniqueItems" or bool(vb)
            elif key in _LOWER_BOUNDS and _is_number(va) and _is_number(vb):
                tighter = vb > va
            elif key in _UPPER_BOUNDS and _is_number(va) and _is_number(vb):
                tighter = vb < va
            elif key == "uniqueItems":
                tighter = bool(vb)
            else:
                tighter = True
            fact = "constraint-tightened" if tighter else "constraint-loosened"
            detail = f"{key} {_canon(va) if va is not None else '(none)'} -> "
            detail += _canon(vb) if vb is not None else "(none)"
            self.emit(site, fact, where, detail)

    def properties(self, site: _Site, a: dict[str, Any], b: dict[str, Any], where: str) -> None:
        pa, pb = a.get("properties") or {}, b.get("properties") or {}
        req_a, req_b = set(a.get("required") or ()), set(b.get("required") or ())
        if not isinstance(pa, dict) or not isinstance(pb, dict):
            return
        for name in pb:
            if name not in pa:
                required = name in req_b
                fact = "property-added-required" if required else "property-added-optional"
                self.emit(
                    site,
                    fact,
                    _join(where, name),
                    f"{'required' if required else 'optional'} property added",
                    kind="property-added",
                )
        for name in pa:
            if name not in pb:
                self.emit(site, "property-removed", _join(where, name), "property removed")
        for name in pa:
            if name not in pb:
                continue
            inner = _join(where, name)
            if (name in req_a) != (name in req_b):
                if name in req_b:
                    self.emit(site, "property-became-required", inner, "now required")
                else:
                    self.emit(site, "property-became-optional", inner, "now optional")
            self.schema(site, pa[name], pb[name], inner)
        # `required` naming properties that are not declared here (set by an allOf part).
        for name in sorted((req_a ^ req_b) - set(pa) - set(pb)):
            fact = "property-became-required" if name in req_b else "property-became-optional"
            self.emit(site, fact, _join(where, name), "now required" if name in req_b else "now optional")

    def extra(self, site: _Site, a: Any, b: Any, where: str) -> None:
        """additionalProperties: absent, true and {} allow anything."""
        open_a = a is None or a is True or a == {}
        open_b = b is None or b is True or b == {}
        if open_a and open_b:
            return
        if isinstance(a, dict) and isinstance(b, dict) and not open_a and not open_b:
            self.schema(site, a, b, where + "{}")
        elif a is False and b is not False:
            self.emit(site, "extra-properties-allowed", where, "additional properties now allowed")
        elif b is False and a is not False:
            self.emit(site, "extra-properties-refused", where, "additional properties no longer allowed")
        elif open_a:
            self.emit(site, "type-narrowed", where + "{}", "additional properties now typed")
        elif open_b:
            self.emit(site, "type-widened", where + "{}", "additional properties no longer typed")

    # ---------------------------------------------------------- components
    def components(self) -> None:
        for name in sorted(set(self.old_schemas) & set(self.new_schemas)):
            self.schema(self.component_site(name), self.old_schemas[name], self.new_schemas[name], "")
        for name in sorted(set(self.new_schemas) - set(self.old_schemas)):
            site = self.component_site(name)
            places = sorted(self.extracted.get(name, ()))
            detail = f"new schema (model class {class_name(name)})"
            if places:
                what = "place" if len(places) == 1 else "places"
                detail += f", replacing the inline schema at {len(places)} {what}"
            self.out.append(
                Change(
                    "schema-added",
                    site.owner,
                    "",
                    detail,
                    False,
                    "schema-added",
                    site.operations,
                    tuple(places),
                )
            )
        for name in sorted(set(self.old_schemas) - set(self.new_schemas)):
            site = self.component_site(name)
            detail = f"schema removed (model class {class_name(name)})"
            self.out.append(
                Change(
                    "schema-removed", site.owner, "", detail, True, "schema-removed", site.operations, (name,)
                )
            )

    # ---------------------------------------------------------- operations
    def operations(self, old_ops: dict[str, _Op], new_ops: dict[str, _Op]) -> None:
        for label in sorted(set(old_ops) | set(new_ops)):
            a, b = old_ops.get(label), new_ops.get(label)
            ops = (label,)
            if a is None:
                assert b is not None
                op_id = b.node.get("operationId", "")
                self.out.append(
                    Change("operation-added", label, "", f"new operation {op_id}", False, "op-added", ops)
                )
            elif b is None:
                op_id = a.node.get("operationId", "")
                self.out.append(
                    Change(
                        "operation-removed", label, "", f"operation {op_id} removed", True, "op-removed", ops
                    )
                )
            elif a.node != b.node or a.item.get("parameters") != b.item.get("parameters"):
                self.operation(a, b)

    def operation(self, a: _Op, b: _Op) -> None:
        label = a.label
        site = _Site(label, "", frozenset({REQUEST}), (label,))
        oa, ob = a.node, b.node

        def simple(kind: str, rule: str, where: str, detail: str) -> None:
            self.out.append(Change(kind, label, where, detail, RULES[rule][0], rule, (label,)))

        if oa.get("operationId") != ob.get("operationId"):
            simple(
                "operation-renamed",
                "op-renamed",
                "",
                f"operationId {oa.get('operationId')} -> {ob.get('operationId')}",
            )
        tag_a, tag_b = (oa.get("tags") or ["default"])[0], (ob.get("tags") or ["default"])[0]
        if tag_a != tag_b:
            simple("operation-moved", "op-moved", "", f"tag {tag_a!r} -> {tag_b!r}")
        if bool(oa.get("deprecated")) != bool(ob.get("deprecated")):
            detail = "deprecated" if ob.get("deprecated") else "no longer deprecated"
            simple("operation-deprecated", "op-deprecated", "", detail)
        for key in ("summary", "description", "externalDocs"):
            if oa.get(key) != ob.get(key):
                self.doc_change(site, "", key)
        for key in sorted(k for k in set(oa) | set(ob) if k.startswith("x-")):
            if oa.get(key) != ob.get(key):
                self.doc_change(site, "", key)
        sec_a = oa.get("security", self.old.get("security"))
        sec_b = ob.get("security", self.new.get("security"))
        if sec_a != sec_b:
            if _needs_auth(sec_b) and not _needs_auth(sec_a):
                simple("security-changed", "security-required", "", "now requires credentials")
            else:
                simple("security-changed", "security-changed", "", "security requirements changed")
        self.parameters(a, b)
        self.request_body(a, b)
        self.responses(a, b)

    def parameters(self, a: _Op, b: _Op) -> None:
        label = a.label
        pa, pb = _params(self.old, a), _params(self.new, b)
        for key in pb:
            if key not in pa:
                required = bool(pb[key].get("required", key[0] == "path"))
                rule = "param-added-required" if required else "param-added-optional"
                what = "required" if required else "optional"
                self.out.append(
                    Change(
                        "parameter-added",
                        label,
                        f"{key[0]} parameter {key[1]}",
                        f"{what} parameter added",
                        RULES[rule][0],
                        rule,
                        (label,),
                    )
                )
        for key in pa:
            if key not in pb:
                self.out.append(
                    Change(
                        "parameter-removed",
                        label,
                        f"{key[0]} parameter {key[1]}",
                        "parameter removed",
                        True,
                        "param-removed",
                        (label,),
                    )
                )
        for key in pa:
            if key not in pb:
                continue
            x, y = pa[key], pb[key]
            if x == y:
                continue
            at = f"{key[0]} parameter {key[1]}"
            site = _Site(label, at, frozenset({REQUEST}), (label,))
            req_x, req_y = (
                bool(x.get("required", key[0] == "path")),
                bool(y.get("required", key[0] == "path")),
            )
            if req_x != req_y:
                rule = "param-became-required" if req_y else "param-became-optional"
                detail = "now required" if req_y else "now optional"
                self.out.append(
                    Change("parameter-changed", label, at, detail, RULES[rule][0], rule, (label,))
                )
            if bool(x.get("deprecated")) != bool(y.get("deprecated")):
                detail = "deprecated" if y.get("deprecated") else "no longer deprecated"
                self.out.append(
                    Change("parameter-changed", label, at, detail, False, "param-deprecated", (label,))
                )
            if (x.get("style"), x.get("explode")) != (y.get("style"), y.get("explode")):
                self.out.append(
                    Change(
                        "parameter-changed",
                        label,
                        at,
                        "serialization (style/explode) changed",
                        True,
                        "param-style-changed",
                        (label,),
                    )
                )
            for k in ("description", "example", "examples"):
                if x.get(k) != y.get(k):
                    self.doc_change(site, "", k)
            self.schema(site, _param_schema(x), _param_schema(y), "")

    def request_body(self, a: _Op, b: _Op) -> None:
        label = a.label
        ra = _resolve(self.old, a.node.get("requestBody")) if "requestBody" in a.node else None
        rb = _resolve(self.new, b.node.get("requestBody")) if "requestBody" in b.node else None
        if ra is None and rb is None:
            return
        if ra is None:
            assert rb is not None
            rule = "body-added-required" if rb.get("required") else "body-added-optional"
            self.out.append(
                Change(
                    "request-body-added",
                    label,
                    "request body",
                    "request body added",
                    RULES[rule][0],
                    rule,
                    (label,),
                )
            )
            return
        if rb is None:
            self.out.append(
                Change(
                    "request-body-removed",
                    label,
                    "request body",
                    "request body removed",
                    True,
                    "body-removed",
                    (label,),
                )
            )
            return
        if bool(ra.get("required")) != bool(rb.get("required")):
            rule = "body-became-required" if rb.get("required") else "body-became-optional"
            detail = "now required" if rb.get("required") else "now optional"
            self.out.append(
                Change("request-body-changed", label, "request body", detail, RULES[rule][0], rule, (label,))
            )
        site = _Site(label, "request body", frozenset({REQUEST}), (label,))
        if ra.get("description") != rb.get("description"):
            self.doc_change(site, "", "description")
        self.content(label, "request body", REQUEST, ra.get("content") or {}, rb.get("content") or {})

    def content(self, label: str, prefix: str, direction: str, ca: dict, cb: dict) -> None:
        removed_rule = "request-media-type-removed" if direction == REQUEST else "response-media-type-removed"
        for media in cb:
            if media not in ca:
                self.out.append(
                    Change(
                        "media-type-added",
                        label,
                        f"{prefix} {media}",
                        f"media type {media} added",
                        False,
                        "media-type-added",
                        (label,),
                    )
                )
        for media in ca:
            if media not in cb:
                self.out.append(
                    Change(
                        "media-type-removed",
                        label,
                        f"{prefix} {media}",
                        f"media type {media} removed",
                        True,
                        removed_rule,
                        (label,),
                    )
                )
        for media in ca:
            if media in cb and ca[media] != cb[media]:
                x, y = ca[media] or {}, cb[media] or {}
                site = _Site(label, f"{prefix} {media}", frozenset({direction}), (label,))
                for k in ("example", "examples"):
                    if x.get(k) != y.get(k):
                        self.doc_change(site, "", k)
                self.schema(site, x.get("schema", {}), y.get("schema", {}), "")

    def responses(self, a: _Op, b: _Op) -> None:
        label = a.label
        ra, rb = a.node.get("responses") or {}, b.node.get("responses") or {}
        for status in rb:
            if status not in ra:
                self.out.append(
                    Change(
                        "status-added",
                        label,
                        f"response {status}",
                        f"response status {status} added",
                        False,
                        "status-added",
                        (label,),
                    )
                )
        for status in ra:
            if status not in rb:
                self.out.append(
                    Change(
                        "status-removed",
                        label,
                        f"response {status}",
                        f"response status {status} removed",
                        True,
                        "status-removed",
                        (label,),
                    )
                )
        for status in ra:
            if status not in rb or ra[status] == rb[status]:
                continue
            x, y = _resolve(self.old, ra[status]), _resolve(self.new, rb[status])
            prefix = f"response {status}"
            site = _Site(label, prefix, frozenset({RESPONSE}), (label,))
            if x.get("description") != y.get("description"):
                self.doc_change(site, "", "description")
            if (x.get("headers") or {}) != (y.get("headers") or {}):
                self.doc_change(site, "", "headers")
            self.content(label, prefix, RESPONSE, x.get("content") or {}, y.get("content") or {})

    def document_level(self) -> None:
        def server(doc: dict[str, Any]) -> str:
            servers = doc.get("servers") or []
            return str(servers[0].get("url", "")) if servers and isinstance(servers[0], dict) else ""

        if server(self.old) != server(self.new):
            self.out.append(
                Change(
                    "server-changed",
                    "servers",
                    "",
                    f"base URL {server(self.old) or '(none)'} -> {server(self.new) or '(none)'}",
                    False,
                    "server-changed",
                )
            )
        site = _Site("info", "", frozenset(), ())
        info_a, info_b = self.old.get("info") or {}, self.new.get("info") or {}
        for key in sorted(set(info_a) | set(info_b)):
            if info_a.get(key) != info_b.get(key):
                self.doc_change(site, "", key)
        tags_a = {t.get("name"): t for t in self.old.get("tags") or [] if isinstance(t, dict)}
        tags_b = {t.get("name"): t for t in self.new.get("tags") or [] if isinstance(t, dict)}
        tag_site = _Site("tags", "", frozenset(), ())
        for name in sorted(set(tags_a) & set(tags_b), key=str):
            if tags_a[name] != tags_b[name]:
                self.doc_change(tag_site, str(name), "description")
        for key in sorted(k for k in set(self.old) | set(self.new) if k.startswith("x-")):
            if self.old.get(key) != self.new.get(key):
                self.doc_change(_Site(key, "", frozenset(), ()), "", key)

    def collapse_docs(self) -> None:
        for owner, (site, entries) in self.docs.items():
            keys = Counter(e.rsplit(": ", 1)[-1] for e in entries)
            detail = ", ".join(f"{k} x{n}" if n > 1 else k for k, n in sorted(keys.items()))
            self.out.append(
                Change(
                    "docs-changed",
                    owner,
                    "",
                    f"documentation only: {detail}",
                    False,
                    "docs-only",
                    site.operations,
                    tuple(sorted(set(entries))),
                )
            )


def _names(values: list[str], limit: int = 15) -> str:
    shown = ", ".join(values[:limit])
    return shown + (f", ... (+{len(values) - limit})" if len(values) > limit else "")


def _disc_name(node: dict[str, Any]) -> str | None:
    disc = node.get("discriminator")
    return disc.get("propertyName") if isinstance(disc, dict) else None


def _member_keys(members: list[Any], prefer: str | None) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = []
    for member in members:
        core, _, docs = _unwrap(member)
        name = _ref_name(core.get("$ref"))
        if name is not None:
            key = ("ref", name)
        elif (tag := _tag(core, prefer)) is not None:
            key = ("tag", tag)
        elif isinstance(docs.get("title"), str):
            key = ("title", docs["title"])
        else:
            key = ("type", _type_text(_types(_merged(core)[0])))
        base, n = key, 1
        while key in keys:
            n += 1
            key = (base[0], f"{base[1]}#{n}")
        keys.append(key)
    return keys


def _member_tag(doc: dict[str, Any], member: Any, prefer: str | None) -> str | None:
    core, _, _ = _unwrap(member)
    if isinstance(core.get("$ref"), str):
        core, _, _ = _unwrap(_resolve(doc, core))
    return _tag(_flatten(core, doc), prefer) if isinstance(core, dict) else None


def _is_union(core: dict[str, Any]) -> bool:
    return isinstance(core.get("anyOf"), list) or isinstance(core.get("oneOf"), list)


def _canonical(node: Any, names: bool = False) -> Any:
    """A schema without documentation, with unordered lists sorted: equal means same shape."""
    if isinstance(node, list):
        return [_canonical(v) for v in node]
    if not isinstance(node, dict):
        return node
    if names:  # a map of property names to schemas
        return {k: _canonical(v) for k, v in node.items()}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if _is_doc_key(key):
            continue
        if key in ("required", "enum") and isinstance(value, list):
            out[key] = sorted(_canon(v) for v in value)
        elif key == "type" and isinstance(value, list):
            out[key] = sorted(map(str, value))
        elif key in ("const", "default"):
            out[key] = value
        elif key in ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"):
            out[key] = _canonical(value, names=True)
        else:
            out[key] = _canonical(value)
    return out


def _unconstrained(core: dict[str, Any]) -> bool:
    return all(k in ("allOf",) for k in core) and not core.get("allOf")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _needs_auth(security: Any) -> bool:
    """Whether a security requirement list demands credentials (no `{}` alternative)."""
    if not isinstance(security, list) or not security:
        return False
    return all(isinstance(alt, dict) and alt for alt in security)


def _params(doc: dict[str, Any], op: _Op) -> dict[tuple[str, str], dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for owner in (op.item, op.node):
        for raw in owner.get("parameters") or []:
            param = _resolve(doc, raw)
            if isinstance(param, dict) and "name" in param and "in" in param:
                merged[(str(param["in"]), str(param["name"]))] = param
    return merged


def _param_schema(param: dict[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    content = param.get("content")
    if isinstance(content, dict) and content:
        return (next(iter(content.values())) or {}).get("schema", {})
    return {}


# ---------------------------------------------------------------- the SDK surface


def sdk_surface(doc: dict[str, Any], source: str = "spec") -> Surface:
    """Functions, keyword parameters and model classes the generated SDK offers for `doc`."""
    templates = Path(__file__).resolve().parents[2] / "templates"
    return api_surface(name_api(read_api(doc), reserved_names(templates)))


def diff_surfaces(old: Surface, new: Surface, changes: list[Change]) -> SdkDiff:
    sdk = SdkDiff()
    sdk.functions_added = sorted(set(new.functions) - set(old.functions))
    sdk.functions_removed = sorted(set(old.functions) - set(new.functions))
    for name in sorted(set(old.functions) & set(new.functions)):
        fa, fb = old.functions[name], new.functions[name]
        pa, pb = fa.parameters, fb.parameters
        added = sorted(set(pb) - set(pa))
        removed = sorted(set(pa) - set(pb))
        required = sorted(p for p in set(pa) & set(pb) if pb[p] and not pa[p])
        optional = sorted(p for p in set(pa) & set(pb) if pa[p] and not pb[p])
        if added or removed or required or optional or fa.operation != fb.operation:
            breaking = bool(removed or required or any(pb[p] for p in added) or fa.operation != fb.operation)
            entry: dict[str, Any] = {
                "breaking": breaking,
                "name": name,
                "operation": fb.operation,
                "parameters": {
                    "added": [f"{p} (required)" if pb[p] else p for p in added],
                    "now_optional": optional,
                    "now_required": required,
                    "removed": removed,
                },
            }
            sdk.functions_changed.append(entry)
    sdk.models_added = sorted(set(new.models) - set(old.models))
    sdk.models_removed = sorted(set(old.models) - set(new.models))
    changed: dict[str, bool] = {}
    for change in changes:
        if change.path.startswith(_SCHEMA_PREFIX) and change.kind not in (
            "docs-changed",
            "schema-added",
            "schema-removed",
        ):
            schema = change.path[len(_SCHEMA_PREFIX) :]
            changed[schema] = changed.get(schema, False) or change.breaking
    for cls in sorted(set(old.models) & set(new.models)):
        schema = new.models[cls]
        if schema in changed:
            sdk.models_changed.append({"breaking": changed[schema], "name": cls, "schema": schema})
    sdk.modules_added = sorted(set(new.modules) - set(old.modules))
    sdk.modules_removed = sorted(set(old.modules) - set(new.modules))
    return sdk


# ---------------------------------------------------------------- the whole comparison


def diff_documents(
    old: dict[str, Any], new: dict[str, Any], *, old_name: str = "old", new_name: str = "new"
) -> DiffResult:
    """Compare two normalized documents (as `load_source` returns them)."""
    comparer = _Comparer(old, new)
    old_ops, new_ops = comparer.old_ops, comparer.new_ops
    comparer.document_level()
    comparer.operations(old_ops, new_ops)
    comparer.components()
    comparer.collapse_docs()
    changes = sorted(dict.fromkeys(comparer.out), key=Change.sort_key)
    sdk = diff_surfaces(sdk_surface(old, old_name), sdk_surface(new, new_name), changes)
    return DiffResult(old_name, new_name, changes, sdk, _summary(old, new, old_ops, new_ops, changes, sdk))


def _summary(
    old: dict[str, Any],
    new: dict[str, Any],
    old_ops: dict[str, _Op],
    new_ops: dict[str, _Op],
    changes: list[Change],
    sdk: SdkDiff,
) -> dict[str, Any]:
    def ids(ops: dict[str, _Op], labels: Iterable[str]) -> list[str]:
        return [f"{label} ({ops[label].node.get('operationId', '')})" for label in sorted(labels)]

    schemas_old = (old.get("components") or {}).get("schemas") or {}
    schemas_new = (new.get("components") or {}).get("schemas") or {}
    kept = {_SCHEMA_PREFIX + name for name in set(schemas_old) & set(schemas_new)}
    changed_schemas = {c.path for c in changes if c.path in kept}
    return {
        "breaking": sum(1 for c in changes if c.breaking),
        "non_breaking": sum(1 for c in changes if not c.breaking and not c.docs_only),
        "docs_only": sum(1 for c in changes if c.docs_only),
        "docs_fields": sum(len(c.items) for c in changes if c.docs_only),
        "by_kind": dict(sorted(Counter(c.kind for c in changes).items())),
        "by_rule": dict(sorted(Counter(c.rule for c in changes).items())),
        "operations": {
            "before": len(old_ops),
            "after": len(new_ops),
            "added": ids(new_ops, set(new_ops) - set(old_ops)),
            "removed": ids(old_ops, set(old_ops) - set(new_ops)),
            "deprecated": sorted(
                c.path for c in changes if c.kind == "operation-deprecated" and c.detail == "deprecated"
            ),
            "changed": len({c.path for c in changes if c.path in old_ops and c.path in new_ops}),
        },
        "schemas": {
            "before": len(schemas_old),
            "after": len(schemas_new),
            "added": len(set(schemas_new) - set(schemas_old)),
            "removed": len(set(schemas_old) - set(schemas_new)),
            "changed": len(changed_schemas),
        },
        "sdk": {
            "functions_added": len(sdk.functions_added),
            "functions_removed": len(sdk.functions_removed),
            "functions_changed": len(sdk.functions_changed),
            "models_added": len(sdk.models_added),
            "models_removed": len(sdk.models_removed),
            "models_changed": len(sdk.models_changed),
        },
    }
