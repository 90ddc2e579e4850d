"""`Arguments`: where each keyword argument of one operation goes on the wire.

The API functions take their keywords as one mapping (typed for callers by a TypedDict
per operation) and hand it to the client, which splits it here: path, query and header
parameters, body fields (or the whole `body=`), multipart form fields and the per-call
options. The layout is written once per operation, as space-separated Python names
(`name=wire` where the wire name differs), so the generated modules stay short.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._request import build_body, multipart, to_jsonable
from ._types import NotGiven, RequestOptions

__all__ = ["OPTIONS", "Arguments"]

#: The per-call options every operation accepts.
OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")


def _names(spec: str) -> dict[str, str]:
    """`"a b=B"` -> `{"a": "a", "b": "B"}`: Python name -> wire name."""
    names: dict[str, str] = {}
    for token in spec.split():
        python, _, wire = token.partition("=")
        names[python] = wire or python
    return names


def _default_header(headers: dict[str, Any], name: str, value: str) -> None:
    """Set a header the operation implies unless the caller gave it (header names are
    case-insensitive): a document may declare `Content-Type` as a parameter."""
    if all(key.lower() != name.lower() for key in headers):
        headers[name] = value


def _missing(name: str, missing: list[str]) -> TypeError:
    """The TypeError Python raises for missing keyword-only arguments."""
    quoted = [repr(m) for m in missing]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    plural = "argument" if len(missing) == 1 else "arguments"
    return TypeError(f"{name}() missing {len(missing)} required keyword-only {plural}: {listed}")


class Arguments:
    """The keyword layout of one operation. `kind` is the body: "object" (keyword
    fields, or `body=` with the fields laid over it), "json" (`body=` only), "content"
    (raw `body=` sent as `content_type`), "form" (multipart fields) or None. `form`,
    `files`, `encoding` and `selector`: a multipart form (the body, or next to a JSON
    body the alternative that passing `selector` chooses). `accepts`: the media types
    other than JSON an operation answers, asked for by `accept=` (JSON by default)."""

    __slots__ = (
        "accepts",
        "body",
        "content_type",
        "encoding",
        "explode",
        "files",
        "form",
        "form_required",
        "header",
        "kind",
        "known",
        "name",
        "path",
        "query",
        "required",
        "selector",
    )

    def __init__(
        self,
        name: str,
        *,
        path: str = "",
        query: str = "",
        header: str = "",
        body: str = "",
        form: str = "",
        required: str = "",
        form_required: str = "",
        explode_off: str = "",
        files: str = "",
        encoding: Mapping[str, str] | None = None,
        selector: str | None = None,
        kind: str | None = None,
        content_type: str | None = None,
        accepts: str = "",
    ) -> None:
        self.name = name
        self.path = _names(path)
        self.query = _names(query)
        self.header = _names(header)
        self.body = _names(body)
        self.form = _names(form)
        self.required = tuple(required.split())
        self.form_required = tuple(form_required.split())
        self.explode = {wire: False for wire in explode_off.split()}
        self.files = tuple(files.split())
        self.encoding = dict(encoding or {})
        self.selector = selector
        self.kind = kind
        self.content_type = content_type
        self.accepts = tuple(accepts.split())
        known = {*self.path, *self.query, *self.header, *self.body, *self.form, *OPTIONS}
        if kind in ("object", "json", "content"):
            known.add("body")
        if self.accepts:
            known.add("accept")
        self.known = frozenset(known)

    def split(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """The request's parts (the keywords of `_build_request`) and `asked`, the media
        type the result must have (None: whatever the operation declares). A keyword the
        operation does not have, or a missing required one, is a TypeError, as Python
        raises it: a typo must not become a body field."""
        for key in given:
            if key not in self.known:
                raise TypeError(f"{self.name}() got an unexpected keyword argument {key!r}")
        selected = self.selector is not None and not isinstance(
            given.get(self.selector, NotGiven()), NotGiven
        )
        use_form = self.kind == "form" or selected
        has_body = given.get("body") is not None
        parameters = {*self.path, *self.query, *self.header}
        missing = [
            n
            for n in self.required
            if n not in given and (n in parameters or not (has_body or use_form))
        ]
        if use_form:
            missing += [n for n in self.form_required if n not in given]
        if missing:
            raise _missing(self.name, missing)
        values = {k: v for k, v in given.items() if not isinstance(v, NotGiven)}
        headers = {w: values[p] for p, w in self.header.items() if p in values}
        asked = None
        if self.accepts:
            asked = values.get("accept", "application/json")
            if asked not in (*self.accepts, "application/json"):
                choices = ", ".join(repr(a) for a in self.accepts)
                raise ValueError(f"{self.name}() takes accept={choices}, not {asked!r}")
            _default_header(headers, "Accept", asked)
        parts: dict[str, Any] = {
            "path": {w: values[p] for p, w in self.path.items() if p in values},
            "query": {w: values[p] for p, w in self.query.items() if p in values},
            "explode": self.explode,
            "headers": headers,
            "json": None,
            "content": None,
            "form": None,
            "options": RequestOptions(**{k: values[k] for k in OPTIONS if k in values}),
            "asked": asked,
        }
        if use_form:
            fields = {w: values[p] for p, w in self.form.items() if p in values}
            parts["form"] = multipart(fields, self.files, self.encoding)
        elif self.kind == "object":
            fields = {w: values[p] for p, w in self.body.items() if p in values}
            parts["json"] = build_body(values.get("body"), fields)
        elif self.kind == "json":
            parts["json"] = to_jsonable(values.get("body"))
        elif self.kind == "content":
            parts["content"] = values.get("body")
            if self.content_type:
                _default_header(headers, "Content-Type", self.content_type)
        return parts
