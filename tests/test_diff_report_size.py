"""The Markdown report fits a pull-request comment for the largest change we have, and says
what it leaves out (issue 16: within 65,536 characters for a change like 05-09 -> 08-22, 45
operations added; we do not have those documents, so the earliest -> latest snapshot,
03-27 -> 07-31: 37 -> 96 operations with the project's overlay, 483 schemas added, is the test)."""

from __future__ import annotations

import re

import pytest

from generator.diff.report.markdown import LIMIT, render_markdown
from tests.test_diff import real_diff

pytestmark = pytest.mark.unit


def _section(report: str, title: str) -> str:
    start = report.index(title)
    ends = [i for i in (report.find("\n### ", start + 1), report.find("\n<details>", start + 1)) if i > 0]
    return report[start : min(ends, default=len(report))]


def _accounted(section: str) -> int:
    """Changes shown in a section's table plus those its cut note counts."""
    shown = 0
    for line in section.splitlines():
        if line.startswith("| `"):
            many = re.search(r"\((\d+) changes\) \|", line)
            shown += int(many.group(1)) if many else 1
    left = re.search(r"\d+ more rows \((\d+) changes:", section)
    return shown + (int(left.group(1)) if left else 0)


@pytest.mark.parametrize("limit", [LIMIT, 20_000])
def test_the_largest_pair_fits_and_nothing_is_cut_silently(limit: int) -> None:
    result = real_diff("2026-03-27", "2026-07-31")
    assert len(result.non_breaking) > 1000  # large enough to need cutting
    report = render_markdown(result, limit)
    assert len(report) <= limit < 65_536
    assert report.startswith("### What breaks for SDK users")
    assert "### Security: where credentials go (1, breaking)" in report
    breaking = [c for c in result.breaking if not c.security]
    assert _accounted(_section(report, f"### Other breaking changes ({len(breaking)})")) == len(breaking)
    rest = _section(report, f"<summary>Non-breaking changes ({len(result.non_breaking)})</summary>")
    assert _accounted(rest) == len(result.non_breaking)
    # Each list of the SDK surface says how many names it does not show.
    models = re.search(r"- Models added \((\d+)\): (.*)", report)
    assert models is not None
    listed = models.group(2).count("`") // 2
    more = re.search(r" and (\d+) more$", models.group(2))
    assert listed + (int(more.group(1)) if more else 0) == int(models.group(1))
