from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.spec.jsonpath import Filter, Index, Name, Wildcard, parse
from generator.spec.overlay import apply_overlay, apply_overlays

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[1]
PINNED = ROOT.parent / "shared" / "specs" / "openrouter" / "openapi-2026-04-09.json"
RERANK = ROOT / "specs" / "overlays" / "rerank-models.yaml"
METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def overlay(*actions: dict) -> dict:
    return {"overlay": "1.0.0", "info": {"title": "test", "version": "1"}, "actions": list(actions)}


def sample() -> dict:
    return {
        "openapi": "3.1.0",
        "tags": [{"name": "Guardrails"}],
        "paths": {
            "/guardrails/{id}": {
                "get": {
                    "operationId": "getGuardrail",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True},
                        {"name": "limit", "in": "query", "required": False, "x-rank": 1},
                        {"name": "offset", "in": "query", "required": False, "x-rank": 2},
                    ],
                },
                "delete": {"operationId": "deleteGuardrail"},
            },
            "/keys": {"get": {"operationId": "listKeys"}},
        },
        "components": {
            "schemas": {
                "Foo": {
                    "type": "object",
                    "description": "old",
                    "required": ["a"],
                    "properties": {"a": {"type": "string"}},
                }
            }
        },
        "a.b c": {"x": 1},
    }


def apply(*actions: dict) -> dict:
    return apply_overlay(sample(), overlay(*actions), "test.yaml")


def problems(*actions: dict, document: dict | None = None) -> list[tuple[str, str]]:
    with pytest.raises(SpecError) as caught:
        apply_overlay(document or sample(), overlay(*actions), "test.yaml")
    assert all(p.file == "test.yaml" for p in caught.value.problems)
    return [(p.pointer, p.message) for p in caught.value.problems]


def test_update_merges_recursively() -> None:
    out = apply(
        {
            "target": "$.components.schemas.Foo",
            "update": {
                "description": "new",
                "required": ["b"],
                "properties": {"b": {"type": "integer"}},
            },
        }
    )
    assert out["components"]["schemas"]["Foo"] == {
        "type": "object",
        "description": "new",
        "required": ["a", "b"],
        "properties": {"a": {"type": "string"}, "b": {"type": "integer"}},
    }


def test_update_appends_to_an_array() -> None:
    out = apply({"target": "$.tags", "update": {"name": "Rerank"}})
    assert out["tags"] == [{"name": "Guardrails"}, {"name": "Rerank"}]


def test_remove() -> None:
    out = apply(
        {"target": "$.paths['/guardrails/{id}'].delete", "remove": True},
        {"target": "$.paths['/guardrails/{id}'].get.parameters[*]", "remove": True},
    )
    assert out["paths"]["/guardrails/{id}"] == {"get": {"operationId": "getGuardrail", "parameters": []}}


def test_actions_apply_in_order() -> None:
    out = apply(
        {"target": "$.paths['/keys']", "remove": True},
        {"target": "$.paths", "update": {"/keys": {"post": {"operationId": "createKey"}}}},
    )
    assert out["paths"]["/keys"] == {"post": {"operationId": "createKey"}}


def test_bracket_names_and_quotes() -> None:
    out = apply(
        {"target": "$.paths['/guardrails/{id}'].get", "update": {"summary": "single"}},
        {"target": '$["paths"]["/keys"].get', "update": {"summary": "double"}},
        {"target": "$['a.b c']", "update": {"y": 2}},
    )
    assert out["paths"]["/guardrails/{id}"]["get"]["summary"] == "single"
    assert out["paths"]["/keys"]["get"]["summary"] == "double"
    assert out["a.b c"] == {"x": 1, "y": 2}


def test_wildcards() -> None:
    out = apply(
        {"target": "$.paths.*.get", "update": {"x-safe": True}},
        {"target": "$.paths[*].*", "update": {"x-seen": 1}},
    )
    operations = [op for item in out["paths"].values() for op in item.values()]
    assert len(operations) == 3
    assert all(op["x-seen"] == 1 for op in operations)
    assert [op.get("x-safe") for op in operations] == [True, None, True]


def test_each_match_gets_its_own_copy() -> None:
    out = apply({"target": "$.paths.*.get", "update": {"tags": ["T"]}})
    out["paths"]["/keys"]["get"]["tags"].append("changed")
    assert out["paths"]["/guardrails/{id}"]["get"]["tags"] == ["T"]


def test_each_array_gets_its_own_appended_copy() -> None:
    document = {"a": {"list": []}, "b": {"list": []}}
    out = apply_overlay(document, overlay({"target": "$.*.list", "update": {"n": 1}}), "t")
    out["a"]["list"][0]["n"] = 2
    assert out["b"]["list"] == [{"n": 1}]


