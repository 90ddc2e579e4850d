"""Hashes of the generator's own code, for cache keys that cannot go stale: a module's
digest covers its source and the source of every generator module it imports, directly
or not, found by reading the import statements (those inside functions too)."""

from __future__ import annotations

import hashlib
import re
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


# The generator's own imports, absolute as the project writes them (tests/test_layout.py
# refuses relative ones, and checks these against a full parse); a regular expression
# reads them at a fraction of the cost of parsing every module on every run.
_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(generator[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)"
    r"|import[ \t]+(generator[\w.]*))",
    re.M,
)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for base, names, plain in _IMPORT.findall(path.read_text(encoding="utf-8")):
        if plain:
            found.add(plain)
            continue
        found.add(base)
        for name in names.strip("()").replace("\n", " ").split(","):
            name = name.split("#")[0].strip().split(" as ")[0].strip()
            if name:
                found.add(f"{base}.{name}")
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
        todo.extend(_imports(path))
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
