"""The Jinja environment and the filters that turn IR values into Python source.

Spec text only ever reaches templates as values passed through these filters
(`pyrepr`, `docstring`, `comment`): never as template source, and never unescaped.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path
from typing import Any

import jinja2

from generator.ir.types import DictOf, ListOf, LiteralOf, Named, Prim, Raw, TypeExpr, UnionOf

# Bidirectional controls and zero-width characters ("Trojan Source"): never emitted.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: Any) -> str:
    return _CONTROL.sub("", _INVISIBLE.sub("", str(text or "")))


def pyrepr(value: Any) -> str:
    """A Python literal for a JSON value; strings are escaped by repr()."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool) or value is None or isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, tuple):
        return "(" + "".join(pyrepr(v) + ", " for v in value).rstrip(" ") + ")"
    if isinstance(value, list):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(str(k))}: {pyrepr(v)}" for k, v in value.items()) + "}"
    return repr(str(value))


def docstring(text: Any, indent: int = 4) -> str:
    """A triple-quoted docstring that no spec text can close early."""
    body = clean_text(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    if not body:
        return '""""""'
    if body.endswith('"'):
        body += " "
    lines = body.splitlines()
    pad = " " * indent
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    rest = "\n".join((pad + line) if line.strip() else "" for line in lines[1:])
    return f'"""{lines[0]}\n{rest}\n{pad}"""'


def comment(text: Any) -> str:
    """One line of spec text, safe inside a `#` comment."""
    return " ".join(clean_text(text).split())


def first_line(text: Any) -> str:
    lines = clean_text(text).strip().splitlines()
    return lines[0].strip() if lines else ""


# ---------------------------------------------------------------- types

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
    if isinstance(t, Raw):
        return _qualify(t.text, {n.name for n in t.names}, lambda name: prefix + name)
    raise TypeError(t)


def runtime(t: TypeExpr | None) -> str:
    """A runtime expression for a type, with models looked up on the argument `m`."""
    return annotation(t, prefix="m.")


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
}


class InputTypes:
    """Annotations for arguments: wherever a model is expected a plain mapping is
    accepted too, and a plain value wherever an enum is (requests are sent as given)."""

    def __init__(self, kinds: dict[str, str], alias_refs: dict[str, set[str]], enum_values: dict[str, str]):
        self.kinds = kinds
        self.alias_refs = alias_refs
        self.enum_values = enum_values
        self._widen: dict[str, str] = {}

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
            return " | ".join([MODELS + "." + t.name, *sorted(self.widening(t.name))])
        if isinstance(t, ListOf):
            return f"list[{self(t.item)}]"
        if isinstance(t, DictOf):
            return f"dict[str, {self(t.value)}]"
        if isinstance(t, UnionOf):
            return " | ".join(self(i) for i in t.items)
        if isinstance(t, Raw):
            names = {n.name for n in t.names}
            return _qualify(t.text, names | set(EXTERNAL_INPUTS), self._raw_name)
        return annotation(t)

    def _raw_name(self, name: str) -> str:
        if name in self.kinds:
            return " | ".join([MODELS + "." + name, *sorted(self.widening(name))])
        return EXTERNAL_INPUTS[name]


def _qualify(text: str, names: set[str], replace: Any) -> str:
    """Rewrite the model names in a type written by datamodel-code-generator
    (token by token, so string literals are left alone)."""
    out: list[str] = []
    tokens = tokenize.generate_tokens(io.StringIO(text).readline)
    last_end = 0
    for tok in tokens:
        if tok.type == tokenize.ENDMARKER:
            break
        start = tok.start[1]
        out.append(text[last_end:start])
        if tok.type == tokenize.NAME and tok.string in names and not _after_dot(out):
            out.append(replace(tok.string))
        else:
            out.append(tok.string)
        last_end = tok.end[1]
    out.append(text[last_end:])
    return "".join(out)


def _after_dot(out: list[str]) -> bool:
    joined = "".join(out[-2:]).rstrip()
    return joined.endswith(".")


# ---------------------------------------------------------------- environment


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters.update(
        pyrepr=pyrepr,
        docstring=docstring,
        comment=comment,
        first_line=first_line,
        ann=annotation,
        runtime=runtime,
    )
    return env
