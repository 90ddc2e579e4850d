"""Python annotations for resolved IR types (see emit.resolve): as the API modules write
them (models under `_m.`), at run time (models looked up on `m`), and for arguments,
which accept plain values wherever a model or an enum is expected."""

from __future__ import annotations

from collections.abc import Iterable

from generator.emit.filters import pyrepr
from generator.ir.types import DictOf, External, ListOf, LiteralOf, Named, Prim, TypeExpr, UnionOf
from generator.models.index import parse_annotation

MODELS = "_m"  # the models module, imported as `_m` under TYPE_CHECKING


def annotation(t: TypeExpr | None, prefix: str = MODELS + ".") -> str:
    if t is None:
        return "None"
    if isinstance(t, Prim):
        return t.name
    if isinstance(t, Named):
        return prefix + t.name
    if isinstance(t, ListOf):
        return f"list[{annotation(t.item, prefix)}]"
    if isinstance(t, DictOf):
        return f"dict[str, {annotation(t.value, prefix)}]"
    if isinstance(t, UnionOf):
        return " | ".join(annotation(i, prefix) for i in t.items)
    if isinstance(t, LiteralOf):
        values = [v for v in t.values if v is not None]
        parts = [f"Literal[{', '.join(pyrepr(v) for v in values)}]"] if values else []
        if None in t.values:
            parts.append("None")
        return " | ".join(parts)
    if isinstance(t, External):
        return t.name
    raise TypeError(f"unresolved type {t!r} (emit.resolve first)")


def runtime(t: TypeExpr | None) -> str:
    """A runtime expression for a type, with models looked up on the argument `m`."""
    return annotation(t, prefix="m.")


def resolver(t: TypeExpr | None) -> str:
    """A function of the models module that returns the type (`Any` as the API module's `_Any`)."""
    if t is None or t == Prim("Any"):
        return "lambda m: _Any"
    return f"lambda m: {runtime(t)}"


# Types datamodel-code-generator takes from pydantic or the standard library, as
# arguments accept them (the API modules import `datetime as _dt`, `uuid as _uuid`,
# `decimal as _decimal` for type checking only).
EXTERNAL_INPUTS = {
    "AwareDatetime": "_dt.datetime | str",
    "NaiveDatetime": "_dt.datetime | str",
    "PastDatetime": "_dt.datetime | str",
    "FutureDatetime": "_dt.datetime | str",
    "datetime": "_dt.datetime | str",
    "date": "_dt.date | str",
    "time": "_dt.time | str",
    "timedelta": "_dt.timedelta | float",
    "UUID": "_uuid.UUID | str",
    "Decimal": "_decimal.Decimal | float | str",
    "AnyUrl": "str",
    "AnyHttpUrl": "str",
    "HttpUrl": "str",
    "EmailStr": "str",
    # pydantic's types that take their plain form as input
    "SecretStr": "str",
    "SecretBytes": "bytes",
    "Base64Str": "str",
    "Base64Bytes": "bytes",
    "Base64UrlStr": "str",
    "Base64UrlBytes": "bytes",
    "NameEmail": "str",
    **dict.fromkeys(
        (f"IP{v}{kind}" for v in ("v4", "v6", "vAny") for kind in ("Address", "Network", "Interface")), "str"
    ),
}


def external_input(name: str) -> str:
    """An argument's annotation for a type the models import: the plain forms above, `Any`
    for one the API modules cannot name (so a signature never names an undefined type).
    datamodel-code-generator imports `date as date_aliased` next to a field named `date`."""
    return EXTERNAL_INPUTS.get(name.removesuffix("_aliased"), "Any")


def _union(members: Iterable[str]) -> str:
    """Members joined once each (the widening `Mapping[str, Any]` of several models)."""
    seen: dict[str, None] = {}
    for member in members:
        for part in _top_level(member):
            seen.setdefault(part, None)
    # the widening after the members it widens, None last (in document order otherwise)
    order = {"Mapping[str, Any]": 1, "None": 2}
    return " | ".join(sorted(seen, key=lambda part: order.get(part, 0)))


