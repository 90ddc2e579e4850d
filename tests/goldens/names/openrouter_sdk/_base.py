"""Base classes of the generated models, and lenient parsing.

`defer_build` keeps importing the models module cheap: a model's validator is built
on first use, and only for the models that use reaches. Where those nest deep, they are
built dependencies first (see `_build_dependencies`), so that building one never nests
deeper than its own reference cycle, however long the chain of models below it.

Responses are read leniently: unknown fields are kept (`model_extra`), unknown enum
values parse (as an `UNKNOWN` member holding the raw value), and when a body does not
validate, `lenient()` keeps every part that does and the raw value of every part that
does not (a required field that is missing reads as None) instead of failing.
"""

from __future__ import annotations

import sys
import threading
import types
import typing
from collections.abc import Callable, Mapping
from enum import Enum, IntEnum
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

__all__ = ["OpenEnum", "OpenIntEnum", "OpenStrEnum", "SDKModel", "lenient"]


class SDKModel(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
    )

    @classmethod
    def model_rebuild(
        cls,
        *,
        force: bool = False,
        raise_errors: bool = True,
        _parent_namespace_depth: int = 2,
        _types_namespace: Mapping[str, Any] | None = None,
    ) -> bool | None:
        if not cls.__pydantic_complete__:
            _build_dependencies(cls.__module__)
        models = _cycle_size(cls.__module__)
        if models > _INLINE_DEPTH and not getattr(_BUILDING, "active", False):
            # The module's names are all its models need (each imports what it uses).
            rebuild = super().model_rebuild
            return _on_big_stack(
                models,
                lambda: rebuild(
                    force=force,
                    raise_errors=raise_errors,
                    _parent_namespace_depth=0,
                    _types_namespace=_types_namespace,
                ),
            )
        return super().model_rebuild(
            force=force,
            raise_errors=raise_errors,
            # One frame further from the caller whose namespace pydantic reads.
            _parent_namespace_depth=_parent_namespace_depth + 1
            if _parent_namespace_depth > 0
            else 0,
            _types_namespace=_types_namespace,
        )


# The generated model modules (one per schema, or per cycle of schemas), and those of them
# whose dependencies are all built.
_MODELS = __name__.rpartition(".")[0] + ".models."
_READY: set[str] = set()
# pydantic builds a model whose references are not built yet by building them inside it,
# one nesting (about 11 frames) per model. Up to this many models deep, that is left to
# it; deeper, the models below are built first, each on its own, and then reused.
_INLINE_DEPTH = 40
_LOCK = threading.RLock()  # one big build at a time: they change process-wide settings
_T = TypeVar("_T")


_BUILDING = threading.local()
# C stack for one model of a cycle built on its own thread: about 16 frames of a few
# hundred bytes each, with room to spare (the pages are only reserved until used).
_STACK_PER_MODEL = 64 * 1024
_STACK_BASE = 16 * 1024 * 1024


def _cycle_size(module: str) -> int:
    """How many models `module` (one reference cycle) defines; 0 for other modules."""
    return len(_own_models(module)) if module.startswith(_MODELS) and module in sys.modules else 0


def _on_big_stack(models: int, build: Callable[[], _T]) -> _T:
    """`build()` for a cycle of `models` models, which pydantic builds all at once, nesting
    about 11 frames per model: a thousand of them would overflow the C stack of the main
    thread (8 MiB on Linux; Python 3.10 segfaults) and pass the recursion limit. So the
    build runs on a thread of its own with a stack sized for the cycle and the recursion
    limit raised by what it needs (both set back after); the caller waits for it."""
    outcome: list[Any] = []

    def run() -> None:
        _BUILDING.active = True
        try:
            outcome.append((True, build()))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append((False, exc))

    with _LOCK:
        limit, size = sys.getrecursionlimit(), threading.stack_size()
        sys.setrecursionlimit(limit + 16 * models)
        try:
            threading.stack_size(_STACK_BASE + _STACK_PER_MODEL * models)
            worker = threading.Thread(target=run, name="sdk-model-build")
            worker.start()
        finally:
            threading.stack_size(size)
        try:
            worker.join()
        finally:
            sys.setrecursionlimit(limit)
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def _dependencies(module: str) -> set[str]:
    """The model modules whose models or aliases `module` imports: each imports exactly
    the names it uses."""
    found: set[str] = set()
    for value in list(vars(sys.modules[module]).values()):
        owner = getattr(value, "__module__", None)
        if (
            isinstance(owner, str)
            and owner != module
            and owner.startswith(_MODELS)
            and owner in sys.modules
            and (_is_model(value) or type(value).__name__ == "TypeAliasType")
        ):
            found.add(owner)
    return found


