"""Shared fixtures: where the project, the shared snapshots and the tools are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.config import Config, load_config

ROOT = Path(__file__).resolve().parents[1]
SHARED_SPECS = ROOT.parent / "shared" / "specs" / "openrouter"
PINNED = SHARED_SPECS / "openapi-2026-04-09.json"
#: The snapshots published after the pinned one: tests/test_update.py takes each of them.
LATER_SNAPSHOTS = sorted(p for p in SHARED_SPECS.glob("openapi-*.json") if p.name > PINNED.name)
FIXTURES = ROOT / "tests" / "fixtures" / "specs"
# `generate --spec` names another document's SDK after its title; tests written against
# the configured names ask for them.
SAME_NAMES = (
    "--package-name",
    "openrouter_sdk",
    "--client-name",
    "OpenRouter",
    "--env-api-key",
    "OPENROUTER_API_KEY",
)
GOLDENS = ROOT / "tests" / "goldens"


def pyright_bin() -> str:
    path = ROOT / "node_modules" / ".bin" / "pyright"
    if path.exists():
        return str(path)
    found = shutil.which("pyright")
    if not found:
        pytest.fail("pyright is not installed: run `make test` (it runs `npm ci`)")
    return found


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config(ROOT)


@pytest.fixture(scope="session")
def pinned_spec() -> Path:
    assert PINNED.is_file(), f"missing {PINNED}: ../shared must sit beside the project"
    return PINNED


def pytest_sessionstart(session: pytest.Session) -> None:
    """A clean clone has no specs/openapi.json: fetch the pinned spec (from the lock's
    mirror in ../shared) before any test module reads it."""
    config = load_config(ROOT)
    if not config.spec.exists():
        from generator.spec.source import fetch_spec

        fetch_spec(config)


def scratch_project(root: Path) -> Path:
    """A folder `root` holding a [tool.sdkgen] project of its own that uses the real
    templates: its model cache (<root>/.cache) starts empty, and nothing is written into
    the real project."""
    import json

    root.mkdir(parents=True)
    (root / "pyproject.toml").write_text(
        "[tool.sdkgen]\n"
        'spec = "specs/openapi.json"\n'
        'lock = "specs/openapi.lock.json"\n'
        'output = "generated"\n'
        f"templates = {json.dumps((ROOT / 'templates').as_posix())}\n",
        encoding="utf-8",
    )
    return root


#: The tiers of pyproject.toml's markers; `slow` is a cost, not a tier.
TIERS = frozenset({"unit", "golden", "sdk", "contract", "publish"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Refuse a test that carries no tier marker, so `-m` selections miss no new test."""
    untiered = [item.nodeid for item in items if not TIERS & {m.name for m in item.iter_markers()}]
    if untiered:
        shown = "\n  ".join(untiered[:20])
        raise pytest.UsageError(
            f"{len(untiered)} tests carry no tier marker ({', '.join(sorted(TIERS))}); "
            f"mark them (a module-level `pytestmark` for a whole file):\n  {shown}"
        )
