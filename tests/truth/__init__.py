"""The truth suite's data and scoring: hand-checked verdicts for real pairs of snapshots.

Each `OLD..NEW.json` lists every change `sdkgen diff` reported for the pair (docs-only
entries aside), keyed by (path, at, kind), with the verdict a person reached by reading both
documents: `wire_breaking` (can a raw HTTP caller's working request or response handling
break), `real` (false: the diff saw a change that is not one) and the reason. `missed` lists
changes the diff did not report at all. A reported change missing from the file fails the
suite: it must be adjudicated, not guessed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
PAIRS = [tuple(p.stem.split("..")) for p in sorted(HERE.glob("*..*.json"))]


def key(path: str, at: str, kind: str) -> str:
    return f"{path} | {at} | {kind}"


def load(old: str, new: str) -> dict[str, Any]:
    return json.loads((HERE / f"{old}..{new}.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Score:
    """Breaking-change detection against the truth: true/false positives, misses."""

    true_positive: int
    false_positive: int
    false_negative: int
    unjudged: tuple[str, ...]  # reported changes the truth file does not list

    @property
    def precision(self) -> float:
        reported = self.true_positive + self.false_positive
        return self.true_positive / reported if reported else 1.0

    @property
    def recall(self) -> float:
        actual = self.true_positive + self.false_negative
        return self.true_positive / actual if actual else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positive + other.true_positive,
            self.false_positive + other.false_positive,
            self.false_negative + other.false_negative,
            self.unjudged + other.unjudged,
        )

    def line(self) -> str:
        return (
            f"precision {self.precision:.2f} recall {self.recall:.2f} "
            f"(tp {self.true_positive}, fp {self.false_positive}, fn {self.false_negative})"
        )


def score_wire(truth: dict[str, Any], reported: dict[str, bool]) -> Score:
    """`reported`: key -> whether the diff calls it breaking on the wire."""
    judged = {key(c["path"], c["at"], c["kind"]): c for c in truth["changes"]}
    for missed in truth["missed"]:
        judged.setdefault(key(missed["path"], missed["at"], missed["kind"]), missed)
    tp = fp = fn = 0
    for k, breaking in reported.items():
        expected = k in judged and judged[k]["wire_breaking"]
        tp += breaking and expected
        fp += breaking and not expected
        fn += expected and not breaking
    fn += sum(1 for k, c in judged.items() if c["wire_breaking"] and k not in reported)
    unjudged = tuple(sorted(k for k in reported if k not in judged))
    return Score(tp, fp, fn, unjudged)


def load_sdk(old: str, new: str) -> dict[str, Any]:
    """The SDK-level truth (tests/truth/sdk/): every break `sdkgen diff --sdk` reported for
    the pair, keyed by its Python-terms detail, with `sdk_breaking` and the reason; `missed`
    the breaks it did not report; `checked` (optional) what else a reading of both packages
    found, adjudicated the same way."""
    return json.loads((HERE / "sdk" / f"{old}..{new}.json").read_text(encoding="utf-8"))


def score_sdk(truth: dict[str, Any], reported: dict[str, bool]) -> Score:
    """`reported`: detail (`ChatUsage.cost: float -> float | None`) -> called breaking."""
    judged = {c["detail"]: c["sdk_breaking"] for c in truth["changes"]}
    judged.update({m["detail"]: m["sdk_breaking"] for m in truth["missed"]})
    # Differences found by reading both packages that --sdk does not report (none breaking).
    judged.update({c["detail"]: c["sdk_breaking"] for c in truth.get("checked", [])})
    tp = sum(1 for d, b in reported.items() if b and judged.get(d, False))
    fp = sum(1 for d, b in reported.items() if b and not judged.get(d, False))
    fn = sum(1 for d, expected in judged.items() if expected and not reported.get(d, False))
    return Score(tp, fp, fn, tuple(sorted(d for d in reported if d not in judged)))
