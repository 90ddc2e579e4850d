"""The names lock's parts: structural fingerprints, and what reconciling a lock with a
generation's names keeps, renames and removes."""

from __future__ import annotations

import copy
import json
import time

import pytest

from generator.naming import lock
from generator.naming.shapes import Shapes, fingerprint

pytestmark = pytest.mark.unit

USAGE = {
    "type": "object",
    "description": "Token counts",
    "required": ["prompt_tokens", "completion_tokens"],
    "properties": {
        "prompt_tokens": {"type": "integer", "example": 3},
        "completion_tokens": {"type": "integer"},
        "cost": {"type": "number", "format": "double", "nullable": True},
        "kind": {"type": "string", "enum": ["a", "b"]},
    },
}


def test_reordered_properties_and_documentation_do_not_change_the_fingerprint() -> None:
    reordered = {
        "title": "Usage",
        "properties": dict(reversed(list(USAGE["properties"].items()))),
        "required": ["completion_tokens", "prompt_tokens"],
        "type": "object",
    }
    reordered["properties"]["kind"] = {"enum": ["b", "a"], "type": "string", "description": "which"}
    assert fingerprint({}, reordered) == fingerprint({}, USAGE)


def test_a_schema_renamed_or_moved_from_inline_to_a_component_keeps_its_fingerprint() -> None:
    inline = {"paths": {"/x": {"get": {"schema": {"type": "object", "properties": {"usage": USAGE}}}}}}
    moved = {
        "components": {"schemas": {"TokenUsage": USAGE, "Result": {"type": "object", "properties": {}}}},
        "paths": {
            "/x": {
                "get": {
                    "schema": {
                        "type": "object",
                        "properties": {"usage": {"$ref": "#/components/schemas/TokenUsage"}},
                    }
                }
            }
        },
    }
    renamed = copy.deepcopy(moved)
    renamed["components"]["schemas"]["Usage2"] = renamed["components"]["schemas"].pop("TokenUsage")
    renamed["paths"]["/x"]["get"]["schema"]["properties"]["usage"]["$ref"] = "#/components/schemas/Usage2"
    pointer = "#/paths/~1x/get/schema"
    assert Shapes(inline).at(pointer) == Shapes(moved).at(pointer) == Shapes(renamed).at(pointer)
    assert Shapes(inline).at(pointer + "/properties/usage") == Shapes(moved).at(
        "#/components/schemas/TokenUsage"
    )


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s["properties"]["cost"].update(type="string"),  # a field's type
        lambda s: s["properties"]["cost"].pop("nullable"),
        lambda s: s["required"].remove("completion_tokens"),
        lambda s: s["properties"].update(extra={"type": "boolean"}),
        lambda s: s["properties"]["kind"]["enum"].append("c"),
    ],
    ids=["type", "nullable", "required", "property-added", "enum-value"],
)
def test_a_structural_change_changes_the_fingerprint(change) -> None:
    changed = copy.deepcopy(USAGE)
    change(changed)
    assert fingerprint({}, changed) != fingerprint({}, USAGE)


def test_recursive_schemas_have_fingerprints_independent_of_their_names() -> None:
    def tree(name: str) -> dict:
        node = {
            "type": "object",
            "properties": {"children": {"type": "array", "items": {"$ref": f"#/c/{name}"}}},
        }
        return {"c": {name: node}}

    assert Shapes(tree("Node")).at("#/c/Node") == Shapes(tree("TreeNode")).at("#/c/TreeNode")


def _lock(models: dict[str, str | None], functions: dict[str, str] | None = None) -> lock.NamesLock:
    return lock.NamesLock(
        models={name: lock.Model(fp, f"#/components/schemas/{name}") for name, fp in models.items()},
        functions={name: lock.Callable_(op) for name, op in (functions or {}).items()},
        exports=("Client",),
    )


