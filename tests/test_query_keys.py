"""Path keys that carry a query string (issue 15): `/search?q={q}`, `/items/{id}?view=full&flat`.

The fixture (tests/fixtures/querykeys/querykeys.yaml) is generated, linted with ruff and
imported, and each operation is called against a real server on 127.0.0.1: the path the
server sees is the key's path part, the query holds the fixed items as written, then the
caller's parameters (escaped) and the key; what cannot be read is left out with a warning
that points at it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.diff.document import diff_documents
from generator.diff.reach import index_operations
from generator.spec.document import load_source
from generator.spec.pathkey import query_plan, split_key
from tests.conftest import SAME_NAMES, scratch_project
from tests.faultserver import FaultServer, Reply

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "querykeys" / "querykeys.yaml"


def _generate(tmp_path: Path, spec: Path) -> tuple[Path, str]:
    out = tmp_path / "out"
    project = scratch_project(tmp_path / "project")
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), *SAME_NAMES]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        [*command, "--output", str(out)], cwd=project, capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return out, proc.stderr


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return _generate(tmp_path_factory.mktemp("querykeys"), FIXTURE)


CALLS = """
import json, sys
import openrouter_sdk as p
c = p.OpenRouter(api_key="k", base_url=sys.argv[1])
c.search.get_search_by_q(q="a b&c=d", limit=2)
c.search.get_search_by_id(id=7)
c.items.get_item(item_id="x/y", term="caf\u00e9 +1", tags=["t1", "t 2"], extra_query={"z": "1"})
c.rides.post_rides(page="1", per_page="10", name="n")
try:
    c.items.get_item(item_id="i", term="t", extra_query={"view": "mine"})
except ValueError as exc:
    print(exc)
