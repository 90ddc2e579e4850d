"""Golden outputs: each fixture spec under tests/fixtures/specs/ generates a tree that
is compared file by file with tests/goldens/<fixture>/. `make goldens` rewrites them."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.build.pipeline import build
from generator.config import load_config
from tests.conftest import FIXTURES, GOLDENS, ROOT


def fixture_specs() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in (".yaml", ".yml", ".json"))


def generate_fixture(spec: Path, scratch: Path) -> dict[str, bytes]:
    """The tree the generator produces for a fixture spec (no overlays, no attribution)."""
    return build(load_config(ROOT), spec, (), scratch / "none", app_attribution=False).files


def update() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        names = set()
        for spec in fixture_specs():
            names.add(spec.stem)
            target = GOLDENS / spec.stem
            shutil.rmtree(target, ignore_errors=True)
            for rel, data in generate_fixture(spec, Path(tmp)).items():
                path = target / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            print(f"wrote {target.relative_to(ROOT)}")
        for stale in GOLDENS.iterdir() if GOLDENS.exists() else []:
            if stale.is_dir() and stale.name not in names:
                shutil.rmtree(stale)
                print(f"removed {stale.relative_to(ROOT)}")
