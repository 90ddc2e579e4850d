"""The keyword TypedDicts of an operation and the signatures that unpack them.

Each operation's keywords are written once, as a TypedDict (`**params: Unpack[...]`,
PEP 692), instead of in every overload, function and method: the overloads then differ
only in `body=` and the stream switch. The runtime's `Arguments` (its layout written
by `layout`) splits the keywords onto the wire.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.emit.filters import pyrepr
from generator.naming.words import pascal_case

# `views` builds these from its OperationView and Arg (typed Any here: no import cycle).
OperationView = Arg = Any

CALL_OPTIONS = "_CallOptions"


@dataclass(frozen=True)
class Field:
    name: str
    annotation: str  # with Required[...] when required
    doc: str


@dataclass(frozen=True)
class ParamsClass:
    name: str
    base: str
    doc: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Keywords:
    """An operation's TypedDicts: `fields` (the keyword-fields form), `args` (the
    parameters that go with `body=`), `form` (a multipart form next to JSON); each the
    name of a class in `classes`, or `_CallOptions` when it would add nothing."""

    classes: tuple[ParamsClass, ...]
    fields: str
    args: str
    form: str | None
    layout: str  # Python source of the operation's `_Arguments(...)`


def _field(a: Arg) -> Field:
    annotation = f"Required[{a.annotation}]" if a.default is None else a.annotation
    return Field(a.name, annotation, " ".join(a.doc.split()))


def keywords(v: OperationView) -> Keywords:
    stem = pascal_case(v.op.py_name)
    own = v.form_fields if v.multipart else v.plain_fields
    classes: list[ParamsClass] = []
    args = CALL_OPTIONS
    split = bool(v.params) and (v.body_annotation is not None or v.form_selector is not None)
    if split:
        args = f"_{stem}Args"
        doc = f"The parameters of `{v.op.py_name}` that go with `body=` too."
        classes.append(ParamsClass(args, CALL_OPTIONS, doc, tuple(_field(a) for a in v.params)))
    fields = CALL_OPTIONS
    listed = own if split else [*v.params, *own]
    if listed:
        fields = f"{stem}Params"
        doc = f"The keyword arguments of `{v.op.py_name}`."
        classes.append(ParamsClass(fields, args, doc, tuple(_field(a) for a in listed)))
    elif split:
        fields = args
    form = None
    if v.form_selector is not None:
        form = f"{stem}FormParams"
        doc = f"The keyword arguments of `{v.op.py_name}` that send the multipart form."
        own_form = v.form_fields if split else [*v.params, *v.form_fields]
        classes.append(ParamsClass(form, args, doc, tuple(_field(a) for a in own_form)))
    return Keywords(tuple(classes), fields, args, form, layout(v))


def _names(args: list[Arg]) -> str:
    return " ".join(a.name if a.name == a.wire else f"{a.name}={a.wire}" for a in args)


def layout(v: OperationView) -> str:
    """The `_Arguments(...)` call that tells the runtime where each keyword goes."""
    body = v.op.body
    kind = None
    if body is not None:
        kind = {"json_object": "object", "json": "json", "multipart": "form"}.get(body.kind, "content")
    form = v.form_fields if (v.multipart or v.form_selector) else []
    required = [a.name for a in [*v.params, *v.fields] if a.default is None]
    if kind in ("json", "content") and v.body_required:
        required.append("body")
    parts = [pyrepr(v.op.py_name)]
    named = {
        "path": _names(v.path_args),
        "query": _names(v.query_args),
        "header": _names(v.header_args),
        "body": _names(v.fields),
        "form": _names(form),
        "required": " ".join(required),
        "form_required": " ".join(a.name for a in form if a.default is None),
        "explode_off": " ".join(v.explode_off),
        "files": " ".join(v.form_files) if form else "",
    }
    parts += [f"{k}={pyrepr(s)}" for k, s in named.items() if s]
    if form and v.form_encoding:
        parts.append(f"encoding={pyrepr(v.form_encoding)}")
    if v.form_selector and not v.multipart:
        parts.append(f"selector={pyrepr(v.form_selector)}")
    if kind is not None:
        parts.append(f"kind={pyrepr(kind)}")
    if kind == "content" and body is not None:
        parts.append(f"content_type={pyrepr(body.content_type)}")
    if v.accepts:
        parts.append(f"accepts={pyrepr(' '.join(media for media, _ in v.accepts))}")
    return f"_Arguments({', '.join(parts)})"