def test_filters() -> None:
    params = "$.paths['/guardrails/{id}'].get.parameters"
    out = apply(
        {"target": f"{params}[?(@.in == 'query')]", "update": {"schema": {"type": "integer"}}},
        {"target": f'{params}[?@.name!="limit"]', "update": {"x-not-limit": True}},
        {"target": f"{params}[?@['x-rank']==2]", "update": {"x-two": True}},
        {"target": f"{params}[?@.required == true]", "update": {"x-required": True}},
    )
    by_name = {p["name"]: p for p in out["paths"]["/guardrails/{id}"]["get"]["parameters"]}
    assert "schema" not in by_name["id"] and by_name["limit"]["schema"] == {"type": "integer"}
    assert [n for n, p in by_name.items() if p.get("x-not-limit")] == ["id", "offset"]
    assert [n for n, p in by_name.items() if p.get("x-two")] == ["offset"]
    assert [n for n, p in by_name.items() if p.get("x-required")] == ["id"]


def test_filter_equality_keeps_booleans_apart_from_numbers() -> None:
    document = {"items": [{"v": True}, {"v": 1}, {"v": 1.0}, {"v": "1"}]}
    out = apply_overlay(document, overlay({"target": "$.items[?@.v == 1]", "update": {"hit": True}}), "t")
    assert [item.get("hit", False) for item in out["items"]] == [False, True, True, False]


def test_indexes() -> None:
    out = apply({"target": "$.tags[0]", "update": {"a": 1}}, {"target": "$.tags[-1]", "update": {"b": 2}})
    assert out["tags"] == [{"name": "Guardrails", "a": 1, "b": 2}]


def test_parse() -> None:
    assert parse("$.paths['/a/{id}'].get") == [Name("paths"), Name("/a/{id}"), Name("get")]
    assert parse("$.x-y[*].*[ -2 ]") == [Name("x-y"), Wildcard(), Wildcard(), Index(-2)]
    assert parse("$[?( @.a['b c'] != 'it\\'s' )]") == [Filter(("a", "b c"), True, "it's")]
    assert parse("$[?@.a==null]") == [Filter(("a",), False, None)]


def test_a_target_that_matches_nothing_is_an_error() -> None:
    found = problems(
        {"target": "$.tags", "update": {"name": "ok"}},
        {"target": "$.paths['/nope'].get", "update": {"summary": "x"}},
    )
    assert len(found) == 1
    assert found[0][0] == "#/actions/1/target"
    assert "$.paths['/nope'].get" in found[0][1] and "matches nothing" in found[0][1]


@pytest.mark.parametrize(
    ("target", "position"),
    [
        ("$..x", 1),
        ("$.tags[1:2]", 8),
        ("$.tags[0,1]", 8),
        ("$.tags[?@.a > 1]", 12),
        ("paths", 0),
        ("$.tags[0", 8),
        ("$.a.", 4),
    ],
)
def test_unsupported_jsonpath_names_expression_and_position(target: str, position: int) -> None:
    [(where, message)] = problems({"target": target, "remove": True})
    assert where == "#/actions/0/target"
    assert repr(target) in message and f"position {position}" in message


def test_every_validation_problem_is_reported_at_once() -> None:
    with pytest.raises(SpecError) as caught:
        apply_overlay(sample(), {"overlay": "2.0.0"}, "bad.yaml")
    assert {p.pointer for p in caught.value.problems} == {"#/overlay", "#/info", "#/actions"}
    assert all(p.file == "bad.yaml" for p in caught.value.problems)

    found = problems(
        {"target": 5, "remove": True},
        {"target": "$.tags", "update": {}, "remove": True},
        {"target": "$.tags"},
        {"target": "$.tags", "remove": "yes"},
        {"target": "$", "remove": True},
        {
            "target": "$.paths",
            "update": {"/x": {"get": {"responses": {200: {"description": "ok"}}}}},
        },
        "not an action",
    )
    assert [where for where, _ in found] == [
        "#/actions/0/target",
        "#/actions/1",
        "#/actions/2",
        "#/actions/3/remove",
        "#/actions/4/target",
        "#/actions/5/update/~1x/get/responses/200",
        "#/actions/6",
    ]


@pytest.mark.parametrize("version", [1.0, "1.0", "0.9.0", None])
def test_the_overlay_version_must_be_a_1x_string(version: object) -> None:
    document = overlay({"target": "$.tags", "update": {"name": "x"}})
    document["overlay"] = version
    with pytest.raises(SpecError) as caught:
        apply_overlay(sample(), document, "v.yaml")
    assert [p.pointer for p in caught.value.problems] == ["#/overlay"]


def test_updates_that_cannot_merge_are_errors() -> None:
    found = problems(
        {"target": "$.components.schemas.Foo", "update": {"description": {"nested": True}}},
        {"target": "$.components.schemas.Foo", "update": ["not", "an", "object"]},
        {"target": "$.components.schemas.Foo.description", "update": {"a": 1}},
    )
    assert [where for where, _ in found] == [
        "#/actions/0/update/description",
        "#/actions/1/update",
        "#/actions/2/target",
    ]


