"""Comparing two schemas: `$ref`s against inline schemas, nullability, types, values,
constraints, properties and additional properties. Unions are compared in unions.py, which
is handed these comparisons for the members it pairs (`COMPARERS`)."""

from __future__ import annotations

from typing import Any

from generator.diff.context import (
    MOVED_NOTE,
    Context,
    Site,
    compare_docs,
    emit,
    moved_note,
    notes,
    real,
    without_docs,
)
from generator.diff.keywords import compare_constraints, compare_values
from generator.diff.result import Change
from generator.diff.schema import (
    canonical,
    flatten,
    is_union,
    merge_inline,
    ref_name,
    restate_base_properties,
    unwrap,
)
from generator.diff.unions import Comparers, compare_union
from generator.diff.values import LOWER_BOUNDS, UPPER_BOUNDS, covers, json_types, type_text

# The keywords compared here; a change to any other is `keyword-changed`.
_HANDLED = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "const",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "anyOf",
        "oneOf",
        "allOf",
        "discriminator",
        "format",
        "default",
        "deprecated",
        "pattern",
        "multipleOf",
        "uniqueItems",
        *LOWER_BOUNDS,
        *UPPER_BOUNDS,
    }
)


def schema(ctx: Context, site: Site, a: Any, b: Any, where: str) -> list[Change]:
    if a == b:
        return []
    out: list[Change] = []
    ca, na, da = unwrap(a)
    cb, nb, db = unwrap(b)
    na, nb = na or not ca, nb or not cb  # a schema that allows anything allows null
    ra, rb = ca.get("$ref"), cb.get("$ref")
    if isinstance(ra, str) and isinstance(rb, str) and ra != rb:
        # May the value be null: the place says so, or the schema it names does.
        na = na or unwrap(ctx.target(ra, old=True))[1]
        nb = nb or unwrap(ctx.target(rb, old=False))[1]
    for _ in range(16):  # an inline schema against a $ref (not a union of them)
        ra, rb = ca.get("$ref"), cb.get("$ref")
        if isinstance(ra, str) == isinstance(rb, str):
            break
        if is_union(cb if isinstance(ra, str) else ca):
            # A union against a $ref: the $ref is one of its members, unless it names a union.
            named = ctx.target(ra, old=True) if isinstance(ra, str) else ctx.target(rb, old=False)
            if not is_union(unwrap(named)[0]):
                break
        if isinstance(rb, str):
            name = ref_name(rb)
            ct, nt, dt = unwrap(ctx.target(rb, old=False))
            if name is not None and name not in ctx.old_schemas and name in ctx.new_schemas:
                # Moved into a new component: what differs is reported once, at it.
                out.append(moved_note(name, f"{site.owner} {site.at(where)}".strip()))
                if not site.moved:  # (inside a new schema, that it uses another is no news)
                    out.append(emit(site, "schema-extracted", where, f"now refers to {name} (a new schema)"))
                out += nullability(site, na, nb or nt, where)
                moved = ctx.component_site(name).place(moved=True, assumed=site.assumed)
                out += without_docs(core(ctx, moved, ca, ct, ""))
                return out
            if name in ctx.old_schemas:
                before, null_before, _ = unwrap(ctx.old_schemas[name])
                if canonical(before) == canonical(ca):
                    # It held what the component held: its own changes are reported at it.
                    out.append(emit(site, "schema-extracted", where, f"now refers to {name} (same shape)"))
                    out += nullability(site, na, nb or null_before, where)
                    return out
            out.append(emit(site, "schema-extracted", where, f"now refers to {name or rb}"))
            cb, nb, db = ct, nb or nt, {**dt, **db}
        else:
            name = ref_name(ra)
            ct, nt, dt = unwrap(ctx.target(str(ra), old=True))
            if name in ctx.new_schemas:
                after, null_after, _ = unwrap(ctx.new_schemas[name])
                if canonical(after) == canonical(cb):
                    out.append(emit(site, "schema-inlined", where, f"inline copy of {name} (same shape)"))
                    out += nullability(site, na or null_after, nb, where)
                    return out
            out.append(
                emit(site, "schema-inlined", where, f"no longer refers to {name or ra}: inline schema")
            )
            ca, na, da = ct, na or nt, {**dt, **da}
    out += compare_docs(site, da, db, where)
    out += nullability(site, na, nb, where)
    out += core(ctx, site, ca, cb, where)
    return out


