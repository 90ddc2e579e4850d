"""What the models stage tells the rest of the generator: which class or alias it made for
the schema at each JSON pointer, and the fields of each class with their types.

This is the seam's other side: the IR refers to schemas by pointer (ir.types.SchemaType,
FieldType), and emit resolves those pointers here.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from generator.errors import pointer
from generator.ir.types import (
    ANY,
    DictOf,
    External,
    ListOf,
    LiteralOf,
    Named,
    Prim,
    TypeExpr,
    UnionOf,
)

_PRIMS = {"str", "int", "float", "bool", "bytes", "Any"}


@dataclass
class ModelIndex:
    kinds: dict[str, str]  # name -> "model" | "enum" | "alias"
    bases: dict[str, list[str]]  # model -> base class names defined in the module
    alias_refs: dict[str, set[str]]  # alias -> names it mentions
    by_pointer: dict[str, str]  # schema pointer -> outermost class/alias made for it
    fields: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # class -> its own fields
    enum_values: dict[str, str] = field(default_factory=dict)  # enum -> "str" | "int"
    alias_types: dict[str, str] = field(default_factory=dict)  # alias -> its type, unannotated

    def named(self, name: str) -> Named:
        return Named(name, self.kinds[name])  # type: ignore[arg-type]

    def at(self, ptr: str) -> Named | None:
        """The class or alias made for the schema at `ptr`."""
        name = self.by_pointer.get(ptr)
        return self.named(name) if name and name in self.kinds else None

    def all_fields(self, name: str) -> list[dict[str, Any]]:
        """Fields of a model including inherited ones (allOf subclasses), parents first."""
        seen: dict[str, dict[str, Any]] = {}
        for base in self.bases.get(name, []):
            for f in self.all_fields(base):
                seen[f["name"]] = f
        for f in self.fields.get(name, []):
            seen[f["name"]] = f
        return list(seen.values())

    def field_names(self, owner: str) -> dict[str, str]:
        """{wire name: Python field name} of the class made for the object schema at `owner`."""
        cls = self.at(owner)
        if cls is None or cls.kind != "model":
            return {}
        return {
            (f["alias"] if f.get("alias") is not None else f["name"]): f["name"]
            for f in self.all_fields(cls.name)
        }

    def field_type(self, owner: str, wire: str) -> TypeExpr | None:
        """The annotation of the field for property `wire` of the class made for `owner`."""
        cls = self.at(owner)
        if cls is None or cls.kind != "model":
            return None
        for f in self.all_fields(cls.name):
            if (f["alias"] if f.get("alias") is not None else f["name"]) == wire:
                return self._parsed(f.get("type") or "Any")
        return None

    def _parsed(self, text: str) -> TypeExpr:
        cache = self._annotations
        if text not in cache:
            cache[text] = parse_annotation(text, self.kinds)
        return cache[text]

    @cached_property
    def _annotations(self) -> dict[str, TypeExpr]:
        return {}


def parse_annotation(text: str, kinds: dict[str, str]) -> TypeExpr:
    """A field annotation as datamodel-code-generator writes it (`list[Foo] | None`,
    `Literal["a"]`, `dict[str, Any]`, `AwareDatetime`) as a type expression."""
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        return ANY
    return _expr(node, kinds)


def _expr(node: ast.expr, kinds: dict[str, str]) -> TypeExpr:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _expr(node.left, kinds), _expr(node.right, kinds)
        parts = (*(left.items if isinstance(left, UnionOf) else (left,)), right)
        return UnionOf(parts)
    if isinstance(node, ast.Constant) and node.value is None:
        return Prim("None")
    if isinstance(node, ast.Name):
        if node.id in kinds:
            return Named(node.id, kinds[node.id])  # type: ignore[arg-type]
        if node.id in _PRIMS:
            return Prim(node.id)  # type: ignore[arg-type]
        return External(node.id)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        head = node.value.id
        if head == "list" and len(args) == 1:
            return ListOf(_expr(args[0], kinds))
        if head == "dict" and len(args) == 2:
            return DictOf(_expr(args[1], kinds))
        if head == "Literal" and all(isinstance(a, ast.Constant) for a in args):
            return LiteralOf(tuple(a.value for a in args))  # type: ignore[attr-defined]
    return ANY


def index_to_json(index: ModelIndex) -> dict[str, Any]:
    return {
        "kinds": index.kinds,
        "bases": index.bases,
        "alias_refs": {k: sorted(v) for k, v in index.alias_refs.items()},
        "by_pointer": index.by_pointer,
        "fields": index.fields,
        "enum_values": index.enum_values,
        "alias_types": index.alias_types,
    }


def index_from_json(data: dict[str, Any]) -> ModelIndex:
    return ModelIndex(
        kinds=data["kinds"],
        bases=data["bases"],
        alias_refs={k: set(v) for k, v in data["alias_refs"].items()},
        by_pointer=data["by_pointer"],
        fields=data["fields"],
        enum_values=data["enum_values"],
        alias_types=data.get("alias_types", {}),
    )


def build_index(tree: ast.Module, meta: list[dict[str, Any]]) -> ModelIndex:
    """The index of a models module (`tree`) and datamodel-code-generator's metadata of it."""
    kinds: dict[str, str] = {}
    bases: dict[str, list[str]] = {}
    alias_refs: dict[str, set[str]] = {}
    alias_types: dict[str, str] = {}
    enum_values: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            names = [b.id for b in node.bases if isinstance(b, ast.Name)]
            bases[node.name] = names
            kinds[node.name] = "enum" if any(n.endswith("Enum") for n in names) else "model"
            if kinds[node.name] == "enum":
                enum_values[node.name] = "int" if {"int", "IntEnum", "OpenIntEnum"} & set(names) else "str"
        elif (
            isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
        ):
            target = node.targets[0].id
            kinds[target] = "alias"
            alias_refs[target] = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            alias_types[target] = ast.unparse(_Unannotated().visit(_alias_value(node.value)))
    # A model deriving from an enum-derived model is still an enum, likewise for models.
    for name, parents in bases.items():
        bases[name] = [p for p in parents if p in kinds]
        enum_parent = next((p for p in bases[name] if kinds.get(p) == "enum"), None)
        if enum_parent:
            kinds[name] = "enum"
            enum_values.setdefault(name, enum_values.get(enum_parent, "str"))
    by_pointer: dict[str, str] = {}
    fields: dict[str, list[dict[str, Any]]] = {}
    for entry in meta:
        by_pointer[pointer(*entry["source_path"])] = entry["class_name"]
        fields[entry["class_name"]] = [f for f in entry.get("fields", []) if f.get("name")]
    return ModelIndex(kinds, bases, alias_refs, by_pointer, fields, enum_values, alias_types)


def _alias_value(node: ast.expr) -> ast.expr:
    """The aliased type of `TypeAliasType("X", T)` (or of a plain `X = T`)."""
    if isinstance(node, ast.Call) and len(node.args) == 2:
        return node.args[1]
    return node


class _Unannotated(ast.NodeTransformer):
    """`Annotated[T, ...]` -> `T`, at any depth (argument types need no field metadata)."""

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        if isinstance(node.value, ast.Name) and node.value.id == "Annotated":
            inner = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) else node.slice
            return self.visit(inner)
        return self.generic_visit(node)
