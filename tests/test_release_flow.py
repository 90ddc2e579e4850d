"""Week-to-week use, end to end on the real snapshots, in a copy of the project:
`sdkgen fetch --update --source <next snapshot>` then `sdkgen generate`; the version
follows the diff (breaking -> major, additions -> minor, a template change -> patch; a
template change that removes a public Python name -> major),
the changelog gets an entry, and regenerating without changes changes nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build.tree import read_tree
from tests.conftest import ROOT, SHARED_SPECS

pytestmark = [pytest.mark.publish, pytest.mark.slow]


def sdkgen(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=project, capture_output=True, text=True, check=False
    )


def ok(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def version(project: Path) -> str:
    manifest = json.loads((project / "generated/openrouter_sdk/_manifest.json").read_text())
    pyproject = (project / "generated/pyproject.toml").read_text()
    assert f'version = "{manifest["package_version"]}"' in pyproject
    return manifest["package_version"]


def release(project: Path) -> dict[str, str]:
    return json.loads((project / ".cache/sdkgen/release.json").read_text())


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project (no generated/, no spec) next to a link to ../shared."""
    base = tmp_path_factory.mktemp("flow")
    (base / "shared").symlink_to(ROOT.parent / "shared")
    copy = base / "project"
    copy.mkdir()
    shutil.copy(ROOT / "pyproject.toml", copy)
    shutil.copytree(ROOT / "templates", copy / "templates")
    shutil.copytree(ROOT / "specs", copy / "specs", ignore=shutil.ignore_patterns("openapi.json"))
    return copy


def test_week_to_week(project: Path) -> None:
    snapshot = {day: str(SHARED_SPECS / f"openapi-2026-{day}.json") for day in ("04-08", "04-09", "04-10")}

    # Start from 04-08: the first generation is 0.1.0 with a changelog.
    ok(sdkgen(project, "fetch", "--update", "--source", snapshot["04-08"]))
    ok(sdkgen(project, "generate"))
    assert version(project) == "0.1.0"
    assert "## 0.1.0" in (project / "generated/CHANGELOG.md").read_text()
    lock = json.loads((project / "specs/openapi.lock.json").read_text())
    assert lock["sha256"] == "553c5f8158edc9639b6a5046789912f2fb8e33abd0889a553d5594e99103ffa7"

    # 04-08 -> 04-09 removes a union member of a request and a schema: breaking, major.
    out = ok(sdkgen(project, "fetch", "--update", "--source", snapshot["04-09"]))
    assert "2 breaking" in out and len(out.splitlines()) <= 40  # a one-screen summary
    out = ok(sdkgen(project, "generate"))
    assert "CHANGELOG.md" in out and "pyproject.toml" in out  # the files that changed, listed
    assert version(project) == "1.0.0" and release(project) == {"bump": "major", "version": "1.0.0"}
    changelog = (project / "generated/CHANGELOG.md").read_text()
    assert changelog.index("## 1.0.0") < changelog.index("## 0.1.0")
    assert "Major release" in changelog and "OutputServerToolItem" in changelog

    # Regenerating without changes changes nothing.
    before = read_tree(project / "generated")
    assert "up to date" in ok(sdkgen(project, "generate"))
    assert read_tree(project / "generated") == before
    ok(sdkgen(project, "check"))

    # 04-09 -> 04-10 adds four /videos operations: minor.
    out = ok(sdkgen(project, "fetch", "--update", "--source", snapshot["04-10"]))
    assert "0 breaking" in out
    ok(sdkgen(project, "generate"))
    assert version(project) == "1.1.0" and release(project)["bump"] == "minor"
    changelog = (project / "generated/CHANGELOG.md").read_text()
    entry = changelog[changelog.index("## 1.1.0") : changelog.index("## 1.0.0")]
    assert entry.count("Added operation") == 4 and "POST /videos (createVideos)" in entry
    manifest = json.loads((project / "generated/openrouter_sdk/_manifest.json").read_text())
    assert manifest["operations"] == 43

    # A template change that changes the output: patch.
    with (project / "templates/package/_types.py").open("a") as handle:
        handle.write("\n# A comment that reaches the output.\n")
    ok(sdkgen(project, "generate"))
    assert version(project) == "1.1.1" and release(project)["bump"] == "patch"
    assert "generator or templates" in (project / "generated/CHANGELOG.md").read_text()

    # A template change that removes a public name (the spec unchanged): the generated Python
    # API breaks, so a major release (the SDK verdict, generator.diff.package), not a patch.
    module = project / "templates/package/api/module.py.jinja"
    original = module.read_text()
    module.write_text(original + '\n\ndef release_probe() -> None:\n    """Removed again below."""\n')
    ok(sdkgen(project, "generate"))
    assert version(project) == "1.1.2" and release(project)["bump"] == "patch"
    module.write_text(original)
    ok(sdkgen(project, "generate"))
    assert version(project) == "2.0.0" and release(project)["bump"] == "major"
    changelog = (project / "generated/CHANGELOG.md").read_text()
    entry = changelog[changelog.index("## 2.0.0") : changelog.index("## 1.1.2")]
    assert "Breaking (SDK): api.chat.release_probe removed" in entry, entry
