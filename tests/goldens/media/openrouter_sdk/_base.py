"""Base classes of the generated models, and lenient parsing.

`defer_build` keeps importing the models module cheap: a model's validator is built
on first use, and only for the models that use reaches. Where those nest deep, they are
built dependencies first (see `_build_dependencies`), so that building one never nests
deeper than its own reference cycle, however long the chain of models below it.

Responses are read leniently, by each model's own validator (`_lenient`): unknown
fields are kept (`model_extra`), unknown enum values parse (as an `UNKNOWN` member
holding the raw value), and a field the server did not send, or sent as another type,
is left out: reading it raises `FieldNotSentError`.
"""

from __future__ import annotations

import sys
import threading
import typing
from collections.abc import Callable, Mapping
from enum import Enum, EnumMeta, IntEnum
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

from . import _lenient

__all__ = ["OpenEnum", "OpenIntEnum", "OpenStrEnum", "SDKModel", "build_models"]


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

    @classmethod
    def __pydantic_on_complete__(cls) -> None:
        _lenient.install(cls)

    if not typing.TYPE_CHECKING:  # pyright sees pydantic's own: the fields, typed

        def __init__(self, /, **data: Any) -> None:
            """pydantic's strict validator: a model built by hand lacks no required field."""
            cls = type(self)
            if not cls.__pydantic_complete__:
                cls.model_rebuild()
            validator = cls.__dict__.get("__sdk_strict__") or cls.__pydantic_validator__
            validator.validate_python(data, self_instance=self)

        @classmethod
        def model_validate(cls, *args: Any, **kwargs: Any) -> Any:
            try:
                return super().model_validate(*args, **kwargs)
            finally:
                _lenient.drain()

        @classmethod
        def model_validate_json(cls, *args: Any, **kwargs: Any) -> Any:
            try:
                return super().model_validate_json(*args, **kwargs)
            finally:
                _lenient.drain()

        def __getattr__(self, name: str) -> Any:
            error = _lenient.not_sent(self, name)
            if error is not None:
                raise error
            return super().__getattr__(name)


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


_UNKNOWN: dict[tuple[type, type, object], Any] = {}


def _unknown(cls: type, value: object, member: Any) -> Any:
    """One UNKNOWN member per enum and value (a body repeats its values: a 300-model body
    its new modality 300 times); at most 1,000 kept."""
    if len(_UNKNOWN) < 1000:
        _UNKNOWN[(cls, type(value), value)] = member
        if type(value) is str:  # the enum call's first lookup (_OpenEnumType) finds it then
            cls._value2member_map_.setdefault(value, member)  # type: ignore[attr-defined]
    return member


if typing.TYPE_CHECKING:  # pyright sees the enum call it knows
    _OpenEnumType = EnumMeta
else:

    class _OpenEnumType(EnumMeta):
        """`E(value)` of a value already seen, by one lookup: pydantic-core calls it for
        each value missing from the lookup it built with the class, so once per unknown
        value a body holds (300 times in a 300-model body with one new modality); the
        plain enum call goes through `Enum.__new__` for the same lookup."""

        def __call__(cls, value, *args, **kwargs):
            if not args and not kwargs:
                try:
                    return cls._value2member_map_[value]
                except (KeyError, TypeError):  # a new value, or an unhashable one
                    pass
            return super().__call__(value, *args, **kwargs)


# Every open enum prints as its value (`f"{reason}" == "stop"`, `str(reason)` too), on
# every Python version: what logs and f-strings show is what the API sent.
class OpenEnum(Enum, metaclass=_OpenEnumType):
    """An enum of mixed or untyped values that accepts values it does not list."""

    def __str__(self) -> str:
        return str(self._value_)

    def __format__(self, format_spec: str) -> str:
        return format(self._value_, format_spec)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            return None
        known = _UNKNOWN.get((cls, type(value), value))
        if known is not None:
            return known
        member = object.__new__(cls)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return _unknown(cls, value, member)


class OpenStrEnum(str, Enum, metaclass=_OpenEnumType):
    """A string enum that accepts values it does not list (as `UNKNOWN`)."""

    def __str__(self) -> str:
        return str(self._value_)

    def __format__(self, format_spec: str) -> str:
        return format(self._value_, format_spec)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        known = _UNKNOWN.get((cls, type(value), value))
        if known is not None:
            return known
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return _unknown(cls, value, member)


class OpenIntEnum(IntEnum, metaclass=_OpenEnumType):
    """An integer enum that accepts values it does not list (as `UNKNOWN`)."""

    def __str__(self) -> str:
        return str(self._value_)

    def __format__(self, format_spec: str) -> str:
        return format(self._value_, format_spec)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        known = _UNKNOWN.get((cls, type(value), value))
        if known is not None:
            return known
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return _unknown(cls, value, member)


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)
