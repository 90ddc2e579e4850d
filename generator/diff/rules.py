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
Except null on a value that may already be absent (an optional property, or a component used
only as one): its SDK field already is `T | None`. A response that becomes a union with a
member that is its old shape changed compatibly (say, plus a discriminator) is
`response-became-union`: breaking for the SDK (the annotation is a union now), not on the
wire, where it is like a new member of a response union.

Changes are judged by the values a schema allows, not by its spelling: numeric bounds are
compared as sets (on an integer, `exclusiveMinimum: 0` is `minimum: 1`; a lower or upper
bound that changes is one change), `{}` allows null, and a property an allOf part restates
from its base is compared with the base's.

Security
--------
Changes to where credentials go are breaking and come first in every report (`SECURITY`):
a security scheme's type, location (header, query, cookie), name or HTTP scheme, the default
server's scheme or host (https -> http, another host), and the credentials an operation
requires. A key moved into the query string ends up in URLs and logs; a server on another
host or plain http receives it.

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
| op-method-renamed | yes | x-speakeasy-name-override or x-speakeasy-group changed: the client method moves |
| security-required | yes | an operation that needed no credentials now needs them |
| security-changed | yes | the credentials an operation requires changed (schemes, scopes, or none) |
| security-scheme-changed | yes | a security scheme's type, location, name, HTTP scheme or URLs changed |
| security-scheme-removed | yes | a security scheme is removed |
| security-scheme-added | no | a security scheme is added (operations that use it say so) |
| server-host-changed | yes | the default server's scheme or host changed (https -> http, a new host) |
| server-changed | no | the default server URL's path changed (same scheme and host) |
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
| response-became-union | yes | a response became a union keeping its old shape (the SDK annotation changes) |
| response-nullable-added | yes | a response value may now be null |
| response-optional-nullable-added | no | an optional response property may now be null (no SDK change) |
| response-enum-value-added | no | a response enum gets a value (SDK enums are open) |
| response-enum-dropped | no | a response enum becomes a plain string (SDK enums already accept any string) |
| response-variant-added | no | a response union gets a member (unknown members parse leniently) |
| response-constraint-changed | no | a response bound, length or pattern changed (the SDK does not check it) |
| type-changed | yes | a type changed incompatibly (string -> object, a typed format such as uuid) |
| ref-changed | yes | a `$ref` now names a schema with an incompatible shape |
| ref-changed-sdk | yes | a `$ref` now names a schema whose differences break only the SDK's names or types |
| ref-changed-compatible | no | a `$ref` now names a schema whose differences are all non-breaking |
| ref-equivalent | no | a `$ref` now names another schema of the same shape |
| schema-extracted | no | an inline schema now refers to a component (differences reported separately) |
| schema-inlined | no | a `$ref` is replaced by an inline schema (differences reported separately) |
| union-changed | no | anyOf <-> oneOf or the discriminator changed |
| default-changed | no | a default value changed |
| deprecated | no | a property or schema is marked deprecated (or no longer is) |
| keyword-changed | yes | a schema keyword the diff does not interpret (not, if, prefixItems...) changed |
| docs-only | no | documentation and annotations only |

How a rule decides
------------------
A change found outside schemas (an operation, a parameter, a status...) names its rule
directly. A change found inside a schema is a fact (`_SCHEMA_FACTS` below: `type-widened`,
`property-removed`, ...) that `classify` turns into a rule by where the schema is used: the
request rule, the response rule, or `unreferenced-schema` when no operation reaches it. A
change is breaking exactly when its rule is (`is_breaking`); for a raw HTTP caller
(`is_wire_breaking`) the rules in `SDK_ONLY` (renamed or moved functions, removed model
classes, a response that became a union keeping its old shape, which on the wire is like a
new member of a response union) are not.

