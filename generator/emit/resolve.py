"""The IR's types with their schema pointers resolved through the models' index: what a
template annotates with is then made only of primitives, containers, literals and the
classes, enums and aliases of the models package."""

from __future__ import annotations

from dataclasses import replace

from generator.ir.api import Body, Operation, Response
from generator.ir.types import DictOf, FieldType, ListOf, SchemaType, TypeExpr, UnionOf
from generator.models.index import ModelIndex
from generator.read.types import union


class Resolver:
    def __init__(self, index: ModelIndex) -> None:
        self.index = index

    def __call__(self, t: TypeExpr) -> TypeExpr:
        if isinstance(t, SchemaType):
            return self.index.at(t.pointer) or self(t.shape)
        if isinstance(t, FieldType):
            return self.index.field_type(t.owner, t.name) or self(t.shape)
        if isinstance(t, ListOf):
            return ListOf(self(t.item))
        if isinstance(t, DictOf):
            return DictOf(self(t.value))
        if isinstance(t, UnionOf):
            items = tuple(self(i) for i in t.items)
            # A union the reader built is simplified again once its members are known (two
            # pointers may name one class); an annotation the models wrote stays as written.
            return union(items) if items != t.items else t
        return t


def resolve_operation(op: Operation, resolve: Resolver) -> Operation:
    """`op` with every type resolved; its pagination kept only where the items are a list."""

    def response(r: Response) -> Response:
        return replace(r, type=resolve(r.type)) if r.type is not None else r

    def resolve_body(body: Body) -> Body:
        fields = tuple(replace(f, type=resolve(f.type)) for f in body.fields)
        return replace(body, type=resolve(body.type), fields=fields)

    body = resolve_body(op.body) if op.body is not None else None
    pages = op.pages
    if pages is not None:
        items = resolve(pages.items)
        pages = replace(pages, items=items.item) if isinstance(items, ListOf) else None
    return replace(
        op,
        parameters=tuple(replace(p, type=resolve(p.type)) for p in op.parameters),
        body=body,
        alternatives=tuple(resolve_body(b) for b in op.alternatives),
        success=tuple(response(r) for r in op.success),
        errors=tuple(response(r) for r in op.errors),
        stream=replace(op.stream, event_type=resolve(op.stream.event_type)) if op.stream else None,
        pages=pages,
    )