def _top_level(annotation: str) -> list[str]:
    """The members of a union annotation, split at `|` outside brackets."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(annotation):
        depth += c == "["
        depth -= c == "]"
        if c == "|" and depth == 0:
            parts.append(annotation[start:i].strip())
            start = i + 1
    parts.append(annotation[start:].strip())
    return parts


class InputTypes:
    """Annotations for arguments: wherever a model is expected a plain mapping is
    accepted too, and a plain value wherever an enum is (requests are sent as given)."""

    def __init__(
        self,
        kinds: dict[str, str],
        alias_refs: dict[str, set[str]],
        enum_values: dict[str, str],
        alias_types: dict[str, str] | None = None,
    ):
        self.kinds = kinds
        self.alias_refs = alias_refs
        self.enum_values = enum_values
        self.alias_types = alias_types or {}
        self._expanding: set[str] = set()
        self._expansions: dict[str, TypeExpr | None] = {}

    def expansion(self, name: str) -> TypeExpr | None:
        """An alias's type, when it holds models inside a container: widening the alias
        at its top level would leave them strict (`list` is invariant), so arguments
        spell it out with read-only containers (`input=[{"role": "user", ...}]`)."""
        if name in self._expanding:
            return None
        if name not in self._expansions:
            text = self.alias_types.get(name)
            t = parse_annotation(text, self.kinds) if text is not None else None
            keep = t is not None and _holds_models(t) and _all_known(t)
            self._expansions[name] = t if keep else None
        return self._expansions[name]

    def widening(self, name: str, _seen: frozenset[str] = frozenset()) -> set[str]:
        kind = self.kinds.get(name)
        if kind == "model":
            return {"Mapping[str, Any]"}
        if kind == "enum":
            return {self.enum_values.get(name, "str")}
        if kind == "alias" and name not in _seen:
            out: set[str] = set()
            for ref in self.alias_refs.get(name, ()):
                if ref in self.kinds:
                    out |= self.widening(ref, _seen | {name})
            return out
        return set()

    def __call__(self, t: TypeExpr | None) -> str:
        if t is None:
            return "None"
        if isinstance(t, Named):
            expanded = self.expansion(t.name) if t.kind == "alias" else None
            if expanded is not None:
                self._expanding.add(t.name)
                try:
                    return self(expanded)
                finally:
                    self._expanding.discard(t.name)
            return " | ".join([MODELS + "." + t.name, *sorted(self.widening(t.name))])
        if isinstance(t, ListOf):  # read-only, so that a `list[dict[str, Any]]` fits too
            return f"Sequence[{self(t.item)}]"
        if isinstance(t, DictOf):
            return f"Mapping[str, {self(t.value)}]"
        if isinstance(t, UnionOf):
            return _union(self(i) for i in t.items)
        if isinstance(t, External):
            return external_input(t.name)
        return annotation(t)


def _parts(t: TypeExpr) -> list[TypeExpr]:
    if isinstance(t, UnionOf):
        return list(t.items)
    if isinstance(t, (ListOf, DictOf)):
        return [t.item if isinstance(t, ListOf) else t.value]
    return []


def _holds_models(t: TypeExpr, inside: bool = False) -> bool:
    """A model, enum or alias inside a list or dict of `t`."""
    if isinstance(t, Named):
        return inside
    nested = inside or isinstance(t, (ListOf, DictOf))
    return any(_holds_models(p, nested) for p in _parts(t))


def _all_known(t: TypeExpr) -> bool:
    """Every name in `t` can be written in an API module (no unknown external type)."""
    if isinstance(t, External):
        return t.name.removesuffix("_aliased") in EXTERNAL_INPUTS
    if isinstance(t, Prim) and t.name == "Any":
        return True
    return all(_all_known(p) for p in _parts(t))
