"""generator/tools/output.py: output schemas as outlines of the success response, on
small documents (unions, allOf, cycles, nullable, arrays at the top) and on every fixture
spec: 2020-12, an object at the top, within the budget."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from generator.build.pipeline import prepare
from generator.config import load_config
from generator.tools.output import OUTPUT_BUDGET, _top, outline
from tests.conftest import ROOT
from tests.goldens import fixture_specs

pytestmark = pytest.mark.unit

DOC = {
    "components": {
        "schemas": {
            "Node": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "next": {"$ref": "#/components/schemas/Node"}},
            },
            "Id": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            "Pet": {
                "allOf": [
                    {"type": "object", "properties": {"id": {"$ref": "#/components/schemas/Id"}}},
                    {
                        "type": "object",
                        "properties": {"tag": {"type": "string", "nullable": True, "enum": ["a"]}},
                    },
                ]
            },
        }
    }
}


def test_outline_follows_refs_and_cuts_cycles() -> None:
    node = outline(DOC, {"$ref": "#/components/schemas/Node"}, 4)
    assert node == {
        "type": "object",
        "properties": {"name": {"type": "string"}, "next": {}},  # back into its own chain: anything
    }


def test_unions_become_their_members_types_and_all_of_merges() -> None:
    pet = outline(DOC, {"$ref": "#/components/schemas/Pet"}, 4)
    assert pet == {
        "type": "object",
        "properties": {"id": {"type": ["string", "integer"]}, "tag": {"type": ["string", "null"]}},
    }
    validator = Draft202012Validator(pet)
    assert validator.is_valid({"id": 3, "tag": "zebra"})  # no enum: the SDK keeps values it does not list
    assert not validator.is_valid({"id": 1.5})


def test_depth_cuts_to_types_and_the_top_is_an_object() -> None:
    array = {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
    assert outline(DOC, array, 0) == {"type": "array"}
    assert _top(outline(DOC, array, 1)) == {
        "type": "object",
        "properties": {"result": {"type": "array", "items": {"type": "object"}}},
    }
    assert _top({}) == {"type": "object"} and _top({"type": ["object", "null"]}) == {"type": "object"}


@pytest.mark.parametrize("spec", fixture_specs(), ids=lambda p: p.stem)
def test_every_fixtures_output_schemas_are_objects_within_budget(spec: Path, tmp_path: Path) -> None:
    prepared = prepare(load_config(ROOT), spec, (), tmp_path / "out")
    for tool in prepared.tools:
        schema = tool.output_schema
        Draft202012Validator.check_schema(schema)
        assert schema["type"] == "object" and "$ref" not in json.dumps(schema), tool.name
        assert len(json.dumps(schema)) <= OUTPUT_BUDGET + 100, tool.name  # + the streamed fields
