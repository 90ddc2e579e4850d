"""How `sdkgen generate` starts (generator.launch, build.early): the models' child is forked
before the command line is imported, the main process never imports
datamodel-code-generator, a child left unused does not outlive the command, and what is
formatted while the models generate is what formatting it afterwards would write."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import pipeline
from generator.config import load_config
from generator.launch import subcommand
from tests.conftest import ROOT, scratch_project

pytestmark = pytest.mark.unit

SPEC = ROOT / "tests" / "fixtures" / "specs" / "bodies.yaml"

# Runs `sdkgen ARGS` as installed (generator.launch) and, at the main process's exit
# (os._exit, after generate), prints the datamodel-code-generator modules it imported.
REPORT_MODULES = r"""
import os, sys
main_pid, exit_now = os.getpid(), os._exit
def report(code):
    if os.getpid() == main_pid:
        print("MAIN-MODULES", sorted(m for m in sys.modules if m.startswith("datamodel_code_generator")))
        sys.stdout.flush()
    exit_now(code)
os._exit = report
sys.argv = ["sdkgen", *sys.argv[1:]]
from generator.launch import main
main()
"""


def test_the_subcommand_is_the_first_argument_that_is_not_an_option() -> None:
    assert subcommand(["--verbose", "generate", "--spec", "x"]) == "generate"
    assert subcommand(["check"]) == "check"
    assert subcommand(["--version"]) is None


def test_the_main_process_never_imports_datamodel_code_generator(tmp_path: Path) -> None:
    project = scratch_project(tmp_path / "work")
    out = tmp_path / "out"
    command = [sys.executable, "-c", REPORT_MODULES, "generate", "--spec", str(SPEC), "--output", str(out)]
    proc = subprocess.run(command, cwd=project, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "MAIN-MODULES []" in proc.stdout.splitlines()
    assert list(out.glob("*/models/__init__.py")), "the models were generated (in the child)"


@pytest.mark.parametrize("args", [["generate", "--help"], ["generate", "--no-such-option"]])
def test_a_warm_child_left_unused_ends_with_the_command(args: list[str], tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", *args],
        cwd=scratch_project(tmp_path / "work"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    proc.communicate(timeout=60)
    # Nothing of the command's process group is left: the child was stopped and reaped.
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)


def _files(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch, *, early: bool) -> dict[str, bytes]:
    if not early:
        monkeypatch.setattr(pipeline, "format_known", lambda *args: None)
    config = load_config(scratch_project(tmp_path / name))  # an empty cache: the models generate
    result = pipeline.build(config, SPEC, (), tmp_path / name / "out", app_attribution=False)
    monkeypatch.undo()
    return result.files


def test_files_formatted_while_the_models_generate_are_those_formatted_afterwards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    formatted: list[int] = []
    real = pipeline.format_known

    def counted(*args: object) -> object:
        result = real(*args)  # type: ignore[arg-type]
        formatted.append(len(result.files) if result else 0)
        return result

    monkeypatch.setattr(pipeline, "format_known", counted)
    config = load_config(scratch_project(tmp_path / "early"))
    early = pipeline.build(config, SPEC, (), tmp_path / "early" / "out", app_attribution=False).files
    monkeypatch.undo()
    assert formatted and formatted[0] > 10, "the static runtime at least was formatted early"
    assert early == _files(tmp_path, "late", monkeypatch, early=False)


def test_a_pyproject_template_that_needs_the_models_leaves_the_formatting_for_afterwards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    overrides = tmp_path / "overrides" / "project"
    overrides.mkdir(parents=True)
    source = (ROOT / "templates" / "project" / "pyproject.toml.jinja").read_text(encoding="utf-8")
    # `views` exists only once the models are there: the early render fails, as it must.
    needs_views = source.replace("[tool.ruff]\n", "[tool.ruff]\n# {{ views | length }} operations\n")
    assert needs_views != source
    (overrides / "pyproject.toml.jinja").write_text(needs_views, encoding="utf-8")
    config = load_config(scratch_project(tmp_path / "work"))
    config = dataclasses.replace(config, template_overrides=tmp_path / "overrides")
    prepared = pipeline.prepare(config, SPEC, (), tmp_path / "out", app_attribution=False)
    assert prepared.early is None
    files = pipeline.render(config, prepared, tmp_path / "out", app_attribution=False).files
    assert f"# {len(prepared.api.operations)} operations\n".encode() in files["pyproject.toml"]
    assert files == _files(tmp_path, "plain", monkeypatch, early=False) | {
        "pyproject.toml": files["pyproject.toml"]
    }
