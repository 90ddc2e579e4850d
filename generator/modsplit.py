"""Splits datamodel-code-generator's single models module into a package with one
module per schema (per group of schemas that refer to each other in a cycle), and an
`__init__` that imports a module only when one of its names is first used.

Why: the pinned spec has ~650 models; building all of those classes costs ~0.35 s,
while a chat call needs a few dozen. Modules follow the dependency graph's strongly
connected components, so imports between them never form a cycle, and each module
imports exactly the names it uses from the modules that define them.
"""

from __future__ import annotations

import ast

from generator.naming import NameScope, identifier

INIT_DOC = '''"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from {package}.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""'''


def _definitions(tree: ast.Module, lines: list[str]) -> tuple[list[str], list[tuple[list[str], str]]]:
    """(header import lines, [(names defined, source text)]) in source order; a bare
    string right after a definition (an alias's description) stays with it."""
    header: list[str] = []
    defs: list[tuple[list[str], str]] = []
    for node in tree.body:
        text = "\n".join(lines[node.lineno - 1 : node.end_lineno])
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            header.append(text)
        elif isinstance(node, ast.ClassDef):
            defs.append(([node.name], text))
        elif isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
            defs.append(([t.id for t in node.targets if isinstance(t, ast.Name)], text))  # type: ignore[union-attr]
        elif defs:
            names, previous = defs[-1]
            defs[-1] = (names, previous + "\n" + text)
        else:
            header.append(text)
    return header, defs


def _components(graph: dict[int, set[int]]) -> list[list[int]]:
    """Strongly connected components (Tarjan, iterative), each in ascending order,
    dependencies before dependents."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    result: list[list[int]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(sorted(component))
    return result


def split_models(code: str, package: str) -> dict[str, str]:
    """{file name inside the models package: source} for one generated models module."""
    lines = code.split("\n")
    tree = ast.parse(code)
    header, defs = _definitions(tree, lines)
    header = [h.replace("from ._base import", "from .._base import") for h in header]
    owner = {name: i for i, (names, _) in enumerate(defs) for name in names}
    uses: dict[int, set[int]] = {}
    for i, (names, text) in enumerate(defs):
        mentioned = {n.id for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Name)}
        uses[i] = {owner[n] for n in mentioned if n in owner and owner[n] != i}
    modules = NameScope({"__init__"})
    module_of: dict[int, str] = {}
    files: dict[str, str] = {}
    for component in _components(uses):
        module = modules.claim("_" + identifier(defs[component[0]][0][0]))
        for i in component:
            module_of[i] = module
    for component in sorted(_components(uses)):
        module = module_of[component[0]]
        imports = sorted(
            {
                (module_of[j], name)
                for i in component
                for j in uses[i]
                if module_of[j] != module
                for name in defs[j][0]
            }
        )
        body = "\n\n\n".join(defs[i][1] for i in component)
        deps = "\n".join(f"from .{m} import {n}" for m, n in imports)
        files[f"{module}.py"] = "\n".join(filter(None, [lines[0], "\n".join(header), deps])) + "\n\n\n" + body + "\n"
    names = sorted(owner, key=str)
    checking = "\n".join(f"    from .{module_of[owner[n]]} import {n} as {n}" for n in names)
    table = "\n".join(f"    {n!r}: {module_of[owner[n]]!r}," for n in names)
    exported = "\n".join(f"    {n!r}," for n in names)
    files["__init__.py"] = f'''{INIT_DOC.format(package=package)}

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{checking or "    pass"}

_MODULES: dict[str, str] = {{
{table}
}}

__all__ = [
{exported}
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
'''
    return files
