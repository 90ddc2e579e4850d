"""What the API-module template renders for one operation, computed from the IR.

Keeping these decisions in Python (not in Jinja) makes them testable and keeps the
templates to layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.emit.annotations import InputTypes, annotation
from generator.emit.filters import pyrepr
from generator.emit.params import Keywords, keywords
from generator.emit.resolve import Resolver, resolve_operation
from generator.ir.api import Body, Operation, Response, SecurityScheme
from generator.ir.negotiation import negotiated
from generator.ir.types import ANY, DictOf, ListOf, LiteralOf, Named, Prim, TypeExpr, UnionOf


@dataclass(frozen=True)
class Arg:
    name: str  # Python name
    wire: str  # name on the wire
    location: str  # path, query, header, body
    annotation: str
    default: str | None  # Python source of the default; None when required
    doc: str = ""


@dataclass
class OperationView:
    op: Operation
    const: str
    params: list[Arg]
    fields: list[Arg]
    body_annotation: str | None
    body_required: bool
    returns: str
    endpoint: EndpointView
    doc: str
    explode_off: list[str] = field(default_factory=list)
    example_args: list[tuple[str, str]] = field(default_factory=list)
    chunk: str | None = None  # the stream's chunk type, when `switch` asks for a stream
    switch: str | None = None  # the body field that asks for a stream
    page_item: str | None = None  # the item type of an offset-paginated list
    page_offset: str | None = None  # its offset and limit keywords
    page_limit: str | None = None
    # A multipart form: its fields (the body's own, or an alternative's next to JSON),
    # the wire names of its file fields, the parts' content types the document gives,
    # and, next to JSON, the file keyword whose presence selects the form.
    form_fields: list[Arg] = field(default_factory=list)
    form_files: tuple[str, ...] = ()
    form_encoding: dict[str, str] = field(default_factory=dict)
    form_selector: str | None = None
    method: str = ""  # the client method in its group (op.method_name; the function is op.py_name)
    kw: Keywords | None = None  # its keyword TypedDicts and their runtime layout
    # Content negotiation: the media types other than JSON the operation answers, each
    # with its result type ("str" or "bytes"), asked for by `accept=`; JSON by default.
    accepts: list[tuple[str, str]] = field(default_factory=list)

    @property
    def impl_returns(self) -> str:
        """What the implementation returns: the result, or a negotiated media type's."""
        parts = [self.returns, *(t for _, t in self.accepts if t != self.returns)]
        return " | ".join(dict.fromkeys(parts))

    @property
    def multipart(self) -> bool:
        """The operation's only body is a multipart form."""
        return self.op.body is not None and self.op.body.kind == "multipart"

    @property
    def form_example(self) -> str:
        """The keyword arguments of an example call with the form: its required fields."""
        files = set(self.form_files)
        args = [
            f"{a.name}=Path('report.pdf')" if a.wire in files else f"{a.name}=..."
            for a in self.form_fields
            if a.default is None
        ]
        return ", ".join(args)

    @property
    def plain_fields(self) -> list[Arg]:
        """Body fields other than the stream switch (which gets its own overloads)."""
        return [a for a in self.fields if a.name != self.switch]

    @property
    def variants(self) -> list[tuple[str, str | None]]:
        """The overloads: (body mode, stream mode) pairs; empty when one signature will do.
        Body modes: "fields" (keyword fields; first, as editors show the first) or "body"
        (whole body=); stream modes: "true" (returns a stream), "false" (returns the
        result), None (no stream)."""
        bodies = ["fields", "body"] if self.overloaded else ["impl"]
        streams: list[str | None] = ["true", "false"] if self.switch else [None]
        if bodies == ["impl"] and streams == [None]:
            return []
        variants = [(b, st) for b in bodies for st in streams]
        return [*variants, ("form", None)] if self.form_selector else variants

    @property
    def overloaded(self) -> bool:
        return bool(self.fields) and not self.multipart

    @property
    def path_args(self) -> list[Arg]:
        return [a for a in self.params if a.location == "path"]

    @property
    def query_args(self) -> list[Arg]:
        return [a for a in self.params if a.location == "query"]

    @property
    def header_args(self) -> list[Arg]:
        return [a for a in self.params if a.location == "header"]


def _form(body: Body | None, inputs: InputTypes) -> tuple[list[Arg], tuple[str, ...], dict[str, str]]:
    """The keyword fields of a multipart body (files typed `FileTypes`), its file fields
    and the content types of its parts."""
    if body is None:
        return [], (), {}
    fields = [
        Arg(
            f.py_name,
            f.name,
            "body",
            "FileTypes" if f.file else inputs(f.type),
            None if f.required else "NOT_GIVEN",
            f.description,
        )
        for f in body.fields
    ]
    encoding = {f.name: f.content_type for f in body.fields if f.content_type}
    return fields, tuple(f.name for f in body.fields if f.file), encoding


