"""Hashes of the generator's own code, for cache keys that cannot go stale: a module's
digest covers its source and the source of every generator module it imports, directly
or not, found by reading the import statements (those inside functions too)."""

from __future__ import annotations

import ast
import hashlib
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent  # the `generator` package


def _path(module: str) -> Path | None:
    """The file of `generator.x.y`, or None when it is not one of ours."""
    parts = module.split(".")
    if parts[0] != "generator":
        return None
    base = PACKAGE.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(module: str, path: Path) -> set[str]:
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    return {m for m in found if _path(m) is not None}


@cache
def closure(module: str) -> tuple[Path, ...]:
    """The files of `module` and of every generator module it imports, transitively."""
    seen: dict[str, Path] = {}
    todo = [module]
    while todo:
        name = todo.pop()
        path = _path(name)
        if path is None or name in seen:
            continue
        seen[name] = path
        todo.extend(_imports(name, path))
        parent = name.rpartition(".")[0]
        if parent:
            todo.append(parent)  # importing a module runs its package's __init__
    return tuple(sorted(set(seen.values())))


def digest(*modules: str) -> str:
    """A hash of the code of `modules` and everything of ours they import."""
    h = hashlib.sha256()
    for path in sorted({p for m in modules for p in closure(m)}):
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def all_sources() -> list[Path]:
    """Every source file of the generator."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
