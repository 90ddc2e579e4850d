"""Numeric bounds read as the set of values they allow, not as the keywords that spell them:
`exclusiveMinimum: 0` and `minimum: 1` allow the same integers, and `minimum` with
`exclusiveMinimum` together is one bound (the stricter). Each side is `(value, exclusive)`
or None for unbounded."""

from __future__ import annotations

import math
from typing import Any

from generator.diff.values import is_number

Bound = tuple[float, bool] | None


def lower(core: dict[str, Any], integer: bool) -> Bound:
    found: list[tuple[float, bool]] = []
    if is_number(core.get("minimum")):
        found.append((core["minimum"], False))
    if is_number(core.get("exclusiveMinimum")):
        found.append((core["exclusiveMinimum"], True))
    if not found:
        return None
    if integer:  # the smallest allowed integer, inclusive
        return max((math.floor(v) + 1 if exc else math.ceil(v), False) for v, exc in found)
    return max(found, key=lambda b: (b[0], b[1]))


def upper(core: dict[str, Any], integer: bool) -> Bound:
    found: list[tuple[float, bool]] = []
    if is_number(core.get("maximum")):
        found.append((core["maximum"], False))
    if is_number(core.get("exclusiveMaximum")):
        found.append((core["exclusiveMaximum"], True))
    if not found:
        return None
    if integer:
        return min((math.ceil(v) - 1 if exc else math.floor(v), False) for v, exc in found)
    return min(found, key=lambda b: (b[0], not b[1]))


def lower_tighter(a: Bound, b: Bound) -> bool:
    """Does the lower bound `b` allow less than `a` somewhere?"""
    if b is None:
        return False
    if a is None:
        return True
    return b[0] > a[0] or (b[0] == a[0] and b[1] and not a[1])


def upper_tighter(a: Bound, b: Bound) -> bool:
    if b is None:
        return False
    if a is None:
        return True
    return b[0] < a[0] or (b[0] == a[0] and b[1] and not a[1])


def show(bound: Bound, side: str) -> str:
    if bound is None:
        return "(none)"
    value, exclusive = bound
    op = {"lower": ">" if exclusive else ">=", "upper": "<" if exclusive else "<="}[side]
    text = str(int(value)) if float(value).is_integer() else str(value)
    return f"{op} {text}"
