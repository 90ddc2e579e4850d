"""`sdkgen diff` compares what schemas allow, not how they spell it: integer bounds as sets
of integers, null on a value that may already be absent, `{}` as any value (null too), a
base's property restated in an allOf part, union members paired by what they are rather
than by position."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from generator.diff.document import diff_documents
from generator.diff.result import Change
from generator.spec.normalize import normalize
from tests.test_diff import doc, get_op, request, response, schemas

pytestmark = pytest.mark.unit


def changes(
    before: Callable[[dict[str, Any]], None], after: Callable[[dict[str, Any]], None]
) -> list[Change]:
    old = doc()
    before(old)
    new = copy.deepcopy(old)
    after(new)
    return [c for c in diff_documents(normalize(old), normalize(new)).changes if not c.docs_only]


def limit(**schema: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: get_op(d)["parameters"][0].update(schema=schema)


def test_integer_bound_respelled_is_no_change() -> None:
    assert changes(limit(type="integer", exclusiveMinimum=0), limit(type="integer", minimum=1)) == []
    assert changes(limit(type="integer", exclusiveMaximum=10), limit(type="integer", maximum=9)) == []
    # 3.0 spelling (boolean exclusiveMinimum) normalized the same way.
    old = limit(type="integer", minimum=0, exclusiveMinimum=True)
    assert changes(old, limit(type="integer", minimum=1)) == []


def test_a_bound_that_changes_is_one_change() -> None:
    (change,) = changes(limit(type="integer", exclusiveMinimum=0), limit(type="integer", minimum=2))
    assert (change.kind, change.rule, change.breaking) == (
        "constraint-tightened",
        "request-constraint-tightened",
        True,
    )
    assert change.detail == "minimum >= 1 -> >= 2"
    # For numbers, > 0 and >= 0 differ: 0 is allowed now.
    (change,) = changes(limit(type="number", exclusiveMinimum=0), limit(type="number", minimum=0))
    assert (change.rule, change.breaking, change.detail) == (
        "request-constraint-loosened",
        False,
        "minimum > 0 -> >= 0",
    )


def _usage(required: bool) -> Callable[[dict[str, Any]], None]:
    def setup(d: dict[str, Any]) -> None:
        schemas(d)["Usage"] = {"type": "object", "properties": {"tokens": {"type": "integer"}}}
        response(d)["usage"] = {"$ref": "#/components/schemas/Usage"}
        if required:
            schemas(d)["Thing"]["required"].append("usage")

    return setup


def _nullable_usage(d: dict[str, Any]) -> None:
    schemas(d)["Usage"]["nullable"] = True


def test_null_on_a_component_used_only_as_an_optional_response_property() -> None:
    (change,) = changes(_usage(required=False), _nullable_usage)
    assert (change.kind, change.rule, change.breaking) == (
        "nullable-added",
        "response-optional-nullable-added",
        False,
    )
    (change,) = changes(_usage(required=True), _nullable_usage)
    assert (change.rule, change.breaking) == ("response-nullable-added", True)


def test_null_inside_an_optional_response_property_item_is_breaking() -> None:
    def tags(d: dict[str, Any]) -> None:
        response(d)["tags"] = {"type": "array", "items": {"type": "string"}}

    def null_items(d: dict[str, Any]) -> None:
        response(d)["tags"]["items"]["nullable"] = True

    (change,) = changes(tags, null_items)
    assert (change.at, change.rule, change.breaking) == ("tags[]", "response-nullable-added", True)


def test_any_value_still_allows_null() -> None:
    (change,) = changes(lambda d: None, lambda d: request(d).update(note={}))
    assert (change.rule, change.breaking, change.detail) == (
        "request-type-widened",
        False,
        "type string -> any",
    )


def _members(d: dict[str, Any]) -> None:
    base = {"type": "object", "properties": {"type": {"enum": ["msg"]}, "role": {"type": "string"}}}
    schemas(d)["Message"] = {**base, "required": ["type", "role"]}
    schemas(d)["Thought"] = {"type": "object", "properties": {"type": {"enum": ["thought"]}, "summary": {}}}
    request(d)["part"] = {
        "anyOf": [
            {"allOf": [{"$ref": "#/components/schemas/Message"}, {"properties": {"content": {}}}]},
            {"allOf": [{"$ref": "#/components/schemas/Thought"}, {"properties": {"format": {}}}]},
        ]
    }


def test_union_members_are_paired_by_what_they_are_not_by_position() -> None:
    def restate(d: dict[str, Any]) -> None:
        first = request(d)["part"]["anyOf"][0]["allOf"][1]
        first["properties"]["type"] = {"enum": ["msg"], "default": "msg"}

    found = changes(_members, restate)
    assert [(c.kind, c.breaking) for c in found] == [("default-changed", False)], found
    assert found[0].at == "part<type=msg>.type"


def _files(d: dict[str, Any]) -> None:
    schemas(d)["File"] = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
    d["paths"]["/files"] = {
        "get": {
            "operationId": "getFile",
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/File"}}},
                }
            },
        }
    }


def _negotiated(d: dict[str, Any]) -> None:
    """The 07-31 files change: one shape per storage, the old one plus `_shape` first."""
    file = schemas(d).pop("File")
    schemas(d)["OurFile"] = {
        **file,
        "properties": {**file["properties"], "_shape": {"enum": ["ours"]}},
        "required": ["id", "_shape"],
    }
    schemas(d)["TheirFile"] = {"type": "object", "properties": {"name": {"type": "string"}}}
    schemas(d)["AnyFile"] = {
        "oneOf": [{"$ref": "#/components/schemas/OurFile"}, {"$ref": "#/components/schemas/TheirFile"}]
    }
    content = d["paths"]["/files"]["get"]["responses"]["200"]["content"]["application/json"]
    content["schema"] = {"$ref": "#/components/schemas/AnyFile"}


def test_a_response_that_became_a_union_keeping_its_shape_breaks_only_the_sdk() -> None:
    found = changes(_files, _negotiated)
    (swap,) = [c for c in found if c.path == "GET /files"]
    assert (swap.rule, swap.breaking, swap.wire_breaking) == ("ref-changed-sdk", True, False)
    assert "OurFile" in swap.detail and "_shape: required property added" in swap.detail
    assert not any(c.wire_breaking for c in found), [c for c in found if c.wire_breaking]
    # Had no member kept the old shape, the wire breaks too.
    (swap,) = [
        c
        for c in changes(_files, lambda d: (_negotiated(d), schemas(d)["OurFile"]["properties"].pop("id")))
        if c.path == "GET /files"
    ]
    assert (swap.rule, swap.wire_breaking) == ("ref-changed", True)
