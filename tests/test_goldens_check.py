"""The golden trees are working SDKs, not only bytes to compare: every module of each one
imports (in a subprocess, the golden project first on sys.path), every model resolves,
the client opens every namespace, and pyright (basic, the trees' own [tool.pyright])
finds no error in any of them. A failure here is a generator bug."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLDENS, pyright_bin
from tests.goldens import fixture_specs

pytestmark = pytest.mark.golden

PACKAGE = "openrouter_sdk"  # the package name of the project the goldens are generated with
TREES = [GOLDENS / spec.stem for spec in fixture_specs()]
#: golden -> the generator bug that breaks it (strict xfails: they fail once it is fixed).
IMPORT_BUGS: dict[str, str] = {}

# One interpreter for all trees (their packages share a name: each tree's modules are
# dropped before the next is imported). -B: no __pycache__ written into tests/goldens/;
# -I: nothing but the tree and the venv's site-packages on sys.path.
IMPORT_ALL = r"""
import importlib, json, operator, pkgutil, sys, traceback
package, trees = sys.argv[1], sys.argv[2:]

def check(tree):
    pkg = importlib.import_module(package)
    assert pkg.__file__.startswith(tree), pkg.__file__
    modules = [package]
    for info in pkgutil.walk_packages(pkg.__path__, package + "."):
        importlib.import_module(info.name)
        modules.append(info.name)
    models = importlib.import_module(package + ".models")
    incomplete = []
    for name in models.__all__:
        value = getattr(models, name)
        if hasattr(value, "model_rebuild"):
            value.model_rebuild(raise_errors=True)
            if not value.__pydantic_complete__:
                incomplete.append(name)
    client = pkg.OpenRouter(api_key="test", base_url="http://127.0.0.1:9")
    namespaces = sorted({info.module for info in pkg.OPERATIONS.values()})
    for info in pkg.OPERATIONS.values():
        assert callable(operator.attrgetter(info.client_method)(client)), info.client_method
    client.close()
    return {"modules": modules, "incomplete": incomplete, "namespaces": namespaces,
            "operations": len(pkg.OPERATIONS)}

reports = {}
for tree in trees:
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]
    sys.path.insert(0, tree)
    try:
        reports[tree] = check(tree)
    except Exception:
        reports[tree] = {"error": traceback.format_exc()}
    finally:
        sys.path.remove(tree)
print(json.dumps(reports))
"""


@pytest.fixture(scope="module")
def imported() -> dict[str, dict]:
    """tree -> what importing it found, or the traceback of its failure."""
    proc = subprocess.run(
        [sys.executable, "-B", "-I", "-c", IMPORT_ALL, PACKAGE, *map(str, TREES)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(proc.stdout)


def modules_on_disk(tree: Path) -> set[str]:
    """The dotted name of every .py file of the tree's package."""
    names = set()
    for path in (tree / PACKAGE).rglob("*.py"):
        parts = path.relative_to(tree).with_suffix("").parts
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_fixture_has_a_tree() -> None:
    assert TREES, "no fixture specs in tests/fixtures/specs"
    missing = [t.name for t in TREES if not (t / PACKAGE / "__init__.py").is_file()]
    assert not missing, f"no golden package for {missing}: run `make goldens` and review it"


def import_cases() -> list[object]:
    return [
        pytest.param(
            tree,
            id=tree.name,
            marks=[pytest.mark.xfail(strict=True, reason=IMPORT_BUGS[tree.name])]
            if tree.name in IMPORT_BUGS
            else [],
        )
        for tree in TREES
    ]


@pytest.mark.parametrize("tree", import_cases())
def test_golden_imports(tree: Path, imported: dict[str, dict]) -> None:
    report = imported[str(tree)]
    assert "error" not in report, f"{tree.name} does not import:\n{report.get('error', '')[-4000:]}"
    # Every module on disk was imported, the api/ and models/ ones included.
    assert set(report["modules"]) == modules_on_disk(tree)
    assert any(m.startswith(f"{PACKAGE}.api.") for m in report["modules"]), "no api module"
    assert report["incomplete"] == [], "models whose annotations do not resolve"
    manifest = json.loads((tree / PACKAGE / "_manifest.json").read_text(encoding="utf-8"))
    assert report["operations"] == manifest["operations"] > 0
    api = {p.stem for p in (tree / PACKAGE / "api").glob("*.py")} - {"__init__"}
    assert set(report["namespaces"]) == api


@pytest.mark.slow
def test_goldens_pass_pyright() -> None:
    """One pyright run over every tree (basic, as for the real snapshots)."""
    project = TREES[0] / "pyproject.toml"
    assert 'typeCheckingMode = "basic"' in project.read_text(encoding="utf-8")
    proc = subprocess.run(
        [pyright_bin(), "--outputjson", "--pythonpath", sys.executable, "-p", str(project), *map(str, TREES)],
        capture_output=True,
        check=False,
        text=True,
    )
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        output = proc.stdout[-2000:] + proc.stderr[-2000:]
        pytest.fail(f"pyright gave no JSON (exit {proc.returncode}):\n{output}")
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    shown = "\n".join(f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}" for d in errors[:20])
    assert report["summary"]["errorCount"] == 0 and not errors, (
        f"{report['summary']['errorCount']} pyright errors in the goldens, first ones:\n{shown}"
    )
    files = sum(len(list((tree / PACKAGE).rglob("*.py"))) for tree in TREES)
    assert report["summary"]["filesAnalyzed"] >= files, report["summary"]
    assert re.match(r"\d+\.\d+", report["version"])
