"""Scale: a synthetic 2,000-operation document (tests/gen_scale.py: 40 tags, 500 schemas
referring to each other) generates, imports and passes ruff. The generation keeps a names
lock (`--names-lock`: every model fingerprinted), so its cost shows in the timings. Time
and peak memory of each step are printed, not asserted (they depend on the machine)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.build.format import ruff_bin
from tests.conftest import SAME_NAMES, scratch_project
from tests.gen_scale import count_operations, scale_spec

pytestmark = pytest.mark.sdk

OPERATIONS, SCHEMAS, TAGS = 2000, 500, 40

# Runs a command and reports the peak resident memory of the largest process it started
# (the generator, or one of its ruff runs).
MEASURE = r"""
import json, resource, subprocess, sys, time
started = time.perf_counter()
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(json.dumps({
    "returncode": proc.returncode,
    "stdout": proc.stdout,
    "stderr": proc.stderr[-3000:],
    "seconds": time.perf_counter() - started,
    "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""

IMPORT_ALL = r"""
import importlib, json, operator, pkgutil, resource, sys, time
started = time.perf_counter()
sys.path.insert(0, sys.argv[1])
package = sys.argv[2]
pkg = importlib.import_module(package)
modules = 0
for info in pkgutil.walk_packages(pkg.__path__, package + "."):
    importlib.import_module(info.name)
    modules += 1
models = importlib.import_module(package + ".models")
classes = [getattr(models, name) for name in models.__all__]
for cls in classes:
    if hasattr(cls, "model_rebuild"):
        cls.model_rebuild()
client = pkg.OpenRouter(api_key="test", base_url="http://127.0.0.1:9")
namespaces = {info.client_method.rpartition(".")[0] for info in pkg.OPERATIONS.values()}
for info in pkg.OPERATIONS.values():
    operator.attrgetter(info.client_method)(client)
client.close()
print(json.dumps({
    "modules": modules,
    "models": len(classes),
    "operations": len(pkg.OPERATIONS),
    "namespaces": len(namespaces),
    "seconds": time.perf_counter() - started,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def run_json(args: list[str], cwd: Path) -> dict:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False, timeout=600)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(proc.stdout)


def test_scale_spec_is_what_it_says() -> None:
    doc = scale_spec()
    assert count_operations(doc) == OPERATIONS
    assert len({op["tags"][0] for item in doc["paths"].values() for op in item.values()}) == TAGS
    schemas = doc["components"]["schemas"]
    assert len(schemas) == SCHEMAS + 1  # and the shared Error
    refs = json.dumps(schemas).count('"$ref"')
    assert refs > 4 * SCHEMAS, "schemas refer to each other"
    assert scale_spec() == doc, "deterministic"


@pytest.mark.slow
def test_scale_generates_imports_and_lints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = scratch_project(tmp_path / "work")  # a project of its own: the model cache starts empty
    spec = tmp_path / "scale.json"
    spec.write_text(json.dumps(scale_spec()), encoding="utf-8")
    out = tmp_path / "out"
    names = tmp_path / "names.lock.json"

    generate = run_json(
        [
            sys.executable,
            "-c",
            MEASURE,
            *[
                sys.executable,
                "-m",
                "generator",
                "generate",
                "--spec",
                str(spec),
                *SAME_NAMES,
                "--output",
                str(out),
            ],
            *["--names-lock", str(names), "--reset-names", "--timings"],
        ],
        root,
    )
    assert generate["returncode"] == 0, generate["stderr"]
    assert f"{OPERATIONS} operations" in generate["stdout"]
    assert len(json.loads(names.read_text(encoding="utf-8"))["models"]) >= SCHEMAS

    imported = run_json([sys.executable, "-I", "-c", IMPORT_ALL, str(out), "openrouter_sdk"], tmp_path)
    assert imported["operations"] == OPERATIONS
    assert imported["namespaces"] == TAGS
    assert imported["models"] >= SCHEMAS

    started = time.perf_counter()
    lint = subprocess.run(
        [ruff_bin(), "check", "--no-cache", "."], cwd=out, capture_output=True, text=True, check=False
    )
    lint_seconds = time.perf_counter() - started
    assert lint.returncode == 0, lint.stdout[-4000:]

    files = sum(1 for p in out.rglob("*.py") if "__pycache__" not in p.parts)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    timings = next((line for line in generate["stdout"].splitlines() if line.startswith("timings:")), "")
    with capsys.disabled():
        print(
            f"\nscale ({OPERATIONS} operations, {TAGS} tags, {SCHEMAS} schemas -> {files} Python files, "
            f"{size / 1e6:.1f} MB; {os.cpu_count()} CPUs):\n"
            f"  generate {generate['seconds']:.1f} s, peak {generate['peak_mb']:.0f} MB ({timings})\n"
            f"  import   {imported['seconds']:.1f} s, peak {imported['peak_mb']:.0f} MB "
            f"({imported['modules']} modules, {imported['models']} models built)\n"
            f"  ruff     {lint_seconds:.1f} s"
        )