def test_a_gone_model_whose_structure_remains_becomes_a_deprecated_alias_else_a_removal() -> None:
    old = _lock({"GenerationGetResponse": "f1", "Gone": "f2", "Kept": "f3"})
    current = _lock({"GenerationResponse": "f1", "Kept": "f3", "Other": "f9"}).models
    aliases = lock.reconcile_models(old, current, lambda ptr: None)
    assert aliases == {"GenerationGetResponse": "GenerationResponse"}
    result = lock.reconcile(old, _lock({n: m.fingerprint for n, m in current.items()}), aliases)
    assert result.lock.models["GenerationGetResponse"].alias_of == "GenerationResponse"
    assert result.removed == ("model Gone",)
    assert any("GenerationGetResponse to GenerationResponse" in note for note in result.notes)
    # Reconciling the written lock again changes nothing: the alias stays, no note repeats.
    again = lock.reconcile(result.lock, _lock({n: m.fingerprint for n, m in current.items()}), aliases)
    assert again.lock.text() == result.lock.text() and again.notes == []


def test_the_same_place_of_the_document_names_the_successor_unless_it_is_a_union_position() -> None:
    old = lock.NamesLock(
        models={
            "GenerationGetResponse": lock.Model("f1", "#/paths/~1generation/get/responses/200/schema"),
            "Tools4": lock.Model("f2", "#/components/schemas/Req/properties/tools/items/anyOf/4"),
        }
    )
    current = {"GenerationResponse": lock.Model("f7", "#/components/schemas/GenerationResponse")}
    aliases = lock.reconcile_models(old, current, lambda ptr: "GenerationResponse")
    assert aliases == {"GenerationGetResponse": "GenerationResponse"}


def test_a_renamed_function_is_a_removal_that_names_its_successor() -> None:
    old = _lock({}, {"chat.send_chat_completion_request": "POST /chat/completions", "keys.x": "GET /x"})
    new = _lock({}, {"chat.send": "POST /chat/completions"})
    result = lock.reconcile(old, new, {})
    assert result.removed == (
        "function chat.send_chat_completion_request (now chat.send, for POST /chat/completions)",
        "function keys.x",
    )


def test_the_lock_text_is_deterministic_and_round_trips() -> None:
    a = _lock({"B": "f2", "A": "f1"}, {"m.f": "GET /f"})
    b = _lock({"A": "f1", "B": "f2"}, {"m.f": "GET /f"})
    assert a.text() == b.text()
    assert lock.NamesLock.from_json(json.loads(a.text())).text() == a.text()


def _pair(a: str, b: str, members: list[dict]) -> dict:
    """Two schemas that refer to each other; `b` holds a union of `members`."""
    return {
        "c": {
            a: {"type": "object", "properties": {"peer": {"$ref": f"#/c/{b}"}, "n": {"type": "integer"}}},
            b: {"type": "object", "properties": {"back": {"anyOf": members}}},
        }
    }


def test_reference_cycles_fingerprint_by_structure_not_names_or_member_order() -> None:
    doc = _pair("A", "B", [{"$ref": "#/c/A"}, {"type": "null"}, {"type": "string"}])
    renamed = _pair("Left", "Right", [{"type": "string"}, {"type": "null"}, {"$ref": "#/c/Left"}])
    assert Shapes(doc).at("#/c/A") == Shapes(renamed).at("#/c/Left")
    assert Shapes(doc).at("#/c/B") == Shapes(renamed).at("#/c/Right")
    assert Shapes(doc).at("#/c/A") != Shapes(doc).at("#/c/B")
    # A change anywhere on the cycle is a change of every member's structure.
    changed = _pair("A", "B", [{"$ref": "#/c/A"}, {"type": "null"}, {"type": "boolean"}])
    assert Shapes(changed).at("#/c/A") != Shapes(doc).at("#/c/A")
    # Entered through a reference or at its own pointer: the same fingerprint.
    shapes = Shapes(doc)
    assert shapes.of({"$ref": "#/c/B"}) == shapes.at("#/c/B")


def test_a_dense_reference_cycle_fingerprints_in_linear_time() -> None:
    """30 schemas each referring to all the others: unrolling every path (30! of them) never
    ends; each schema is unrolled once. They are rotations of each other: one structure."""
    size = 30
    doc = {
        "c": {
            f"N{i}": {
                "type": "object",
                "properties": {f"next{k}": {"$ref": f"#/c/N{(i + k) % size}"} for k in range(1, size)},
            }
            for i in range(size)
        }
    }
    started = time.perf_counter()
    shapes = Shapes(doc)
    prints = {shapes.at(f"#/c/N{i}") for i in range(size)}
    assert time.perf_counter() - started < 20
    assert len(prints) == 1
    doc["c"]["N7"]["properties"]["next1"] = {"type": "string"}
    assert Shapes(doc).at("#/c/N0") not in prints
