"""Every real OpenRouter snapshot in ../shared generates an SDK that imports, lints and
type-checks, with the project's overlay applied (so each has one operation more)."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build.run import generate
from generator.config import Config
from generator.spec.operations import METHODS
from tests.conftest import LATER_SNAPSHOTS, SHARED_SPECS, pyright_bin

pytestmark = pytest.mark.sdk

SNAPSHOTS = sorted(SHARED_SPECS.glob("openapi-*.json"))
PYTHON = sys.executable  # the venv's interpreter (tests run with .venv/bin/python)


def readme_operations() -> dict[str, int]:
    """The operation count of each snapshot, as the snapshots' README table states it."""
    counts = {}
    for line in (SHARED_SPECS / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        name = re.search(r"openapi-[\w-]+\.json", cells[0]) if len(cells) >= 3 else None
        if name and cells[2].isdigit():
            counts[name[0]] = int(cells[2])
    return counts


def spec_operations(spec: Path) -> int:
    """Operations in the raw document (no overlay)."""
    doc = json.loads(spec.read_text(encoding="utf-8"))
    return sum(
        1
        for item in doc.get("paths", {}).values()
        if isinstance(item, dict)
        for method in METHODS
        if isinstance(item.get(method), dict)
    )


@pytest.fixture(scope="module")
def outputs(config: Config, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each snapshot generated once, with the project's overlays, into its own folder."""
    assert config.overlays, "the project configures no overlay"
    root = tmp_path_factory.mktemp("snapshots")
    out: dict[str, Path] = {}
    for spec in SNAPSHOTS:
        target = root / spec.stem
        generate(config, spec, config.overlays, target)
        out[spec.name] = target
    return out


def readme_hashes() -> dict[str, str]:
    """The sha256 of each snapshot, as the snapshots' README table states it."""
    hashes = {}
    for line in (SHARED_SPECS / "README.md").read_text(encoding="utf-8").splitlines():
        name = re.search(r"openapi-[\w-]+\.json", line)
        digest = re.search(r"\b[0-9a-f]{64}\b", line)
        if name and digest:
            hashes[name[0]] = digest[0]
    return hashes


def test_snapshots_are_those_the_readme_lists() -> None:
    """The folder holds exactly the snapshots its README lists, byte for byte (however
    many there are: snapshots are added as the API moves)."""
    assert SNAPSHOTS, f"no snapshots in {SHARED_SPECS}"
    assert sorted(readme_operations()) == [p.name for p in SNAPSHOTS]
    actual = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SNAPSHOTS}
    assert actual == readme_hashes()


@pytest.mark.slow
def test_operation_counts(outputs: dict[str, Path]) -> None:
    """Each snapshot's manifest counts its operations plus the overlay's one."""
    expected = readme_operations()
    report = {}
    for name, out in outputs.items():
        manifest = json.loads((out / "openrouter_sdk" / "_manifest.json").read_text())
        report[name] = (spec_operations(SHARED_SPECS / name), manifest["operations"])
    print("\n".join(f"{n}: {spec}+1 -> {gen}" for n, (spec, gen) in report.items()))
    assert {n: spec for n, (spec, _) in report.items()} == expected
    assert {n: gen for n, (_, gen) in report.items()} == {n: c + 1 for n, c in expected.items()}


IMPORT_CHECK = """
import importlib, pkgutil, sys
sys.path.insert(0, sys.argv[1])
import openrouter_sdk
assert openrouter_sdk.__file__.startswith(sys.argv[1]), openrouter_sdk.__file__
from openrouter_sdk import OPERATIONS, OpenRouter, AsyncOpenRouter
import openrouter_sdk.models
import openrouter_sdk.api
names = sorted(m.name for m in pkgutil.iter_modules(openrouter_sdk.api.__path__))
assert names, "no api modules"
for name in names:
    importlib.import_module("openrouter_sdk.api." + name)
print(len(OPERATIONS), len(names))
"""


@pytest.mark.slow
@pytest.mark.parametrize("name", [p.name for p in SNAPSHOTS])
def test_imports(name: str, outputs: dict[str, Path]) -> None:
    out = outputs[name]
    proc = subprocess.run(
        [PYTHON, "-c", IMPORT_CHECK, str(out)], cwd=out, capture_output=True, check=False, text=True
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    operations, modules = map(int, proc.stdout.split())
    print(f"{name}: {operations} operations in {modules} api modules")
    assert operations == spec_operations(SHARED_SPECS / name) + 1


@pytest.mark.slow
@pytest.mark.parametrize("name", [p.name for p in SNAPSHOTS])
def test_ruff_check(name: str, outputs: dict[str, Path]) -> None:
    from ruff.__main__ import find_ruff_bin

    out = outputs[name]
    # Lint, and the layout: the model modules are laid out by the generator itself,
    # so this also holds that layout to what the formatter would write.
    for args in (["check"], ["format", "--check"]):
        proc = subprocess.run(
            [str(find_ruff_bin()), *args, "--no-cache", "."],
            cwd=out,
            capture_output=True,
            check=False,
            text=True,
        )
        assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]


@pytest.mark.slow
def test_pyright(outputs: dict[str, Path]) -> None:
    """One pyright run (the generated project's [tool.pyright], basic) over the outputs of
    the snapshots up to the pinned one; test_update.py runs pyright on the later ones, on
    what `make update` generates from them (the same code), so they are not checked twice."""
    dirs = [outputs[p.name] for p in SNAPSHOTS if p not in LATER_SNAPSHOTS]
    project = dirs[0] / "pyproject.toml"
    assert 'typeCheckingMode = "basic"' in project.read_text(encoding="utf-8")
    proc = subprocess.run(
        [
            pyright_bin(),
            "--outputjson",
            "--pythonpath",
            PYTHON,
            "-p",
            str(project),
            *map(str, dirs),
        ],
        capture_output=True,
        check=False,
        text=True,
    )
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        pytest.fail(
            f"pyright gave no JSON (exit {proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}"
        )
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    shown = "\n".join(f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}" for d in errors[:20])
    assert report["summary"]["errorCount"] == 0 and not errors, (
        f"{report['summary']['errorCount']} pyright errors, first ones:\n{shown}"
    )
    # Every output was actually analysed.
    files = sum(len(list(d.rglob("*.py"))) for d in dirs)
    assert report["summary"]["filesAnalyzed"] >= files, report["summary"]
    assert re.match(r"\d+\.\d+", report["version"])
