"""Navigating JSON-like trees: the JSONPath subset overlay targets use, and an iterative copy.

Supported JSONPath (RFC 9535 subset): `$`, `.name`, `['name']` / `["name"]`, `.*` / `[*]`,
`[0]` / `[-1]`, and filters `[?@.a.b == 'x']` / `[?(@['a'] != 1)]` comparing one member of
each child with a string, number, boolean or null literal. Dot names may also contain `-` and
`$` (as in `.x-foo`), which many overlay tools accept. Anything else is a JsonPathError that
names the expression and the position where parsing stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple


class JsonPathError(ValueError):
    def __init__(self, expression: str, position: int, reason: str) -> None:
        self.expression = expression
        self.position = position
        super().__init__(f"JSONPath {expression!r}, position {position}: {reason}")


class Match(NamedTuple):
    """A selected node and where it sits: `parent[key] is value` (parent is None for `$`)."""

    parent: dict | list | None
    key: str | int | None
    value: Any


def _children(node: Any) -> Iterator[tuple[Any, str | int, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield node, key, value
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield node, index, value


@dataclass(frozen=True)
class Name:
    name: str

    def select(self, node: Any) -> Iterator[tuple[Any, str | int, Any]]:
        if isinstance(node, dict) and self.name in node:
            yield node, self.name, node[self.name]


@dataclass(frozen=True)
class Wildcard:
    def select(self, node: Any) -> Iterator[tuple[Any, str | int, Any]]:
        return _children(node)


@dataclass(frozen=True)
class Index:
    index: int

    def select(self, node: Any) -> Iterator[tuple[Any, str | int, Any]]:
        if isinstance(node, list) and -len(node) <= self.index < len(node):
            yield node, self.index, node[self.index]


_NOTHING = object()  # an absent member: equal to no value, unequal to every value


def _same(a: Any, b: Any) -> bool:
    """RFC 9535 equality: unlike Python, true is not 1 and false is not 0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b


@dataclass(frozen=True)
class Filter:
    """`[?@.a.b == literal]`: the children whose member at `path` compares as asked."""

    path: tuple[str, ...]
    negate: bool
    literal: Any

    def _member(self, node: Any) -> Any:
        for name in self.path:
            if not isinstance(node, dict) or name not in node:
                return _NOTHING
            node = node[name]
        return node

    def select(self, node: Any) -> Iterator[tuple[Any, str | int, Any]]:
        for parent, key, child in _children(node):
            member = self._member(child)
            if (member is not _NOTHING and _same(member, self.literal)) != self.negate:
                yield parent, key, child


