"""What the text and Markdown reports share: the order changes are listed in, and the
documentation fields counted."""

from __future__ import annotations

from collections import Counter
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
