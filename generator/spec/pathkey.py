"""Path keys that carry a query string: `/search?term={term}&type=icon&flat`.

OpenAPI says a path key is a path, but real documents (icons8.com, staging-ecotaco.com)
write the query into it. The key is read as two parts:

- the path part (`/search`) is the URL path, and the only place path parameters are;
- each item of the query part is either templated, `name={param}` (a query parameter
  `name` whose value the caller gives), or fixed, `name=value` or a bare `name` (sent
  on every call, as the document writes it).

`query_plan` decides where each templated item's parameter comes from, given the
operation's declared parameters: one declared `in: query` named like the placeholder,
else one declared `in: path` (a mis-declaration: it is read as a query parameter), else
none (an undeclared, required string query parameter, with a warning). What cannot be
read this way (a placeholder inside a name or next to other text, one naming a header
parameter, a fixed name the caller could also set) leaves the operation out, with a
warning saying why (spec.usable); the rest of the document generates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# What a query may hold as written (RFC 3986 pchar, `/` and `?`, minus the separators `&`
# and `=`); `%` stays where it starts an escape.
_SAFE = "!$'()*+,;:@/?"


@dataclass(frozen=True)
class PathKey:
    """A path key split: `path` (the URL path), `templated` ((query name, placeholder)
    pairs), `fixed` (the fixed items, each `name=value` or `name` as it is sent: escaped
    where the document's text is not valid in a query) and `problems` (why the query part
    cannot be read; empty when it can)."""

    key: str
    path: str
    templated: tuple[tuple[str, str], ...] = ()
    fixed: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def has_query(self) -> bool:
        return self.path != self.key

    @property
    def fixed_names(self) -> tuple[str, ...]:
        return tuple(unquote(item.partition("=")[0]) for item in self.fixed)

    @property
    def target(self) -> str:
        """The path and its fixed query (`/search?type=icon`): what identifies the call."""
        return f"{self.path}?{'&'.join(self.fixed)}" if self.fixed else self.path


def split_key(key: str) -> PathKey:
    path, mark, query = key.partition("?")
    if not mark:
        return PathKey(key, key)
    templated: list[tuple[str, str]] = []
    fixed: list[str] = []
    problems: list[str] = []
    for item in query.split("&"):
        if not item:
            continue
        name, equals, value = item.partition("=")
        whole = _PLACEHOLDER.fullmatch(value)
        if not name or "{" in name or "}" in name:
            problems.append(f"its query item {item!r} has no plain name")
        elif whole:
            templated.append((unquote(name), whole.group(1)))
        elif "{" in value or "}" in value:
            problems.append(f"its query item {item!r} mixes a {{parameter}} with other text")
        else:
            fixed.append(_escaped(name) + (f"={_escaped(value)}" if equals else ""))
    return PathKey(key, path, tuple(templated), tuple(fixed), tuple(problems))


def _escaped(text: str) -> str:
    """`text` as a query holds it: unchanged where valid (`%20`, `+`, `a,b` as written)."""
    parts = re.split(r"(%[0-9A-Fa-f]{2})", text)
    return "".join(p if i % 2 else quote(p, safe=_SAFE) for i, p in enumerate(parts))


Declared = Mapping[tuple[str, str], Any]  # (in, name) -> the declaration (any value)


@dataclass(frozen=True)
class QueryPlan:
    """Where a key's templated items come from: `items` (query name, the (in, name) of
    the declaration or None when undeclared), `consumed` (declarations read as these
    query parameters), `problems` (the operation cannot be generated) and `notes`
    (what the SDK does that the document does not say)."""

    items: tuple[tuple[str, tuple[str, str] | None], ...] = ()
    consumed: frozenset[tuple[str, str]] = frozenset()
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def query_plan(key: PathKey, declared: Declared) -> QueryPlan:
    """The plan of `key`'s query part for an operation declaring `declared`."""
    if not key.has_query:
        return QueryPlan()
    problems = list(key.problems)
    items: list[tuple[str, tuple[str, str] | None]] = []
    notes: list[str] = []
    in_path = set(_PLACEHOLDER.findall(key.path))
    wires = [name for name, _ in key.templated]
    for name, param in key.templated:
        source = next(((loc, param) for loc in ("query", "path") if (loc, param) in declared), None)
        if param in in_path:
            problems.append(f"{{{param}}} stands in both its path and its query string")
        elif wires.count(name) > 1 or [p for _, p in key.templated].count(param) > 1:
            problems.append(f"its query string names {name!r} (or {{{param}}}) twice")
        elif name in key.fixed_names:
            problems.append(f"its query string fixes {name!r} and also takes it as {{{param}}}")
        elif source is None and any((loc, param) in declared for loc in ("header", "cookie")):
            where = "header" if ("header", param) in declared else "cookie"
            problems.append(f"{{{param}}} in its query string names a {where} parameter")
        elif name != param and ("query", name) in declared:
            problems.append(f"its query string takes {name!r} from {{{param}}}, also declared in: query")
        else:
            items.append((name, source))
            if source is None:
                notes.append(f"{{{param}}} is not declared: a required string query parameter {name!r}")
            elif source[0] == "path":
                notes.append(f"{param!r} is declared in: path: read as the query parameter {name!r}")
    for name in key.fixed_names:
        if ("query", name) in declared and ("query", name) not in {s for _, s in items}:
            problems.append(f"its query string fixes {name!r}, also declared as a query parameter")
    consumed = frozenset(s for _, s in items if s is not None)
    return QueryPlan(tuple(items), consumed, tuple(problems), tuple(notes))


def describe(key: PathKey, messages: tuple[str, ...] | list[str]) -> str:
    """One message about a key's query string (the pointer shows the key): what of it, and why."""
    return "the path key carries a query string: " + "; ".join(messages)
