"""Request bodies: JSON (an object's top-level properties become keyword arguments),
multipart/form-data (its properties too, binary ones as files), or another media type
sent as it is. An operation offering JSON and multipart keeps JSON as its body and the
form as an alternative."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.ir.api import Body, BodyField
from generator.ir.types import ANY, FieldType, Prim
from generator.read.examples import example_of
from generator.read.types import object_properties, schema_type
from generator.spec.media import is_json, is_text
from generator.spec.pointer import is_external_ref, join, resolve

MULTIPART = "multipart/form-data"


def read_bodies(doc: dict[str, Any], op: dict[str, Any], ptr: str) -> tuple[Body | None, tuple[Body, ...]]:
    """The operation's body and its alternatives (a multipart form next to JSON)."""
    raw = op.get("requestBody")
    if raw is None or is_external_ref(raw):
        return None, ()
    request, request_ptr = resolve(doc, raw, join(ptr, "requestBody"))
    content = request.get("content") or {}
    if not content:
        return None, ()
    media = next((m for m in content if is_json(m)), next(iter(content)))
    body = _read(doc, request, request_ptr, media)
    form = next((m for m in content if _media_type(m) == MULTIPART), None)
    if form is None or form == media:
        return body, ()
    alternative = _read(doc, request, request_ptr, form)
    return body, (alternative,) if alternative.kind == "multipart" else ()


def _media_type(media: str) -> str:
    return media.split(";")[0].strip().lower()


def _read(doc: dict[str, Any], request: dict[str, Any], request_ptr: str, media: str) -> Body:
    content = request.get("content") or {}
    schema = (content[media] or {}).get("schema") or {}
    schema_ptr = join(request_ptr, "content", media, "schema")
    required = bool(request.get("required", False))
    description = str(request.get("description") or "").strip()
    if _media_type(media) == MULTIPART:
        properties = object_properties(doc, schema, schema_ptr)
        if properties:
            owner = resolve(doc, schema, schema_ptr)[1]
            encoding = (content[media] or {}).get("encoding") or {}
            fields = tuple(
                _form_field(
                    _field(doc, owner, name, prop_ptr, prop, req), resolve(doc, prop, prop_ptr)[0], encoding
                )
                for name, prop_ptr, prop, req in properties
            )
            return Body("multipart", media, required, Prim("bytes"), fields, description)
    if not is_json(media):
        return Body(
            "other", media, required, Prim("str") if is_text(media) else Prim("bytes"), (), description
        )
    type_ = schema_type(doc, schema, schema_ptr)
    properties = object_properties(doc, schema, schema_ptr)
    if not properties:
        return Body("json", media, required, type_, (), description)
    owner = resolve(doc, schema, schema_ptr)[1]
    fields = tuple(_field(doc, owner, name, prop_ptr, prop, req) for name, prop_ptr, prop, req in properties)
    return Body("json_object", media, required, type_, fields, description)


def _form_field(f: BodyField, prop: Any, encoding: Any) -> BodyField:
    """A multipart field: a file when its schema is binary, with the part's content type."""
    schema = prop if isinstance(prop, dict) else {}
    file = schema.get("format") == "binary" or "contentMediaType" in schema
    part = encoding.get(f.name) if isinstance(encoding, dict) else None
    content_type = str(part.get("contentType") or "") if isinstance(part, dict) else ""
    content_type = content_type or str(schema.get("contentMediaType") or "")
    return replace(f, file=file, content_type=content_type)


def _field(doc: dict[str, Any], owner: str, name: str, ptr: str, prop: Any, required: bool) -> BodyField:
    resolved, _ = resolve(doc, prop, ptr)
    has_example, example = example_of(resolved) if isinstance(resolved, dict) else (False, None)
    return BodyField(
        name=name,
        py_name="",
        required=required,
        type=FieldType(owner, name, schema_type(doc, prop, ptr) if isinstance(prop, dict) else ANY),
        description=str(resolved.get("description") or "").strip() if isinstance(resolved, dict) else "",
        example=example,
        has_example=has_example,
    )
