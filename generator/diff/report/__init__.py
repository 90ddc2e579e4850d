"""Renders a `DiffResult` (see generator/diff/document.py) as text (report/text.py: one
screen for a terminal), Markdown (report/markdown.py: a pull-request comment) or JSON
(report/json.py: stable, for machines and tests)."""

from __future__ import annotations

from generator.diff.report.json import render_json
from generator.diff.report.markdown import render_markdown
from generator.diff.report.text import render_text
from generator.diff.result import DiffResult

__all__ = ["FORMATS", "render", "render_json", "render_markdown", "render_text"]

FORMATS = ("text", "markdown", "json")


def render(result: DiffResult, fmt: str) -> str:
    if fmt == "json":
        return render_json(result)
    if fmt == "markdown":
        return render_markdown(result)
    return render_text(result)
