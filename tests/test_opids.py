"""Operations without operationId get names from their method and path (spec.opids)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.emit.templates import reserved_names
from generator.models.codegen import generate_models
from generator.naming.operations import name_api
from generator.read.document import read_api
from generator.spec.checks import check_document
from generator.spec.document import load_document
from generator.spec.opids import fill_operation_ids

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[1]
OK = {"responses": {"200": {"description": "ok"}}}


def doc(**paths: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def ids(d: dict[str, Any]) -> dict[str, str]:
    filled = fill_operation_ids(json.loads(json.dumps(d)))
    return {
        f"{m.upper()} {p}": op["operationId"] for p, item in filled["paths"].items() for m, op in item.items()
    }


def test_names_come_from_method_and_path() -> None:
    names = ids(
        doc(
            **{
                "/users/{id}/repos": {"get": OK, "post": OK},
                "/": {"get": OK},
                "/v2/file-uploads.json": {"delete": OK},
                "/{class}": {"put": OK},
            }
        )
    )
    assert names == {
        "GET /users/{id}/repos": "get_users_id_repos",
        "POST /users/{id}/repos": "post_users_id_repos",
        "GET /": "get_root",
        "DELETE /v2/file-uploads.json": "delete_v2_file_uploads_json",
        "PUT /{class}": "put_class",
    }


def test_real_operation_ids_keep_their_names_and_win_collisions() -> None:
    names = ids(
        doc(
            **{
                "/a": {"get": {**OK, "operationId": "getUsers"}},
                "/users": {"get": OK, "post": {**OK, "operationId": "  "}},
                "/users/": {"get": OK},
            }
        )
    )
    # `getUsers` is the function get_users, so the derived names step aside, in path order.
    assert names == {
        "GET /a": "getUsers",
        "GET /users": "get_users_2",
        "POST /users": "post_users",
        "GET /users/": "get_users_3",
    }


def test_names_do_not_depend_on_the_document_order() -> None:
    paths = {"/x/{id}": {"get": OK}, "/x/id": {"get": OK, "delete": OK}, "/x-id": {"get": OK}}
    forward = ids(doc(**paths))
    backward = ids(doc(**{p: dict(reversed(item.items())) for p, item in reversed(paths.items())}))
    assert forward == backward
    assert sorted(forward.values()) == ["delete_x_id", "get_x_id", "get_x_id_2", "get_x_id_3"]


def test_a_referenced_path_item_is_left_to_the_checks() -> None:
    d = doc(**{"/a": {"$ref": "#/components/pathItems/A"}})
    d["components"] = {"pathItems": {"A": {"get": OK}}}
    assert "operationId" not in fill_operation_ids(d)["components"]["pathItems"]["A"]["get"]


def test_derived_names_reach_functions_and_client_methods(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    d = doc(
        **{"/users/{id}": {"get": {**OK, "tags": ["users"]}}, "/users": {"get": {**OK, "tags": ["users"]}}}
    )
    d["paths"]["/users/{id}"]["parameters"] = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    spec.write_text(json.dumps(d))
    loaded = load_document(spec, ())
    check_document(loaded, "spec.json")  # no "operation has no operationId"
    models = generate_models(loaded, package_name="sdk", cache_dir=ROOT / ".cache" / "sdkgen")
    api = name_api(read_api(loaded), reserved_names(ROOT / "templates"), models.index.field_names)
    assert sorted(op.py_name for op in api.operations) == ["get_users", "get_users_id"]
    assert {op.operation_id for op in api.operations} == {"get_users", "get_users_id"}