def nullability(site: Site, before: bool, after: bool, where: str) -> list[Change]:
    if before == after:
        return []
    fact = "nullable-added" if after else "nullable-removed"
    return [emit(site, fact, where, "may now be null" if after else "may no longer be null")]


def core(ctx: Context, site: Site, a: dict[str, Any], b: dict[str, Any], where: str) -> list[Change]:
    if a == b:
        return []
    ra, rb = a.get("$ref"), b.get("$ref")
    if isinstance(ra, str) and isinstance(rb, str):
        return ref_swap(ctx, site, ra, rb, where) if ra != rb else []
    if is_union(a) or is_union(b):
        return compare_union(ctx, site, a, b, where, COMPARERS)
    if isinstance(ra, str) or isinstance(rb, str):
        return [emit(site, "type-changed", where, "a chain of $refs changed")]
    return shape(ctx, site, a, b, where)


def ref_relation(ctx: Context, site: Site, ra: str, rb: str) -> tuple[str, list[Change], list[Change]]:
    """How the schema `ra` (old) relates to `rb` (new): equivalent, compatible or changed;
    with the changes that say so, and the moved notes found on the way (see context.py).

    A pair already being compared further up is taken as equivalent (recursive schemas).
    The answer is kept in `ctx.relations` for the pair, directions and optionality: the first
    one found is the one used everywhere after."""
    pair = (ra, rb)
    if pair in site.assumed:
        return "ref-equivalent", [], []
    cached = ctx.relations.get((ra, rb, site.directions, site.optional))
    if cached is not None:
        return cached[0], cached[1], []
    trial = site.place(prefix="", assumed=site.assumed | {pair})
    a, b = unwrap(ctx.target(ra, old=True))[0], unwrap(ctx.target(rb, old=False))[0]
    found = without_docs(core(ctx, trial, a, b, ""))
    moved = notes(found, MOVED_NOTE)
    found = [c for c in real(found) if c.kind != "ref-equivalent"]  # same shape inside
    if not found:
        fact = "ref-equivalent"
    elif any(c.wire_breaking for c in found):
        fact = "ref-changed"
    elif any(c.breaking for c in found):
        fact = "ref-changed-sdk"
    else:
        fact = "ref-changed-compatible"
    ctx.relations[(ra, rb, site.directions, site.optional)] = (fact, found)
    return fact, found, moved


def ref_swap(ctx: Context, site: Site, ra: str, rb: str, where: str) -> list[Change]:
    na, nb = ref_name(ra) or ra, ref_name(rb) or rb
    fact, found, moved = ref_relation(ctx, site, ra, rb)
    if fact == "ref-equivalent":
        detail = f"now refers to {nb} instead of {na} (same shape)"
    else:
        shown = "; ".join(f"{c.at or '(root)'}: {c.detail}" for c in found[:3])
        more = f"; and {len(found) - 3} more" if len(found) > 3 else ""
        detail = f"now refers to {nb} instead of {na}: {shown}{more}"
    return [*moved, emit(site, fact, where, detail, items=(na, nb))]


