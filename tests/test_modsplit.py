"""The models package layout: one module per schema (per reference cycle), and no chain
of nested imports longer than MAX_IMPORT_DEPTH."""

from __future__ import annotations

import re

import pytest

from generator.models.split import MAX_IMPORT_DEPTH, split_models

pytestmark = pytest.mark.unit

HEADER = "# header\nfrom __future__ import annotations\n\nfrom ._base import SDKModel\n"


def models_code(edges: dict[str, list[str]]) -> str:
    classes = [
        f"class {name}(SDKModel):\n"
        + "".join(f"    f_{ref.lower()}: {ref} | None = None\n" for ref in refs)
        + ("    x: int | None = None\n" if not refs else "")
        for name, refs in edges.items()
    ]
    return HEADER + "\n\n" + "\n\n".join(classes)


def imports(files: dict[str, str]) -> dict[str, set[str]]:
    return {
        name.removesuffix(".py"): set(re.findall(r"^from \.(_\w+) import", text, re.M))
        for name, text in files.items()
    }


def longest_chain(graph: dict[str, set[str]]) -> int:
    """The most modules one import nests; fails when the imports form a cycle."""
    depth: dict[str, int] = {}
    pending = dict(graph)
    while pending:
        ready = [m for m, deps in pending.items() if all(d in depth for d in deps)]
        assert ready, f"the imports form a cycle among {sorted(pending)[:5]}"
        for module in ready:
            depth[module] = 1 + max((depth[d] for d in pending.pop(module)), default=0)
    return max(depth.values())


def test_one_module_per_schema_and_one_per_cycle() -> None:
    edges = {"A": ["B"], "B": ["C"], "C": ["B"], "D": []}
    split = split_models(models_code(edges))
    files = split.modules
    assert sorted(files) == ["_a.py", "_b.py", "_d.py"]
    assert split.exports == [("A", "_a"), ("B", "_b"), ("C", "_b"), ("D", "_d")]
    assert "class C(" in files["_b.py"]
    assert imports(files) == {"_a": {"_b"}, "_b": set(), "_d": set()}


@pytest.mark.parametrize("length", [MAX_IMPORT_DEPTH, MAX_IMPORT_DEPTH + 1, 300])
def test_long_chains_are_merged_to_the_import_depth(length: int) -> None:
    edges = {f"S{i}": ([f"S{i + 1}"] if i + 1 < length else []) for i in range(length)}
    split = split_models(models_code(edges))
    files = split.modules
    graph = imports(files)
    assert longest_chain(graph) <= MAX_IMPORT_DEPTH
    if length <= MAX_IMPORT_DEPTH:
        assert len(graph) == length, "a chain that fits keeps one module per schema"
    # Every class is defined exactly once, and the index names its module.
    defined = [c for text in files.values() for c in re.findall(r"^class (\w+)\(", text, re.M)]
    assert sorted(defined) == sorted(edges)
    for name, module in split.exports:
        assert f"class {name}(" in files[f"{module}.py"]
    assert sorted(name for name, _ in split.exports) == sorted(edges)


def test_merging_keeps_unrelated_branches_apart() -> None:
    """Two long chains merged band by band: a merged module holds one chain's schemas."""
    length = 2 * MAX_IMPORT_DEPTH
    edges = {}
    for chain in "AB":
        edges |= {f"{chain}{i}": ([f"{chain}{i + 1}"] if i + 1 < length else []) for i in range(length)}
    files = split_models(models_code(edges)).modules
    for name, text in files.items():
        kinds = {c[0] for c in re.findall(r"^class (\w+)\(", text, re.M)}
        assert len(kinds) == 1, (name, kinds)
    assert longest_chain(imports(files)) <= MAX_IMPORT_DEPTH
