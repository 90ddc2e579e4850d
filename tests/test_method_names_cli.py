"""The naming configuration end to end: `[tool.sdkgen]` `naming` and `names` in a
project's pyproject.toml shape what `sdkgen generate` writes; a hint given up is a
warning on stderr, a refused name exit 2 with the pointers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAME_NAMES, scratch_project
from tests.test_cli import sdkgen, valid_doc, write

pytestmark = pytest.mark.unit

SHOW = """
import json, sys
sys.path.insert(0, sys.argv[1])
from openrouter_sdk import OPERATIONS, OpenRouter
client = OpenRouter(api_key="k", base_url="http://127.0.0.1:9")
print(json.dumps({k: [v.client_method, v.function_name, v.module] for k, v in OPERATIONS.items()}))
for info in OPERATIONS.values():
    parent, _, method = info.client_method.rpartition(".")
    group = client
    for part in parent.split("."):
        group = getattr(group, part)
    assert callable(getattr(group, method)), info.client_method
"""


def hinted_doc() -> dict[str, Any]:
    doc = valid_doc()
    things = doc["paths"]["/things"]
    things["get"]["x-speakeasy-name-override"] = "list"
    things["post"]["x-speakeasy-name-override"] = "create"
    other = doc["paths"]["/other"]["get"]
    other.update({"x-speakeasy-group": "beta.others", "x-speakeasy-name-override": "get"})
    return doc


def project(tmp_path: Path, extra: str) -> Path:
    root = scratch_project(tmp_path / "work")
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return root


def generated(
    root: Path, doc: dict[str, Any], tmp_path: Path
) -> tuple[subprocess.CompletedProcess[str], Any]:
    import json

    out = tmp_path / "out"
    proc = sdkgen(
        "generate",
        "--spec",
        str(write(tmp_path / "doc.json", doc)),
        *SAME_NAMES,
        "--output",
        str(out),
        cwd=root,
    )
    if proc.returncode != 0:
        return proc, None
    show = subprocess.run([sys.executable, "-c", SHOW, str(out)], capture_output=True, text=True, check=False)
    assert show.returncode == 0, show.stderr[-3000:]
    return proc, json.loads(show.stdout)


def test_hints_by_default(tmp_path: Path) -> None:
    proc, ops = generated(project(tmp_path, ""), hinted_doc(), tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert ops == {
        "listThings": ["things.list", "list_things", "things"],
        "createThing": ["things.create", "create_thing", "things"],
        "getOther": ["beta.others.get", "get_other", "beta_others"],
    }


def test_operation_ids_and_names_from_the_configuration(tmp_path: Path) -> None:
    extra = 'naming = "operation-ids"\n[tool.sdkgen.names]\ngetOther = "misc.fetch"\n'
    proc, ops = generated(project(tmp_path, extra), hinted_doc(), tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert {k: v[0] for k, v in ops.items()} == {
        "listThings": "things.list_things",
        "createThing": "things.create_thing",
        "getOther": "misc.fetch",
    }


def test_a_colliding_hint_is_a_warning(tmp_path: Path) -> None:
    doc = hinted_doc()
    doc["paths"]["/things"]["post"]["x-speakeasy-name-override"] = "list"
    proc, ops = generated(project(tmp_path, ""), doc, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (ops["listThings"][0], ops["createThing"][0]) == ("things.list_things", "things.create_thing")
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("sdkgen: warning: ")]
    assert len(warnings) == 2, proc.stderr
    assert "#/paths/~1things/get" in warnings[0] and "#/paths/~1things/post" in warnings[0]


def test_a_colliding_configured_name_is_refused(tmp_path: Path) -> None:
    extra = '[tool.sdkgen.names]\nlistThings = "things.all"\ncreateThing = "things.all"\n'
    proc, _ = generated(project(tmp_path, extra), hinted_doc(), tmp_path)
    assert proc.returncode == 2
    assert (
        "pyproject.toml: [tool.sdkgen.names]: createThing and listThings are both 'things.all'" in proc.stderr
    )
    assert "#/paths/~1things/get" in proc.stderr and "#/paths/~1things/post" in proc.stderr
    assert not (tmp_path / "out").exists()
