"""The generator's shape, as ../shared/design/ARCHITECTURE.md asks: small modules, no import
cycles (imports inside functions count), and the IR as the seam between reading the spec
and writing code; and cache keys that follow every module they depend on."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator import fingerprint
from tests.conftest import ROOT

pytestmark = pytest.mark.unit

PACKAGE = ROOT / "generator"
MAX_LINES = 400


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The generator modules `name` imports, anywhere in it."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        candidates: list[str] = []
        if isinstance(node, ast.Import):
            candidates = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = ".".join(parts[: len(parts) - node.level + 1]) if node.level else ""
            base = ".".join(p for p in (base, node.module or "") if p)
            candidates = [base] + [f"{base}.{a.name}" for a in node.names]
        for target in candidates:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                targets.add(target)
    return targets


def graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imports_of(name, path, set(found)) for name, path in found.items()}


def test_no_module_is_long() -> None:
    long = {
        name: n for name, path in modules().items() if (n := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines (one job each): {long}"


def test_no_import_cycles() -> None:
    edges = graph()
    cycles = []
    for start in sorted(edges):
        stack, seen = [(start, [start])], set()
        while stack:
            node, path = stack.pop()
            for target in edges[node]:
                if target == start:
                    cycles.append(" -> ".join([*path, start]))
                elif target not in seen:
                    seen.add(target)
                    stack.append((target, [*path, target]))
    assert not cycles, cycles[:5]


def reach(start: str, edges: dict[str, set[str]]) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for target in edges[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


@pytest.mark.parametrize(
    "stage", ["generator.read.document", "generator.spec.checks", "generator.naming.operations"]
)
def test_reading_and_naming_do_not_depend_on_the_models_or_emit(stage: str) -> None:
    """The IR is the seam: reading the spec (and naming it) knows nothing of the models
    stage or of how code is written."""
    reached = reach(stage, graph())
    assert not {m for m in reached if m.startswith(("generator.models", "generator.emit", "generator.build"))}


def test_imports_inside_functions_count(tmp_path: Path) -> None:
    """A cycle hidden in a function-level import is still a cycle."""
    (tmp_path / "a.py").write_text("def f():\n    from generator.b import g\n")
    known = {"generator.a", "generator.b"}
    assert imports_of("generator.a", tmp_path / "a.py", known) == {"generator.b"}


def test_imports_are_absolute() -> None:
    """The cache keys read imports with a regular expression that knows absolute ones only."""
    relative = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in modules().values()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.level
    ]
    assert not relative


def test_cache_keys_cover_every_module_a_stage_imports() -> None:
    edges, files = graph(), modules()
    for stage in ("generator.models.codegen", "generator.build.format", "generator.build.pipeline"):
        parsed = {files[m] for m in reach(stage, edges) | {stage}}
        assert parsed <= set(fingerprint.closure(stage)), stage


def test_cache_keys_follow_nested_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key hashes the code of every generator module its stage imports, at any depth
    (a hand-bumped version went stale when a nested module changed)."""
    models_stage = {
        p.relative_to(PACKAGE).as_posix() for p in fingerprint.closure("generator.models.codegen")
    }
    assert {"models/codegen.py", "models/index.py", "models/rewrite.py", "naming/words.py"} <= models_stage
    formatting = {p.relative_to(PACKAGE).as_posix() for p in fingerprint.closure("generator.build.format")}
    assert {"models/split.py", "build/tree.py"} <= formatting
    # Changing a nested module changes the key.
    copy = tmp_path / "generator"
    for path in modules().values():
        target = copy / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    monkeypatch.setattr(fingerprint, "PACKAGE", copy)
    fingerprint.closure.cache_clear()
    before = fingerprint.digest("generator.models.codegen")
    words = copy / "naming" / "words.py"
    words.write_text(words.read_text() + "\n# changed\n")
    fingerprint.closure.cache_clear()
    assert fingerprint.digest("generator.models.codegen") != before
    assert {p.name for p in fingerprint.all_sources()} >= {"words.py", "checks.py", "rules.py"}
    fingerprint.closure.cache_clear()
