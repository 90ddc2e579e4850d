"""Shorter names for the classes datamodel-code-generator names by their full path:
an inline schema under a component of the same stem gets the stem twice
(`ReasoningEffortReasoningEffort`, `ChatFunctionToolChatFunctionTool`). The repetition
goes; where the short name is taken (a component keeps its name: users import it), a
suffix of the kind follows (`ReasoningEffortValue`, `ChatFunctionToolObject`). The
result depends on the names only, so it is the same whatever order the document has."""

from __future__ import annotations

import re
from typing import Any

_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+")
_DEFINED = re.compile(r"^(?:class (\w+)\((.*)\):|(\w+) = )", re.M)


def collapsed(name: str) -> str | None:
    """`name` with its first run of two or more words said twice said once, or None."""
    words = _WORDS.findall(name)
    for size in range(len(words) // 2, 1, -1):
        for start in range(len(words) - 2 * size + 1):
            if words[start : start + size] == words[start + size : start + 2 * size]:
                return "".join(words[: start + size] + words[start + 2 * size :])
    return None


def renames(code: str) -> dict[str, str]:
    """old -> new for every defined name with a repeated stem."""
    defined: dict[str, bool] = {}  # name -> is an enum
    for match in _DEFINED.finditer(code):
        if match.group(1):
            defined[match.group(1)] = "Enum" in match.group(2)
        else:
            defined[match.group(3)] = False
    taken = set(defined)
    result: dict[str, str] = {}
    for name in sorted(defined):
        short = collapsed(name)
        if short is None:
            continue
        if short in taken:
            short += "Value" if defined[name] else "Object"
        while short in taken:
            short += "_"
        taken.add(short)
        result[name] = short
    return result


def without_repeated_stems(code: str, meta: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """The module and datamodel-code-generator's metadata of it, renamed."""
    table = renames(code)
    if not table:
        return code, meta
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b")
    code = pattern.sub(lambda m: table[m.group()], code)
    for entry in meta:
        entry["class_name"] = table.get(entry["class_name"], entry["class_name"])
    return code, meta
