"""What `regenerate.yml` does, on every real snapshot later than the pinned one: a copy of
the project takes the snapshot with `make update` (SDKGEN_SPEC_SOURCE pointing at it),
and the SDK-level suites then run on what it generated, in the copy:

- every operation sync and async through MockTransport (test_operations.py),
- the Prism contract tests against the updated document (test_contract.py),
- the documents' own response examples and the lenient parsing (test_lenient.py),
- the runtime and streaming tests and the public surface (sdk-marked tests of
  test_runtime.py, test_sse.py, test_generated.py; the fault tests are left out: they
  exercise the runtime alone, which no document changes),
- every operation through `with_streaming_response`, and the multipart form of every
  operation that also takes JSON (test_streamed_operations.py, test_operations_forms.py),
- ruff and pyright on the updated generated/ package (test_snapshots.py leaves these
  snapshots' pyright run to this test).

The copies are made and tested two at a time (the machine has two cores); each test then
reports its own snapshot's outcome, with the end of the nested output on failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.spec.lock import read_lock
from tests.conftest import LATER_SNAPSHOTS, PINNED, ROOT, SHARED_SPECS, pyright_bin

pytestmark = [pytest.mark.sdk, pytest.mark.slow]

LATER = LATER_SNAPSHOTS
#: The suites that exercise the generated SDK (the rest test the generator itself).
SUITES = (
    "tests/test_operations.py",
    "tests/test_contract.py",
    "tests/test_lenient.py",
    "tests/test_runtime.py",
    "tests/test_sse.py",
    "tests/test_generated.py",
    "tests/test_streamed_operations.py",
    "tests/test_operations_forms.py",
)
#: Left out of a copy: tools (linked back instead), caches and build output.
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", ".cache", "dist", "__pycache__", ".*_cache"
)
TAIL = 60


@dataclass(frozen=True)
class Step:
    what: str
    returncode: int
    output: str

    def failure(self) -> str:
        lines = self.output.splitlines()
        return f"{self.what} exited {self.returncode}:\n" + "\n".join(lines[-TAIL:])


@dataclass(frozen=True)
class Outcome:
    project: Path
    steps: tuple[Step, ...]


def _environment() -> dict[str, str]:
    """The calling environment without the outer make's flags or pytest's own state."""
    drop = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "PYTEST_ADDOPTS", "PYTEST_CURRENT_TEST"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def _run(what: str, args: list[str], cwd: Path, **env: str) -> Step:
    proc = subprocess.run(
        args,
        cwd=cwd,
        env={**_environment(), **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=1200,
    )
    return Step(what, proc.returncode, proc.stdout + proc.stderr)


def copy_project(base: Path) -> Path:
    """The project as a clean clone has it, with ../shared beside it and the installed
    tools (.venv, node_modules) linked, not copied."""
    base.mkdir(parents=True)
    (base / "shared").symlink_to(ROOT.parent / "shared", target_is_directory=True)
    project = base / "project"
    shutil.copytree(ROOT, project, ignore=NOT_COPIED, symlinks=True)
    for tool in (".venv", "node_modules"):
        (project / tool).symlink_to(ROOT / tool, target_is_directory=True)
    return project


def update_and_test(snapshot: Path, base: Path) -> Outcome:
    project = copy_project(base)
    source = f"../shared/specs/openrouter/{snapshot.name}"
    python = str(ROOT / ".venv" / "bin" / "python")
    steps: list[Step] = []
    # `-o` keeps make from reinstalling into the linked venv; the recipe is the real one.
    steps.append(
        _run(
            "make update",
            ["make", "--no-print-directory", "-o", ".venv/.installed", "update"],
            project,
            SDKGEN_SPEC_SOURCE=source,
        )
    )
    if steps[-1].returncode != 0:
        return Outcome(project, tuple(steps))
    package = project / "generated"
    steps.append(
        _run(
            "pytest (SDK suites)",
            [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "sdk or contract", *SUITES],
            project,
        )
    )
    steps.append(_run("ruff check", [python, "-m", "ruff", "check", "--no-cache", "."], package))
    steps.append(_run("pyright", [pyright_bin(), "--outputjson", "--pythonpath", python, "."], package))
    return Outcome(project, tuple(steps))


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    root = tmp_path_factory.mktemp("update")
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {s.name: pool.submit(update_and_test, s, root / s.stem) for s in LATER}
        return {name: future.result() for name, future in futures.items()}


def test_there_are_later_snapshots() -> None:
    assert len(LATER) >= 2, f"expected later snapshots than {PINNED.name} in {SHARED_SPECS}"


@pytest.mark.parametrize("snapshot", LATER, ids=lambda p: p.stem)
def test_update_then_sdk_suites_pass(snapshot: Path, outcomes: dict[str, Outcome]) -> None:
    outcome = outcomes[snapshot.name]
    failed = [step.failure() for step in outcome.steps if step.returncode != 0]
    assert not failed, "\n\n".join(failed)
    lock = read_lock(outcome.project / "specs" / "openapi.lock.json")
    assert lock.sha256 == _sha256(snapshot), "the copy did not take the snapshot"
    suites = outcome.steps[1].output.splitlines()[-1]
    assert " passed" in suites and "failed" not in suites and "error" not in suites, suites
    report = json.loads(outcome.steps[3].output)
    assert report["summary"]["errorCount"] == 0


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


if __name__ == "__main__":  # a quick look at one snapshot: python -m tests.test_update FILE
    result = update_and_test(Path(sys.argv[1]).resolve(), Path(sys.argv[2]))
    for step in result.steps:
        print(step.what, step.returncode)
        print("\n".join(step.output.splitlines()[-15:]))
