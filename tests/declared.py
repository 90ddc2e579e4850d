"""Whether a value is of a declared type, where the type is a model class or a type alias
(a union, a list: later documents type some results that way)."""

from __future__ import annotations

import types
import typing
import warnings
from typing import Any

import pydantic


def is_declared(value: Any, declared: Any) -> bool:
    """`declared` unwrapped (alias, Annotated, union: any member); a model class by
    isinstance, since a lenient parse may keep a member whose tag the answer left out;
    anything else by validating it."""
    declared = getattr(declared, "__value__", declared)  # a TypeAliasType
    origin = typing.get_origin(declared)
    if origin is typing.Annotated:
        return is_declared(value, typing.get_args(declared)[0])
    if origin in (typing.Union, types.UnionType):
        return any(is_declared(value, member) for member in typing.get_args(declared))
    if isinstance(declared, type) and issubclass(declared, pydantic.BaseModel):
        return isinstance(value, declared)
    if origin is list and isinstance(value, list):
        (item,) = typing.get_args(declared) or (Any,)
        return all(is_declared(v, item) for v in typing.cast("list[Any]", value))
    if isinstance(declared, type):
        return isinstance(value, declared)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a raw value kept in a typed field makes pydantic warn
        try:
            pydantic.TypeAdapter(declared).validate_python(value, strict=False)
        except pydantic.ValidationError:
            return False
    return True


def name_of(declared: Any) -> str:
    return getattr(declared, "__name__", None) or str(declared)
