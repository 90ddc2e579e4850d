"""The names lock (`specs/names.lock.json`): every public name of the generated package,
so that a regeneration cannot silently drop one.

It holds the model classes and aliases of `<package>.models` (each with its structural
fingerprint, naming.shapes, and the JSON pointer of its schema), the API module functions
(`module.function`, each with the operation it calls; the `_async` twin goes with it), the
client's groups and methods (`group.method`) and the package's top-level exports.

`reconcile` compares the committed lock with what a generation names now. A name that
is gone is kept as a deprecated alias of the name that now holds its structure (a model
with the same fingerprint, or the class now made for the same place of the document when
that place names no union member by position), or else recorded as removed: removals
make a major release. A function or method gone is recorded as removed, with the name
that now calls the same operation if there is one (no alias is generated for those). `sdkgen generate`
reads the lock and never writes it; `sdkgen generate --update-names` (`make update`)
writes the reconciled one; `sdkgen check` fails when the lock is not the reconciled one.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator.errors import ConfigError
from generator.paths import display_path

VERSION = 1
# A pointer through a union member or an `allOf` part names it by position, which
# renumbers when the document reorders them: such a place identifies nothing.
_POSITIONAL = re.compile(r"/(anyOf|oneOf|allOf|prefixItems)/\d+(/|$)")


@dataclass(frozen=True)
class Model:
    fingerprint: str | None
    pointer: str | None
    alias_of: str | None = None  # a deprecated alias: the name it stands for now


@dataclass(frozen=True)
class Callable_:
    """A function (`module.function`) or a client method (`group.method`)."""

    operation: str  # "METHOD /path"
    alias_of: str | None = None  # reserved: no alias is generated for functions yet


@dataclass(frozen=True)
class NamesLock:
    models: dict[str, Model] = field(default_factory=dict)
    functions: dict[str, Callable_] = field(default_factory=dict)
    methods: dict[str, Callable_] = field(default_factory=dict)
    groups: tuple[str, ...] = ()
    exports: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        def callables(entries: Mapping[str, Callable_]) -> dict[str, Any]:
            return {
                name: {"operation": c.operation, **({"alias_of": c.alias_of} if c.alias_of else {})}
                for name, c in sorted(entries.items())
            }

        return {
            "version": VERSION,
            "exports": sorted(self.exports),
            "groups": sorted(self.groups),
            "functions": callables(self.functions),
            "methods": callables(self.methods),
            "models": {
                name: {
                    "fingerprint": m.fingerprint,
                    "pointer": m.pointer,
                    **({"alias_of": m.alias_of} if m.alias_of else {}),
                }
                for name, m in sorted(self.models.items())
            },
        }

    def text(self) -> str:
        """The lock file's bytes: the same names give the same text."""
        return json.dumps(self.as_json(), indent=1, sort_keys=True, ensure_ascii=True) + "\n"

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> NamesLock:
        def callables(entries: Mapping[str, Any]) -> dict[str, Callable_]:
            return {n: Callable_(str(c["operation"]), c.get("alias_of")) for n, c in entries.items()}

        return NamesLock(
            models={
                n: Model(m.get("fingerprint"), m.get("pointer"), m.get("alias_of"))
                for n, m in (data.get("models") or {}).items()
            },
            functions=callables(data.get("functions") or {}),
            methods=callables(data.get("methods") or {}),
            groups=tuple(data.get("groups") or ()),
            exports=tuple(data.get("exports") or ()),
        )


def load(path: Path | None) -> NamesLock | None:
    """The committed lock; None when there is none (nothing to keep yet)."""
    if path is None or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{display_path(path)}: not a names lock: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ConfigError(f"{display_path(path)}: not a names lock of version {VERSION}")
    return NamesLock.from_json(data)


@dataclass(frozen=True)
class Reconciled:
    """What a generation does about the lock: aliases to keep (old name -> current name),
    names removed for good, and the lock `--update-names` writes."""

    lock: NamesLock
    model_aliases: dict[str, str] = field(default_factory=dict)
    removed: tuple[str, ...] = ()  # "model X", "function m.f", "method g.m", "group g", "export X"
    renamed: tuple[str, ...] = ()  # notes on the aliases made by this reconciliation

    @property
    def notes(self) -> list[str]:
        return [*self.renamed, *(f"Removed {what} (the names lock had it)." for what in self.removed)]


def reconcile_models(
    old: NamesLock | None, current: Mapping[str, Model], place: Callable[[str], str | None]
) -> dict[str, str]:
    """The deprecated model aliases: old name -> the current class that holds its structure.
    `place(pointer)` is the class now made for the schema at a pointer of the document."""
    if old is None:
        return {}
    by_shape: dict[str, list[str]] = {}
    for name, model in sorted(current.items()):
        if model.fingerprint and model.alias_of is None:
            by_shape.setdefault(model.fingerprint, []).append(name)
    aliases: dict[str, str] = {}
    for name, model in sorted(old.models.items()):
        if name in current:
            continue
        found = by_shape.get(model.fingerprint or "", [])
        # A name the old lock did not know is the likelier successor; then the closest name.
        fresh = [n for n in found if n not in old.models] or found
        if fresh:
            aliases[name] = max(fresh, key=lambda n: (difflib.SequenceMatcher(None, name, n).ratio(), n))
        elif model.pointer and not _POSITIONAL.search(model.pointer):
            target = place(model.pointer)
            if target is not None and target in current:
                aliases[name] = target
    return aliases


def reconcile(old: NamesLock | None, current: NamesLock, model_aliases: Mapping[str, str]) -> Reconciled:
    """The committed lock `old` against the names of this generation (`current`, without
    aliases), given the model aliases kept (reconcile_models)."""
    if old is None:
        return Reconciled(current)
    models = dict(current.models)
    renamed: list[str] = []
    for name, target in sorted(model_aliases.items()):
        models[name] = replace(old.models[name], alias_of=target)
        if old.models[name].alias_of != target:
            renamed.append(f"Renamed model {name} to {target}; {name} is kept as a deprecated alias.")
    removed = [f"model {n}" for n in sorted(set(old.models) - set(models))]
    removed += _renamed_callables(old.functions, current.functions, "function")
    removed += _renamed_callables(old.methods, current.methods, "method")
    removed += [f"group {n}" for n in sorted(set(old.groups) - set(current.groups))]
    removed += [f"export {n}" for n in sorted(set(old.exports) - set(current.exports))]
    lock = replace(current, models=models)
    return Reconciled(lock, dict(model_aliases), tuple(removed), tuple(renamed))


def _renamed_callables(
    old: Mapping[str, Callable_], current: Mapping[str, Callable_], kind: str
) -> list[str]:
    """What became of the functions or methods gone since `old`: a name whose operation is
    still there, in the same module or group, was renamed (no alias is generated for
    functions and methods yet, so that is a removal too); else removed."""
    by_operation: dict[tuple[str, str], str] = {}
    for name, entry in sorted(current.items()):
        by_operation.setdefault((name.rpartition(".")[0], entry.operation), name)
    gone = []
    for name, entry in sorted(old.items()):
        if name not in current:
            target = by_operation.get((name.rpartition(".")[0], entry.operation))
            gone.append(f"{kind} {name}" + (f" (now {target}, for {entry.operation})" if target else ""))
    return gone
