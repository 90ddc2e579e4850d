"""The generator's own code, its tests and scripts pass ruff (lint and format), like the code it generates."""

from __future__ import annotations

import subprocess

import pytest

from generator.build.format import ruff_bin
from tests.conftest import ROOT

pytestmark = pytest.mark.unit


def test_ruff_check_and_format() -> None:
    for args in (["check"], ["format", "--check"]):
        proc = subprocess.run(
            [ruff_bin(), *args, "--no-cache", "generator", "tests", "scripts"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
