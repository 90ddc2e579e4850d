from __future__ import annotations

import copy
import json
import time
from pathlib import Path

import pytest

from generator.spec.normalize import normalize, normalize_with_stats

pytestmark = pytest.mark.unit

SPECS = Path(__file__).resolve().parents[1].parent / "shared" / "specs" / "openrouter"
SNAPSHOTS = sorted(SPECS.glob("openapi-*.json"))
PINNED = SPECS / "openapi-2026-04-09.json"
REF = "#/components/schemas/A"


def normalized(schema: dict) -> dict:
    doc = {"openapi": "3.1.0", "components": {"schemas": {"S": schema}}}
    return normalize(doc)["components"]["schemas"]["S"]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "nullable": True}, {"type": ["string", "null"]}),
        (
            {"type": ["string", "integer"], "nullable": True},
            {"type": ["string", "integer", "null"]},
        ),
        ({"type": ["string", "null"], "nullable": True}, {"type": ["string", "null"]}),
        ({"type": "string", "nullable": False}, {"type": "string"}),
        # A nullable enum becomes "the enum, or null", with null out of the enum.
        (
            {"type": "string", "enum": ["a", "b"], "nullable": True, "description": "d"},
            {"description": "d", "anyOf": [{"type": "string", "enum": ["a", "b"]}, {"type": "null"}]},
        ),
        (
            {"type": "string", "enum": ["a", None], "nullable": True},
            {"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}]},
        ),
        ({"enum": ["a"], "nullable": True}, {"anyOf": [{"enum": ["a"]}, {"type": "null"}]}),
        # ... and so does a 3.1 enum that lists null.
        (
            {"type": ["string", "null"], "enum": ["a", "b", None]},
            {"anyOf": [{"type": ["string"], "enum": ["a", "b"]}, {"type": "null"}]},
        ),
        (
            {"$ref": REF, "description": "d", "example": "e", "nullable": True},
            {"description": "d", "example": "e", "anyOf": [{"$ref": REF}, {"type": "null"}]},
        ),
        (
            {"allOf": [{"$ref": REF}], "title": "t", "nullable": True},
            {"title": "t", "anyOf": [{"allOf": [{"$ref": REF}]}, {"type": "null"}]},
        ),
        (
            {"oneOf": [{"$ref": REF}, {"type": "string"}], "nullable": True},
            {"anyOf": [{"oneOf": [{"$ref": REF}, {"type": "string"}]}, {"type": "null"}]},
        ),
        ({"const": "x", "nullable": True}, {"anyOf": [{"const": "x"}, {"type": "null"}]}),
        (
            {"type": "string", "const": "x", "nullable": True},
            {"anyOf": [{"type": "string", "const": "x"}, {"type": "null"}]},
        ),
        # The OpenRouter idioms: a bare {nullable: true} as a union member means "or null".
        (
            {"anyOf": [{"type": "string"}, {"nullable": True}]},
            {"anyOf": [{"type": "string"}, {"type": "null"}]},
        ),
        (
            {"allOf": [{"$ref": REF}, {"nullable": True}]},
            {"anyOf": [{"allOf": [{"$ref": REF}]}, {"type": "null"}]},
        ),
        # An allOf member of annotations only documents its sibling: the notes move up.
        (
            {"allOf": [{"$ref": REF}, {"description": "d", "example": "fast"}]},
            {"allOf": [{"$ref": REF}], "description": "d", "example": "fast"},
        ),
        (
            {"description": "own", "allOf": [{"$ref": REF}, {"description": "d"}]},
            {"description": "own", "allOf": [{"$ref": REF}]},
        ),
        (
            {"allOf": [{"description": "a"}, {"title": "b"}]},
            {"allOf": [{"description": "a"}, {"title": "b"}]},
        ),
        # ... and elsewhere it only says "any value", which includes null already.
        (
            {"type": "object", "additionalProperties": {"nullable": True}},
            {"type": "object", "additionalProperties": {}},
        ),
        (
            {"type": "number", "minimum": 0, "exclusiveMinimum": True},
            {"type": "number", "exclusiveMinimum": 0},
        ),
        (
            {"type": "number", "maximum": 10, "exclusiveMaximum": True},
            {"type": "number", "exclusiveMaximum": 10},
        ),
        (
            {
                "type": "number",
                "minimum": 0,
                "exclusiveMinimum": False,
                "maximum": 1,
                "exclusiveMaximum": False,
            },
            {"type": "number", "minimum": 0, "maximum": 1},
        ),
        # Already 3.1: a numeric bound of 0 is not the boolean false.
        ({"type": "number", "exclusiveMinimum": 0}, {"type": "number", "exclusiveMinimum": 0}),
    ],
)
def test_rewrites(schema: dict, expected: dict) -> None:
    assert normalized(schema) == expected


def test_a_property_named_nullable_is_a_property() -> None:
    schema = {
        "type": "object",
        "properties": {
            "nullable": {"type": "boolean"},
            "other": {"type": "string", "nullable": True},
        },
        "required": ["nullable"],
    }
    assert normalized(schema) == {
        "type": "object",
        "properties": {"nullable": {"type": "boolean"}, "other": {"type": ["string", "null"]}},
        "required": ["nullable"],
    }
    assert normalized(
        {"type": "object", "properties": {"nullable": {"type": "boolean", "nullable": True}}}
    ) == {
        "type": "object",
        "properties": {"nullable": {"type": ["boolean", "null"]}},
    }


