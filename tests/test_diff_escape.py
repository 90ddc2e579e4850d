"""The Markdown report shows every spec string as text: parsed as CommonMark with tables
(markdown-it-py), a report of hostile names and values has no link, image or HTML, and its
rendered text holds no URL, www., @mention or #reference that GitHub would link."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.diff.document import diff_documents
from generator.diff.report import render
from generator.diff.report.escape import code, text
from generator.spec.normalize import normalize
from tests.test_diff import doc, get_op, response, schemas

pytestmark = pytest.mark.unit

HOSTILE = [
    "![pixel](https://evil.test/p.png)",
    "[click me](https://evil.test/)",
    "<img src=x onerror=alert(1)>",
    "@octocat please merge",
    "see https://evil.test/x and www.evil.test",
    "fixes #123",
    "`` `code` break-out | cell ``",
    "**bold** _em_ ~~gone~~",
    "line\nbreak <script>",
]


def _hostile(d: dict[str, Any]) -> None:
    response(d)["kind"]["enum"] += HOSTILE
    schemas(d)["Thing"]["properties"]["<b>@admin</b> [x](https://evil.test)"] = {"type": "string"}
    get_op(d)["tags"] = ["@team ![i](https://evil.test/i.png)"]
    d["servers"][0]["url"] = "http://evil.test/@owner"


def _tokens(markdown: str) -> list[Token]:
    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    flat: list[Token] = []
    stack = list(reversed(parser.parse(markdown)))
    while stack:
        token = stack.pop()
        flat.append(token)
        stack.extend(reversed(token.children or []))
    return flat


def _report() -> str:
    old = doc()
    new = copy.deepcopy(old)
    _hostile(new)
    return render(diff_documents(normalize(old), normalize(new)), "markdown")


def test_hostile_spec_strings_render_as_text() -> None:
    tokens = _tokens(_report())
    kinds = {t.type for t in tokens}
    assert not kinds & {"image", "em_open", "s_open"}, kinds
    # Inline HTML: only the report's own anchors of its rules table.
    for token in tokens:
        if token.type == "html_inline":
            assert re.fullmatch(r'<a id="rule-[a-z-]+">|</a>', token.content), token.content
    # Links: only the report's own, to its rules table.
    links = [str(t.attrs["href"]) for t in tokens if t.type == "link_open"]
    assert links and all(href.startswith("#rule-") for href in links), links
    # HTML blocks: only the report's own <details>/<summary> lines.
    for token in tokens:
        if token.type == "html_block":
            for line in token.content.splitlines():
                assert re.fullmatch(r"</?details>|<summary>[^<>]*</summary>", line), line
    shown = " ".join(t.content for t in tokens if t.type == "text")
    assert "://" not in shown and "www." not in shown
    assert not re.search(r"[@#]\w", shown), shown
    # ... yet every hostile string is there, as typed (word joiners aside).
    visible = " ".join(t.content for t in tokens if t.type in ("text", "code_inline")).replace("\u2060", "")
    hostile = (
        "@octocat please merge",
        "fixes #123",
        "http://evil.test/@owner",
        "<img src=x",
        "**bold** _em_",
    )
    for value in hostile:
        assert value in visible, value


def test_a_code_span_cannot_be_closed_by_its_content() -> None:
    for value in ("a`b", "``x``", "` lead", "x|y"):
        (token,) = [t for t in _tokens(code(value)) if t.type == "code_inline"]
        assert token.content == value.replace("|", "\\|") or token.content.strip() == value.strip()
    assert text("a|b") == "a\\|b"
