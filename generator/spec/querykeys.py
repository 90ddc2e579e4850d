"""The document pass over path keys that carry a query string (spec.pathkey): what the
SDK does with each such operation is said once, as a warning that points at it, and an
operation whose query string cannot be read is left out (the rest generates)."""

from __future__ import annotations

import copy
from typing import Any

from generator.errors import Problem, SpecError, pointer
from generator.spec.operations import METHODS
from generator.spec.pathkey import describe, query_plan, split_key
from generator.spec.pointer import is_external_ref, join, resolve


def declared_parameters(
    doc: dict[str, Any], path: str, item: dict[str, Any], op: dict[str, Any], ptr: str
) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
    """The path item's and the operation's (at `ptr`) parameters, the operation's winning,
    by (in, name), in the document's order, each with its pointer."""
    merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    for owner, owner_ptr in ((item, pointer("paths", path)), (op, ptr)):
        for i, raw in enumerate(owner.get("parameters") or []):
            if is_external_ref(raw):
                continue
            param, param_ptr = resolve(doc, raw, join(owner_ptr, "parameters", i))
            if isinstance(param, dict) and "name" in param and "in" in param:
                merged[(str(param["in"]), str(param["name"]))] = (param, param_ptr)
    return merged


def without_unreadable_keys(doc: dict[str, Any], source: str) -> tuple[dict[str, Any], list[Problem]]:
    """The document without the operations whose path key's query string cannot be read,
    and the warnings: one per operation of such a key (left out, or what is sent)."""
    paths = doc.get("paths") if isinstance(doc.get("paths"), dict) else {}
    warnings: list[Problem] = []
    left_out: dict[str, list[str]] = {}
    remaining = 0
    for path, raw in paths.items():
        item, _ = resolve(doc, raw, pointer("paths", path))
        if not isinstance(item, dict):
            continue
        key = split_key(str(path))
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            remaining += 1
            if not key.has_query:
                continue
            ptr = pointer("paths", path, method)
            plan = query_plan(key, declared_parameters(doc, path, item, op, ptr))
            if plan.problems:
                warnings.append(Problem(source, ptr, "left out: " + describe(key, plan.problems)))
                left_out.setdefault(path, []).append(method)
                remaining -= 1
            elif plan.notes:
                warnings.append(Problem(source, ptr, describe(key, plan.notes)))
    if not left_out:
        return doc, warnings
    if not remaining:
        raise SpecError(warnings)
    out = copy.copy(doc)
    out["paths"] = {}
    for path, raw in paths.items():
        if path not in left_out:
            out["paths"][path] = raw
            continue
        item, _ = resolve(doc, raw, pointer("paths", path))
        kept = {k: v for k, v in item.items() if k not in left_out[path]}
        if any(m in kept for m in METHODS):
            out["paths"][path] = kept
    return out, warnings
