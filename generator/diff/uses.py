"""Where component schemas are used: the ones whose every use (in a document) is as the
value of an optional object property. A value that may already be absent is `T | None` in
the SDK, so it becoming nullable too changes nothing for a caller (rules.py)."""

from __future__ import annotations

from typing import Any

from generator.diff.schema import flatten, ref_name

_SKIP = frozenset({"example", "examples", "default", "const", "enum"})


def optional_only(doc: dict[str, Any]) -> frozenset[str]:
    """Names of the component schemas used only as optional properties in `doc`."""
    uses: dict[str, bool] = {}

    def walk(node: Any, optional: bool, required: frozenset[str]) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, False, frozenset())
            return
        if not isinstance(node, dict):
            return
        name = ref_name(node.get("$ref"))
        if name is not None:
            uses[name] = uses.get(name, True) and optional
        listed = node.get("required")
        own = (
            required | frozenset(r for r in listed if isinstance(r, str))
            if isinstance(listed, list)
            else required
        )
        if isinstance(node.get("allOf"), list):
            merged = flatten({"allOf": node["allOf"]}, doc)
            own |= frozenset(r for r in merged.get("required") or [] if isinstance(r, str))
        for key, value in node.items():
            if key in _SKIP or key == "$ref":
                continue
            if key == "properties" and isinstance(value, dict):
                for prop, schema in value.items():
                    walk(schema, prop not in own, frozenset())
            elif key == "allOf" and isinstance(value, list):
                for member in value:
                    walk(member, optional, own)
            elif key in ("anyOf", "oneOf") and isinstance(value, list):
                for member in value:
                    walk(member, optional, frozenset())
            else:
                walk(value, False, frozenset())

    walk(doc, False, frozenset())
    return frozenset(name for name, only in uses.items() if only)
