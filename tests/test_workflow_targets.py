"""What the make targets the GitHub workflows (.github/workflows/) call do, as the
workflows rely on it: `make report` (the diff report, its exit codes), `make version`,
`make excerpt` (the pull request body and comment)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED_SPECS
from tests.test_workflows import _make

pytestmark = pytest.mark.unit


def _snapshots() -> tuple[Path, Path]:
    old, new = SHARED_SPECS / "openapi-2026-04-08.json", SHARED_SPECS / "openapi-2026-04-09.json"
    assert old.is_file() and new.is_file(), f"missing snapshots in {SHARED_SPECS}"
    return old, new


def test_make_report_writes_markdown_opening_with_sdk_breaks_then_a_summary_table(tmp_path: Path) -> None:
    old, new = _snapshots()
    report = tmp_path / "report.md"
    proc = _make("report", f"OLD={old}", f"NEW={new}", f"REPORT={report}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = report.read_text(encoding="utf-8").splitlines()
    # What breaks for SDK users comes first (issue 16), then the summary table.
    assert lines[0].startswith("### What breaks for SDK users")
    top = next(i for i, line in enumerate(lines) if line.startswith("| "))
    assert not any(line.startswith("### ") for line in lines[1:top])
    assert lines[top].endswith("|") and re.fullmatch(r"\|(-+\|)+", lines[top + 1])
    assert any("Breaking changes" in line for line in lines[top + 2 : top + 6])
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
    assert text.startswith("### What breaks for SDK users") and "Breaking changes" in text


@pytest.mark.slow
def test_make_report_with_sdk_writes_the_sdk_verdict_and_the_whole_report_as_json(tmp_path: Path) -> None:
    # What both workflows run: the packages compared decide, and the JSON goes with the run.
    old, new = SHARED_SPECS / "openapi-2026-06-28.json", SHARED_SPECS / "openapi-2026-07-31.json"
    report, full = tmp_path / "report.md", tmp_path / "report.json"
    proc = _make("report", f"OLD={old}", f"NEW={new}", f"REPORT={report}", f"JSON={full}", "SDK=1")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = report.read_text(encoding="utf-8").splitlines()
    assert "(packages compared)" in lines[2]
    verdict = json.loads(full.read_text(encoding="utf-8"))["sdk_verdict"]
    assert verdict["packages_compared"] and verdict["breaking"]
    breaks = sum(1 for entry in verdict["package_breaks"] if entry["breaking"])
    assert lines[0] == f"### What breaks for SDK users ({breaks})" and breaks >= 30
    assert not list(tmp_path.glob("*.tmp"))
    args = (f"OLD={old}", f"NEW={new}", f"REPORT={report}", f"JSON={full}", "SDK=1")
    proc = _make("report", *args, "FAIL_ON_BREAKING=1")
    assert proc.returncode != 0 and report.is_file() and full.is_file()  # make: 2 on any failure


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


def test_make_excerpt_cuts_a_long_report_with_a_note(tmp_path: Path) -> None:
    report, out = tmp_path / "report.md", tmp_path / "body.md"
    report.write_text("| a | b |\n" + "x" * 200, encoding="utf-8")
    out.write_text("<!-- marker -->\n", encoding="utf-8")
    proc = _make("excerpt", f"REPORT={report}", f"OUT={out}", "LIMIT=50")
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!-- marker -->\n| a | b |\n" + "x" * 40 + "\n\n*(truncated at 50 characters")
    assert "`make report`" in text

    short = tmp_path / "short.md"
    proc = _make("excerpt", f"REPORT={report}", f"OUT={short}", "LIMIT=60000")
    assert proc.returncode == 0, proc.stderr
    assert short.read_text(encoding="utf-8") == report.read_text(encoding="utf-8") + "\n"