print(json.dumps(sorted(p.OPERATIONS)))
"""


@pytest.mark.sdk
def test_every_operation_sends_its_path_and_query(generated: tuple[Path, str]) -> None:
    out, _ = generated
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "E9,F", "--no-cache", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    with FaultServer() as server:
        for path in ("/search", "/items/x%2Fy", "/rides"):
            server.script(path, Reply(200, {}), repeat=True)
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        code = f"import sys; sys.path.insert(0, {str(out)!r})\n{CALLS}"
        proc = subprocess.run(
            [sys.executable, "-I", "-c", code, server.base_url],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        sent = [(r.method, r.path, r.query) for r in server.requests]
        body = server.requests[-1].json()
    assert sent == [
        ("GET", "/search", "q=a+b%26c%3Dd&limit=2&api_key=k"),
        ("GET", "/search", "id=7&api_key=k"),
        # Fixed items first, as the document writes them (its space escaped), then the call's
        # (as httpx encodes `params=`: a space is `+`, a `+` is `%2B`).
        (
            "GET",
            "/items/x%2Fy",
            "view=full&flat&note=a%20b,c&term=caf%C3%A9+%2B1&tags=t1&tags=t+2&api_key=k&z=1",
        ),
        ("POST", "/rides", "page=1&per_page=10&api_key=k"),
    ]
    assert body == {"name": "n"}
    message, operations = proc.stdout.splitlines()
    assert "extra_query cannot set 'view'" in message
    assert "/items/{item_id}?view=full&flat&note=a%20b,c" in message
    # Derived names: the two `/search` keys by their query parameters, the ride by its path.
    assert json.loads(operations) == ["getItem", "get_search_by_id", "get_search_by_q", "post_rides"]
    # Inline models are named by the key's path and fixed items where no other key shares them
    # (a query parameter added renames no class); the two `/search` keys keep their whole key.
    models = (out / "openrouter_sdk" / "models" / "__init__.py").read_text()
    assert '"RidesPostRequest"' in models and "PerPage" not in models
    assert '"SearchQQGetResponse"' in models and '"SearchIdIdGetResponse"' in models


@pytest.mark.sdk
def test_what_cannot_be_read_is_left_out_with_a_pointer(generated: tuple[Path, str]) -> None:
    _, stderr = generated
    warnings = [line for line in stderr.splitlines() if line.startswith("warning:")]
    left_out = [w for w in warnings if "left out" in w]
    assert len(left_out) == 3
    assert any(
        "#/paths/~1numbers~1{country}?{search}=1/get: left out" in w and "no plain name" in w
        for w in left_out
    )
    assert any(
        "#/paths/~1bad?token={token}/get: left out: the path key carries a query string" in w
        and "names a header parameter" in w
        for w in left_out
    )
    assert any("#/paths/~1mixed?q=pre{q}/get: left out" in w and "mixes a {parameter}" in w for w in left_out)
    said = "\n".join(warnings)
    assert "'id' is declared in: path: read as the query parameter 'id'" in said
    assert "{term} is not declared: a required string query parameter 'term'" in said
    assert "{per_page} is not declared" in said


@pytest.mark.sdk
def test_only_query_keys_left_out_refuse_the_document(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x?a=b{c}": {"get": {"operationId": "x", "responses": {"200": {"description": "ok"}}}}},
    }
    spec.write_text(json.dumps(doc))
    project = scratch_project(tmp_path / "project")
    command = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--spec",
        str(spec),
        "--output",
        str(tmp_path / "o"),
    ]
    proc = subprocess.run(command, cwd=project, capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert "#/paths/~1x?a=b{c}/get: left out: the path key carries a query string" in proc.stderr


def _doc(paths: dict[str, Any]) -> dict[str, Any]:
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://t.example"}],
        "paths": {
            key: {"get": {"operationId": op_id, "parameters": params, "responses": ok}}
            for key, (op_id, params) in paths.items()
        },
    }


TERM = {"name": "term", "in": "path", "required": True, "schema": {"type": "string"}}


@pytest.mark.unit
def test_the_diff_keys_such_operations_by_path_and_fixed_items(tmp_path: Path) -> None:
    """A query parameter added to a key is a parameter added (required: undeclared, a
    required string), not an operation replaced; keys differing only in their query
    parameters are told apart by their whole key."""
    old = _doc(
        {
            "/search?type=icon&term={term}": ("search", [TERM]),
            "/s?q={q}": ("byQ", []),
            "/s?id={id}": ("byId", []),
        }
    )
    new = _doc(
        {
            "/search?type=icon&term={term}&exact={exact}": ("search", [TERM]),
            "/s?q={q}": ("byQ", []),
            "/s?id={id}": ("byId", []),
        }
    )
    loaded = []
    for name, doc in (("old", old), ("new", new)):
        (tmp_path / f"{name}.json").write_text(json.dumps(doc))
        loaded.append(load_source(str(tmp_path / f"{name}.json"), (), name))
    result = diff_documents(*loaded)
    assert [(c.rule, c.path, c.at) for c in result.changes] == [
        ("param-added-required", "GET /search?type=icon", "query parameter exact")
    ]
    assert result.summary["operations"]["before"] == 3
    assert [f["parameters"]["added"] for f in result.sdk.functions_changed] == [["exact (required)"]]
    same = diff_documents(loaded[0], loaded[0])
    assert same.changes == [] and set(index_operations(loaded[0])) == {
        "GET /search?type=icon",
        "GET /s?q={q}",
        "GET /s?id={id}",
    }


@pytest.mark.unit
def test_how_each_query_item_is_read() -> None:
    key = split_key("/x/{id}?n=a b%2Fc&flat&m=\u00e9#&q={q}&p={p}&h={h}")
    assert (key.path, key.templated) == ("/x/{id}", (("q", "q"), ("p", "p"), ("h", "h")))
    assert key.fixed == ("n=a%20b%2Fc", "flat", "m=%C3%A9%23")  # valid escapes kept as written
    assert key.target == "/x/{id}?n=a%20b%2Fc&flat&m=%C3%A9%23"
    plan = query_plan(key, {("query", "q"): {}, ("path", "p"): {}, ("header", "h"): {}})
    assert plan.problems == ("{h} in its query string names a header parameter",)
    plan = query_plan(split_key("/x?q={q}&p={p}&u={u}"), {("query", "q"): {}, ("path", "p"): {}})
    assert plan.items == (("q", ("query", "q")), ("p", ("path", "p")), ("u", None))
    assert plan.consumed == {("query", "q"), ("path", "p")} and len(plan.notes) == 2
    fixed_and_declared = query_plan(split_key("/x?a=1"), {("query", "a"): {}})
    assert fixed_and_declared.problems == ("its query string fixes 'a', also declared as a query parameter",)
    assert query_plan(split_key("/x/{id}?id={id}"), {("path", "id"): {}}).problems
    assert query_plan(split_key("/x?a={v}&b={v}"), {}).problems
    assert split_key("/x?{a}=1").problems == ("its query item '{a}=1' has no plain name",)
