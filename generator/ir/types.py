"""Type expressions of the IR: a small algebra of Python types, rendered two ways: as an
annotation (names as imported under TYPE_CHECKING) and as a runtime expression (names
looked up on the lazily imported models module), so that importing an API module imports
no models."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


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
class External:
    """A type the models module takes from pydantic or the standard library
    (`AwareDatetime`, `UUID`, `date`, ...), by the name it imports it as."""

    name: str


@dataclass(frozen=True)
class SchemaType:
    """The type of the schema at `pointer` (a JSON pointer into the document): the class or
    alias the models stage made for it, else `shape`. The reader writes these; emit
    resolves them through the models' index, so reading never depends on the models."""

    pointer: str
    shape: TypeExpr


@dataclass(frozen=True)
class FieldType:
    """The type of property `name` of the object schema at `owner`: the models stage's
    annotation of that field, else `shape`."""

    owner: str
    name: str
    shape: TypeExpr


TypeExpr = Prim | Named | ListOf | DictOf | UnionOf | LiteralOf | External | SchemaType | FieldType

ANY = Prim("Any")
