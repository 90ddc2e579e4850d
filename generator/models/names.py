"""Shorter names for the classes datamodel-code-generator names by their full path:
an inline schema under a component of the same stem gets the stem twice
(`ReasoningEffortReasoningEffort`, `ChatFunctionToolChatFunctionTool`). The repetition
goes; where the short name is taken (a component keeps its name: users import it), a
suffix of the kind follows (`ReasoningEffortValue`, `ChatFunctionToolObject`). The
result depends on the names only, so it is the same whatever order the document has."""

from __future__ import annotations

import ast
import json
import re
from typing import Any

_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+")
_DEFINED = re.compile(r"^(?:class (\w+)\((.*)\):|(\w+) = )", re.M)


def collapsed(name: str) -> str | None:
    """`name` with its first run of two or more words said twice said once, or None. A
    position number at the end is not part of the last word (`AbAb1` -> `Ab1`)."""
    stem = name.rstrip("0123456789")
    number = name[len(stem) :]
    words = _WORDS.findall(stem)
    for size in range(len(words) // 2, 1, -1):
        for start in range(len(words) - 2 * size + 1):
            if words[start : start + size] == words[start + size : start + 2 * size]:
                return "".join(words[: start + size] + words[start + 2 * size :]) + number
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
    return _renamed(code, meta, renames(code))


_NUMBERED = re.compile(r"^(\w*[A-Za-z])(\d+)$")


def _hint(node: ast.ClassDef) -> str | None:
    """What names a union member better than its position: its `type` (or first)
    constant field, else the schema it extends."""
    consts: list[tuple[str, str]] = []
    for stmt in node.body:
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(stmt.annotation, ast.Subscript)
            and isinstance(stmt.annotation.value, ast.Name)
            and stmt.annotation.value.id == "Literal"
            and isinstance(stmt.annotation.slice, ast.Constant)
            and isinstance(stmt.annotation.slice.value, str)
        ):
            consts.append((stmt.target.id, stmt.annotation.slice.value))
    consts.sort(key=lambda c: c[0] != "type")
    if consts:
        return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", consts[0][1]) if w)
    bases = [b.id for b in node.bases if isinstance(b, ast.Name) and b.id != "SDKModel"]
    if len(bases) == 1 and "Enum" not in bases[0]:
        return bases[0]
    return None


def unnumbered(code: str, meta: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Union members named by position (`MessagesRequestTools1`) named by what they hold
    (`MessagesRequestToolsBash20250124`); names nested under them follow. A name whose
    hint is missing or taken keeps its number."""
    tree = ast.parse(code)
    defined = {
        n.name if isinstance(n, ast.ClassDef) else n.targets[0].id
        for n in tree.body
        if isinstance(n, ast.ClassDef) or (isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name))
    }
    taken = set(defined)
    table: dict[str, str] = {}
    for node in sorted((n for n in tree.body if isinstance(n, ast.ClassDef)), key=lambda n: n.name):
        match = _NUMBERED.match(node.name)
        hint = _hint(node) if match else None
        if match and hint and match.group(1) + hint not in taken:
            table[node.name] = match.group(1) + hint
            taken.add(table[node.name])
    for name in sorted(defined):
        for old, new in list(table.items()):
            rest = name[len(old) :]
            if name.startswith(old) and rest[:1].isupper() and new + rest not in taken:
                table[name] = new + rest
                taken.add(new + rest)
    return _renamed(code, meta, table)


def _renamed(
    code: str, meta: list[dict[str, Any]], table: dict[str, str]
) -> tuple[str, list[dict[str, Any]]]:
    if not table:
        return code, meta
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b")
    code = pattern.sub(lambda m: table[m.group()], code)
    # The metadata names classes in its class names and in its fields' types alike.
    return code, json.loads(pattern.sub(lambda m: table[m.group()], json.dumps(meta)))
