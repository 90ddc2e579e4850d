"""Splits datamodel-code-generator's single models module into a package with one
module per schema (per group of schemas that refer to each other in a cycle), and an
`__init__` that imports a module only when one of its names is first used.

Why: the pinned spec has ~650 models; building all of those classes costs ~0.35 s,
while a chat call needs a few dozen. Modules follow the dependency graph's strongly
connected components, so imports between them never form a cycle, and each module
imports exactly the names it uses from the modules that define them.

Importing a module imports its dependencies first, nested: a chain of 300 schemas, each
referring to the next, would nest 300 imports (about 2,000 frames, past Python's
recursion limit). Where the chain of imports would be longer than MAX_IMPORT_DEPTH
modules, neighbouring components are merged into fewer, bigger modules (see _groups).
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass

from generator.graph import strongly_connected
from generator.naming.words import NameScope, identifier, short

# Modules in the longest chain of nested imports. Each nested import costs about seven
# frames; the pinned spec needs 11.
MAX_IMPORT_DEPTH = 32


def _definitions(tree: ast.Module, lines: list[str]) -> list[tuple[list[str], str, set[str]]]:
    """[(names defined, source text, names mentioned)] in source order; a bare string
    right after a definition (an alias's description) stays with it."""
    defs: list[tuple[list[str], str, set[str]]] = []
    last_end = 0
    for node in tree.body:
        text = "\n".join(lines[node.lineno - 1 : node.end_lineno])
        mentioned = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        if isinstance(node, ast.ClassDef):
            defs.append(([node.name], text, mentioned))
        elif isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
            defs.append(([t.id for t in node.targets if isinstance(t, ast.Name)], text, mentioned))
        elif isinstance(node, ast.Expr) and defs:
            # Kept with the definition before it, with the blank lines between them.
            names, previous, used = defs[-1]
            between = "\n".join(lines[last_end : node.end_lineno])
            defs[-1] = (names, previous + "\n" + between, used | mentioned)
        last_end = node.end_lineno or last_end
    return defs


def _groups(components: list[list[int]], uses: dict[int, set[int]], limit: int) -> list[list[int]]:
    """The components (dependencies first) merged so that no chain of imports between the
    groups is longer than `limit` modules; unchanged when none is.

    A component's level is the length of the longest chain of components it imports
    (0: none). Components are banded by level, `width` levels a band; within a band,
    components that use one another are merged. Every use goes to a lower level, so a use
    between groups goes to a lower band: the groups import no cycle, and a chain of
    imports passes through at most one group per band."""
    component_of = {i: n for n, component in enumerate(components) for i in component}
    level: list[int] = []
    for component in components:  # dependencies come first
        below = {component_of[j] for i in component for j in uses[i]} - {component_of[component[0]]}
        level.append(1 + max((level[d] for d in below), default=-1))
    depth = max(level, default=-1) + 1
    if depth <= limit:
        return components
    width = -(-depth // limit)
    parent = list(range(len(components)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for n, component in enumerate(components):
        for d in {component_of[j] for i in component for j in uses[i]}:
            if level[d] // width == level[n] // width:
                parent[root(n)] = root(d)
    merged: dict[int, list[int]] = {}
    for n, component in enumerate(components):
        merged.setdefault(root(n), []).extend(component)
    groups = [sorted(g) for g in merged.values()]
    return sorted(groups, key=lambda g: (level[component_of[g[0]]] // width, g[0]))


def _imported(tree: ast.Module) -> dict[str, tuple[str, int, str]]:
    """bound name -> (module, level, imported name) for the `from ... import`s."""
    out: dict[str, tuple[str, int, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                out[alias.asname or alias.name] = (node.module, node.level, alias.name)
    return out


def _natural(text: str) -> tuple[tuple[int, int, str, int], ...]:
    """Natural order, as ruff's isort sorts: `block2` before `block10`; a digit run with
    a leading zero compares left-aligned, as a fraction (`V01b` before `V1`)."""

    def part_key(part: str) -> tuple[int, int, str, int]:
        if not part.isdigit():
            return (0, 0, part.lower(), 0)
        if part.startswith("0"):
            return (1, 0, part, 0)
        return (1, 1, "", int(part))

    return tuple(part_key(part) for part in re.split(r"(\d+)", text))


def _name_order(name: str) -> tuple[int, tuple[tuple[int, int, str, int], ...]]:
    """isort's order-by-type, as ruff applies it: CONSTANTS, Classes, then the rest."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return kind, _natural(name)


def import_block(
    names: dict[str, tuple[str, int]], line_length: int = 100, renamed: dict[str, str] | None = None
) -> str:
    """`from` imports laid out as ruff's isort and formatter would: future, standard
    library, third party and relative sections; modules and names sorted; a line too
    long wrapped one name per line."""
    by_module: dict[tuple[str, int], list[str]] = {}
    for name, key in names.items():
        by_module.setdefault(key, []).append(name)

    def section(key: tuple[str, int]) -> int:
        module, level = key
        if level:
            return 3
        if module == "__future__":
            return 0
        return 1 if module.split(".")[0] in sys.stdlib_module_names else 2

    blocks: list[list[str]] = [[], [], [], []]
    order = sorted(by_module, key=lambda k: (section(k), -k[1], _natural(k[0])))
    for module, level in order:
        renamed = renamed or {}
        ordered = sorted(by_module[(module, level)], key=lambda m: _name_order(renamed.get(m, m)))
        source = "." * level + module
        plain = [m for m in ordered if m not in renamed]
        if plain:
            line = f"from {source} import {', '.join(plain)}"
            if len(line) > line_length:
                line = f"from {source} import (\n" + "".join(f"    {m},\n" for m in plain) + ")"
            blocks[section((module, level))].append(line)
        # `as` imports each on a line of their own, as isort writes them.
        for m in ordered:
            if m in renamed:
                line = f"from {source} import {renamed[m]} as {m}"
                if len(line) > line_length:
                    line = f"from {source} import (\n    {renamed[m]} as {m},\n)"
                blocks[section((module, level))].append(line)
    return "\n\n".join("\n".join(b) for b in blocks if b)


def _inherited(
    tree: ast.Module, owner: dict[str, int], mentions: dict[int, set[str]], components: list[list[int]]
) -> dict[int, set[str]]:
    """For each class extending an incomplete class of another module, the model names
    that its incomplete bases mention. A class is incomplete when it names a model defined
    after it in its module (a reference cycle, or itself), or extends an incomplete class;
    pydantic then resolves the inherited fields' annotations in the subclass's module, so
    that module imports those names too (from modules it already depends on: no cycle)."""
    position = {i: (n, k) for n, component in enumerate(components) for k, i in enumerate(component)}
    bases: dict[int, list[int]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name in owner:
            me = owner[node.name]
            bases[me] = [
                owner[b.id] for b in node.bases if isinstance(b, ast.Name) and owner.get(b.id, me) != me
            ]
    incomplete: dict[int, bool] = {}

    def is_incomplete(i: int) -> bool:  # bases come first in the source: no deep recursion
        if i not in incomplete:
            group, at = position[i]
            later = any(
                position[owner[n]][0] == group and position[owner[n]][1] >= at
                for n in mentions[i]
                if n in owner
            )
            incomplete[i] = later or any(is_incomplete(b) for b in bases.get(i, ()))
        return incomplete[i]

    found: dict[int, set[str]] = {}
    for start, direct in bases.items():
        names: set[str] = set()
        stack, seen = [b for b in direct if position[b][0] != position[start][0]], set()
        while stack:
            base = stack.pop()
            if base not in seen and is_incomplete(base):
                seen.add(base)
                names |= {n for n in mentions[base] if n in owner}
                stack.extend(bases.get(base, ()))
        if names:
            found[start] = names
    return found


@dataclass(frozen=True)
class ModelsPackage:
    """The models package but its `__init__` (templates/package/models/__init__.py.jinja
    writes that): {file name: source} of its modules, and the module of each name."""

    modules: dict[str, str]
    exports: list[tuple[str, str]]  # (name, module), by name
    reexports: list[tuple[str, str]]  # the same, in the order an import block lists them


def split_models(code: str) -> ModelsPackage:
    """The models package of one generated (and already formatted) models module. Each
    module imports exactly what it uses, laid out as the formatter would, so the modules
    need no further formatting."""
    lines = code.split("\n")
    tree = ast.parse(code)
    defs = _definitions(tree, lines)
    found = _imported(tree)
    imported = {  # one package deeper than the monolith
        name: (module, level + 1 if level else 0) for name, (module, level, _) in found.items()
    }
    renamed = {name: original for name, (_, _, original) in found.items() if original != name}
    owner = {name: i for i, (names, _, _) in enumerate(defs) for name in names}
    mentions = {i: used for i, (_, _, used) in enumerate(defs)}
    uses = {i: {owner[n] for n in used if n in owner and owner[n] != i} for i, used in mentions.items()}
    components = _groups(strongly_connected(uses), uses, MAX_IMPORT_DEPTH)
    modules = NameScope({"__init__"})
    module_of: dict[int, str] = {}
    for component in components:
        module = modules.claim("_" + short(identifier(defs[component[0]][0][0])))
        for i in component:
            module_of[i] = module
    inherited = _inherited(tree, owner, mentions, components)
    files: dict[str, str] = {}
    for component in sorted(components):
        module = module_of[component[0]]
        wanted = {"annotations": ("__future__", 0)}
        reexported = dict(renamed)
        for i in component:
            wanted.update({n: imported[n] for n in mentions[i] if n in imported and n not in owner})
            for j in uses[i]:
                if module_of[j] != module:
                    wanted.update({name: (module_of[j], 1) for name in defs[j][0]})
            for name in inherited.get(i, ()):
                if module_of[owner[name]] != module and name not in wanted:
                    wanted[name] = (module_of[owner[name]], 1)
                    reexported[name] = name  # `import X as X`: not unused, to ruff (F401)
        body = "\n\n\n".join(defs[i][1] for i in component)
        # The formatter's rule: two blank lines before a class, one before other code.
        gap = "\n\n\n" if body.startswith(("class ", "@")) else "\n\n"
        files[f"{module}.py"] = f"{lines[0]}\n{import_block(wanted, renamed=reexported)}{gap}{body}\n"
    names = sorted(owner, key=str)
    by_module = sorted(names, key=lambda n: (_natural(module_of[owner[n]]), _name_order(n)))  # as isort sorts
    return ModelsPackage(
        files,
        [(n, module_of[owner[n]]) for n in names],
        [(n, module_of[owner[n]]) for n in by_module],
    )
