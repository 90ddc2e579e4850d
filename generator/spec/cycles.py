"""Reference cycles among component schemas: those that name no type at all, and those
too long for the SDK to build."""

from __future__ import annotations

from typing import Any

from generator.errors import Problem, pointer
from generator.graph import strongly_connected

# The SDK builds a model's validator after the models it refers to, but the models of one
# reference cycle only all at once, nesting about 11 frames per model. For a cycle of more
# than 40 the SDK raises Python's recursion limit while it builds (templates/package/_base.py,
# 16 frames a model); past this many models, the C stack that Python 3.10 spends on each
# frame (8 MiB on Linux) would no longer be safe.
MAX_CYCLE = 200

_VALUES = frozenset({"example", "examples", "default", "enum", "const"})  # data, not schemas
_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
_PREFIX = "#/components/schemas/"


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    schemas = (doc.get("components") or {}).get("schemas") or {}
    return schemas if isinstance(schemas, dict) else {}


def _name(ref: str) -> str:
    return ref[len(_PREFIX) :].split("/")[0].replace("~1", "/").replace("~0", "~")


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


def overlong_cycles(doc: dict[str, Any], source: str) -> list[Problem]:
    """Schemas that refer to each other in a cycle become models that pydantic can only
    build together, nesting about 11 frames per model: refuse cycles of more models
    (each object schema, inline ones too, is one) than fit in the recursion limit."""
    schemas = _schemas(doc)
    names = list(schemas)
    number = {name: i for i, name in enumerate(names)}
    refers: dict[int, set[int]] = {i: set() for i in range(len(names))}
    models = [0] * len(names)
    for i, name in enumerate(names):
        stack: list[Any] = [schemas[name]]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith(_PREFIX) and _name(ref) in number:
                    refers[i].add(number[_name(ref)])
                if isinstance(node.get("properties"), dict):
                    models[i] += 1
                for key, value in node.items():
                    if key in _MAPS and isinstance(value, dict):
                        stack.extend(value.values())  # keyed by names, which may be anything
                    elif key not in _VALUES:
                        stack.append(value)
            elif isinstance(node, list):
                stack.extend(node)
    problems = []
    for cycle in strongly_connected(refers):
        count = sum(max(models[i], 1) for i in cycle)
        if (len(cycle) > 1 or cycle[0] in refers[cycle[0]]) and count > MAX_CYCLE:
            shown = ", ".join(names[i] for i in cycle[:4]) + (", ..." if len(cycle) > 4 else "")
            problems.append(
                Problem(
                    source,
                    pointer("components", "schemas", names[cycle[0]]),
                    f"a reference cycle through {len(cycle)} schemas ({shown}) "
                    f"makes {count} models that can only be built together: more than the "
                    f"{MAX_CYCLE} that the SDK builds safely",
                )
            )
    return problems