def _own_models(module: str) -> list[type[BaseModel]]:
    return [
        value
        for value in list(vars(sys.modules[module]).values())
        if _is_model(value) and value.__module__ == module
    ]


def _build_dependencies(module: str) -> None:
    """Before a model of `module` is built: when the models it reaches nest deeper than
    _INLINE_DEPTH (a chain of a hundred would pass Python's recursion limit), build those
    of every module it depends on first, leaves first, without recursion."""
    if module in _READY or not module.startswith(_MODELS) or module not in sys.modules:
        return
    order: list[str] = []  # dependencies before dependents
    depth: dict[str, int] = {}  # the most models a build starting in the module nests
    stack = [(module, iter(_dependencies(module)))]
    seen = {module}
    while stack:
        current, pending = stack[-1]
        for dependency in pending:
            if dependency not in seen and dependency not in _READY:
                seen.add(dependency)
                stack.append((dependency, iter(_dependencies(dependency))))
                break
        else:
            stack.pop()
            order.append(current)
            below = (depth.get(d, 0) for d in _dependencies(current))
            depth[current] = len(_own_models(current)) + max(below, default=0)
    if depth[module] <= _INLINE_DEPTH:
        return
    for name in order:
        _READY.add(name)  # before its models are built: their own rebuild finds nothing to do
        if name != module:  # the model being built takes what it needs from its own module
            for model in _own_models(name):
                if not model.__pydantic_complete__:
                    model.model_rebuild()


def build_models(tp: Any) -> None:
    """Build the models a type mentions (through aliases, unions, lists...) the same way."""
    stack = [tp]
    while stack:
        current = stack.pop()
        if _is_model(current):
            if not current.__pydantic_complete__:
                current.model_rebuild()
        elif type(current).__name__ == "TypeAliasType":
            _build_dependencies(getattr(current, "__module__", ""))
            stack.append(getattr(current, "__value__", None))
        else:
            stack.extend(typing.get_args(current))


# Every open enum prints as its value (`f"{reason}" == "stop"`, `str(reason)` too), on
# every Python version: what logs and f-strings show is what the API sent.
class OpenEnum(Enum):
    """An enum of mixed or untyped values that accepts values it does not list."""

    def __str__(self) -> str:
        return str(self._value_)

    def __format__(self, format_spec: str) -> str:
        return format(self._value_, format_spec)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            return None
        member = object.__new__(cls)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


class OpenStrEnum(str, Enum):
    """A string enum that accepts values it does not list (as `UNKNOWN`)."""

    def __str__(self) -> str:
        return str(self._value_)

    def __format__(self, format_spec: str) -> str:
        return format(self._value_, format_spec)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


class OpenIntEnum(IntEnum):
    """An integer enum that accepts values it does not list (as `UNKNOWN`)."""

    def __str__(self) -> str:
        return str(self._value_)

    def __format__(self, format_spec: str) -> str:
        return format(self._value_, format_spec)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


_ADAPTERS: dict[Any, TypeAdapter[Any] | None] = {}


