"""Python names for things the spec names. Wire names are never changed; only the
Python side is derived, deterministically:

- snake_case splits camelCase and acronyms (`exchangeAuthCodeForAPIKey` ->
  `exchange_auth_code_for_api_key`), turns every other character run into `_`.
- Non-ASCII text is transliterated to ASCII (anyascii: `naïve` -> `naive`, `ｉｄ` -> `id`,
  `名前` -> `MingQian`), so every generated identifier is ASCII. Python would otherwise
  NFKC-normalize identifiers and silently merge names that differ on the wire.
- A leading digit gets a prefix (`2fa` -> `n_2fa`); an empty result becomes `unnamed`.
- Keywords and (where asked) builtins get a trailing underscore
  (`from` -> `from_`, `type` -> `type_`).
- Names that still collide get `_2`, `_3`, ... in the order the spec lists them.
"""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re

from anyascii import anyascii

# Hard keywords only: soft keywords (`match`, `case`, `type`, `_`) are valid names on every
# Python, and the running Python's list of them changes (3.12 added `type`), which would
# make the same spec give different names on different machines.
RESERVED = frozenset(keyword.kwlist)
BUILTINS = frozenset(n for n in dir(builtins) if not n.startswith("_"))

_ACRONYM = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def ascii_fold(text: str) -> str:
    return text if text.isascii() else anyascii(text)


def snake_case(text: str) -> str:
    text = ascii_fold(text)
    text = _ACRONYM.sub(r"\1_\2", text)
    text = _CAMEL.sub(r"\1_\2", text)
    return _NON_WORD.sub("_", text).strip("_").lower()


def pascal_case(text: str) -> str:
    words = _NON_WORD.split(ascii_fold(_CAMEL.sub(r"\1 \2", text)))
    name = "".join(w[:1].upper() + w[1:] for w in words if w)
    return name


def identifier(text: str, *, avoid_builtins: bool = False, default: str = "unnamed") -> str:
    """A safe snake_case identifier for `text`."""
    name = snake_case(text) or default
    if name[0].isdigit():
        name = f"n_{name}"
    if name in RESERVED or (avoid_builtins and name in BUILTINS) or name.startswith("__"):
        name = f"{name}_"
    return name


def class_name(text: str, *, default: str = "Unnamed") -> str:
    name = pascal_case(text) or default
    if name[0].isdigit():
        name = f"N{name}"
    return name


class NameScope:
    """Hands out unique names; `taken` are names that may never be handed out."""

    def __init__(self, taken: frozenset[str] | set[str] = frozenset()) -> None:
        self._used: set[str] = set(taken)

    def claim(self, name: str) -> str:
        candidate, n = name, 1
        while candidate in self._used:
            n += 1
            candidate = f"{name}_{n}"
        self._used.add(candidate)
        return candidate

    def taken(self, name: str) -> bool:
        return name in self._used


def short(name: str, limit: int = 80) -> str:
    """A file name short enough for every file system: long names keep a hash of the rest."""
    if len(name) <= limit:
        return name
    return name[: limit - 9] + "_" + hashlib.sha256(name.encode()).hexdigest()[:8]
