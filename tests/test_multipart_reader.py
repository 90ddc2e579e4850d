"""Reading multipart/form-data bodies into the IR, naming them, and what the SDK surface and
views make of them: file fields (`format: binary`, `contentMediaType`), the parts'
`encoding` content types, a form next to JSON as the operation's alternative, keywords
shared between the two bodies, and multipart in documents without JSON."""

from __future__ import annotations

from typing import Any

import pytest

from generator.emit.templates import reserved_names
from generator.ir.api import Api
from generator.naming.operations import name_api
from generator.read.document import read_api
from generator.spec.document import load_document
from generator.surface import api_surface
from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.unit


def named(doc: dict[str, Any]) -> Api:
    return name_api(read_api(doc), reserved_names(ROOT / "templates"))


@pytest.fixture(scope="module")
def api() -> Api:
    return named(load_document(FIXTURES / "multipart.yaml", ()))


def operation(api: Api, operation_id: str) -> Any:
    return next(op for op in api.operations if op.operation_id == operation_id)


def test_a_multipart_body_has_file_fields_and_part_types(api: Api) -> None:
    upload = operation(api, "uploadFile")
    assert upload.body.kind == "multipart" and upload.alternatives == ()
    fields = {f.name: f for f in upload.body.fields}
    assert [n for n, f in fields.items() if f.file] == ["file", "thumbnail"]
    assert {n: f.content_type for n, f in fields.items() if f.content_type} == {
        "thumbnail": "image/png",
        "note": "text/markdown",
    }
    assert [n for n, f in fields.items() if f.required] == ["file", "purpose"]


def test_json_and_multipart_keep_json_first_and_share_keywords(api: Api) -> None:
    transcribe = operation(api, "createTranscription")
    assert transcribe.body.kind == "json_object"
    (form,) = transcribe.alternatives
    assert form.kind == "multipart"
    assert transcribe.bodies == (transcribe.body, form)
    keywords = {f.name: f.py_name for f in form.fields}
    # `timestamp_granularities[]` is the JSON body's `timestamp_granularities`: one keyword.
    assert keywords == {
        "file": "file",
        "model": "model",
        "language": "language",
        "temperature": "temperature",
        "timestamp_granularities[]": "timestamp_granularities",
    }


def test_surface_lists_form_fields_and_no_body_for_a_form(api: Api) -> None:
    functions = api_surface(api).functions
    upload = functions["files.upload_file"].parameters
    assert "body" not in upload
    assert upload["file"] is True and upload["thumbnail"] is False
    transcribe = functions["audio.create_transcription"].parameters
    assert transcribe["body"] is True
    assert transcribe["file"] is False and transcribe["temperature"] is False and transcribe["model"] is True


def test_a_form_without_properties_stays_bytes() -> None:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/raw": {
                "post": {
                    "operationId": "raw",
                    "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "string"}}}},
                    "responses": {"204": {"description": "none"}},
                }
            }
        },
    }
    (op,) = named(doc).operations
    assert op.body.kind == "other" and op.body.fields == ()
