"""Reference cycles among component schemas that name no type at all.

A cycle of any length through real schemas is fine: the SDK builds a large cycle's
models on a thread with a stack sized for it (templates/package/_base.py)."""

from __future__ import annotations

from typing import Any

from generator.errors import Problem, pointer

_PREFIX = "#/components/schemas/"


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    schemas = (doc.get("components") or {}).get("schemas") or {}
    return schemas if isinstance(schemas, dict) else {}


def pure_reference_cycles(doc: dict[str, Any], source: str) -> list[Problem]:
    """Schemas that are nothing but references to each other name no type at all."""
    schemas = _schemas(doc)
    problems = []
    for start in schemas:
        seen, name = [start], start
        while True:
            schema = schemas.get(name)
            ref = schema.get("$ref") if isinstance(schema, dict) else None
            if not isinstance(ref, str) or not ref.startswith(_PREFIX):
                break
            name = ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
            if name == start:
                chain = " -> ".join([*seen, name])
                problems.append(
                    Problem(
                        source,
                        pointer("components", "schemas", start),
                        f"reference cycle with no schema in it: {chain}",
                    )
                )
                break
            if name in seen:
                break
            seen.append(name)
    return problems
