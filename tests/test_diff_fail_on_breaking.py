"""`sdkgen diff --fail-on-breaking` exits 1 exactly when a user's code can break (issue 16):
with `--sdk` the two generated packages decide, on real pairs of OpenRouter's documents, run
as CI runs it (a subprocess, the exit status)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED_SPECS

pytestmark = [pytest.mark.unit, pytest.mark.slow]  # --sdk generates both documents


def _diff(old: str, new: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "diff", "--fail-on-breaking", *extra]
        + [str(SHARED_SPECS / f"openapi-{old}.json"), str(SHARED_SPECS / f"openapi-{new}.json")],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_pair_that_breaks_python_code_exits_1() -> None:
    # 06-28 -> 07-31 removes client.beta.responses, model classes and enum members.
    run = _diff("2026-06-28", "2026-07-31", "--sdk")
    assert run.returncode == 1, run.stderr
    assert "OpenRouter.beta.responses removed" in run.stdout


def test_schemas_the_names_lock_keeps_as_aliases_do_not_fail_with_sdk() -> None:
    # 04-07 -> 04-08 replaces 4 schemas by others of the same shape. From the spec alone those
    # are model classes removed (the spec cannot see the names lock); the generated package
    # keeps each old name as a deprecated alias, so no user's code breaks.
    spec_only = _diff("2026-04-07", "2026-04-08")
    assert spec_only.returncode == 1, spec_only.stdout
    assert "schema-removed (SDK only)" in spec_only.stdout
    compared = _diff("2026-04-07", "2026-04-08", "--sdk")
    assert compared.returncode == 0, compared.stdout + compared.stderr
    assert "wire: not breaking | SDK: not breaking (packages compared)" in compared.stdout


def test_an_additive_pair_exits_0() -> None:
    run = _diff("2026-04-09", "2026-04-10", "--sdk")
    assert run.returncode == 0, run.stdout + run.stderr
