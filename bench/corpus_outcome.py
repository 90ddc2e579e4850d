"""What one generator run on one corpus document came to, and the corpus table.

Kept apart from bench/corpus.py (which fetches documents and runs the generators) so
that the classification rules can be unit-tested without running anything.

Outcomes:
- usable: exit 0, the output passes `ruff check --select E9,F`, and its package and every
  module in it import (every model rebuilt, for ours);
- refused: a clean refusal (ours: exit 2; openapi-python-client: a non-zero exit
  without a traceback), with the first line of the cause;
- broken: exit 0 but ruff or an import fails;
- crashed: an internal error (ours: exit 3 or any other code; a traceback);
- timeout: the run did not finish in time.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

OUTCOMES = ("usable", "refused", "broken", "crashed", "timeout")


@dataclass
class Run:
    """One generator run: returncode None when it timed out."""

    returncode: int | None
    output: str
    seconds: float
    ruff: str | None = None  # first ruff finding, None when clean (or not run)
    imports: str | None = None  # first import failure, None when all import (or not run)
    operations: int | None = None
    classes: int | None = None


@dataclass
class Result:
    outcome: str
    cause: str = ""
    operations: int | None = None
    classes: int | None = None
    seconds: float = 0.0


@dataclass
class Document:
    id: str
    size: int  # bytes
    declared: int  # operations in the document
    ours: Result | None = None
    opc: Result | None = None
    extra: dict = field(default_factory=dict)


def first_line(text: str, strip: str = "") -> str:
    """The first line that says something (not openapi-python-client's "Generating ..."),
    without the spec path prefix, cut to 300 characters."""
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("Generating "):
            if strip and line.startswith(strip):
                line = line[len(strip) :].lstrip(": ")
            return line[:300]
    return ""


def classify(run: Run, *, ours: bool, spec: str = "") -> Result:
    """The outcome of a run (see the module docstring)."""
    keep = {"operations": run.operations, "classes": run.classes, "seconds": run.seconds}
    if run.returncode is None:
        return Result("timeout", f"no result after {run.seconds:.0f} s", seconds=run.seconds)
    if run.returncode != 0:
        lines = first_line(run.output, spec)
        if ours:
            outcome = "refused" if run.returncode == 2 else "crashed"
        else:
            outcome = "crashed" if "Traceback (most recent call last)" in run.output else "refused"
            if outcome == "crashed":
                lines = first_line(
                    run.output.rsplit("Traceback (most recent call last)", 1)[1].splitlines()[-1]
                )
        return Result(outcome, f"exit {run.returncode}: {lines}", seconds=run.seconds)
    if run.ruff:
        return Result("broken", f"ruff: {run.ruff}", **keep)
    if run.imports:
        return Result("broken", f"import: {run.imports}", **keep)
    return Result("usable", "", **keep)


POINTER = re.compile(r"^(#?/\S*|\S+\.py:\d+:\d+):?\s*")


def cause_kind(cause: str) -> str:
    """A cause without its document pointer, for grouping the same cause across documents."""
    text = re.sub(r"^exit \d+: ", "", cause)
    text = re.sub(r"^(ruff|import): (\d+ failing: )?\S+: ", r"\1: ", text)  # the file or module
    text = POINTER.sub("", text)
    text = re.sub(r"'[^']*'", "'…'", text)
    text = re.sub(r"`[^`]*`", "`…`", text)
    return text[:100]


def _counts(docs: list[Document], side: str) -> Counter:
    return Counter(getattr(d, side).outcome for d in docs if getattr(d, side) is not None)


def summary(docs: list[Document]) -> list[str]:
    """The summary lines: outcomes of each generator, operations and times where both are usable."""
    lines = ["| outcome | ours | openapi-python-client 0.29.1 |", "|---|---|---|"]
    ours, opc = _counts(docs, "ours"), _counts(docs, "opc")
    for outcome in OUTCOMES:
        lines.append(f"| {outcome} | {ours[outcome]} | {opc[outcome]} |")
    lines.append(f"| documents | {sum(ours.values())} | {sum(opc.values())} |")
    both = [d for d in docs if d.ours and d.opc and d.ours.outcome == d.opc.outcome == "usable"]
    if both:
        ops_ours = sum(d.ours.operations or 0 for d in both)
        ops_opc = sum(d.opc.operations or 0 for d in both)
        cls_ours = sum(d.ours.classes or 0 for d in both)
        cls_opc = sum(d.opc.classes or 0 for d in both)
        t_ours = statistics.median(d.ours.seconds for d in both)
        t_opc = statistics.median(d.opc.seconds for d in both)
        declared = sum(d.declared for d in both)
        lines.append(
            f"| where both are usable ({len(both)}): operations (of {declared} declared) | "
            f"{ops_ours} | {ops_opc} |"
        )
        lines.append(f"| where both are usable: model classes | {cls_ours} | {cls_opc} |")
        lines.append(f"| where both are usable: median generate time | {t_ours:.2f} s | {t_opc:.2f} s |")
    missing = {
        side: sum(
            1
            for d in docs
            if (r := getattr(d, side)) and r.outcome == "usable" and (r.operations or 0) < d.declared
        )
        for side in ("ours", "opc")
    }
    lines.append(f"| usable, with fewer operations than declared | {missing['ours']} | {missing['opc']} |")
    return lines


def causes(docs: list[Document], side: str) -> list[str]:
    """Each kind of non-usable outcome of one generator, most frequent first."""
    kinds: Counter = Counter()
    example: dict[str, str] = {}
    for d in docs:
        result = getattr(d, side)
        if result is None or result.outcome == "usable":
            continue
        kind = f"{result.outcome}: {cause_kind(result.cause)}"
        kinds[kind] += 1
        example.setdefault(kind, d.id)
    return [f"- {n} × {kind} (e.g. `{example[kind]}`)" for kind, n in kinds.most_common()]


def _cell(result: Result | None) -> str:
    if result is None:
        return "– | | | |"
    ops = "" if result.operations is None else str(result.operations)
    cls = "" if result.classes is None else str(result.classes)
    return f"{result.outcome} | {ops} | {cls} | {result.seconds:.1f} |"


def rows(docs: list[Document]) -> list[str]:
    """One row per document."""
    lines = [
        "| document | kB | operations | ours | ops | classes | s | opc | ops | classes | s | cause (ours) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for d in sorted(docs, key=lambda d: d.size):
        cause = (d.ours.cause if d.ours else "").replace("|", "\\|")
        lines.append(f"| {d.id} | {d.size // 1024} | {d.declared} | {_cell(d.ours)} {_cell(d.opc)} {cause} |")
    return lines
