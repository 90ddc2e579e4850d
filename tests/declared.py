"""Whether a value is of a declared type, where the type is a model class or a type alias
(a union, a list: later documents type some results that way)."""

from __future__ import annotations

import warnings
from typing import Any

import pydantic


def is_declared(value: Any, declared: Any) -> bool:
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
