"""The spec reader: what the IR says about the fixture specs, and how spec problems
are reported (all at once, each with its JSON pointer)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.emit.resolve import Resolver, resolve_operation
from generator.emit.templates import reserved_names
from generator.errors import SpecError
from generator.ir.api import Api
from generator.ir.types import Named
from generator.models.codegen import generate_models
from generator.naming.operations import name_api
from generator.read.document import read_api
from generator.spec.checks import check_document
from generator.spec.document import load_document
from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.unit

CACHE = ROOT / ".cache" / "sdkgen"


def read(doc: dict[str, Any], name: str = "spec.json") -> Api:
    """The named IR of a document, its types resolved through its models as emit sees them."""
    check_document(doc, name)
    models = generate_models(doc, package_name="openrouter_sdk", cache_dir=CACHE)
    api = name_api(read_api(doc), reserved_names(ROOT / "templates"), models.index.field_names)
    resolver = Resolver(models.index)
    return replace(api, operations=tuple(resolve_operation(op, resolver) for op in api.operations))


def fixture(name: str) -> Api:
    return read(load_document(FIXTURES / name, ()), name)


def ops(api: Api) -> dict[str, Any]:
    return {op.operation_id: op for op in api.operations}


def test_streaming_operation_has_its_chunk_type() -> None:
    op = ops(fixture("streaming.yaml"))["createChatCompletion"]
    assert op.stream is not None and op.stream.content_type == "text/event-stream"
    assert op.stream.event_type == Named("ChatChunk", "model")
    assert [f.py_name for f in op.body.fields][:3] == ["model", "messages", "stream"]


def test_response_kinds() -> None:
    by_id = ops(fixture("responses.yaml"))
    kinds = {op_id: [(r.status, r.kind) for r in op.success] for op_id, op in by_id.items()}
    assert kinds["deleteWidget"] == [("204", "empty")]
    assert kinds["getFeed"] == [("200", "text")]
    assert kinds["getWidget"] == [("200", "json"), ("200", "text")]
    assert kinds["createWidget"] == [("201", "json")]
    assert by_id["legacyExport"].deprecated and by_id["legacyExport"].auth is None
    assert by_id["createWidget"].auth is not None and by_id["createWidget"].auth.kind == "bearer"


def test_parameters() -> None:
    by_id = ops(fixture("params.yaml"))
    listing = {p.name: p for p in by_id["listItems"].parameters}
    assert listing["ids"].explode is False and listing["tags"].explode is True
    assert listing["X-Request-Id"].location == "header" and listing["X-Request-Id"].py_name == "x_request_id"
    shared = {p.name for p in by_id["getItemVersion"].parameters if p.location == "path"}
    assert shared == {"item_id", "version"}  # one declared on the path item, one on the operation


def test_names_are_python_and_wire_names_unchanged() -> None:
    api = fixture("names.yaml")
    assert [t.module for t in api.tags] == ["api_keys", "beta_responses", "anthropic_messages"]
    names = {op.operation_id: op.py_name for op in api.operations}
    assert names == {
        "list": "list_api_keys",
        "import": "import_api_keys",
        "getType": "get_type",
        "get_type": "get_type_2",
        "ID": "id_anthropic_messages",
    }
    params = {p.name: p.py_name for op in api.operations for p in op.parameters}
    assert params["from"] == "from_" and params["2fa"] == "n_2fa" and params["page-size"] == "page_size"
    assert params["timeout"] == "timeout_" and params["body"] == "body_" and params["self"] == "self_"


def test_security_schemes_per_operation() -> None:
    by_id = ops(fixture("security.yaml"))
    assert by_id["getHealth"].auth is None
    assert by_id["getCurrentUser"].auth.kind == "bearer"
    assert (by_id["listAdminKeys"].auth.kind, by_id["listAdminKeys"].auth.parameter) == (
        "header",
        "X-API-Key",
    )


def minimal(**paths: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def test_all_problems_are_reported_with_pointers() -> None:
    doc = minimal(
        **{
            "/a": {"get": {"responses": {"200": {"description": "ok"}}}},
            "/b": {"get": {"operationId": "x", "responses": {"200": {"description": "ok"}}}},
            "/c": {"get": {"operationId": "x", "responses": {"200": {"description": "ok"}}}},
            "/d/{id}": {
                "get": {
                    "operationId": "d",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Nope"}}
                            },
                        }
                    },
                }
            },
        }
    )
    with pytest.raises(SpecError) as info:
        read(doc)
    text = str(info.value)
    assert "#/paths/~1a/get: operation has no operationId" in text
    assert "#/paths/~1c/get/operationId: duplicate operationId 'x'" in text
    assert "dangling reference '#/components/schemas/Nope'" in text
    assert "path parameter {id} is not declared" in text
    assert len(info.value.problems) == 4


def test_server_scheme_must_be_http() -> None:
    doc = minimal()
    doc["servers"] = [{"url": "javascript://x"}]
    with pytest.raises(SpecError, match="#/servers/0/url: server URL scheme 'javascript'"):
        read(doc)


def test_pinned_spec_reads_into_39_operations(config: Any, pinned_spec: Path) -> None:
    api = read(load_document(pinned_spec, config.overlays))
    assert len(api.operations) == 39
    by_id = ops(api)
    assert by_id["createCoinbaseCharge"].auth is None and by_id["createCoinbaseCharge"].deprecated
    assert by_id["list"].py_name == "list_api_keys"
    streaming = sorted(op.operation_id for op in api.operations if op.stream)
    # embeddings and rerank declare an event stream whose schema is a plain string
    # described as "not used": not a stream the SDK offers.
    assert streaming == ["createMessages", "createResponses", "sendChatCompletionRequest"]
    assert all(by_id[op_id].stream.switch == "stream" for op_id in streaming)
    paged = {op.operation_id: (op.pages.offset, op.pages.limit) for op in api.operations if op.pages}
    assert paged == {
        "list": ("offset", None),
        "listGuardrails": ("offset", "limit"),
        "listKeyAssignments": ("offset", "limit"),
        "listMemberAssignments": ("offset", "limit"),
        "listGuardrailKeyAssignments": ("offset", "limit"),
        "listGuardrailMemberAssignments": ("offset", "limit"),
        "listOrganizationMembers": ("offset", "limit"),
    }
    kinds = [(r.kind, r.content_type) for r in by_id["getModels"].success]
    assert ("text", "application/rss+xml") in kinds and ("json", "application/json") in kinds


def test_all_of_an_enum_and_an_object_is_refused() -> None:
    doc = minimal()
    doc["components"] = {
        "schemas": {
            "Kind": {"type": "string", "enum": ["a", "b"]},
            "Thing": {"allOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "object"}]},
        }
    }
    with pytest.raises(
        SpecError, match="#/components/schemas/Thing/allOf: allOf combines an enum with an object"
    ):
        check_document(doc, "spec.json")


def test_a_discriminator_mapping_to_another_document_is_refused_with_its_pointer() -> None:
    """It used to be dropped silently (`Literal["Dog"]` instead of the mapped "dog")."""
    doc = minimal()
    pet = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"cat": "Cat", "dog": "pets.yaml#/Dog", "fox": "#/components/schemas/Fox"},
        },
    }
    cat = {"type": "object", "properties": {"kind": {"type": "string"}}}
    doc["components"] = {"schemas": {"Pet": pet, "Cat": cat}}
    with pytest.raises(SpecError) as refused:
        check_document(doc, "spec.json")
    assert [(p.pointer, p.message) for p in refused.value.problems] == [
        (
            "#/components/schemas/Pet/discriminator/mapping/dog",
            "external reference 'pets.yaml#/Dog' is refused (only '#/...' is followed)",
        ),
        (
            "#/components/schemas/Pet/discriminator/mapping/fox",
            "dangling reference '#/components/schemas/Fox'",
        ),
    ]
