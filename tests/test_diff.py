"""`sdkgen diff`: the real consecutive snapshot pairs (expectations checked by hand against
the raw documents), one small synthetic spec per classification rule, the three report
formats and the command line's exit codes."""

from __future__ import annotations

import copy
import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.diff.document import diff_documents
from generator.diff.report import render
from generator.diff.result import Change, DiffResult
from generator.diff.rules import RULES
from generator.spec.document import load_source
from generator.spec.normalize import normalize
from tests.conftest import ROOT, SHARED_SPECS
from tests.httpserver import ScriptedServer

pytestmark = pytest.mark.unit

DATES = ["2026-03-27", "2026-04-07", "2026-04-08", "2026-04-09", "2026-04-10"]
PAIRS = list(zip(DATES, DATES[1:], strict=False))


def snapshot(date: str) -> Path:
    path = SHARED_SPECS / f"openapi-{date}.json"
    assert path.is_file(), f"missing {path}: ../shared must sit beside the project"
    return path


_LOADED: dict[str, dict[str, Any]] = {}
_DIFFS: dict[tuple[str, str], DiffResult] = {}


def real_diff(old: str, new: str) -> DiffResult:
    """The diff of two snapshots with the project's overlays, as `sdkgen diff` computes it."""
    if (old, new) not in _DIFFS:
        from generator.config import load_config

        overlays = load_config(ROOT).overlays
        for date in (old, new):
            if date not in _LOADED:
                _LOADED[date] = load_source(str(snapshot(date)), overlays, date)
        _DIFFS[(old, new)] = diff_documents(_LOADED[old], _LOADED[new], old_name=old, new_name=new)
    return _DIFFS[(old, new)]


def find(result: DiffResult, **fields: Any) -> list[Change]:
    return [c for c in result.changes if all(getattr(c, k) == v for k, v in fields.items())]


def cli(*args: str, cwd: Path = ROOT) -> Any:
    import os

    here = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(here)


# ---------------------------------------------------------------- the real pairs


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a}..{b}" for a, b in PAIRS])
def test_every_real_pair_is_handled_and_timed(old: str, new: str) -> None:
    from generator.config import load_config

    overlays = load_config(ROOT).overlays
    start = time.perf_counter()
    a = load_source(str(snapshot(old)), overlays, old)
    b = load_source(str(snapshot(new)), overlays, new)
    result = diff_documents(a, b, old_name=old, new_name=new)
    elapsed = time.perf_counter() - start
    s = result.summary
    print(
        f"\ndiff {old} -> {new}: {elapsed:.2f}s, {s['breaking']} breaking, "
        f"{s['non_breaking']} non-breaking, {s['docs_only']} docs-only"
    )
    assert s["breaking"] == len(result.breaking)
    assert all(c.rule in RULES for c in result.changes)
    assert all(c.breaking == RULES[c.rule][0] for c in result.changes)
    for fmt in ("text", "markdown", "json"):
        assert render(result, fmt)


def test_04_09_to_04_10_videos_and_output_items() -> None:
    result = real_diff("2026-04-09", "2026-04-10")
    added = find(result, kind="operation-added")
    assert sorted((c.path, c.detail) for c in added) == [
        ("GET /videos/models", "new operation listVideosModels"),
        ("GET /videos/{jobId}", "new operation getVideos"),
        ("GET /videos/{jobId}/content", "new operation listVideosContent"),
        ("POST /videos", "new operation createVideos"),
    ]
    assert result.summary["operations"]["added"] == [
        "GET /videos/models (listVideosModels)",
        "GET /videos/{jobId} (getVideos)",
        "GET /videos/{jobId}/content (listVideosContent)",
        "POST /videos (createVideos)",
    ]
    # Thirteen members added to the shared union, reported once, at the component,
    # with the one operation that reaches it (in its response).
    variants = [c for c in result.changes if c.kind == "variants-added" and "OutputItems" in c.path]
    assert len(variants) == 1
    (change,) = variants
    assert change.path == "#/components/schemas/OutputItems" and change.at == ""
    assert len(change.items) == 13
    assert set(change.items) == {
        "OutputCodeInterpreterCallItem",
        "OutputComputerCallItem",
        "OutputCodeInterpreterServerToolItem",
        "OutputFileSearchServerToolItem",
        "OutputImageGenerationServerToolItem",
        "OutputBrowserUseServerToolItem",
        "OutputBashServerToolItem",
        "OutputTextEditorServerToolItem",
        "OutputApplyPatchServerToolItem",
        "OutputWebFetchServerToolItem",
        "OutputToolSearchServerToolItem",
        "OutputMemoryServerToolItem",
        "OutputMcpServerToolItem",
    }
    assert change.operations == ("POST /responses",)
    assert not change.breaking and change.rule == "response-variant-added"
    assert not any("OutputItems" in c.at for c in result.changes)  # not repeated where it is used
    s = result.summary
    assert (s["breaking"], s["schemas"]["added"], s["schemas"]["removed"]) == (0, 21, 0)
    # DatetimeServerTool.parameters moved into the new DatetimeServerToolConfig, unchanged.
    (moved,) = find(result, kind="schema-extracted")
    assert (moved.path, moved.at) == ("#/components/schemas/DatetimeServerTool", "parameters")
    # Only examples (of /embeddings and /rerank) and a tag description changed otherwise.
    assert sorted(c.path for c in result.docs) == ["POST /embeddings", "POST /rerank", "tags"]
    assert result.sdk.functions_added == [
        "video_generation.create_videos",
        "video_generation.get_videos",
        "video_generation.list_videos_content",
        "video_generation.list_videos_models",
    ]
    assert result.sdk.modules_added == ["video_generation"]


