"""The command line's manners: exit codes, one `file: pointer: message` line per problem
on stderr (all of them), and no partial output after a failure."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import __version__
from generator.build.tree import read_tree
from tests.conftest import SAME_NAMES, scratch_project

pytestmark = pytest.mark.unit

SDKGEN = [sys.executable, "-m", "generator"]


def sdkgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SDKGEN, *args], cwd=cwd, capture_output=True, check=False, text=True, env={**os.environ}
    )


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder with its own [tool.sdkgen] project (the real templates), so the model cache
    (<root>/.cache) starts empty in every test and nothing is left in the real project."""
    return scratch_project(tmp_path / "work")


OK_RESPONSE = {
    "200": {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
    }
}


def valid_doc() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1.0.0"},
        "servers": [{"url": "https://example.test/api"}],
        "paths": {
            "/things": {
                "get": {"operationId": "listThings", "tags": ["Things"], "responses": OK_RESPONSE},
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "responses": OK_RESPONSE,
                },
            },
            "/other": {
                "get": {"operationId": "getOther", "tags": ["Things"], "responses": OK_RESPONSE},
            },
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
                    "required": ["id"],
                }
            }
        },
    }


def write(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path


def swagger2() -> dict[str, Any]:
    return {"swagger": "2.0", "info": {"title": "Old", "version": "1"}, "paths": {}}


def operation_id_not_a_string() -> dict[str, Any]:
    doc = valid_doc()  # a missing one is derived from method and path (spec.opids)
    doc["paths"]["/things"]["post"]["operationId"] = 7
    return doc


def duplicate_operation_id() -> dict[str, Any]:
    doc = valid_doc()
    doc["paths"]["/other"]["get"]["operationId"] = "listThings"
    return doc


def dangling_ref() -> dict[str, Any]:
    doc = valid_doc()
    doc["paths"]["/other"]["get"]["responses"] = copy.deepcopy(OK_RESPONSE)
    doc["paths"]["/other"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Missing"
    }
    return doc


def external_ref() -> dict[str, Any]:
    doc = valid_doc()
    doc["paths"]["/other"]["get"]["responses"] = copy.deepcopy(OK_RESPONSE)
    doc["paths"]["/other"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "other.yaml#/X"
    }
    return doc


SCHEMA_200 = "responses/200/content/application~1json/schema"
# name: (document, [(pointer, words the message must contain)])
CASES: dict[str, tuple[Any, list[tuple[str, list[str]]]]] = {
    "swagger2": (swagger2, [("#/swagger", ["Swagger 2.0", "not supported"])]),
    "operation_id_not_a_string": (
        operation_id_not_a_string,
        [("#/paths/~1things/post", ["operationId is not a string"])],
    ),
    "duplicate_operation_id": (
        duplicate_operation_id,
        [("#/paths/~1other/get/operationId", ["duplicate", "listThings", "#/paths/~1things/get"])],
    ),
    "dangling_ref": (
        dangling_ref,
        [(f"#/paths/~1other/get/{SCHEMA_200}", ["dangling", "#/components/schemas/Missing"])],
    ),
    "external_ref": (
        external_ref,
        [(f"#/paths/~1other/get/{SCHEMA_200}", ["external", "other.yaml#/X"])],
    ),
}


def problem_lines(stderr: str, spec: Path) -> list[tuple[str, str]]:
    """(pointer, message) of each stderr line `<file>: <pointer>: <message>`."""
    out = []
    for line in stderr.splitlines():
        # The file is named as given on the command line, or by its name alone.
        for name in (str(spec), spec.name):
            m = re.fullmatch(re.escape(name) + r": (#\S*): (.+)", line)
            if m:
                out.append((m[1], m[2]))
                break
    return out


def assert_problems(
    proc: subprocess.CompletedProcess[str], spec: Path, expected: list[tuple[str, list[str]]]
) -> None:
    assert proc.returncode == 2, f"exit {proc.returncode}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr, proc.stderr
    found = problem_lines(proc.stderr, spec)
    for ptr, words in expected:
        messages = [msg for p, msg in found if p == ptr]
        assert messages, f"no problem at {ptr} in:\n{proc.stderr}"
        assert any(all(w in msg for w in words) for msg in messages), (ptr, words, proc.stderr)


# ----------------------------------------------------------------- basics


def test_version(tmp_path: Path) -> None:
    proc = sdkgen("--version", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"sdkgen, version {__version__}"


def test_valid_doc_generates(workdir: Path, tmp_path: Path) -> None:
    """The broken documents below differ from this valid one by one change each."""
    spec = write(tmp_path / "valid.json", valid_doc())
    out = tmp_path / "out"
    proc = sdkgen("generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out), cwd=workdir)
    assert proc.returncode == 0, proc.stderr
    assert "3 operations" in proc.stdout
    assert (out / "openrouter_sdk" / "api" / "things.py").is_file()


def test_missing_file(tmp_path: Path) -> None:
    spec = tmp_path / "nope.json"
    out = tmp_path / "out"
    proc = sdkgen("generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out), cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr == f"{spec}: no such file\n"
    assert not out.exists()


def test_invalid_json(tmp_path: Path) -> None:
    spec = tmp_path / "bad.json"
    spec.write_text('{\n  "openapi": "3.1.0",\n  "paths": {,}\n}\n', encoding="utf-8")
    out = tmp_path / "out"
    proc = sdkgen("generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out), cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    (line,) = proc.stderr.splitlines()
    assert line.startswith(f"{spec}: invalid JSON at line 3 column 13: "), line
    assert not out.exists()


# ----------------------------------------------------------------- spec problems


@pytest.mark.parametrize("case", list(CASES))
def test_spec_problem(case: str, workdir: Path, tmp_path: Path) -> None:
    make, expected = CASES[case]
    spec = write(tmp_path / f"{case}.json", make())
    out = tmp_path / "new" / "sdk"
    proc = sdkgen("generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out), cwd=workdir)
    assert_problems(proc, spec, expected)
    # No partial output: neither the folder nor its parent, nor any staging folder.
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["work", spec.name])


@pytest.mark.parametrize("case", list(CASES))
def test_stderr_holds_only_problem_lines(case: str, workdir: Path, tmp_path: Path) -> None:
    """Fresh model cache (workdir): whatever the libraries print must not leak."""
    make, expected = CASES[case]
    spec = write(tmp_path / f"{case}.json", make())
    proc = sdkgen(
        "generate", "--spec", str(spec), *SAME_NAMES, "--output", str(tmp_path / "out"), cwd=workdir
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.splitlines()
    assert lines and len(problem_lines(proc.stderr, spec)) == len(lines), proc.stderr
    assert len(lines) == len(expected), proc.stderr


def test_all_problems_are_listed(workdir: Path, tmp_path: Path) -> None:
    doc = duplicate_operation_id()
    doc["paths"]["/things"]["post"]["operationId"] = 7
    doc["paths"]["/things"]["get"]["responses"] = {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gone"}}},
        }
    }
    doc["paths"]["/things"]["get"]["parameters"] = [
        {"name": "session", "in": "cookie", "schema": {"type": "string"}}
    ]
    spec = write(tmp_path / "many.json", doc)
    out = tmp_path / "out"
    proc = sdkgen("generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out), cwd=workdir)
    assert_problems(
        proc,
        spec,
        [
            ("#/paths/~1things/post", ["operationId is not a string"]),
            ("#/paths/~1other/get/operationId", ["duplicate", "listThings"]),
            (f"#/paths/~1things/get/{SCHEMA_200}", ["dangling", "#/components/schemas/Gone"]),
            ("#/paths/~1things/get/parameters/0", ["cookie"]),
        ],
    )
    assert len(problem_lines(proc.stderr, spec)) == 4, proc.stderr
    assert not out.exists()


def test_load_problems_are_listed_together(workdir: Path, tmp_path: Path) -> None:
    spec = write(tmp_path / "empty.json", {"info": {"title": "x", "version": "1"}})
    proc = sdkgen(
        "generate", "--spec", str(spec), *SAME_NAMES, "--output", str(tmp_path / "out"), cwd=workdir
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 2, proc.stderr
    assert all(line.startswith(f"{spec}: #: ") for line in lines), proc.stderr
    assert "'openapi' is missing" in proc.stderr and "'paths' is missing" in proc.stderr


def test_failure_keeps_an_existing_output(workdir: Path, tmp_path: Path) -> None:
    """A failing run into an existing SDK leaves every byte of it as it was."""
    out = tmp_path / "out"
    good = write(tmp_path / "valid.json", valid_doc())
    assert (
        sdkgen("generate", "--spec", str(good), *SAME_NAMES, "--output", str(out), cwd=workdir).returncode
        == 0
    )
    (out / "openrouter_sdk" / "stale.py").write_text("X = 1\n", encoding="utf-8")
    before = read_tree(out)
    spec = write(tmp_path / "dup.json", duplicate_operation_id())
    proc = sdkgen("generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out), cwd=workdir)
    assert proc.returncode == 2, proc.stderr
    assert read_tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["work", "out", "valid.json", "dup.json"])
