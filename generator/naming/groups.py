"""Client group names from tags and `x-speakeasy-group` hints.

A name's words are lower-cased whole when capitalized (`OAuth` -> `oauth`, `API Keys` ->
`api_keys`) and split when camelCase (`listModels` -> `list_models`). Dots nest
(`beta.responses` -> `client.beta.responses`) when every part is a plain word; other
text (`{{ a.b }}`, `../x`) is one group. Distinct tags stay distinct groups (`Foo`,
`foo` -> `foo`, `foo_2`, in the document's order); a hint names the tag it spells
(exactly, else but for case: `chat` is the tag `Chat`), else a group of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.naming.words import ascii_fold, snake_case

_WORD = re.compile(r"[0-9A-Za-z]+")
_PLAIN = re.compile(r"\s*[A-Za-z][A-Za-z0-9 _-]*\s*")

Group = tuple[str, ...]


def group_words(name: str) -> Group:
    """A tag or group hint as group segments (no uniqueness: see GroupNames)."""
    parts = name.split(".")
    if len(parts) > 1 and all(_PLAIN.fullmatch(p) for p in parts):
        return tuple(_segment(p) for p in parts)
    return (_segment(name) if name.strip() else "default",)


def _segment(part: str) -> str:
    words = []
    for word in _WORD.findall(ascii_fold(part)):
        words.append(word.lower() if word[0].isupper() else snake_case(word))
    name = "_".join(w for w in words if w) or "unnamed"
    return f"n_{name}" if name[0].isdigit() else name


class GroupNames:
    """One group per distinct tag text, the tags claimed first, in order."""

    def __init__(self, tags: Iterable[str]) -> None:
        self._by_text: dict[str, Group] = {}
        self._owner: dict[Group, str] = {}
        self._tags: dict[str, str] = {}  # casefolded tag -> the first tag spelled so
        for tag in tags:
            self._tags.setdefault(tag.casefold(), tag)
            self.of(tag)

    def of(self, text: str) -> Group:
        """The group of a tag (or of a hint that names no tag)."""
        if text in self._by_text:
            return self._by_text[text]
        base = group_words(text)
        group, n = base, 1
        while group in self._owner:
            n += 1
            group = (*base[:-1], f"{base[-1]}_{n}")
        self._by_text[text], self._owner[group] = group, text
        return group

    def hint(self, text: str) -> Group:
        """The group an `x-speakeasy-group` names: the tag spelled so, else the tag equal
        to it but for case, else a group of its own."""
        if text in self._by_text:
            return self._by_text[text]
        return self.of(self._tags.get(text.casefold(), text))
