"""Type expressions of the IR: a small algebra of Python types, rendered two ways: as an
annotation (names as imported under TYPE_CHECKING) and as a runtime expression (names
looked up on the lazily imported models module), so that importing an API module imports
no models."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# ---------------------------------------------------------------- type expressions


@dataclass(frozen=True)
class Prim:
    name: Literal["str", "int", "float", "bool", "None", "Any", "bytes"]


@dataclass(frozen=True)
class Named:
    """A class or type alias defined in the generated models module."""

    name: str
    kind: Literal["model", "enum", "alias"]


@dataclass(frozen=True)
class ListOf:
    item: TypeExpr


@dataclass(frozen=True)
class DictOf:
    value: TypeExpr


@dataclass(frozen=True)
class UnionOf:
    items: tuple[TypeExpr, ...]


@dataclass(frozen=True)
class LiteralOf:
    values: tuple[str | int | float | bool | None, ...]


@dataclass(frozen=True)
class Raw:
    """A type written by datamodel-code-generator (a model field's annotation),
    with the model names it mentions."""

    text: str
    names: tuple[Named, ...]


TypeExpr = Prim | Named | ListOf | DictOf | UnionOf | LiteralOf | Raw

ANY = Prim("Any")