def test_inputs_are_not_mutated() -> None:
    document, actions = (
        sample(),
        overlay(
            {
                "target": "$.components.schemas.Foo",
                "update": {"properties": {"b": {"type": "integer"}}, "required": ["b"]},
            },
            {"target": "$.tags", "update": {"name": "New"}},
            {"target": "$.paths['/keys']", "remove": True},
        ),
    )
    before = copy.deepcopy((document, actions))
    out = apply_overlay(document, actions, "t")
    assert (document, actions) == before
    out["components"]["schemas"]["Foo"]["properties"]["b"]["type"] = "string"
    out["tags"][1]["name"] = "Changed"
    assert (document, actions) == before


def test_files_that_cannot_be_read_name_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("overlay: [unclosed\n", encoding="utf-8")
    missing = tmp_path / "missing.yaml"
    for path in (broken, missing):
        with pytest.raises(SpecError) as caught:
            apply_overlays(sample(), [path])
        assert [p.file for p in caught.value.problems] == [str(path)]


def test_a_recursive_yaml_alias_is_an_error_not_a_hang(tmp_path: Path) -> None:
    path = tmp_path / "loop.yaml"
    path.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.tags\n    update: &loop\n      name: x\n      again: *loop\n",
        encoding="utf-8",
    )
    with pytest.raises(SpecError):
        apply_overlays(sample(), [path])


def test_json_overlay_files_work(tmp_path: Path) -> None:
    path = tmp_path / "o.json"
    path.write_text(json.dumps(overlay({"target": "$.tags", "update": {"name": "J"}})), encoding="utf-8")
    assert apply_overlays(sample(), [path])["tags"][-1] == {"name": "J"}


def _operations(document: dict) -> list[dict]:
    return [op for item in document["paths"].values() for method, op in item.items() if method in METHODS]


def test_the_rerank_overlay_adds_the_39th_operation() -> None:
    document = json.loads(PINNED.read_text(encoding="utf-8"))
    before = copy.deepcopy(document)
    out = apply_overlays(document, [RERANK])
    assert document == before
    assert len(_operations(document)) == 38
    assert len(_operations(out)) == 39

    rerank = out["paths"]["/rerank/models"]["get"]
    embeddings = out["paths"]["/embeddings/models"]["get"]
    assert rerank["operationId"] == "listRerankModels"
    assert rerank["tags"] == ["Rerank"]
    assert rerank["summary"] == "List all rerank models"
    assert rerank["description"]
    assert set(rerank["responses"]) == set(embeddings["responses"]) == {"200", "400", "500"}
    assert rerank["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ModelsListResponse"
    }
    for code in ("200", "400", "500"):
        assert (
            rerank["responses"][code]["content"]["application/json"]["schema"]
            == embeddings["responses"][code]["content"]["application/json"]["schema"]
        )
    assert rerank["responses"]["400"] == embeddings["responses"]["400"]
    assert rerank["responses"]["500"] == embeddings["responses"]["500"]
    assert {tag["name"] for tag in out["tags"]} >= {"Rerank"}


def test_merge_missing_adds_only_what_the_target_lacks() -> None:
    doc = {"schemas": {"Usage": {"properties": {"cost": {"type": ["number", "null"]}}}}}
    action = {
        "target": "$.schemas.Usage.properties",
        "x-sdkgen-merge": "missing",
        "update": {"cost": {"type": "number", "nullable": True}, "is_byok": {"type": "boolean"}},
    }
    out = apply_overlay(doc, overlay(action), "o.yaml")
    # The document's own definition wins, in its own notation; the absent field is added.
    assert out["schemas"]["Usage"]["properties"] == {
        "cost": {"type": ["number", "null"]},
        "is_byok": {"type": "boolean"},
    }
    assert "is_byok" not in doc["schemas"]["Usage"]["properties"]


def test_merge_missing_appends_an_item_only_once() -> None:
    doc = {"tags": [{"name": "Chat"}]}
    action = {"target": "$.tags", "x-sdkgen-merge": "missing", "update": {"name": "Chat"}}
    assert apply_overlay(doc, overlay(action), "o.yaml")["tags"] == [{"name": "Chat"}]
    action["update"] = {"name": "Models"}
    assert apply_overlay(doc, overlay(action), "o.yaml")["tags"] == [
        {"name": "Chat"},
        {"name": "Models"},
    ]


def test_merge_mode_is_checked() -> None:
    actions = (
        {"target": "$.paths", "x-sdkgen-merge": "deep", "update": {}},
        {"target": "$.paths", "x-sdkgen-merge": "missing", "remove": True},
    )
    with pytest.raises(SpecError) as caught:
        apply_overlay(sample(), overlay(*actions), "o.yaml")
    text = str(caught.value)
    assert "o.yaml: #/actions/0/x-sdkgen-merge: must be one of 'missing', not 'deep'" in text
    assert "o.yaml: #/actions/1: 'x-sdkgen-merge' applies to an update" in text
