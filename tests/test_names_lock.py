"""The names lock on the real documents: a copy of the project at the pinned document takes
the later snapshots with `make update`, one after the other (04-10, then 07-31). Names
that vanish with their structure kept stay importable as deprecated aliases (a
DeprecationWarning at run time, reportDeprecated under pyright); the others are recorded
as removals, in the changelog and in the version bump. `make generate` never rewrites the
lock, `sdkgen check` refuses a lock that disagrees with the package, and the same inputs
give a byte-identical lock."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import pyright_bin
from tests.test_update import _run, copy_project

pytestmark = [pytest.mark.sdk, pytest.mark.slow]

LOCK = Path("specs/names.lock.json")


def _update(project: Path, snapshot: str) -> str:
    step = _run(
        "make update",
        ["make", "--no-print-directory", "-o", ".venv/.installed", "update"],
        project,
        SDKGEN_SPEC_SOURCE=f"../shared/specs/openrouter/openapi-{snapshot}.json",
    )
    assert step.returncode == 0, step.failure()
    return step.output


def _lock(project: Path) -> dict:
    return json.loads((project / LOCK).read_text(encoding="utf-8"))


def _exported(project: Path) -> set[str]:
    """The names `<package>.models` serves, read from the generated package itself."""
    code = "import openrouter_sdk.models as m; print('\\n'.join(m._MODULES))"
    return set(_python(project, "-c", code).stdout.split())


def _python(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(project / ".venv/bin/python"), *args],
        cwd=project / "generated",
        capture_output=True,
        text=True,
        check=False,
    )


def _bump(project: Path) -> str:
    return json.loads((project / ".cache/sdkgen/release.json").read_text())["bump"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("names") / "copy")


@pytest.fixture(scope="module")
def first(project: Path) -> dict:
    """The pinned document's lock, then the lock after updating to 04-10."""
    before = _lock(project)
    _update(project, "2026-04-10")
    return before


def test_the_committed_lock_holds_the_pinned_packages_names(project: Path) -> None:
    lock = _lock(project)
    assert set(lock["models"]) == _exported(project)
    assert all(m["fingerprint"] for m in lock["models"].values() if m["pointer"])


def test_a_vanished_model_with_its_structure_kept_is_a_deprecated_alias(project: Path, first: dict) -> None:
    lock = _lock(project)
    exported = _exported(project)
    aliases = {name: m["alias_of"] for name, m in lock["models"].items() if m.get("alias_of")}
    assert "DatetimeServerToolParameters" in aliases  # 04-10 renamed it DatetimeServerToolConfig
    for old, new in aliases.items():
        assert old in first["models"] and old not in exported and new in exported
        assert first["models"][old]["fingerprint"] == lock["models"][new]["fingerprint"]
    changelog = (project / "generated/CHANGELOG.md").read_text()
    entry = changelog.split("\n## ")[1]
    assert "Renamed model DatetimeServerToolParameters to DatetimeServerToolConfig" in entry
    assert _bump(project) == "minor"  # an alias breaks nothing


def test_the_old_import_warns_and_is_the_new_class(project: Path, first: dict) -> None:
    program = (
        "from openrouter_sdk.models import DatetimeServerToolParameters as Old\n"
        "from openrouter_sdk.models import DatetimeServerToolConfig as New\n"
        "assert Old is New\n"
    )
    assert _python(project, "-c", program).returncode == 0
    strict = _python(project, "-W", "error::DeprecationWarning", "-c", program)
    assert strict.returncode != 0
    assert "DatetimeServerToolParameters is deprecated: use DatetimeServerToolConfig" in strict.stderr


def test_pyright_reports_the_old_name_as_deprecated(project: Path, first: dict) -> None:
    folder = project / "pyright-names"  # beside generated/, which must stay as generated
    folder.mkdir(exist_ok=True)
    (folder / "uses_old_name.py").write_text(
        "from openrouter_sdk.models import DatetimeServerToolConfig, DatetimeServerToolParameters\n\n"
        "old = DatetimeServerToolParameters()\n"
        "new: DatetimeServerToolConfig = old\n"
    )
    (folder / "pyrightconfig.names.json").write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "reportDeprecated": "error",
                "include": ["uses_old_name.py"],
                "extraPaths": ["../generated"],
            }
        )
    )
    proc = subprocess.run(
        [
            pyright_bin(),
            "--outputjson",
            "-p",
            "pyrightconfig.names.json",
            "--pythonpath",
            str(project / ".venv/bin/python"),
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    diagnostics = json.loads(proc.stdout)["generalDiagnostics"]
    rules = sorted({d.get("rule") for d in diagnostics})
    assert rules == ["reportDeprecated"], diagnostics
    assert {d["range"]["start"]["line"] for d in diagnostics} == {0, 2}


def test_generate_and_check_agree_with_the_lock_and_never_rewrite_it(project: Path, first: dict) -> None:
    written = (project / LOCK).read_bytes()
    assert _run("check", ["make", "-o", ".venv/.installed", "check"], project).returncode == 0
    step = _run("generate", [".venv/bin/sdkgen", "generate"], project)
    assert step.returncode == 0 and (project / LOCK).read_bytes() == written, step.output
    step = _run("update names", [".venv/bin/sdkgen", "generate", "--update-names"], project)
    assert (project / LOCK).read_bytes() == written, "the same inputs must give the same lock"
    lock = json.loads(written)
    dropped = next(iter(sorted(lock["models"])))
    del lock["models"][dropped]
    (project / LOCK).write_text(json.dumps(lock))
    try:
        step = _run("check", [".venv/bin/sdkgen", "check"], project)
        assert step.returncode == 1 and "names.lock.json does not hold" in step.output, step.output
    finally:
        (project / LOCK).write_bytes(written)


def test_a_removal_is_recorded_and_makes_a_major_release(project: Path, first: dict) -> None:
    before = _lock(project)
    output = _update(project, "2026-07-31")
    after = _lock(project)
    exported = _exported(project)
    removed = sorted(set(before["models"]) - set(after["models"]))
    assert removed, "07-31 drops models whose structure is gone"
    assert not set(removed) & exported
    entry = (project / "generated/CHANGELOG.md").read_text().split("\n## ")[1]
    for name in removed:
        assert f"Removed model {name} (the names lock had it)." in entry
        assert f"names lock: Removed model {name}" in output
    assert _bump(project) == "major"
    # The earlier alias follows its structure to the newest document, or is a removal too.
    old = before["models"]["DatetimeServerToolParameters"]
    assert ("DatetimeServerToolParameters" in after["models"]) != ("DatetimeServerToolParameters" in removed)
    if "DatetimeServerToolParameters" in after["models"]:
        assert after["models"]["DatetimeServerToolParameters"]["alias_of"] in exported
        assert old["alias_of"] == "DatetimeServerToolConfig"