def test_04_08_to_04_09_counts_a_person_agrees_with() -> None:
    """A naive tool reports 272 changes and 73 breaking here: it repeats the OutputItems change
    at every use and calls new response members breaking. The real change: OutputItems became
    a discriminated oneOf whose generic server-tool member was replaced by two specific ones,
    the request union Inputs followed, and OutputServerToolItem was renamed/replaced."""
    result = real_diff("2026-04-08", "2026-04-09")
    s = result.summary
    assert (s["breaking"], s["non_breaking"], s["docs_only"]) == (2, 5, 0)
    assert sorted((c.path, c.rule) for c in result.breaking) == [
        ("#/components/schemas/Inputs", "request-variant-removed"),
        ("#/components/schemas/OutputServerToolItem", "schema-removed"),
    ]
    items = find(result, path="#/components/schemas/OutputItems")
    assert sorted((c.kind, c.items) for c in items) == [
        ("union-changed", ()),
        ("variants-added", ("OutputDatetimeItem", "OutputWebSearchServerToolItem")),
        ("variants-removed", ("OutputServerToolItem",)),
    ]
    assert not any(c.breaking for c in items)  # a response: members are open and lenient
    # OutputDatetimeItem only had its keys and `required` reordered: no change.
    assert not find(result, path="#/components/schemas/OutputDatetimeItem")


def test_04_07_to_04_08_renames_and_a_new_response_enum_value() -> None:
    result = real_diff("2026-04-07", "2026-04-08")
    (enum,) = find(result, kind="enum-values-added")
    assert enum.path == "#/components/schemas/Parameter"
    assert enum.items == ("max_completion_tokens",)
    assert not enum.breaking and enum.rule == "response-enum-value-added"
    # Reached only by responses: 5 operations of the document and the overlay's GET /rerank/models.
    assert len(enum.operations) == 6 and "GET /rerank/models" in enum.operations
    # Four schemas replaced by same-shaped ones: the places that use them are not breaking,
    # the removed model classes are.
    assert sorted(c.items[0] for c in find(result, kind="ref-equivalent")) == [
        "AnthropicBase64PDFSource",
        "AnthropicPlainTextSourceResponse",
        "ChatWebSearchServerTool",
        "MessagesWebSearchServerTool",
    ]
    assert sorted(c.path.rsplit("/", 1)[1] for c in result.breaking) == [
        "AnthropicBase64PDFSource",
        "AnthropicPlainTextSourceResponse",
        "ChatWebSearchServerTool",
        "MessagesWebSearchServerTool",
    ]
    assert all(c.rule == "schema-removed" for c in result.breaking)
    assert sorted(c.path for c in result.docs) == ["GET /keys", "GET /models/user"]