The SDK surface (functions, keyword arguments, model classes) is compared in
generator/diff/surface.py.
"""

from __future__ import annotations

RULES: dict[str, tuple[bool, str]] = {
    "op-added": (False, "an operation (and its SDK function) is added"),
    "op-removed": (True, "an operation (and its SDK function) is removed"),
    "op-deprecated": (False, "an operation is marked deprecated (or no longer is)"),
    "op-renamed": (True, "the operationId changed: the SDK function is renamed"),
    "op-moved": (True, "the first tag changed: the SDK function moves to another module"),
    "op-method-renamed": (
        True,
        "x-speakeasy-name-override or x-speakeasy-group changed: the client method moves",
    ),
    "security-required": (True, "an operation that needed no credentials now needs them"),
    "security-changed": (True, "the credentials an operation requires changed (schemes, scopes, or none)"),
    "security-scheme-changed": (
        True,
        "a security scheme's type, location, name, HTTP scheme or URLs changed",
    ),
    "security-scheme-removed": (True, "a security scheme is removed"),
    "security-scheme-added": (False, "a security scheme is added (operations that use it say so)"),
    "server-host-changed": (True, "the default server's scheme or host changed (https -> http, a new host)"),
    "server-changed": (False, "the default server URL's path changed (same scheme and host)"),
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
    "response-became-union": (
        True,
        "a response became a union keeping its old shape (the SDK annotation changes)",
    ),
    "response-nullable-added": (True, "a response value may now be null"),
    "response-optional-nullable-added": (
        False,
        "an optional response property may now be null (no SDK change)",
    ),
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
    "ref-changed-sdk": (
        True,
        "a $ref now names a schema whose differences break only the SDK's names or types",
    ),
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
    "nullable-added-optional": ("request-type-widened", "response-optional-nullable-added"),
    "nullable-removed": ("request-type-narrowed", "response-type-narrowed"),
    "enum-values-added": ("request-type-widened", "response-enum-value-added"),
    "enum-values-removed": ("request-enum-value-removed", "response-type-narrowed"),
    "enum-added": ("request-type-narrowed", "response-type-narrowed"),
    "enum-removed": ("request-type-widened", "response-enum-dropped"),
    "variants-added": ("request-type-widened", "response-variant-added"),
    "variants-removed": ("request-variant-removed", "response-type-narrowed"),
    "became-union": ("request-type-widened", "response-became-union"),
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
    "ref-changed-sdk": ("ref-changed-sdk", "ref-changed-sdk"),
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

# Where credentials go (generator/diff/security.py): always breaking, reported first.
SECURITY = frozenset(
    {
        "security-required",
        "security-changed",
        "security-scheme-changed",
        "security-scheme-removed",
        "server-host-changed",
    }
)

# Breaking rules that break only the SDK's Python API: the HTTP request and response stay
# the same (a function renamed or moved, a model class removed while its uses are reported
# where they changed). A raw HTTP caller's verdict (`is_wire_breaking`) leaves them out.
SDK_ONLY = frozenset(
    {
        "op-renamed",
        "op-moved",
        "op-method-renamed",
        "schema-removed",
        "response-became-union",
        "ref-changed-sdk",
    }
)


def is_breaking(rule: str) -> bool:
    return RULES[rule][0]


def is_wire_breaking(rule: str) -> bool:
    return RULES[rule][0] and rule not in SDK_ONLY


def classify(fact: str, directions: frozenset[str]) -> str:
    """The rule for a fact found in a schema used in `directions` (request, response; none
    when no operation reaches it). A fact that is not a schema fact is its own rule."""
    if fact not in _SCHEMA_FACTS:
        return fact
    if not directions:
        return "unreferenced-schema"
    request_rule, response_rule = _SCHEMA_FACTS[fact]
    rules = [r for d, r in ((REQUEST, request_rule), (RESPONSE, response_rule)) if d in directions]
    for rule in rules:
        if is_breaking(rule):
            return rule
    return rules[0]