Selector = Name | Wildcard | Index | Filter
_ESCAPES = {
    '"': '"',
    "'": "'",
    "\\": "\\",
    "/": "/",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
}
_LITERALS = {"true": True, "false": False, "null": None}


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def error(self, reason: str) -> JsonPathError:
        return JsonPathError(self.text, self.pos, reason)

    def peek(self, count: int = 1) -> str:
        return self.text[self.pos : self.pos + count]

    def expect(self, token: str) -> None:
        if self.peek(len(token)) != token:
            found = repr(self.peek()) if self.pos < len(self.text) else "the end"
            raise self.error(f"expected {token!r}, found {found}")
        self.pos += len(token)

    def skip_blanks(self) -> None:
        while self.peek() in (" ", "\t", "\n", "\r"):
            self.pos += 1

    def parse(self) -> list[Selector]:
        self.expect("$")
        selectors: list[Selector] = []
        while self.pos < len(self.text):
            if self.peek(2) == "..":
                raise self.error("descendant segments ('..') are not supported")
            if self.peek() == ".":
                self.pos += 1
                if self.peek() == "*":
                    self.pos += 1
                    selectors.append(Wildcard())
                else:
                    selectors.append(Name(self.dot_name()))
            elif self.peek() == "[":
                self.pos += 1
                self.skip_blanks()
                selectors.append(self.bracket_selector())
                self.skip_blanks()
                if self.peek() in (":", ","):
                    raise self.error("slices and unions are not supported")
                self.expect("]")
            else:
                raise self.error(f"unexpected {self.peek()!r}")
        return selectors

    def dot_name(self) -> str:
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isalnum() or self.text[self.pos] in "_-$"):
            self.pos += 1
        if self.pos == start:
            raise self.error("expected a member name")
        return self.text[start : self.pos]

    def bracket_selector(self) -> Selector:
        char = self.peek()
        if char == "*":
            self.pos += 1
            return Wildcard()
        if char in ("'", '"'):
            return Name(self.string())
        if char == "?":
            self.pos += 1
            return self.filter()
        if char == "-" or char.isdigit():
            number = self.number()
            if not isinstance(number, int):
                raise self.error("an index must be an integer")
            return Index(number)
        raise self.error(f"unsupported selector starting with {char!r}")

    def filter(self) -> Filter:
        self.skip_blanks()
        parenthesised = self.peek() == "("
        if parenthesised:
            self.pos += 1
            self.skip_blanks()
        self.expect("@")
        path: list[str] = []
        while self.peek() in (".", "["):
            if self.peek() == ".":
                self.pos += 1
                path.append(self.dot_name())
            else:
                self.pos += 1
                self.skip_blanks()
                if self.peek() not in ("'", '"'):
                    raise self.error("expected a quoted member name")
                path.append(self.string())
                self.skip_blanks()
                self.expect("]")
        if not path:
            raise self.error("a filter must compare a member of '@', as in @.name == 'x'")
        self.skip_blanks()
        operator = self.peek(2)
        if operator not in ("==", "!="):
            raise self.error("a filter supports only == and !=")
        self.pos += 2
        self.skip_blanks()
        literal = self.literal()
        if parenthesised:
            self.skip_blanks()
            self.expect(")")
        return Filter(tuple(path), operator == "!=", literal)

    def literal(self) -> Any:
        char = self.peek()
        if char in ("'", '"'):
            return self.string()
        if char == "-" or char.isdigit():
            return self.number()
        for word, value in _LITERALS.items():
            if self.peek(len(word)) == word:
                self.pos += len(word)
                return value
        raise self.error("expected a string, number, true, false or null")

    def number(self) -> int | float:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "-+.eE0123456789":
            self.pos += 1
        token = self.text[start : self.pos]
        try:
            return int(token)
        except ValueError:
            pass
        try:
            return float(token)
        except ValueError:
            self.pos = start
            raise self.error(f"invalid number {token!r}") from None

    def string(self) -> str:
        quote = self.text[self.pos]
        self.pos += 1
        chars: list[str] = []
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == quote:
                self.pos += 1
                return "".join(chars)
            if char == "\\":
                escape = self.peek_at(1)
                if escape == "u" and len(self.text) >= self.pos + 6:
                    try:
                        chars.append(chr(int(self.text[self.pos + 2 : self.pos + 6], 16)))
                    except ValueError:
                        raise self.error("invalid \\u escape") from None
                    self.pos += 6
                    continue
                if escape not in _ESCAPES:
                    raise self.error(f"invalid escape \\{escape}")
                chars.append(_ESCAPES[escape])
                self.pos += 2
                continue
            chars.append(char)
            self.pos += 1
        raise self.error("unterminated string")

    def peek_at(self, offset: int) -> str:
        return self.text[self.pos + offset : self.pos + offset + 1]


def parse(expression: str) -> list[Selector]:
    """The selectors of `expression`, in order; JsonPathError if it is outside the subset."""
    return _Parser(expression).parse()


def find(document: Any, selectors: list[Selector]) -> list[Match]:
    """Every node the selectors reach from `document`, in document order."""
    matches = [Match(None, None, document)]
    for selector in selectors:
        matches = [Match(*found) for match in matches for found in selector.select(match.value)]
    return matches


def copy_tree(value: Any) -> Any:
    """A deep copy of a JSON-like tree (dicts and lists; other values are shared as immutable).

    Iterative, so that any depth works, and fast enough for a 1 MB document. A YAML alias can
    make a tree contain itself; that raises ValueError instead of looping forever.
    """
    if not isinstance(value, (dict, list)):
        return value
    root: dict | list = {} if isinstance(value, dict) else []
    ancestors: set[int] = set()
    leave = object()
    stack: list[tuple[Any, Any]] = [(value, root)]
    while stack:
        source, target = stack.pop()
        if source is leave:
            ancestors.discard(target)
            continue
        if id(source) in ancestors:
            raise ValueError("the tree contains itself (a recursive YAML alias?)")
        ancestors.add(id(source))
        stack.append((leave, id(source)))
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, child in items:
            if isinstance(child, dict):
                copied: Any = {}
                stack.append((child, copied))
            elif isinstance(child, list):
                copied = []
                stack.append((child, copied))
            else:
                copied = child
            if isinstance(target, dict):
                target[key] = copied
            else:
                target.append(copied)
    return root
