"""The intermediate representation of a document's API: plain dataclasses that everything after the
spec reader consumes (templates, the OPERATIONS registry, docs, the diff of SDK
surfaces). Nothing downstream reads the raw spec.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from generator.ir.types import TypeExpr

ParamLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True)
class Parameter:
    name: str  # on the wire, exactly as the spec spells it
    py_name: str  # given by generator.naming ("" until then), as every py_name below
    location: ParamLocation
    required: bool
    type: TypeExpr
    description: str = ""
    deprecated: bool = False
    style: str = "form"
    explode: bool = True
    default: Any = None
    has_default: bool = False
    example: Any = None
    has_example: bool = False


@dataclass(frozen=True)
class BodyField:
    """A top-level property of a JSON object or multipart body, offered as a keyword argument.
    `file`: a binary part of a multipart body (`format: binary` or a `contentMediaType`);
    `content_type`: the part's `encoding.contentType` in the document, if it gives one."""

    name: str  # wire name
    py_name: str
    required: bool
    type: TypeExpr
    description: str = ""
    example: Any = None
    has_example: bool = False
    file: bool = False
    content_type: str = ""


@dataclass(frozen=True)
class Body:
    """A request body. "json_object": an object's properties are keyword fields; "json":
    any other JSON; "multipart": multipart/form-data whose properties are keyword fields
    (files among them); "other": another media type, sent as it is."""

    kind: Literal["json_object", "json", "multipart", "other"]
    content_type: str
    required: bool
    type: TypeExpr
    fields: tuple[BodyField, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    kind: Literal["json", "text", "empty", "binary"]
    content_type: str | None
    type: TypeExpr | None
    description: str = ""


@dataclass(frozen=True)
class Stream:
    """A `text/event-stream` success response whose events are modelled as an object
    with a `data` member; `event_type` is that member's type (the chunk a user wants).
    `switch` names the body field that asks for the stream (`stream`), if there is one."""

    content_type: str
    event_type: TypeExpr
    switch: str | None = None  # wire name of the body field


@dataclass(frozen=True)
class Pages:
    """An offset-paginated list: `offset` (and maybe `limit`) integer query parameters,
    and a JSON object result with an `items_field` member typed `items`. It pages only
    if `items` is a list once the models resolve it (see emit.views)."""

    offset: str  # wire names of the parameters
    limit: str | None
    items_field: str
    items: TypeExpr


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: Literal["bearer", "basic", "http", "header", "query", "cookie"]
    parameter: str = "Authorization"  # header, query or cookie name; for "http", the scheme


@dataclass(frozen=True)
class Operation:
    operation_id: str
    py_name: str
    method: str  # upper case
    path: str  # the URL path: a path key's query string is not part of it (spec.pathkey)
    tag: str
    module: str
    summary: str
    description: str
    deprecated: bool
    parameters: tuple[Parameter, ...]
    body: Body | None  # the primary body: JSON where the operation offers it
    success: tuple[Response, ...]  # 2xx responses by status, each content type once
    errors: tuple[Response, ...]  # non-2xx responses with a body model or none
    stream: Stream | None
    pages: Pages | None
    auth: SecurityScheme | None  # None for `security: []` or no security at all
    pointer: str  # JSON pointer of the operation object
    # Other bodies the operation accepts (a multipart form next to a JSON body).
    alternatives: tuple[Body, ...] = ()
    # The document's naming hints, as the reader found them ("" when absent):
    # `x-speakeasy-name-override` and `x-speakeasy-group`.
    name_hint: str = ""
    group_hint: str = ""
    # The fixed items of the path key's query string (`type=icon`, a bare `flat`), as
    # sent on every call, before the caller's query parameters.
    fixed_query: tuple[str, ...] = ()
    # Decided by generator.naming.methods: the client attribute path of the operation's
    # group (`("beta", "responses")`) and its method there (`send`).
    group: tuple[str, ...] = ()
    method_name: str = ""

    @property
    def client_method(self) -> str:
        """The dotted path under a client: `"chat.send"`, `"beta.responses.send"`."""
        return ".".join((*self.group, self.method_name))

    @property
    def target(self) -> str:
        """The path and its fixed query (`/search?type=icon`): the call, as docs name it."""
        return f"{self.path}?{'&'.join(self.fixed_query)}" if self.fixed_query else self.path

    @property
    def bodies(self) -> tuple[Body, ...]:
        return (self.body, *self.alternatives) if self.body is not None else self.alternatives

    @property
    def result(self) -> Response | None:
        """The primary success response: JSON first, then text, then empty."""
        order = {"json": 0, "text": 1, "binary": 2, "empty": 3}
        return min(self.success, key=lambda r: (order[r.kind], r.status), default=None)


@dataclass(frozen=True)
class Tag:
    name: str
    module: str  # module under api/
    class_name: str  # namespace class for the group
    description: str
    operations: tuple[Operation, ...]
    # After naming, a Tag is one group of operations: its path under the client.
    group: tuple[str, ...] = ()

    @property
    def attribute(self) -> str:
        """The group's dotted path under a client (`beta.responses`)."""
        return ".".join(self.group)


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str
    base_url: str
    tags: tuple[Tag, ...]
    security: SecurityScheme | None  # the document's default scheme, applied by the client
    operations: tuple[Operation, ...] = field(default=())
    schemas: tuple[str, ...] = ()  # names of the component schemas
