"""The names a generation gives the package's public surface, and what the committed names
lock (naming.lock) makes of them: the deprecated aliases to write, the removals to record."""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.ir.api import Api, Operation
from generator.models.index import ModelIndex
from generator.naming import lock as names_lock
from generator.naming.shapes import Shapes
from generator.spec.pointer import lookup, resolve
from generator.surface import Surface


@dataclass(frozen=True)
class ModelNames:
    """The models part of a generation's names: every class and alias with its shape, and
    the deprecated aliases the committed lock asks for (old name -> current name)."""

    old: names_lock.NamesLock | None
    models: dict[str, names_lock.Model]
    aliases: dict[str, str]


def model_names(doc: Mapping[str, Any], index: ModelIndex, old: names_lock.NamesLock | None) -> ModelNames:
    shapes = Shapes(doc)
    pointers: dict[str, list[str]] = {}
    for ptr, name in index.by_pointer.items():
        pointers.setdefault(name, []).append(ptr)
    models: dict[str, names_lock.Model] = {}
    for name in sorted(index.kinds):
        # A class made for several places is known by the shortest (the schema itself).
        ptr = min(pointers.get(name, []), key=lambda p: (len(p), p), default=None)
        models[name] = names_lock.Model(shapes.at(ptr) if ptr else None, ptr)

    def place(ptr: str) -> str | None:
        node = lookup(doc, ptr)
        if node is None:
            return None
        _, target = resolve(doc, node, ptr)
        return index.by_pointer.get(target) or index.by_pointer.get(ptr)

    return ModelNames(old, models, names_lock.reconcile_models(old, models, place))


def client_method(op: Operation) -> str:
    """The dotted path of the operation's method under a client (`chat.send`)."""
    return getattr(op, "client_method", "") or f"{op.module}.{op.py_name}"


def exports_of(init_source: str) -> tuple[str, ...]:
    """The names in `__all__` of the package's rendered `__init__.py`."""
    for node in ast.parse(init_source).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
            and isinstance(node.value, (ast.List, ast.Tuple))
        ):
            return tuple(sorted(e.value for e in node.value.elts if isinstance(e, ast.Constant)))
    return ()


def reconciled(api: Api, surface: Surface, models: ModelNames, init_source: str) -> names_lock.Reconciled:
    """This generation's names against the committed lock."""
    functions = {
        name: names_lock.Callable_(function.operation) for name, function in surface.functions.items()
    }
    methods = {client_method(op): names_lock.Callable_(f"{op.method} {op.target}") for op in api.operations}
    groups = sorted({path.rpartition(".")[0] for path in methods} - {""})
    groups = sorted({".".join(g.split(".")[: i + 1]) for g in groups for i in range(g.count(".") + 1)})
    current = names_lock.NamesLock(models.models, functions, methods, tuple(groups), exports_of(init_source))
    return names_lock.reconcile(models.old, current, models.aliases)