def _selector(body: Body, json_fields: list[Arg]) -> str | None:
    """The keyword that selects the form next to JSON: a file field, required ones first,
    else a required field JSON does not have."""
    taken = {a.name for a in json_fields}
    files = sorted((f for f in body.fields if f.file), key=lambda f: not f.required)
    others = [f for f in body.fields if f.required and f.py_name not in taken]
    chosen = next(iter([*files, *others]), None)
    return chosen.py_name if chosen is not None else None


def return_annotation(success: tuple[Response, ...]) -> str:
    parts: list[str] = []
    for r in success:
        text = {"text": "str", "binary": "bytes", "empty": "None"}.get(r.kind) or annotation(r.type or ANY)
        if text not in parts:
            parts.append(text)
    if "Any" in parts:
        return "Any"
    if "None" in parts and len(parts) > 1:  # an empty 2xx next to a body: None last
        parts.remove("None")
        parts.append("None")
    return " | ".join(parts) or "None"


@dataclass(frozen=True)
class EndpointView:
    """What an operation's `_Endpoint(...)` says (the `endpoint` macro writes it): the
    types the runtime parses into, and how the operation authenticates."""

    method: str
    path: str
    auth: bool | tuple[str, str]  # False: none; True: the client's scheme; else (kind, name)
    stream: TypeExpr | None  # the chunk type, when a body field asks for a stream
    json: TypeExpr | None  # the JSON success type
    text: bool
    binary: bool
    empty: bool  # an empty success next to one with a body
    errors: tuple[tuple[str, TypeExpr], ...]  # status -> JSON error body type
    accept: str | None = None  # the Accept header, when not only JSON (the client's default)
    query: str = ""  # the fixed query of the path key (`type=icon&flat`), sent first

    @property
    def error_names(self) -> str | None:
        """The errors as `"status=Model ..."` (one line) when each is a model, else None."""
        if not self.errors or not all(isinstance(t, Named) for _, t in self.errors):
            return None
        return " ".join(f"{status}={t.name}" for status, t in self.errors if isinstance(t, Named))


def endpoint_view(op: Operation, default: SecurityScheme | None) -> EndpointView:
    auth: bool | tuple[str, str] = True
    if op.auth is None:
        auth = False
    elif default is None or (op.auth.kind, op.auth.parameter) != (default.kind, default.parameter):
        auth = (op.auth.kind, op.auth.parameter)
    json_types = [r.type for r in op.success if r.kind == "json" and r.type is not None]
    errors: dict[str, TypeExpr] = {}
    for r in op.errors:
        if r.kind == "json" and r.type is not None and r.type != ANY:
            errors.setdefault(r.status, r.type)
    kinds = {r.kind for r in op.success}
    return EndpointView(
        method=op.method,
        path=op.path,
        auth=auth,
        stream=op.stream.event_type if op.stream and op.stream.switch else None,
        json=json_types[0] if json_types else None,
        text="text" in kinds,
        binary="binary" in kinds,
        empty="empty" in kinds and bool(kinds - {"empty"}),
        errors=tuple(errors.items()),
        accept=accept_header(op),
        query="&".join(op.fixed_query),
    )


def accept_header(op: Operation) -> str | None:
    """The success media types (an event stream is asked for apart), in the document's
    order; None when that is only JSON, or nothing, which the client's default covers,
    or when JSON is one of several (negotiated: the call asks for one)."""
    media = list(dict.fromkeys(r.content_type for r in op.success if r.content_type))
    if not media or media == ["application/json"] or negotiated(op):
        return None
    return ", ".join(media)


def _doc(op: Operation, params: list[Arg], fields: list[Arg]) -> str:
    parts = [op.summary or op.operation_id]
    if op.description and op.description != op.summary:
        parts.append(op.description)
    if op.deprecated:
        parts.append("Deprecated: the API marks this operation as deprecated.")
    # The keywords are documented once, on the operation's TypedDict (emit.params).
    parts.append(f"{op.method} {op.target}")
    return "\n\n".join(parts)


def _form_doc(selector: str | None, files: tuple[str, ...]) -> str:
    """What the docstring says of a multipart form (next to JSON: how to choose it)."""
    if not files and selector is None:
        return ""
    text = "\n\nFile fields take `FileTypes`: bytes, a binary file object, a `pathlib.Path`, "
    text += "`(filename, content)` or `(filename, content, content_type)`."
    if selector is not None:
        text += f" Passing `{selector}=` sends the multipart/form-data form instead of JSON"
        text += " (one overload per body kind)."
    return text


