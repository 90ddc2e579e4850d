"""Which generations keep a names lock: the project's own SDK (its configured spec into its
configured output) reads the configured lock; `sdkgen generate --spec other.json --output
dir` on another document neither reads nor writes it, unless asked with `--names-lock FILE`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAME_NAMES
from tests.test_cli import sdkgen, valid_doc, write

pytestmark = pytest.mark.unit

NOT_A_LOCK = "this is not a names lock\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project of its own (empty model cache) whose [tool.sdkgen] keeps a names lock."""
    root = tmp_path / "project"
    (root / "specs").mkdir(parents=True)
    (root / "pyproject.toml").write_text(
        "[tool.sdkgen]\n"
        'spec = "specs/openapi.json"\n'
        'lock = "specs/openapi.lock.json"\n'
        'names_lock = "specs/names.lock.json"\n'
        'output = "generated"\n'
        f"templates = {json.dumps((ROOT / 'templates').as_posix())}\n",
        encoding="utf-8",
    )
    write(root / "specs" / "openapi.json", valid_doc())
    return root


def _renamed() -> dict:
    """The valid document with its schema renamed, its structure kept."""
    doc = json.loads(json.dumps(valid_doc()).replace("/schemas/Thing", "/schemas/Item"))
    doc["components"]["schemas"]["Item"] = doc["components"]["schemas"].pop("Thing")
    return doc


def _import(out: Path, name: str) -> subprocess.CompletedProcess[str]:
    code = f"import sys; sys.path.insert(0, {str(out)!r}); from openrouter_sdk.models import {name}"
    return subprocess.run(
        [sys.executable, "-W", "error::DeprecationWarning", "-c", code],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_own_sdk_reads_the_configured_lock(project: Path) -> None:
    lock = project / "specs" / "names.lock.json"
    proc = sdkgen("generate", "--reset-names", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert "Thing" in json.loads(lock.read_text())["models"]
    written = lock.read_text()
    lock.write_text(NOT_A_LOCK)
    proc = sdkgen("generate", cwd=project)
    assert proc.returncode == 2 and "not a names lock" in proc.stderr
    lock.write_text(written)


def test_reset_names_takes_intended_renames(project: Path) -> None:
    """What the lead does after merging work that renames models: a plain generate keeps
    the old name as an alias and `check` refuses the lock; `--reset-names` drops both."""
    lock = project / "specs" / "names.lock.json"
    assert sdkgen("generate", "--reset-names", cwd=project).returncode == 0
    write(project / "specs" / "openapi.json", _renamed())
    proc = sdkgen("generate", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert _import(project / "generated", "Thing").returncode != 0  # deprecated
    assert sdkgen("check", cwd=project).returncode == 1
    proc = sdkgen("generate", "--reset-names", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert set(json.loads(lock.read_text())["models"]) == {"Item"}
    assert _import(project / "generated", "Item").returncode == 0
    assert "cannot import name 'Thing'" in _import(project / "generated", "Thing").stderr
    proc = sdkgen("check", cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_another_document_or_output_neither_reads_nor_writes_the_lock(project: Path, tmp_path: Path) -> None:
    lock = project / "specs" / "names.lock.json"
    lock.write_text(NOT_A_LOCK)
    other = write(tmp_path / "other.json", _renamed())
    for args in (
        ["--spec", str(other), *SAME_NAMES, "--output", str(tmp_path / "a")],
        ["--output", str(tmp_path / "b")],
    ):
        proc = sdkgen("generate", *args, cwd=project)
        assert proc.returncode == 0, proc.stderr
        assert lock.read_text() == NOT_A_LOCK
    assert "_DEPRECATED" not in (tmp_path / "a/openrouter_sdk/models/__init__.py").read_text()
    proc = sdkgen(
        "generate",
        "--spec",
        str(other),
        *SAME_NAMES,
        "--output",
        str(tmp_path / "c"),
        "--update-names",
        cwd=project,
    )
    assert proc.returncode == 2 and "--names-lock" in proc.stderr
    assert lock.read_text() == NOT_A_LOCK and not (tmp_path / "c").exists()


def test_names_lock_asks_for_a_lock_on_another_document(project: Path, tmp_path: Path) -> None:
    mine, out = tmp_path / "mine.lock.json", tmp_path / "out"
    spec = write(tmp_path / "api.json", valid_doc())
    args = ["generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out), "--names-lock", str(mine)]
    proc = sdkgen(*args, "--reset-names", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert "Thing" in json.loads(mine.read_text())["models"]
    write(spec, _renamed())
    proc = sdkgen(*args, "--update-names", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(mine.read_text())["models"]["Thing"]["alias_of"] == "Item"
    old = _import(out, "Thing")
    assert old.returncode != 0 and "Thing is deprecated: use Item" in old.stderr
    assert _import(out, "Item").returncode == 0
    # The configured lock was never written.
    assert not (project / "specs" / "names.lock.json").exists()
