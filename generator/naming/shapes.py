"""Structural fingerprints of schemas: a hash of what a schema's values look like, with
nothing of where it sits or what it is called.

The names lock (naming.lock) keys model classes by it, so that a schema moved from an
inline response into `components/schemas`, or renamed, is recognized under its new name.
What counts: types, formats, properties (by wire name, in any order), which are
required, items, additional properties, enum values and constants (in any order),
unions and `allOf` (members in any order), `nullable`, a discriminator's property.
What does not: documentation (`description`, `title`, examples), constraints, defaults,
extensions, the order of anything, and references (a `$ref` counts as its target).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from generator.spec.pointer import is_local_ref, lookup

# Keys whose values are schemas, lists of schemas or maps of schemas.
_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames")
_MANY = ("anyOf", "oneOf", "allOf", "prefixItems")
_MAP = ("properties", "patternProperties")
_VALUES = ("type", "format", "nullable", "contentMediaType", "contentEncoding")
_SETS = ("enum", "required")


def fingerprint(doc: Mapping[str, Any], node: Any) -> str:
    """The structural fingerprint of the schema `node` of `doc` (16 hex digits)."""
    return Shapes(doc).of(node)


class Shapes:
    """Fingerprints of many schemas of one document, sharing the work of their references."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self._doc = doc
        self._memo: dict[str, Any] = {}  # pointer -> shape, for shapes outside any cycle

    def at(self, ptr: str) -> str | None:
        """The fingerprint of the schema at `ptr`; None when there is none."""
        node = lookup(self._doc, ptr)
        return self.of(node) if isinstance(node, (dict, bool)) else None

    def of(self, node: Any) -> str:
        shape, _ = self._shape(node, ())
        return _digest(shape)

    def _shape(self, node: Any, stack: tuple[str, ...]) -> tuple[Any, bool]:
        """(the normalized shape of `node`, whether it depends on a reference cycle
        through `stack`, so that it may not be remembered on its own)."""
        if is_local_ref(node):
            ref = node["$ref"]
            if ref in stack:  # a back edge: how far back, not which name
                return {"$cycle": len(stack) - stack.index(ref)}, True
            if ref in self._memo:
                return self._memo[ref], False
            target = lookup(self._doc, ref)
            if target is None:
                return {"$dangling": True}, False
            shape, cyclic = self._shape(target, (*stack, ref))
            if not cyclic:
                self._memo[ref] = shape
            return shape, cyclic
        if not isinstance(node, dict):
            return node, False
        out: dict[str, Any] = {}
        cyclic = False
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
                shape, c = self._shape(node[key], stack)
                out[key] = _digest(shape)
                cyclic |= c
        for key in _MANY:
            if isinstance(node.get(key), list):
                members = []
                for member in node[key]:
                    shape, c = self._shape(member, stack)
                    cyclic |= c
                    members.append(_digest(shape))
                out[key] = members if key == "prefixItems" else sorted(members)
        for key in _MAP:
            if isinstance(node.get(key), dict):
                props = {}
                for name, member in node[key].items():
                    shape, c = self._shape(member, stack)
                    props[name] = _digest(shape)
                    cyclic |= c
                out[key] = props
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and "propertyName" in discriminator:
            out["discriminator"] = discriminator["propertyName"]
        return out, cyclic


def _digest(shape: Any) -> str:
    text = json.dumps(shape, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
