"""requirements.lock pins what pyproject.toml asks for: every dependency of the generator and
of its `dev` extra (the test-only tools), at the version pyproject.toml names. `make lock`
rewrites it; the Makefile installs with it as constraints."""

from __future__ import annotations

import re

import pytest
import tomllib

from tests.conftest import ROOT

pytestmark = pytest.mark.unit

PIN = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#]+)")


def pins(requirements: list[str]) -> dict[str, str]:
    """name (normalized as PEP 503 does) -> pinned version."""
    found = {}
    for line in requirements:
        match = PIN.fullmatch(line.strip())
        assert match, f"not an exact pin: {line!r}"
        found[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return found


def test_lock_pins_every_dependency_at_its_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = pins(project["dependencies"] + project["optional-dependencies"]["dev"])
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    locked = pins([line for line in lines if line.strip() and not line.startswith("#")])
    assert {name: locked.get(name) for name in wanted} == wanted, "run `make lock`"