def test_03_27_to_04_07_the_large_refactor() -> None:
    result = real_diff("2026-03-27", "2026-04-07")
    s = result.summary
    assert s["operations"]["added"] == [
        "GET /organization/members (listOrganizationMembers)",
        "POST /rerank (createRerank)",
    ]
    assert (s["schemas"]["added"], s["schemas"]["removed"]) == (157, 7)

    def integer(path: str) -> list[tuple[str, bool]]:
        return sorted(
            (c.at, c.breaking) for c in find(result, path=path) if c.detail == "type number -> integer"
        )

    # number -> integer: breaking where the SDK user sends it, not where the SDK parses it.
    assert integer("#/components/schemas/ChatRequest") == [
        ("max_completion_tokens", True),
        ("max_tokens", True),
        ("top_logprobs", True),
    ]
    usage = integer("#/components/schemas/ChatUsage")
    assert len(usage) == 11 and not any(breaking for _, breaking in usage)
    # Offsets and limits typed as strings became integers.
    params = find(result, path="GET /guardrails", kind="type-narrowed") + find(
        result, path="GET /guardrails", kind="type-changed"
    )
    assert sorted((c.at, c.detail) for c in params) == [
        ("query parameter limit", "type string -> integer"),
        ("query parameter offset", "type string -> integer"),
    ]
    assert all(c.breaking for c in params)
    coinbase = find(result, path="POST /credits/coinbase")
    assert ("operation-deprecated", "deprecated") in {(c.kind, c.detail) for c in coinbase}
    assert sorted(c.at for c in coinbase if c.kind == "status-removed") == [
        "response 400",
        "response 401",
        "response 429",
        "response 500",
    ]
    # The new response nullability of the finish reason enum is breaking for SDK users.
    (finish,) = find(result, path="#/components/schemas/ChatFinishReasonEnum")
    assert (finish.kind, finish.rule, finish.breaking) == ("nullable-added", "response-nullable-added", True)


def test_a_shared_component_change_is_reported_once() -> None:
    for old, new in PAIRS:
        result = real_diff(old, new)
        keys = [(c.path, c.at, c.kind, c.detail) for c in result.changes]
        assert len(keys) == len(set(keys))
    # Parameter is used by six operations; its new value appears once, not six times.
    result = real_diff("2026-04-07", "2026-04-08")
    assert [c for c in result.changes if "max_completion_tokens" in c.items] == find(
        result, kind="enum-values-added"
    )


# ---------------------------------------------------------------- synthetic rules


def doc() -> dict[str, Any]:
    """A small document: GET /things (a query parameter) answers a Thing (responses only);
    POST /things sends a NewThing (requests only) and answers a Thing. Status and the union
    member schemas Wheel and Door are used by both; Unused by no operation."""

    def ok() -> dict[str, Any]:
        return {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}

    return {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1.0.0"},
        "servers": [{"url": "https://example.test/api"}],
        "security": [{"bearer": []}],
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "tags": ["Things"],
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {"description": "ok", "content": ok()},
                        "404": {"description": "none"},
                    },
                },
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}
                        },
                    },
                    "responses": {"201": {"description": "created", "content": ok()}},
                },
            }
        },
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "basic": {"type": "http", "scheme": "basic"},
            },
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": "A thing.",
                    "properties": {
                        "id": {"type": "string"},
                        "size": {"type": "integer"},
                        "score": {"type": "number"},
                        "kind": {"type": "string", "enum": ["a", "b"]},
                        "shape": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/Wheel"},
                                {"$ref": "#/components/schemas/Door"},
                            ]
                        },
                        "status": {"$ref": "#/components/schemas/Status"},
                    },
                    "required": ["id", "size"],
                },
                "NewThing": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "weight": {"type": "number"},
                        "count": {"type": "integer"},
                        "tag": {"type": ["string", "integer"]},
                        "note": {"type": "string", "nullable": True},
                        "color": {"type": "string", "enum": ["red", "blue"]},
                        "part": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/Wheel"},
                                {"$ref": "#/components/schemas/Door"},
                            ]
                        },
                        "status": {"$ref": "#/components/schemas/Status"},
                    },
                    "required": ["name"],
                },
                "Wheel": {
                    "type": "object",
                    "properties": {"type": {"const": "wheel"}, "radius": {"type": "number"}},
                },
                "Door": {"type": "object", "properties": {"type": {"const": "door"}}},
                "Status": {"type": "string", "enum": ["on", "off"]},
                "Unused": {"type": "object", "properties": {"x": {"type": "string"}}},
            },
        },
    }


def compare(change_fn) -> DiffResult:  # type: ignore[no-untyped-def]
    old = doc()
    new = copy.deepcopy(old)
    change_fn(new)
    return diff_documents(normalize(old), normalize(new))


def only(result: DiffResult) -> Change:
    changes = [c for c in result.changes if not c.docs_only]
    assert len(changes) == 1, changes
    return changes[0]


def schemas(d: dict[str, Any]) -> dict[str, Any]:
    return d["components"]["schemas"]


