"""Structural fingerprints of schemas: a hash of what a schema's values look like, with
nothing of where it sits or what it is called.

The names lock (naming.lock) keys model classes by it, so that a schema moved from an
inline response into `components/schemas`, or renamed, is recognized under its new name.
What counts: types, formats, properties (by wire name, in any order), which are
required, items, additional properties, enum values and constants (in any order),
unions and `allOf` (members in any order), `nullable`, a discriminator's property.
What does not: documentation (`description`, `title`, examples), constraints, defaults,
extensions, the order of anything, and references (a `$ref` counts as its target).

Each referenced schema is fingerprinted once (linear in the document). A reference cycle
is a strongly connected component of the reference graph (naming.refgraph); a schema in
one is unrolled from where it is entered, each member of the cycle expanded once and met
again as `{"$cycle": n}` (the n-th member expanded), children in a fixed order
(properties by name, union members by a key of their own that ignores the cycle), so
that the fingerprint does not depend on names or order there either.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from generator.naming.refgraph import MANY as _MANY
from generator.naming.refgraph import MAP as _MAP
from generator.naming.refgraph import ONE as _ONE
from generator.naming.refgraph import RefGraph
from generator.spec.pointer import is_local_ref, lookup

_VALUES = ("type", "format", "nullable", "contentMediaType", "contentEncoding")
_SETS = ("enum", "required")


def fingerprint(doc: Mapping[str, Any], node: Any) -> str:
    """The structural fingerprint of the schema `node` of `doc` (16 hex digits)."""
    return Shapes(doc).of(node)


class _Unroll:
    """One walk through a reference cycle: its members, and those expanded so far."""

    def __init__(self, component: frozenset[str], weak: bool = False) -> None:
        self.component = component
        self.seen: dict[str, int] = {}
        self.weak = weak  # members are not followed: the key that orders union members


class Shapes:
    """Fingerprints of many schemas of one document, sharing the work of their references."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self._doc = doc
        self._graph = RefGraph(doc)
        self._memo: dict[str, Any] = {}  # reference -> shape: each computed once
        # id of an inline schema -> (it, its digest), for those that lead into no cycle
        # being unrolled: their digest is the same wherever they are met.
        self._closed: dict[int, tuple[Any, str]] = {}

    def at(self, ptr: str) -> str | None:
        """The fingerprint of the schema at `ptr`; None when there is none."""
        node = lookup(self._doc, ptr)
        if not isinstance(node, (dict, bool)):
            return None
        # As if referenced: a schema in a cycle is entered by its own pointer.
        return _digest(self._ref(ptr, None)[0])

    def of(self, node: Any) -> str:
        return _digest(self._shape(node, None)[0])

    def _ref(self, ref: str, walk: _Unroll | None) -> tuple[Any, bool]:
        if walk is not None and ref in walk.component:
            if walk.weak:
                return {"$cycle": True}, True
            if ref in walk.seen:  # met again: which member, by the order of expansion
                return {"$cycle": walk.seen[ref]}, True
            walk.seen[ref] = len(walk.seen)
            return self._shape(lookup(self._doc, ref), walk)[0], True
        # A schema outside the walk's cycle cannot lead back into it: its shape is its own.
        if ref in self._memo:
            return self._memo[ref], False
        target = lookup(self._doc, ref)
        if target is None:
            return {"$dangling": True}, False
        component = self._graph.cycle_of(ref)
        if component:
            fresh = _Unroll(component)
            fresh.seen[ref] = 0
            shape = self._shape(target, fresh)[0]
        else:
            shape = self._shape(target, None)[0]
        self._memo[ref] = shape
        return shape, False

    def _child(self, node: Any, walk: _Unroll | None) -> tuple[str, bool]:
        """The digest of a child schema, and whether it depends on the walk."""
        if isinstance(node, dict) and not is_local_ref(node):
            known = self._closed.get(id(node))
            if known is not None and known[0] is node:
                return known[1], False
        shape, open_ = self._shape(node, walk)
        digest = _digest(shape)
        if not open_ and isinstance(node, dict) and not is_local_ref(node):
            self._closed[id(node)] = (node, digest)
        return digest, open_

    def _shape(self, node: Any, walk: _Unroll | None) -> tuple[Any, bool]:
        """The normalized shape of `node`, child schemas as digests, and whether it depends
        on the walk through a cycle (met one of its members)."""
        if is_local_ref(node):
            return self._ref(node["$ref"], walk)
        if not isinstance(node, dict):
            return node, False
        out: dict[str, Any] = {}
        open_ = False
        for key in _VALUES:
            if key in node:
                value = node[key]
                out[key] = sorted(value, key=str) if isinstance(value, list) else value
        for key in _SETS:
            if isinstance(node.get(key), list):
                out[key] = sorted(json.dumps(v, sort_keys=True) for v in node[key])
        if "const" in node:
            out["const"] = node["const"]
        for key in _ONE:
            if key in node:
                out[key], o = self._child(node[key], walk)
                open_ |= o
        for key in _MANY:
            if isinstance(node.get(key), list):
                members = node[key]
                if walk is not None and not walk.weak and key != "prefixItems":
                    # Expanded in an order of their own, not the document's (members
                    # alike but for the cycle keep the document's order among them).
                    weak = _Unroll(walk.component, weak=True)
                    members = sorted(members, key=lambda m: self._child(m, weak)[0])
                digests = []
                for member in members:
                    digest, o = self._child(member, walk)
                    digests.append(digest)
                    open_ |= o
                out[key] = digests if key == "prefixItems" else sorted(digests)
        for key in _MAP:
            if isinstance(node.get(key), dict):
                props = {}
                for name in sorted(node[key]):
                    props[name], o = self._child(node[key][name], walk)
                    open_ |= o
                out[key] = props
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and "propertyName" in discriminator:
            out["discriminator"] = discriminator["propertyName"]
        return out, open_


def _digest(shape: Any) -> str:
    text = json.dumps(shape, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
