"""The reference graph of a document's schemas, and its cycles: which references lead,
through the schema keywords naming.shapes follows, back to themselves.

Strongly connected components (generator.graph.components_from), computed lazily from
the first reference asked about: linear in the schemas reached.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator.graph import components_from
from generator.spec.pointer import is_local_ref, lookup

# Keys whose values are schemas, lists of schemas or maps of schemas.
ONE = ("items", "additionalProperties", "not", "contains", "propertyNames")
MANY = ("anyOf", "oneOf", "allOf", "prefixItems")
MAP = ("properties", "patternProperties")

_NONE: frozenset[str] = frozenset()


def refs_in(node: Any) -> Iterator[str]:
    """The local references in a schema and its inline subschemas (not followed)."""
    todo = [node]
    while todo:
        node = todo.pop()
        if is_local_ref(node):
            yield node["$ref"]
            continue
        if not isinstance(node, dict):
            continue
        todo.extend(node[key] for key in ONE if key in node)
        for key in MANY:
            if isinstance(node.get(key), list):
                todo.extend(node[key])
        for key in MAP:
            if isinstance(node.get(key), dict):
                todo.extend(node[key].values())


class RefGraph:
    def __init__(self, doc: Mapping[str, Any]) -> None:
        self._doc = doc
        self._cycle: dict[str, frozenset[str]] = {}  # pointer -> its cycle (empty: none)

    def edges(self, ptr: str) -> list[str]:
        target = lookup(self._doc, ptr)
        return [] if target is None else sorted(set(refs_in(target)))

    def cycle_of(self, ptr: str) -> frozenset[str]:
        """The pointers of the reference cycle through `ptr`; empty when it is in none."""
        if ptr not in self._cycle:
            self._components(ptr)
        return self._cycle[ptr]

    def _components(self, start: str) -> None:
        for members in components_from([start], self.edges, self._cycle):
            looped = len(members) > 1 or members[0] in self.edges(members[0])
            component = frozenset(members) if looped else _NONE
            for member in members:
                self._cycle[member] = component