def test_examples_and_extensions_are_data() -> None:
    schema = {
        "type": "object",
        "example": {"nullable": True, "exclusiveMinimum": True},
        "default": {"nullable": True},
        "x-vendor": {"type": "string", "nullable": True},
    }
    assert normalized(schema) == schema


def test_extension_keys_of_openapi_maps_are_not_path_items() -> None:
    extension = {
        "get": {"parameters": [{"name": "p", "in": "query", "schema": {"type": "string", "nullable": True}}]}
    }
    doc = {
        "paths": {"x-vendor": extension},
        "components": {"schemas": {"S": {"properties": {"x-y": {"type": "string", "nullable": True}}}}},
    }
    out = normalize(doc)
    assert "x-vendor" not in out["paths"]  # dropped: nothing reads it as a path item
    assert doc["paths"]["x-vendor"] == extension  # the input is untouched
    assert out["components"]["schemas"]["S"]["properties"]["x-y"] == {"type": ["string", "null"]}


def test_every_schema_position_is_rewritten() -> None:
    nullable = {"type": "string", "nullable": True}
    media = {"application/json": {"schema": nullable}}
    operation = {
        "parameters": [{"name": "p", "in": "query", "schema": nullable}],
        "requestBody": {"content": media},
        "responses": {
            "200": {"description": "ok", "headers": {"X-H": {"schema": nullable}}, "content": media}
        },
        "callbacks": {"cb": {"{$request.body#/url}": {"post": {"requestBody": {"content": media}}}}},
    }
    schema = {
        "type": "object",
        "properties": {"p": nullable},
        "patternProperties": {"^x": nullable},
        "additionalProperties": nullable,
        "items": nullable,
        "prefixItems": [nullable],
        "not": nullable,
        "anyOf": [nullable],
        "$defs": {"d": nullable},
    }
    doc = {
        "openapi": "3.1.0",
        "paths": {"/a": {"parameters": [{"name": "q", "in": "query", "content": media}], "get": operation}},
        "webhooks": {"w": {"post": operation}},
        "components": {
            "schemas": {"S": schema},
            "parameters": {"P": {"name": "p", "in": "query", "schema": nullable}},
            "headers": {"H": {"schema": nullable}},
            "requestBodies": {"B": {"content": media}},
            "responses": {"R": {"description": "r", "content": media}},
        },
    }
    out, stats = normalize_with_stats(doc)
    text = json.dumps(out)
    assert '"nullable"' not in text
    assert stats["nullable"] == json.dumps(doc).count('"nullable"')
    assert out["components"]["schemas"]["S"]["items"] == {"type": ["string", "null"]}


def test_input_is_not_mutated_and_output_is_independent() -> None:
    doc = {
        "components": {
            "schemas": {
                "S": {
                    "type": "object",
                    "nullable": True,
                    "example": {"a": [1]},
                    "properties": {"p": {"$ref": REF, "nullable": True}},
                }
            }
        }
    }
    before = copy.deepcopy(doc)
    out = normalize(doc)
    assert doc == before
    out["components"]["schemas"]["S"]["example"]["a"].append(2)
    assert doc == before


def test_a_deeply_nested_document_does_not_exhaust_the_stack() -> None:
    innermost = {"type": "string", "nullable": True}
    schema = innermost
    for _ in range(5_000):
        schema = {"type": "object", "properties": {"child": {"allOf": [schema]}}}
    doc = {"components": {"schemas": {"Deep": schema}}}
    out, stats = normalize_with_stats(doc)
    assert stats["nullable"] == 1
    node = out["components"]["schemas"]["Deep"]
    for _ in range(5_000):
        node = node["properties"]["child"]["allOf"][0]
    assert node == {"type": ["string", "null"]}


def test_snapshots_are_present() -> None:
    assert PINNED in SNAPSHOTS, f"the OpenRouter snapshots are missing from {SPECS}"


def _keyword_uses(doc: dict) -> list[tuple[str, object]]:
    """(keyword, value) of each nullable / exclusive bound outside data (examples, enums, x-...)."""
    found = []
    stack: list[object] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("nullable", "exclusiveMinimum", "exclusiveMaximum"):
                    found.append((key, value))
                if key not in (
                    "example",
                    "examples",
                    "default",
                    "const",
                    "enum",
                ) and not key.startswith("x-"):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return found


@pytest.mark.parametrize("path", SNAPSHOTS, ids=lambda p: p.name)
def test_snapshots_are_left_without_30_idioms(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    before = copy.deepcopy(doc)
    out, stats = normalize_with_stats(doc)
    assert doc == before
    uses = _keyword_uses(out)
    assert not [use for use in uses if use[0] == "nullable"]
    assert not [use for use in uses if isinstance(use[1], bool)]
    assert stats["nullable"] == sum(1 for key, _ in _keyword_uses(doc) if key == "nullable")
    if path == PINNED:
        assert stats["nullable"] == 331


def test_the_pinned_document_normalizes_quickly() -> None:
    doc = json.loads(PINNED.read_text(encoding="utf-8"))
    start = time.perf_counter()
    normalize(doc)
    assert time.perf_counter() - start < 0.5  # about 15 ms on a developer machine