def _strict(tp: Any, value: Any) -> tuple[bool, Any]:
    """(True, validated) when `value` validates as `tp`."""
    try:
        adapter = _ADAPTERS.get(tp)
        if adapter is None:
            build_models(tp)
            adapter = _ADAPTERS[tp] = TypeAdapter(tp)
        return True, adapter.validate_python(value)
    except ValidationError:
        return False, None
    except TypeError:  # unhashable or not a type pydantic knows
        return False, None


def _unwrap(tp: Any) -> Any:
    """The type behind type aliases and `Annotated`."""
    while True:
        if type(tp).__name__ == "TypeAliasType" and hasattr(tp, "__value__"):
            tp = tp.__value__
        elif typing.get_origin(tp) is typing.Annotated:
            tp = typing.get_args(tp)[0]
        else:
            return tp


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def lenient(tp: Any, value: Any) -> Any:
    """`value` read as `tp` as far as it goes: what validates is typed, what does not
    keeps its raw value; an object nobody declared becomes a generic model."""
    ok, result = _strict(tp, value)
    if ok:
        return result
    tp = _unwrap(tp)
    origin = typing.get_origin(tp)
    if _is_model(tp):
        return _lenient_model(tp, value) if isinstance(value, dict) else value
    if origin in (list, tuple, typing.Sequence) and isinstance(value, list):
        (item,) = typing.get_args(tp)[:1] or (Any,)
        return [lenient(item, v) for v in value]
    if origin is dict and isinstance(value, dict):
        item = typing.get_args(tp)[1] if len(typing.get_args(tp)) == 2 else Any
        return {k: lenient(item, v) for k, v in value.items()}
    if origin in (typing.Union, types.UnionType):
        return _lenient_union(typing.get_args(tp), value)
    return value


def _lenient_union(members: tuple[Any, ...], value: Any) -> Any:
    for member in members:
        ok, result = _strict(member, value)
        if ok:
            return result
    if not isinstance(value, dict):
        return value
    models = [m for m in map(_unwrap, members) if _is_model(m)]
    for model in models:  # the variant whose tag (a one-value Literal field) matches
        if any(value.get(key) == tag for key, tag in _tags(model)):
            return _lenient_model(model, value)
    if models and not any(key in value for model in models for key, _ in _tags(model)):
        # No tag at all (the document's own examples omit it): the variant it fits best.
        best = max(models, key=lambda model: _fit(model, value))
        if _fit(best, value)[0]:
            return _lenient_model(best, value)
    return SDKModel.model_construct(**value)  # e.g. an event type added after generation


def _tags(model: type[BaseModel]) -> list[tuple[str, Any]]:
    """(wire name, value) of the model's one-value Literal fields: what tags its variant."""
    found = []
    for name, field in model.model_fields.items():
        args = typing.get_args(_unwrap(field.annotation))
        if typing.get_origin(_unwrap(field.annotation)) is typing.Literal and len(args) == 1:
            found.append((field.alias or name, args[0]))
    return found


def _fit(model: type[BaseModel], value: dict[str, Any]) -> tuple[int, int]:
    """(keys of `value` the model declares, minus the required fields `value` lacks)."""
    keys = {field.alias or name for name, field in model.model_fields.items()}
    required = {
        field.alias or name for name, field in model.model_fields.items() if field.is_required()
    }
    tagged = {key for key, _ in _tags(model)}
    return len(keys & set(value)), -len(required - set(value) - tagged)


def _lenient_model(model: type[BaseModel], value: dict[str, Any]) -> BaseModel:
    values: dict[str, Any] = {}
    present: set[str] = set()  # what the server sent: a dump with exclude_unset shows only these
    known: set[str] = set()
    for name, field in model.model_fields.items():
        key = field.alias or name
        known.update((key, name))
        if key in value or name in value:
            values[name] = lenient(field.annotation, value[key if key in value else name])
            present.add(name)
        elif field.is_required():
            values[name] = None
    extra = {k: v for k, v in value.items() if k not in known}
    return model.model_construct(_fields_set=present, **values, **extra)
