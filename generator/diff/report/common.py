"""What the text and Markdown reports share: the order changes are listed in, rows grouping
a place's changes of one rule, and the documentation fields counted."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from generator.diff.result import Change


def order(change: Change) -> tuple[Any, ...]:
    """Operations before components, then by place."""
    return (1 if change.path.startswith("#") else 0, *change.sort_key())


def docs_keys(changes: list[Change]) -> str:
    keys: Counter[str] = Counter()
    for change in changes:
        for item in change.items:
            keys[item.rsplit(": ", 1)[-1]] += 1
    return ", ".join(f"{k} x{n}" for k, n in sorted(keys.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass(frozen=True)
class Row:
    """The changes of one rule at one place (an operation or a component)."""

    path: str
    rule: str
    changes: tuple[Change, ...]

    @property
    def fields(self) -> list[str]:
        return list(dict.fromkeys(c.at for c in self.changes if c.at))

    @property
    def details(self) -> list[str]:
        return list(dict.fromkeys(c.detail for c in self.changes))

    @property
    def operations(self) -> tuple[str, ...]:
        return tuple(sorted({op for c in self.changes for op in c.operations}))


def group(changes: list[Change]) -> list[Row]:
    """Rows in the order of their first change."""
    rows: dict[tuple[str, str], list[Change]] = {}
    for change in changes:
        rows.setdefault((change.path, change.rule), []).append(change)
    return [Row(path, rule, tuple(found)) for (path, rule), found in rows.items()]
