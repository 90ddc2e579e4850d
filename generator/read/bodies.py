"""Request bodies: JSON (an object's top-level properties become keyword arguments),
or another media type sent as it is."""

from __future__ import annotations

from typing import Any

from generator.ir.api import Body, BodyField
from generator.ir.types import ANY, FieldType, Prim
from generator.read.examples import example_of
from generator.read.types import object_properties, schema_type
from generator.spec.media import is_json, is_text
from generator.spec.pointer import is_external_ref, join, resolve


def read_body(doc: dict[str, Any], op: dict[str, Any], ptr: str) -> Body | None:
    raw = op.get("requestBody")
    if raw is None or is_external_ref(raw):
        return None
    request, request_ptr = resolve(doc, raw, join(ptr, "requestBody"))
    content = request.get("content") or {}
    if not content:
        return None
    media = next((m for m in content if is_json(m)), next(iter(content)))
    schema = (content[media] or {}).get("schema") or {}
    schema_ptr = join(request_ptr, "content", media, "schema")
    required = bool(request.get("required", False))
    description = str(request.get("description") or "").strip()
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