def _accept_doc(accepts: list[tuple[str, str]]) -> str:
    if not accepts:
        return ""
    asked = " or ".join(f'`accept="{media}"` (`{t}`)' for media, t in accepts)
    return f"\n\nAnswers JSON unless the call asks for {asked}."


def _placeholder(t: TypeExpr, *, first_member: bool = False) -> Any:
    """A stand-in value of the right shape, for examples where the spec gives none.
    `first_member`: a union stands for its first member (as for body fields), and only
    primitives and containers have shapes."""
    if first_member:
        if isinstance(t, UnionOf):
            t = t.items[0]
        if not isinstance(t, (Prim, ListOf, DictOf)):
            return "..."
        if isinstance(t, ListOf):
            return []
        if isinstance(t, DictOf):
            return {}
    if isinstance(t, Prim):
        return {"str": "...", "int": 1, "float": 1.0, "bool": True}.get(t.name, "...")
    if isinstance(t, ListOf):
        return []
    if isinstance(t, DictOf):
        return {}
    if isinstance(t, LiteralOf) and t.values:
        return t.values[0]
    return "..."


def example_args(op: Operation) -> list[tuple[str, str]]:
    """Keyword arguments for a minimal example call: required ones, spec examples first."""
    args = []
    for p in op.parameters:
        if p.required:
            args.append((p.py_name, pyrepr(p.example if p.has_example else _placeholder(p.type))))
    if op.body and op.body.kind in ("json_object", "multipart"):
        for f in op.body.fields:
            if f.required and f.file:
                args.append((f.py_name, "Path('...')"))
            elif f.required:
                example = f.example if f.has_example else _placeholder(f.type, first_member=True)
                args.append((f.py_name, pyrepr(example)))
    elif op.body and op.body.required:
        args.append(("body", "{...}" if op.body.kind == "json" else "b'...'"))
    return args


def operation_view(
    op: Operation, inputs: InputTypes, default_auth: SecurityScheme | None, resolver: Resolver
) -> OperationView:
    op = resolve_operation(op, resolver)
    params = []
    for p in op.parameters:
        ann = inputs(p.type)
        doc = p.description
        if p.has_default:
            doc = f"{doc} (server default: {p.default!r})".strip()
        params.append(
            Arg(
                p.py_name,
                p.name,
                p.location,
                ann if p.required else f"{ann} | None",
                None if p.required else "None",
                doc,
            )
        )
    fields: list[Arg] = []
    body_annotation = None
    body = op.body
    if body is not None:
        if body.kind == "json_object":
            body_annotation = inputs(body.type)
            fields = [
                Arg(
                    f.py_name,
                    f.name,
                    "body",
                    inputs(f.type),
                    None if f.required else "NOT_GIVEN",
                    f.description,
                )
                for f in body.fields
            ]
        elif body.kind == "json":
            body_annotation = inputs(body.type)
        elif body.kind == "multipart":
            pass
        else:
            body_annotation = "str | bytes" if body.type == Prim("str") else "bytes"
    form = body if body is not None and body.kind == "multipart" else None
    alternative = next((b for b in op.alternatives if b.kind == "multipart" and b.fields), None)
    form_fields, form_files, form_encoding = _form(form or alternative, inputs)
    selector = _selector(alternative, fields) if alternative is not None and form is None else None
    view = OperationView(
        op=op,
        const="_" + op.py_name.upper(),
        params=params,
        fields=fields,
        body_annotation=body_annotation,
        body_required=bool(body and body.required),
        returns=return_annotation(tuple(r for r in op.success if r.content_type not in dict(negotiated(op)))),
        accepts=negotiated(op),
        endpoint=endpoint_view(op, default_auth),
        doc=_doc(op, params, [*fields, *(a for a in form_fields if a.name not in {f.name for f in fields})])
        + _form_doc(selector, form_files)
        + _accept_doc(negotiated(op)),
        explode_off=[p.name for p in op.parameters if p.location == "query" and not p.explode],
        example_args=example_args(op),
        chunk=annotation(op.stream.event_type) if op.stream and op.stream.switch else None,
        switch=_keyword(op, op.stream.switch) if op.stream and op.stream.switch else None,
        page_item=annotation(op.pages.items) if op.pages else None,
        page_offset=_keyword(op, op.pages.offset) if op.pages else None,
        page_limit=_keyword(op, op.pages.limit) if op.pages and op.pages.limit else None,
        form_fields=form_fields,
        form_files=form_files,
        form_encoding=form_encoding,
        form_selector=selector if form_fields else None,
        method=op.method_name,
    )
    view.kw = keywords(view)
    return view


def _keyword(op: Operation, wire: str) -> str:
    """The keyword argument of the parameter or body field `wire` is on the wire."""
    fields = op.body.fields if op.body else ()
    return next(a.py_name for a in (*op.parameters, *fields) if a.name == wire)
