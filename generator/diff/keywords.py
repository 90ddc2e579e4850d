"""Comparing the keywords of a schema that hold no schema: the allowed values (enum, const),
the format, the default, `deprecated`, and the bounds, lengths, pattern and uniqueness."""

from __future__ import annotations

from typing import Any

from generator.diff import bounds
from generator.diff.context import Site, doc_note, emit
from generator.diff.result import Change
from generator.diff.schema import canon
from generator.diff.values import (
    LOWER_BOUNDS,
    TYPED_FORMATS,
    UPPER_BOUNDS,
    enum_values,
    is_number,
    name_list,
    show_value,
)


def compare_values(site: Site, a: dict[str, Any], b: dict[str, Any], where: str) -> list[Change]:
    out: list[Change] = []
    ea, eb = enum_values(a), enum_values(b)
    if ea is not None and eb is not None:
        added = sorted(eb - ea)
        removed = sorted(ea - eb)
        if added:
            shown = [show_value(v) for v in added]
            what = "value" if len(shown) == 1 else "values"
            out.append(
                emit(site, "enum-values-added", where, f"enum {what} added: {name_list(shown)}", shown)
            )
        if removed:
            shown = [show_value(v) for v in removed]
            what = "value" if len(shown) == 1 else "values"
            detail = f"enum {what} removed: {name_list(shown)}"
            out.append(emit(site, "enum-values-removed", where, detail, shown))
    elif eb is not None:
        shown = [show_value(v) for v in sorted(eb)]
        out.append(emit(site, "enum-added", where, f"now restricted to {name_list(shown)}", shown))
    elif ea is not None:
        out.append(emit(site, "enum-removed", where, "no longer restricted to a list of values"))
    fa, fb = a.get("format"), b.get("format")
    typed_a = fa if fa in TYPED_FORMATS else None
    typed_b = fb if fb in TYPED_FORMATS else None
    if typed_a != typed_b:
        if typed_b is None:
            out.append(
                emit(site, "format-removed", where, f"format {typed_a} removed", kind="format-changed")
            )
        else:
            out.append(emit(site, "format-changed", where, f"format {typed_a or '(none)'} -> {typed_b}"))
    elif fa != fb:
        out.append(doc_note(site, where, "format"))
    if a.get("default") != b.get("default"):
        if "default" not in b:
            detail = "default removed"
        elif "default" not in a:
            detail = f"default {canon(b['default'])} added"
        else:
            detail = f"default {canon(a['default'])} -> {canon(b['default'])}"
        out.append(emit(site, "default-changed", where, detail))
    if bool(a.get("deprecated")) != bool(b.get("deprecated")):
        detail = "deprecated" if b.get("deprecated") else "no longer deprecated"
        out.append(emit(site, "deprecated", where, detail))
    return out


_NUMERIC = ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum")


def compare_constraints(
    site: Site, a: dict[str, Any], b: dict[str, Any], where: str, integer: bool = False
) -> list[Change]:
    """`integer`: both sides allow only integers (bounds compare as sets of integers)."""
    out = _numeric_bounds(site, a, b, where, integer)
    for key in (*LOWER_BOUNDS, *UPPER_BOUNDS, "pattern", "multipleOf", "uniqueItems"):
        if key in _NUMERIC:
            continue
        va, vb = a.get(key), b.get(key)
        if va == vb:
            continue
        if vb is None:
            tighter = False
        elif va is None:
            tighter = key != "uniqueItems" or bool(vb)
        elif key in LOWER_BOUNDS and is_number(va) and is_number(vb):
            tighter = vb > va
        elif key in UPPER_BOUNDS and is_number(va) and is_number(vb):
            tighter = vb < va
        elif key == "uniqueItems":
            tighter = bool(vb)
        else:
            tighter = True
        fact = "constraint-tightened" if tighter else "constraint-loosened"
        detail = f"{key} {canon(va) if va is not None else '(none)'} -> "
        detail += canon(vb) if vb is not None else "(none)"
        out.append(emit(site, fact, where, detail))
    return out


def _numeric_bounds(
    site: Site, a: dict[str, Any], b: dict[str, Any], where: str, integer: bool
) -> list[Change]:
    """One change per side (lower, upper) whose set of allowed values changed."""
    out: list[Change] = []
    for side, read, tighter, key in (
        ("lower", bounds.lower, bounds.lower_tighter, "minimum"),
        ("upper", bounds.upper, bounds.upper_tighter, "maximum"),
    ):
        ba, bb = read(a, integer), read(b, integer)
        if ba == bb:
            continue
        fact = "constraint-tightened" if tighter(ba, bb) else "constraint-loosened"
        detail = f"{key} {bounds.show(ba, side)} -> {bounds.show(bb, side)}"
        out.append(emit(site, fact, where, detail))
    return out
