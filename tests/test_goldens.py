"""Each fixture spec generates exactly its committed golden tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build.tree import compare, read_tree, unified_diff
from tests.conftest import GOLDENS
from tests.goldens import fixture_specs, generate_fixture

pytestmark = pytest.mark.golden

README = GOLDENS.parents[1] / "README.md"


@pytest.mark.parametrize("spec", fixture_specs(), ids=lambda p: p.stem)
def test_fixture_matches_golden(spec: Path, tmp_path: Path) -> None:
    golden = read_tree(GOLDENS / spec.stem)
    assert golden, f"no golden output for {spec.name}: run `make goldens` and review it"
    fresh = generate_fixture(spec, tmp_path)
    changes = compare(golden, fresh)
    assert changes.empty, (
        f"{spec.name} generates something else than tests/goldens/{spec.stem} "
        f"(run `make goldens` if intended):\n{changes.summary()}\n" + unified_diff(golden, fresh, limit=150)
    )


def test_goldens_and_fixtures_pair_up() -> None:
    """No golden tree is left without its fixture spec (stale trees are never compared), and
    the README's count of fixture specs is the true one."""
    stems = [spec.stem for spec in fixture_specs()]
    assert stems, "no fixture specs"
    assert sorted(p.name for p in GOLDENS.iterdir() if p.is_dir()) == stems
    stated = f"{len(stems)} fixture specs in `tests/fixtures/specs/`"
    assert stated in README.read_text(encoding="utf-8"), f"README.md's Tests section should say: {stated}"
