"""The locks pin, with the sha256 of every file they allow, what `make test` installs:

- requirements.lock: every dependency of the generator, of its `dev` extra (the test-only
  tools) and of its build backend, at the version pyproject.toml names; the Makefile
  installs it with `--require-hashes` and the generator itself with `--no-deps`;
- tests/publish-lowest.lock and tests/publish-newest.lock: what the publish tests put on
  their local index, the lowest versions the generated package accepts and the newest.

`make lock` rewrites all three (pip-compile --generate-hashes)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomllib
from packaging.requirements import Requirement
from packaging.version import Version

from tests.conftest import ROOT

pytestmark = pytest.mark.unit

PIN = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#]+)")
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")
TESTS = ROOT / "tests"


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(requirements: list[str]) -> dict[str, str]:
    """name (normalized as PEP 503 does) -> pinned version."""
    found = {}
    for line in requirements:
        match = PIN.fullmatch(line.strip())
        assert match, f"not an exact pin: {line!r}"
        found[normalize(match[1])] = match[2]
    return found


def entries(lock: Path) -> dict[str, tuple[str, list[str]]]:
    """name -> (version, hashes) of a pip-compile lock (continuation lines joined)."""
    text = re.sub(r"#[^\n]*", "", lock.read_text(encoding="utf-8"))
    found = {}
    for entry in re.sub(r"\\\n", " ", text).splitlines():
        if not entry.strip():
            continue
        requirement, *options = entry.split()
        match = PIN.fullmatch(requirement)
        assert match, f"{lock.name}: not an exact pin: {entry!r}"
        assert options and all(HASH.fullmatch(o) for o in options), f"{lock.name}: {requirement} lacks hashes"
        found[normalize(match[1])] = (match[2], options)
    return found


def test_lock_pins_every_dependency_at_its_version_with_hashes() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    wanted = pins(project["dependencies"] + project["optional-dependencies"]["dev"])
    wanted |= pins(pyproject["build-system"]["requires"])  # hatchling: installed without isolation
    locked = {name: version for name, (version, _) in entries(ROOT / "requirements.lock").items()}
    assert {name: locked.get(name) for name in wanted} == wanted, "run `make lock`"
    # What hatchling needs for the editable install, and its own dependencies, are locked too.
    assert {"editables", "packaging", "pathspec", "pluggy", "trove-classifiers"} <= set(locked)


def test_the_makefile_installs_only_what_the_lock_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements.lock" in makefile
    installs = [line for line in makefile.splitlines() if "$(PIP)" in line]
    assert installs and all("--require-hashes" in line or "--no-deps" in line for line in installs), installs


def generated_bounds() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "generated" / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {normalize(r.name): r for r in map(Requirement, project["dependencies"])}


def test_publish_locks_hold_the_lowest_and_the_newest_accepted_versions() -> None:
    bounds = generated_bounds()
    assert bounds, "the generated package declares no dependencies"
    lowest = entries(TESTS / "publish-lowest.lock")
    newest = entries(TESTS / "publish-newest.lock")
    for name, requirement in bounds.items():
        floor = next(s.version for s in requirement.specifier if s.operator == ">=")
        assert Version(lowest[name][0]) == Version(floor), f"{name}: lowest {lowest[name][0]}, floor {floor}"
        assert Version(newest[name][0]) in requirement.specifier, f"{name} {newest[name][0]}: {requirement}"
        assert Version(newest[name][0]) >= Version(lowest[name][0])
    # The lowest lock is compiled from the floors themselves (tests/publish-lowest.in).
    lines = (TESTS / "publish-lowest.in").read_text(encoding="utf-8").splitlines()
    floors = pins([line for line in lines if line.strip() and not line.startswith("#")])
    assert {n: Version(v) for n, v in floors.items()} == {
        n: Version(next(s.version for s in r.specifier if s.operator == ">=")) for n, r in bounds.items()
    }
