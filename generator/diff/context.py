"""What every comparison is given, and how it states what it found.

A comparison is a function of a `Context` (the two documents, their operations and which
operations reach each component: fixed for a whole diff), a `Site` (where it is, and what
the comparisons above it assumed) and the two values; it returns the `Change`s it found.

Two kinds of value ride along with the changes and are taken out before any result is
built (`notes`, `real`): a documentation note (`doc_note`: one field of documentation
changed; `docs-changed` entries are made from them, one per operation or component) and a
moved note (`moved_note`: an inline schema was replaced by a `$ref` to a new component; the
component's `schema-added` entry lists those places).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from generator.diff.reach import Op, Reach, index_operations, reach_map
from generator.diff.result import Change
from generator.diff.rules import classify
from generator.diff.schema import SCHEMA_PREFIX, resolve
from generator.diff.uses import optional_only

DOC_NOTE, MOVED_NOTE = "doc-note", "moved-note"
_NOTES = frozenset({DOC_NOTE, MOVED_NOTE})


@dataclass(frozen=True)
class Site:
    """Where a comparison is, and the state of the comparisons above it.

    moved: comparing an inline schema with the new component it moved into (details say so);
    assumed: pairs of `$ref`s being compared further up, taken as equivalent (cycles);
    optional: the value compared may be absent (an optional property): null adds nothing."""

    owner: str
    prefix: str  # "request body application/json", "" in a component
    directions: frozenset[str]  # empty: no operation reaches it
    operations: tuple[str, ...]
    moved: bool = False
    assumed: frozenset[tuple[str, str]] = frozenset()
    optional: bool = False  # the value of an optional property (or only used as one)

    def at(self, where: str) -> str:
        if not self.prefix:
            return where
        return f"{self.prefix}: {where}" if where else self.prefix

    def place(self, **changes: Any) -> Site:
        """Another place, same state."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Context:
    old: dict[str, Any]
    new: dict[str, Any]
    old_schemas: dict[str, Any]
    new_schemas: dict[str, Any]
    old_ops: dict[str, Op]
    new_ops: dict[str, Op]
    reach_old: Reach
    reach_new: Reach
    optional_only: frozenset[str] = frozenset()  # components used only as optional properties
    # A memo of how two `$ref`d schemas relate, in (old ref, new ref, directions, optional):
    # the first answer is kept (see schemas.ref_relation). Not output: comparisons return
    # their changes.
    relations: dict[tuple[str, str, frozenset[str], bool], tuple[str, list[Change]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, old: dict[str, Any], new: dict[str, Any]) -> Context:
        old_ops, new_ops = index_operations(old), index_operations(new)
        return cls(
            old,
            new,
            (old.get("components") or {}).get("schemas") or {},
            (new.get("components") or {}).get("schemas") or {},
            old_ops,
            new_ops,
            reach_map(old, old_ops),
            reach_map(new, new_ops),
            optional_only(new),
        )

    def component_site(self, name: str) -> Site:
        users_old, users_new = self.reach_old.get(name, {}), self.reach_new.get(name, {})
        operations = tuple(sorted(set(users_old) | set(users_new)))
        directions = frozenset().union(*users_old.values(), *users_new.values())
        return Site(SCHEMA_PREFIX + name, "", directions, operations, optional=name in self.optional_only)

    def target(self, ref: str, old: bool) -> Any:
        return resolve(self.old if old else self.new, {"$ref": ref})


def emit(site: Site, fact: str, where: str, detail: str, items: Iterable[str] = (), kind: str = "") -> Change:
    """A change found in a schema: its rule from the fact and the site's directions."""
    if fact == "nullable-added" and site.optional:
        fact, kind = "nullable-added-optional", kind or fact
    if site.moved:
        detail += " (compared with the inline schema it replaces)"
    return Change(
        kind=kind or fact,
        path=site.owner,
        at=site.at(where),
        detail=detail,
        rule=classify(fact, site.directions),
        operations=site.operations,
        items=tuple(items),
    )


def doc_note(site: Site, where: str, key: str) -> Change:
    label = site.at(where)
    entry = f"{label}: {key}" if label else key
    return Change(DOC_NOTE, site.owner, "", entry, "docs-only", site.operations)


def compare_docs(site: Site, a: dict[str, Any], b: dict[str, Any], where: str) -> list[Change]:
    return [doc_note(site, where, key) for key in sorted(set(a) | set(b)) if a.get(key) != b.get(key)]


def moved_note(component: str, place: str) -> Change:
    return Change(MOVED_NOTE, component, "", place, "schema-extracted")


def real(changes: Iterable[Change]) -> list[Change]:
    return [c for c in changes if c.kind not in _NOTES]


def notes(changes: Iterable[Change], kind: str) -> list[Change]:
    return [c for c in changes if c.kind == kind]


def without_docs(changes: Iterable[Change]) -> list[Change]:
    """What a comparison found, its documentation notes dropped (trials, moved schemas)."""
    return [c for c in changes if c.kind != DOC_NOTE]
