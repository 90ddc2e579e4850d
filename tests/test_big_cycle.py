"""A reference cycle of any size builds, imports and validates (issue 15): pydantic builds
the models of one cycle together, about 11 frames a model, so the SDK builds a large cycle
on a thread with a stack sized for it (templates/package/_base.py). Before, cycles of more
than 200 models were refused, and 3,000 crashed Python 3.10's main thread."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import scratch_project

pytestmark = pytest.mark.sdk

MODELS = 1500

VALIDATE = r"""
import json, sys, threading
sys.path.insert(0, sys.argv[1])
limit = sys.getrecursionlimit()
from cycle_sdk import models as m

def chain(depth):
    value = {"id": str(depth)}
    for i in range(depth):
        value = {"id": str(i), "next": value, "items": [{"id": "x"}]}
    return value

node = m.Node0.model_validate(chain(60))
depth, current = 0, node
while current.next is not None:
    depth, current = depth + 1, current.next
names = [type(node).__name__, type(node.next).__name__, type(node.items[0]).__name__]
errors = []
try:
    m.Node7.model_validate({"next": {"next": {"id": 5}}}).next.next.id
except Exception as exc:
    errors.append(type(exc).__name__)
print(json.dumps({"depth": depth, "names": names, "errors": errors,
                  "limit_kept": sys.getrecursionlimit() == limit,
                  "threads": threading.active_count()}))
"""


def cycle_document(models: int) -> dict[str, Any]:
    """`models` object schemas in one reference cycle: each refers to the next, and (in an
    array) to one further away."""
    schemas = {
        f"Node{i}": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "next": {"$ref": f"#/components/schemas/Node{(i + 1) % models}"},
                "items": {
                    "type": "array",
                    "items": {"$ref": f"#/components/schemas/Node{(i * 7 + 3) % models}"},
                },
            },
        }
        for i in range(models)
    }
    ok = {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node0"}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Cycle API", "version": "1"},
        "servers": [{"url": "https://cycle.example"}],
        "paths": {"/node": {"get": {"operationId": "getNode", "responses": {"200": ok}}}},
        "components": {"schemas": schemas},
    }


def test_a_cycle_of_1500_models_generates_imports_and_validates(tmp_path: Path) -> None:
    root = scratch_project(tmp_path / "work")
    spec = tmp_path / "cycle.json"
    spec.write_text(json.dumps(cycle_document(MODELS)), encoding="utf-8")
    out = tmp_path / "out"
    generate = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--output", str(out)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert generate.returncode == 0, generate.stderr[-3000:]
    modules = list((out / "cycle_sdk" / "models").glob("_node*.py"))
    assert len(modules) == 1  # one cycle, one module

    checked = subprocess.run(
        [sys.executable, "-I", "-c", VALIDATE, str(out)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr[-3000:]
    result = json.loads(checked.stdout)
    assert result["depth"] == 60
    assert result["names"] == ["Node0", "Node1", "Node3"]
    assert result["errors"] == [
        "FieldNotSentError"
    ]  # an int id is no string: read leniently, it is not presented as one
    assert result["limit_kept"]
    assert result["threads"] == 1  # the build's thread is gone