def shape(ctx: Context, site: Site, a: dict[str, Any], b: dict[str, Any], where: str) -> list[Change]:
    out: list[Change] = []
    merged_a, bases_a = merge_inline(a)
    merged_b, bases_b = merge_inline(b)
    if bases_a == bases_b:
        # Changes inside the bases are reported at the bases; a property one side restates
        # from a base is compared with the base's.
        flat_a, flat_b = (flatten(a, ctx.old), flatten(b, ctx.new)) if bases_a else (a, b)
        a, b = restate_base_properties(merged_a, flat_a, merged_b, flat_b)
    else:
        # Properties moved into (or out of) a base: compare what the object holds.
        for name in bases_b:
            if name not in bases_a:
                out.append(emit(site, "schema-extracted", where, f"now extends {name} (allOf)"))
        for name in bases_a:
            if name not in bases_b:
                out.append(emit(site, "schema-inlined", where, f"no longer extends {name} (allOf)"))
        a, b = flatten(a, ctx.old), flatten(b, ctx.new)
    ta, tb = json_types(a), json_types(b)
    if ta != tb:
        detail = f"type {type_text(ta)} -> {type_text(tb)}"
        if covers(tb, ta):
            out.append(emit(site, "type-widened", where, detail))
        elif covers(ta, tb):
            out.append(emit(site, "type-narrowed", where, detail))
        else:
            out.append(emit(site, "type-changed", where, detail))
            return out
    out += compare_values(site, a, b, where)
    out += compare_constraints(site, a, b, where, integer=ta == tb == frozenset({"integer"}))
    out += _properties(ctx, site, a, b, where)
    inside = site.place(optional=False)  # an item or a map value is there when it is
    if "items" in a or "items" in b:
        out += schema(ctx, inside, a.get("items", {}), b.get("items", {}), where + "[]")
    out += _extra(ctx, inside, a.get("additionalProperties"), b.get("additionalProperties"), where)
    for key in sorted((set(a) | set(b)) - _HANDLED):
        if a.get(key) != b.get(key):
            out.append(emit(site, "keyword-changed", where, f"keyword {key!r} changed"))
    return out


COMPARERS = Comparers(schema=schema, shape=shape, relation=ref_relation)


def _properties(ctx: Context, site: Site, a: dict[str, Any], b: dict[str, Any], where: str) -> list[Change]:
    pa, pb = a.get("properties") or {}, b.get("properties") or {}
    req_a, req_b = set(a.get("required") or ()), set(b.get("required") or ())
    if not isinstance(pa, dict) or not isinstance(pb, dict):
        return []
    out: list[Change] = []
    for name in pb:
        if name not in pa:
            required = name in req_b
            fact = "property-added-required" if required else "property-added-optional"
            detail = f"{'required' if required else 'optional'} property added"
            out.append(emit(site, fact, _join(where, name), detail, kind="property-added"))
    for name in pa:
        if name not in pb:
            out.append(emit(site, "property-removed", _join(where, name), "property removed"))
    for name in pa:
        if name not in pb:
            continue
        inner = _join(where, name)
        if (name in req_a) != (name in req_b):
            if name in req_b:
                out.append(emit(site, "property-became-required", inner, "now required"))
            else:
                out.append(emit(site, "property-became-optional", inner, "now optional"))
        out += schema(ctx, site.place(optional=name not in req_b), pa[name], pb[name], inner)
    # `required` naming properties that are not declared here (set by an allOf part).
    for name in sorted((req_a ^ req_b) - set(pa) - set(pb)):
        fact = "property-became-required" if name in req_b else "property-became-optional"
        detail = "now required" if name in req_b else "now optional"
        out.append(emit(site, fact, _join(where, name), detail))
    return out


def _extra(ctx: Context, site: Site, a: Any, b: Any, where: str) -> list[Change]:
    """additionalProperties: absent, true and {} allow anything."""
    open_a = a is None or a is True or a == {}
    open_b = b is None or b is True or b == {}
    if open_a and open_b:
        return []
    if isinstance(a, dict) and isinstance(b, dict) and not open_a and not open_b:
        return schema(ctx, site, a, b, where + "{}")
    if a is False and b is not False:
        return [emit(site, "extra-properties-allowed", where, "additional properties now allowed")]
    if b is False and a is not False:
        return [emit(site, "extra-properties-refused", where, "additional properties no longer allowed")]
    if open_a:
        return [emit(site, "type-narrowed", where + "{}", "additional properties now typed")]
    if open_b:
        return [emit(site, "type-widened", where + "{}", "additional properties no longer typed")]
    return []


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name
