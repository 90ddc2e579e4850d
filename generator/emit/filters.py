"""The filters that turn spec text and values into Python source.

Spec text only ever reaches templates as values passed through these filters
(`pyrepr`, `docstring`, `comment`): never as template source, and never unescaped.
"""

from __future__ import annotations

import json
import re
from typing import Any

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


def quoted(text: Any) -> str:
    """One line of spec text, safe inside a docstring or a double-quoted string literal
    (a title that holds `\"""` or a backslash cannot end or bend the literal)."""
    return comment(text).replace("\\", "\\\\").replace('"', '\\"')


def first_line(text: Any) -> str:
    lines = clean_text(text).strip().splitlines()
    return lines[0].strip() if lines else ""


_SURROGATE = re.compile("[\ud800-\udfff]")


def toml(value: Any) -> str:
    """A TOML basic string. Not Jinja's `tojson`: JSON writes a character outside the BMP
    as a surrogate pair (`\\ud83d\\ude80`), which TOML rejects; here it is itself, a lone
    surrogate is U+FFFD, and DEL (which TOML wants escaped) is `\\u007f`."""
    text = _SURROGATE.sub("\ufffd", str(value))
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
