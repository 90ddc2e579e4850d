"""Schema `pattern`s that pydantic-core's regex engine cannot compile: lookaround and
backreferences (pydantic would fall back to Python's `re`, whose backtracking a document
can make exponential), or a regex too large for it (the model would fail to build). Such
a pattern is left out of the models with a warning that points at it; the server still
checks it, and everything else generates. A `patternProperties` key is a pattern too (it
becomes the key type of a dict): such an entry is left out the same way, its values then
untyped."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from generator.errors import Problem, pointer
from generator.spec.jsonpath import copy_tree

_VALUES = frozenset({"example", "examples", "default", "enum", "const"})  # data, not schemas


@lru_cache(maxsize=4096)
def _why_not(pattern: str) -> str | None:
    """None when pydantic-core's own engine compiles it, else its first line of why."""
    from pydantic_core import SchemaError, SchemaValidator, core_schema

    try:
        SchemaValidator(core_schema.str_schema(pattern=pattern, regex_engine="rust-regex"))
    except SchemaError as exc:
        lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
        return next(
            (line for line in reversed(lines) if line.startswith("error:")), lines[-1] if lines else ""
        )
    return None


def without_unsafe_patterns(doc: dict[str, Any], source: str) -> tuple[dict[str, Any], list[Problem]]:
    """The document without those patterns (a copy; `doc` itself when there is none), and
    a warning for each."""
    found: list[tuple[tuple[str, ...], str, str]] = []  # (path of the dict, key, why)
    stack: list[tuple[Any, tuple[str, ...]]] = [(doc, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            pattern = node.get("pattern")
            if isinstance(pattern, str) and (why := _why_not(pattern)) is not None:
                found.append((path, "pattern", why))
            keyed = node.get("patternProperties")
            if isinstance(keyed, dict):
                found.extend(
                    ((*path, "patternProperties"), key, why)
                    for key in keyed
                    if isinstance(key, str) and (why := _why_not(key)) is not None
                )
            stack.extend((v, (*path, str(k))) for k, v in node.items() if k not in _VALUES)
        elif isinstance(node, list):
            stack.extend((v, (*path, str(i))) for i, v in enumerate(node))
    if not found:
        return doc, []
    out = copy_tree(doc)
    problems = []
    for path, key, why in sorted(found):
        node: Any = out
        for token in path:
            node = node[int(token)] if isinstance(node, list) else node[token]
        del node[key]
        if key == "pattern":
            message = f"pattern left out of the models (pydantic-core cannot compile it: {why})"
        else:
            message = (
                "patternProperties entry left out of the models, its values untyped "
                f"(pydantic-core cannot compile its pattern: {why})"
            )
        problems.append(Problem(source, pointer(*path, key), message))
    return out, problems
