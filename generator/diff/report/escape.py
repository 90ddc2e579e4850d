"""Spec strings (names, paths, enum values, URLs) rendered as plain text in a GitHub comment:
a document must not be able to put a live link, an image, an @mention, an issue reference
or HTML into the pull request. `text` backslash-escapes the characters that open inline
Markdown (emphasis, code, links, images, HTML, entities, tables, strikethrough, math, emoji)
and breaks what GitHub would link after rendering (URLs, `www.`, `@name`, `#123`) with an
invisible word joiner; `code` makes a code span that the text cannot close."""

from __future__ import annotations

import re

_JOINER = "\u2060"
_SPECIAL = frozenset("\\`*_[]()!<>&|~$:")
# What GitHub links in rendered text (not in code spans): URLs, www., @mentions, #refs.
_LINKED = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?<=[@#])(?=\w)", re.IGNORECASE)


def _one_line(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ")


def text(value: str) -> str:
    """A table cell or a line of prose that shows `value` as typed."""
    joined = _LINKED.sub(_JOINER, _one_line(value))
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in joined)


def code(value: str) -> str:
    """A code span of `value` (GitHub renders nothing inside one), safe in a table cell."""
    value = _one_line(value).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if longest or value.startswith(" ") or value.endswith(" ") else ""
    return f"{fence}{pad}{value}{pad}{fence}"