def get_op(d: dict[str, Any]) -> dict[str, Any]:
    return d["paths"]["/things"]["get"]


def post_op(d: dict[str, Any]) -> dict[str, Any]:
    return d["paths"]["/things"]["post"]


def request(d: dict[str, Any]) -> dict[str, Any]:
    return schemas(d)["NewThing"]["properties"]


def response(d: dict[str, Any]) -> dict[str, Any]:
    return schemas(d)["Thing"]["properties"]


def _require(d: dict[str, Any], name: str) -> None:
    request(d)[name] = {"type": "string"}
    schemas(d)["NewThing"]["required"].append(name)


# case: (change to the new document, the rule expected, breaking)
RULE_CASES: dict[str, tuple[Any, str, bool]] = {
    "parameter removed": (lambda d: get_op(d).update(parameters=[]), "param-removed", True),
    "optional parameter added": (
        lambda d: get_op(d)["parameters"].append(
            {"name": "offset", "in": "query", "schema": {"type": "integer"}}
        ),
        "param-added-optional",
        False,
    ),
    "required parameter added": (
        lambda d: get_op(d)["parameters"].append(
            {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "param-added-required",
        True,
    ),
    "parameter made required": (
        lambda d: get_op(d)["parameters"][0].update(required=True),
        "param-became-required",
        True,
    ),
    "parameter integer -> string": (
        lambda d: get_op(d)["parameters"][0]["schema"].update(type="string"),
        "type-changed",
        True,
    ),
    "parameter integer -> number": (
        lambda d: get_op(d)["parameters"][0]["schema"].update(type="number"),
        "request-type-widened",
        False,
    ),
    "required body field added": (lambda d: _require(d, "owner"), "request-property-added-required", True),
    "optional body field added": (
        lambda d: request(d).update(owner={"type": "string"}),
        "request-property-added-optional",
        False,
    ),
    "optional body field made required": (
        lambda d: schemas(d)["NewThing"]["required"].append("weight"),
        "request-property-became-required",
        True,
    ),
    "required body field made optional": (
        lambda d: schemas(d)["NewThing"].update(required=[]),
        "request-property-became-optional",
        False,
    ),
    "body field removed": (lambda d: request(d).pop("weight"), "request-property-removed", True),
    "request number -> integer": (
        lambda d: request(d)["weight"].update(type="integer"),
        "request-type-narrowed",
        True,
    ),
    "request integer -> number": (
        lambda d: request(d)["count"].update(type="number"),
        "request-type-widened",
        False,
    ),
    "request string -> enum": (
        lambda d: request(d)["name"].update(enum=["x", "y"]),
        "request-type-narrowed",
        True,
    ),
    "request type list narrowed": (
        lambda d: request(d)["tag"].update(type="string"),
        "request-type-narrowed",
        True,
    ),
    "request no longer nullable": (
        lambda d: request(d)["note"].pop("nullable"),
        "request-type-narrowed",
        True,
    ),
    "request enum value removed": (
        lambda d: request(d)["color"].update(enum=["red"]),
        "request-enum-value-removed",
        True,
    ),
    "request enum value added": (
        lambda d: request(d)["color"].update(enum=["red", "blue", "green"]),
        "request-type-widened",
        False,
    ),
    "request constraint tightened": (
        lambda d: request(d)["name"].update(maxLength=10),
        "request-constraint-tightened",
        True,
    ),
    "request union member removed": (
        lambda d: request(d)["part"].update(anyOf=[{"$ref": "#/components/schemas/Wheel"}]),
        "request-variant-removed",
        True,
    ),
    "response enum value added": (
        lambda d: response(d)["kind"].update(enum=["a", "b", "c"]),
        "response-enum-value-added",
        False,
    ),
    "response enum value removed": (
        lambda d: response(d)["kind"].update(enum=["a"]),
        "response-type-narrowed",
        False,
    ),
    "response union member added": (
        lambda d: response(d)["shape"]["anyOf"].append({"$ref": "#/components/schemas/Unused"}),
        "response-variant-added",
        False,
    ),
    "response union member removed": (
        lambda d: response(d)["shape"].update(anyOf=[{"$ref": "#/components/schemas/Wheel"}]),
        "response-type-narrowed",
        False,
    ),
    "response field removed": (lambda d: response(d).pop("score"), "response-property-removed", True),
    "response field added": (
        lambda d: response(d).update(label={"type": "string"}),
        "response-property-added",
        False,
    ),
    "response field made optional": (
        lambda d: schemas(d)["Thing"].update(required=["id"]),
        "response-property-became-optional",
        True,
    ),
    "response may now be null": (
        lambda d: response(d)["size"].update(type=["integer", "null"]),
        "response-nullable-added",
        True,
    ),
    "optional response field may now be null": (
        lambda d: response(d)["score"].update(type=["number", "null"]),
        "response-optional-nullable-added",
        False,
    ),
    "response number became number or string": (
        lambda d: response(d).update(score={"anyOf": [{"type": "number"}, {"type": "string"}]}),
        "response-became-union",
        True,
    ),
    "response integer -> number": (
        lambda d: response(d)["size"].update(type="number"),
        "response-type-widened",
        True,
    ),
    "response number -> integer": (
        lambda d: response(d)["score"].update(type="integer"),
        "response-type-narrowed",
        False,
    ),
    "response constraint changed": (
        lambda d: response(d)["id"].update(maxLength=10),
        "response-constraint-changed",
        False,
    ),
    "response status added": (
        lambda d: get_op(d)["responses"].update({"429": {"description": "slow down"}}),
        "status-added",
        False,
    ),
    "response status removed": (lambda d: get_op(d)["responses"].pop("404"), "status-removed", True),
    "event stream added": (
        lambda d: get_op(d)["responses"]["200"]["content"].update(
            {"text/event-stream": {"schema": {"type": "string"}}}
        ),
        "media-type-added",
        False,
    ),
    "response media type removed": (
        lambda d: post_op(d)["responses"]["201"].pop("content"),
        "response-media-type-removed",
        True,
    ),
    "request body made optional": (
        lambda d: post_op(d)["requestBody"].update(required=False),
        "body-became-optional",
        False,
    ),
    "bearer key moved into the query string": (
        lambda d: d["components"]["securitySchemes"].update(
            bearer={"type": "apiKey", "in": "query", "name": "api_key"}
        ),
        "security-scheme-changed",
        True,
    ),
    "security scheme removed": (
        lambda d: d["components"]["securitySchemes"].pop("basic"),
        "security-scheme-removed",
        True,
    ),
    "security scheme added": (
        lambda d: d["components"]["securitySchemes"].update(
            key={"type": "apiKey", "in": "header", "name": "K"}
        ),
        "security-scheme-added",
        False,
    ),
    "operation no longer needs credentials": (
        lambda d: get_op(d).update(security=[]),
        "security-changed",
        True,
    ),
    "server moved to plain http": (
        lambda d: d["servers"][0].update(url="http://example.test/api"),
        "server-host-changed",
        True,
    ),
    "server path changed": (
        lambda d: d["servers"][0].update(url="https://example.test/api/v2"),
        "server-changed",
        False,
    ),
    "operation removed": (lambda d: d["paths"]["/things"].pop("get"), "op-removed", True),
    "operation added": (
        lambda d: d["paths"].update(
            {"/other": {"get": {"operationId": "getOther", "responses": {"204": {"description": "no"}}}}}
        ),
        "op-added",
        False,
    ),
    "operation deprecated": (lambda d: get_op(d).update(deprecated=True), "op-deprecated", False),
    "operationId changed": (lambda d: get_op(d).update(operationId="listAllThings"), "op-renamed", True),
    "tag changed": (lambda d: get_op(d).update(tags=["Stuff"]), "op-moved", True),
    "method name hint changed": (
        lambda d: get_op(d).update({"x-speakeasy-name-override": "all"}),
        "op-method-renamed",
        True,
    ),
    "unreferenced schema changed": (
        lambda d: schemas(d)["Unused"]["properties"].pop("x"),
        "unreferenced-schema",
        False,
    ),
    "schema added": (
        lambda d: schemas(d).update(Extra={"type": "string"}),
        "schema-added",
        False,
    ),
    "unreferenced schema removed": (lambda d: schemas(d).pop("Unused"), "schema-removed", True),
    "default changed": (
        lambda d: request(d)["count"].update(default=3),
        "default-changed",
        False,
    ),
}


@pytest.mark.parametrize("case", sorted(RULE_CASES))
def test_rule(case: str) -> None:
    change_fn, rule, breaking = RULE_CASES[case]
    change = only(compare(change_fn))
    assert (change.rule, change.breaking) == (rule, breaking), change
    assert RULES[rule][0] == breaking


def test_every_rule_has_a_case_or_a_real_pair() -> None:
    used = {rule for _, rule, _ in RULE_CASES.values()}
    for old, new in PAIRS:
        used |= {c.rule for c in real_diff(old, new).changes}
    untested = set(RULES) - used
    # Rare situations without a case of their own.
    assert untested <= {
        "security-required",
        "param-became-optional",
        "param-deprecated",
        "param-style-changed",
        "body-added-optional",
        "body-added-required",
        "body-became-required",
        "request-media-type-removed",
        "response-property-became-required",
        "response-enum-dropped",
        "request-constraint-loosened",
        "ref-changed",
        "ref-changed-sdk",  # tests/test_diff_sets.py and the truth pair 06-28 -> 07-31
        "ref-changed-compatible",
        "deprecated",
        "keyword-changed",
    }, untested


def test_shared_component_reports_its_operations_once() -> None:
    result = compare(lambda d: schemas(d)["Status"].update(enum=["on"]))
    change = only(result)
    assert change.path == "#/components/schemas/Status"
    assert change.operations == ("GET /things", "POST /things")
    # Used in a request (POST body) and in responses: removing a value breaks the request.
    assert (change.kind, change.rule, change.breaking) == (
        "enum-values-removed",
        "request-enum-value-removed",
        True,
    )
    result = compare(lambda d: schemas(d)["Status"].update(enum=["on", "off", "idle"]))
    assert (only(result).rule, only(result).breaking) == ("request-type-widened", False)


def test_docs_only_changes_are_counted_separately() -> None:
    def redocument(d: dict[str, Any]) -> None:
        schemas(d)["Thing"]["description"] = "A thing, better described."
        schemas(d)["Thing"]["properties"]["id"]["example"] = "t-1"
        get_op(d)["summary"] = "List things"
        d["info"]["description"] = "New words."

    result = compare(redocument)
    s = result.summary
    assert (s["breaking"], s["non_breaking"], s["docs_only"], s["docs_fields"]) == (0, 0, 3, 4)
    by_path = {c.path: c for c in result.docs}
    assert by_path["#/components/schemas/Thing"].items == ("description", "id: example")
    assert by_path["#/components/schemas/Thing"].operations == ("GET /things", "POST /things")


def test_key_order_required_order_and_nullable_spelling_are_not_changes() -> None:
    old = doc()
    new = copy.deepcopy(old)
    thing = schemas(new)["Thing"]
    schemas(new)["Thing"] = dict(reversed(list(thing.items())))
    schemas(new)["NewThing"]["required"] = ["name"]
    schemas(old)["Thing"]["properties"]["id"] = {"type": "string", "nullable": True}
    schemas(new)["Thing"]["properties"]["id"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert diff_documents(normalize(old), normalize(new)).changes == []


def test_renamed_schema_of_the_same_shape() -> None:
    def rename(d: dict[str, Any]) -> None:
        schemas(d)["Door2"] = schemas(d).pop("Door")
        text = json.dumps(d).replace('#/components/schemas/Door"', '#/components/schemas/Door2"')
        d.clear()
        d.update(json.loads(text))

    result = compare(rename)
    kinds = sorted((c.kind, c.breaking) for c in result.changes)
    assert kinds == [
        ("ref-equivalent", False),
        ("ref-equivalent", False),
        ("schema-added", False),
        ("schema-removed", True),
    ]
    assert result.sdk.models_removed == ["Door"] and result.sdk.models_added == ["Door2"]


def test_inline_schema_moved_into_a_new_component() -> None:
    def extract(d: dict[str, Any]) -> None:
        schemas(d)["Size"] = {"type": "integer", "description": "How big."}
        schemas(d)["Thing"]["properties"]["size"] = {"$ref": "#/components/schemas/Size"}

    result = compare(extract)
    assert sorted((c.kind, c.breaking) for c in result.changes if not c.docs_only) == [
        ("schema-added", False),
        ("schema-extracted", False),
    ]
    (added,) = find(result, kind="schema-added")
    assert added.items == ("#/components/schemas/Thing size",)


def test_sdk_surface_functions_and_keywords() -> None:
    def change(d: dict[str, Any]) -> None:
        schemas(d)["NewThing"]["properties"]["ownerId"] = {"type": "string"}
        schemas(d)["NewThing"]["required"].append("ownerId")
        get_op(d)["parameters"] = []
        d["paths"]["/other"] = {
            "get": {
                "operationId": "getOther",
                "tags": ["Other Stuff"],
                "responses": {"204": {"description": "none"}},
            }
        }

    result = compare(change)
    sdk = result.sdk
    assert sdk.functions_added == ["other_stuff.get_other"]
    assert sdk.modules_added == ["other_stuff"]
    changed = {f["name"]: f for f in sdk.functions_changed}
    assert changed["things.create_thing"]["parameters"]["added"] == ["owner_id (required)"]
    assert changed["things.create_thing"]["breaking"] is True
    assert changed["things.list_things"]["parameters"]["removed"] == ["limit"]
    assert {m["name"] for m in sdk.models_changed} == {"NewThing"}


# ---------------------------------------------------------------- reports and the command line


def test_rules_table_in_the_docstring_matches_rules() -> None:
    import generator.diff.rules as module

    rows = re.findall(r"^\| ([a-z-]+) \| (yes|no) \|", module.__doc__ or "", flags=re.M)
    assert dict(rows) == {rule: "yes" if flag else "no" for rule, (flag, _) in RULES.items()}


def test_json_is_stable_and_sorted() -> None:
    old, new = snapshot("2026-04-08"), snapshot("2026-04-09")
    first = cli("diff", str(old), str(new), "--format", "json")
    second = cli("diff", str(old), str(new), "--format", "json")
    assert first.exit_code == 0
    assert first.stdout == second.stdout  # byte-identical
    data = json.loads(first.stdout)
    assert first.stdout == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert set(data) == {"changes", "new", "old", "rules", "sdk", "sdk_verdict", "summary", "version"}
    keys = [(c["path"], c["at"], c["kind"], c["detail"]) for c in data["changes"]]
    assert keys == sorted(keys)
    assert set(data["changes"][0]) == {
        "at",
        "breaking",
        "detail",
        "items",
        "kind",
        "operations",
        "path",
        "rule",
        "security",
        "wire_breaking",
    }
    assert data["summary"]["breaking"] == 2
    # OutputServerToolItem's class is gone (SDK); the request union Inputs lost a member (wire too).
    verdicts = {c["path"].rsplit("/", 1)[1]: c["wire_breaking"] for c in data["changes"] if c["breaking"]}
    assert verdicts == {"Inputs": True, "OutputServerToolItem": False}


def test_markdown_opens_with_what_breaks_for_sdk_users_then_the_summary() -> None:
    out = cli("diff", str(snapshot("2026-04-08")), str(snapshot("2026-04-09")), "--format", "markdown").stdout
    lines = out.splitlines()
    # The Python API first (a model class the spec removed), both verdicts side by side.
    assert lines[:5] == [
        "### What breaks for SDK users (1)",
        "",
        "wire: BREAKING (1) | SDK: BREAKING (1) (from the spec; --sdk compares packages)",
        "",
        "- `models.OutputServerToolItem removed`",
    ]
    table = lines.index(next(line for line in lines if line.startswith("| API diff")))
    assert lines[table + 1] == "|---|---|"
    assert "| **Breaking changes** | **2** |" in lines
    assert "| Docs-only changes | 0 |" in lines
    assert out.index("### Breaking changes (2)") < out.index("Non-breaking changes (5)")
    assert out.index("request-variant-removed") < out.index("response-variant-added")
    assert "<summary>Non-breaking changes (5)</summary>" in out
    assert '<a id="rule-request-variant-removed"></a>' in out
    assert "[request-variant-removed](#rule-request-variant-removed)" in out


def test_text_is_one_screen() -> None:
    for old, new in PAIRS:
        result = cli("diff", str(snapshot(old)), str(snapshot(new)))
        assert result.exit_code == 0
        assert len(result.stdout.splitlines()) <= 50
    out = cli("diff", str(snapshot("2026-04-09")), str(snapshot("2026-04-10"))).stdout
    assert "0 breaking, 27 non-breaking, 3 docs-only" in out
    assert "13 union members added" in out


def test_fail_on_breaking() -> None:
    with_breaking = cli(
        "diff", str(snapshot("2026-04-08")), str(snapshot("2026-04-09")), "--fail-on-breaking"
    )
    assert with_breaking.exit_code == 1
    assert "2 breaking" in with_breaking.stdout
    same = cli("diff", str(snapshot("2026-04-09")), str(snapshot("2026-04-09")), "--fail-on-breaking")
    assert same.exit_code == 0
    assert "no changes" in same.stdout
    additive = cli("diff", str(snapshot("2026-04-09")), str(snapshot("2026-04-10")), "--fail-on-breaking")
    assert additive.exit_code == 0


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project without overlays, so that small specs need not hold what the overlay needs."""
    root = tmp_path / "work"
    root.mkdir()
    (root / "pyproject.toml").write_text(
        '[tool.sdkgen]\nspec = "specs/openapi.json"\nlock = "specs/openapi.lock.json"\n'
        f'output = "generated"\ntemplates = {json.dumps((ROOT / "templates").as_posix())}\n',
        encoding="utf-8",
    )
    return root


def test_errors_exit_2_with_file_pointer_message(project: Path) -> None:
    good = project / "good.json"
    good.write_text(json.dumps(doc()), encoding="utf-8")
    missing = cli("diff", "nope.json", "good.json", cwd=project)
    assert missing.exit_code == 2 and missing.stderr.strip() == "nope.json: no such file"
    (project / "broken.json").write_text("{ not json", encoding="utf-8")
    broken = cli("diff", "good.json", "broken.json", cwd=project)
    assert broken.exit_code == 2
    assert broken.stderr.startswith("broken.json: invalid JSON at line 1 column 3")
    dangling = doc()
    schemas(dangling)["Thing"]["properties"]["id"] = {"$ref": "#/components/schemas/Missing"}
    (project / "dangling.json").write_text(json.dumps(dangling), encoding="utf-8")
    bad = cli("diff", "good.json", "dangling.json", cwd=project)
    assert bad.exit_code == 2
    assert (
        "dangling.json: #/components/schemas/Thing/properties/id: dangling reference "
        "'#/components/schemas/Missing'" in bad.stderr
    )
    assert bad.stdout == ""


def test_urls_are_fetched(project: Path) -> None:
    with ScriptedServer() as server:
        old, new = doc(), doc()
        get_op(new)["deprecated"] = True
        server.reply("/old.json", body=json.dumps(old).encode())
        server.reply("/new.yaml", body=json.dumps(new).encode())
        server.reply("/gone.json", 404)
        result = cli(
            "diff", server.url("/old.json"), server.url("/new.yaml"), "--format", "json", cwd=project
        )
        assert result.exit_code == 0, result.stderr
        data = json.loads(result.stdout)
        assert data["old"] == server.url("/old.json")
        assert [c["rule"] for c in data["changes"]] == ["op-deprecated"]
        assert data["summary"]["operations"]["deprecated"] == ["GET /things"]
        gone = cli("diff", server.url("/gone.json"), server.url("/old.json"), cwd=project)
        assert gone.exit_code == 2
        assert gone.stderr.strip() == f"{server.url('/gone.json')}: HTTP 404 Not Found"


def test_overlays_are_applied_to_both() -> None:
    result = real_diff("2026-04-09", "2026-04-10")
    # GET /rerank/models exists only through the project's overlay: in both, so unchanged.
    assert not find(result, path="GET /rerank/models")
    assert "rerank.list_rerank_models" not in result.sdk.functions_added


def _tree(name: str, **extra: Any) -> dict[str, Any]:
    """One recursive schema, sent by POST /nodes and answered by GET /nodes."""
    ref = {"$ref": f"#/components/schemas/{name}"}
    props = {"children": {"type": "array", "items": ref}, "v": {"type": "integer"}, **extra}
    answer = {"200": {"description": "ok", "content": {"application/json": {"schema": ref}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/nodes": {
                "get": {"operationId": "getNodes", "responses": answer},
                "post": {
                    "operationId": "putNodes",
                    "requestBody": {"content": {"application/json": {"schema": ref}}},
                    "responses": answer,
                },
            }
        },
        "components": {"schemas": {name: {"type": "object", "properties": props, "required": list(extra)}}},
    }


def test_a_renamed_recursive_schema() -> None:
    same = diff_documents(normalize(_tree("Node")), normalize(_tree("Tree")))
    swaps = find(same, kind="ref-equivalent")
    assert len(swaps) == 3 and not any(c.breaking for c in swaps)  # body, two responses
    assert [c.rule for c in same.breaking] == ["schema-removed"]
    # A new required property: the request body (and so the swap) breaks, responses do not.
    grown = diff_documents(normalize(_tree("Node")), normalize(_tree("Tree", w={"type": "string"})))
    rules = sorted((c.path, c.at.split(" ")[0], c.rule) for c in grown.changes if c.kind.startswith("ref"))
    assert rules == [
        ("GET /nodes", "response", "ref-changed-compatible"),
        ("POST /nodes", "request", "ref-changed"),
        ("POST /nodes", "response", "ref-changed-compatible"),
    ]
