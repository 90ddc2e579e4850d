"""Comparing two unions (anyOf/oneOf), or a union and a single schema: members are matched
by `$ref` name, their tag (a property with a single allowed value) or title; then by tag
behind a `$ref` or an allOf base; then by type; then as differently named schemas of the
same shape. Matched
members are compared as schemas; added and removed members are one change each.

The comparisons of members come from schemas.py as `Comparers` (passed in, not imported:
schemas.py dispatches unions here, so importing it back would be a cycle)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.diff.context import Context, Site, emit
from generator.diff.result import Change
from generator.diff.schema import flatten, merge_inline, ref_name, resolve, union_members, unwrap
from generator.diff.values import json_types, name_list, tag_of, type_text, unconstrained


@dataclass(frozen=True)
class Comparers:
    schema: Callable[[Context, Site, Any, Any, str], list[Change]]
    shape: Callable[[Context, Site, dict[str, Any], dict[str, Any], str], list[Change]]
    # (fact, changes, moved notes), as schemas.ref_relation
    relation: Callable[[Context, Site, str, str], tuple[str, list[Change], list[Change]]]


def compare_union(
    ctx: Context, site: Site, a: dict[str, Any], b: dict[str, Any], where: str, compare: Comparers
) -> list[Change]:
    out: list[Change] = []
    kw_a = "anyOf" if "anyOf" in a else "oneOf" if "oneOf" in a else None
    kw_b = "anyOf" if "anyOf" in b else "oneOf" if "oneOf" in b else None
    ma, null_a = union_members(a) if kw_a else ([a], False)
    mb, null_b = union_members(b) if kw_b else ([b], False)
    if null_a != null_b:  # a null member inside a nested union
        fact = "nullable-added" if null_b else "nullable-removed"
        out.append(emit(site, fact, where, "may now be null" if null_b else "may no longer be null"))
    prefer = disc_name(b) or disc_name(a)
    if kw_a and kw_b:
        notes = []
        if kw_a != kw_b:
            notes.append(f"{kw_a} -> {kw_b}")
        da, db = disc_name(a), disc_name(b)
        if da != db:
            if da is None:
                notes.append(f"discriminator {db!r} added")
            elif db is None:
                notes.append(f"discriminator {da!r} removed")
            else:
                notes.append(f"discriminator {da!r} -> {db!r}")
        if notes:
            out.append(emit(site, "union-changed", where, "union: " + ", ".join(notes)))
        rest_a = {k: v for k, v in a.items() if k not in (kw_a, "discriminator")}
        rest_b = {k: v for k, v in b.items() if k not in (kw_b, "discriminator")}
        if rest_a or rest_b:
            out += compare.shape(ctx, site, rest_a, rest_b, where)
    single = not (kw_a and kw_b)

    def label(key: tuple[str, str]) -> str:
        return "" if single else f"<{key[1]}>"

    left_a = dict(zip(_member_keys(ma, prefer), ma, strict=True))
    left_b = dict(zip(_member_keys(mb, prefer), mb, strict=True))
    # 1. the same $ref, tag or title
    for key in [k for k in left_b if k in left_a and k[0] != "type"]:
        out += compare.schema(ctx, site, left_a.pop(key), left_b.pop(key), where + label(key))
    # 2. the same tag, one side or both behind a $ref (a member moved into a component)
    tags_a = {k: _member_tag(ctx.old, v, prefer) for k, v in left_a.items()}
    tags_b = {k: _member_tag(ctx.new, v, prefer) for k, v in left_b.items()}
    for kb, tag in list(tags_b.items()):
        ka = next((k for k, t in tags_a.items() if t is not None and t == tag and k in left_a), None)
        if ka is not None:
            out += compare.schema(ctx, site, left_a.pop(ka), left_b.pop(kb), where + label(kb))
    # 3. the same type (members known only by position: last, so they pair what is left)
    for key in [k for k in left_b if k in left_a]:
        out += compare.schema(ctx, site, left_a.pop(key), left_b.pop(key), where + label(key))
    # 4. a member replaced by a differently named schema of the same shape
    for ka in [k for k in left_a if k[0] == "ref"]:
        for kb in [k for k in left_b if k[0] == "ref"]:
            fact, _, moved = compare.relation(ctx, site, left_a[ka]["$ref"], left_b[kb]["$ref"])
            out += moved
            if fact == "ref-equivalent":
                del left_a[ka], left_b[kb]
                detail = f"member {ka[1]} replaced by {kb[1]} (same shape)"
                out.append(emit(site, "ref-equivalent", where + label(ka), detail, items=(ka[1], kb[1])))
                break
    # 5. one remaining member on each side, at least one inline: the same member, changed
    if len(left_a) == 1 and len(left_b) == 1:
        (ka, va), (kb, vb) = next(iter(left_a.items())), next(iter(left_b.items()))
        if ka[0] != "ref" or kb[0] != "ref":
            return out + compare.schema(ctx, site, va, vb, where + label(kb))
    if not kw_a and len(left_a) == 1 and len(left_b) == len(mb):
        # A single schema became a union: one member may be it, changed compatibly.
        kept = _compatible_member(ctx, site, next(iter(left_a.values())), left_b, compare)
        if kept is not None:
            key, found = kept
            out += found
            del left_a[next(iter(left_a))], left_b[key]
    if not kw_a and left_a and len(left_b) == len(mb):
        # A single schema became a union that does not contain it.
        names = " | ".join(k[1] for k in left_b)
        old_label = next(iter(left_a))[1]
        fact = "type-narrowed" if unconstrained(a) else "type-changed"
        detail = f"{old_label} -> union of {names}"
        return [*out, emit(site, fact, where, detail, items=[k[1] for k in left_b])]
    if not kw_b and left_b and len(left_a) == len(ma):
        names = " | ".join(k[1] for k in left_a)
        new_label = next(iter(left_b))[1]
        fact = "type-widened" if unconstrained(b) else "type-changed"
        detail = f"union of {names} -> {new_label}"
        return [*out, emit(site, fact, where, detail, items=[k[1] for k in left_a])]
    if left_b:
        added = [k[1] for k in left_b]
        fact = "became-union" if not kw_a else "variants-added"
        what = "member" if len(added) == 1 else "members"
        prefix = "now a union; " if not kw_a else ""
        detail = f"{prefix}{len(added)} union {what} added: {name_list(added)}"
        out.append(emit(site, fact, where, detail, items=added, kind="variants-added"))
    if left_a:
        removed = [k[1] for k in left_a]
        what = "member" if len(removed) == 1 else "members"
        detail = f"{len(removed)} union {what} removed: {name_list(removed)}"
        out.append(emit(site, "variants-removed", where, detail, items=removed))
    return out


def disc_name(node: dict[str, Any]) -> str | None:
    disc = node.get("discriminator")
    return disc.get("propertyName") if isinstance(disc, dict) else None


def _member_keys(members: list[Any], prefer: str | None) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = []
    for member in members:
        core, _, docs = unwrap(member)
        name = ref_name(core.get("$ref"))
        if name is not None:
            key = ("ref", name)
        elif (tag := tag_of(core, prefer)) is not None:
            key = ("tag", tag)
        elif isinstance(docs.get("title"), str):
            key = ("title", docs["title"])
        else:
            key = ("type", type_text(json_types(merge_inline(core)[0])))
        base, n = key, 1
        while key in keys:
            n += 1
            key = (base[0], f"{base[1]}#{n}")
        keys.append(key)
    return keys


def _member_tag(doc: dict[str, Any], member: Any, prefer: str | None) -> str | None:
    core, _, _ = unwrap(member)
    if isinstance(core.get("$ref"), str):
        core, _, _ = unwrap(resolve(doc, core))
    return tag_of(flatten(core, doc), prefer) if isinstance(core, dict) else None


def _compatible_member(
    ctx: Context, site: Site, old: Any, members: dict[tuple[str, str], Any], compare: Comparers
) -> tuple[tuple[str, str], list[Change]] | None:
    """The first `$ref` member the old single schema compares with without a breaking change
    (say, the old object plus a discriminator property), and what that comparison found."""
    for key, member in members.items():
        if key[0] != "ref":
            continue
        found = compare.schema(ctx, site, old, member, "")
        if not any(c.breaking for c in found if c.kind not in ("doc-note", "moved-note")):
            return key, found
    return None
