"""The filters that put spec text into generated code keep it data, never code."""

from __future__ import annotations

import ast

import pytest

from generator.emit.render import InputTypes, annotation, comment, docstring, pyrepr, runtime
from generator.ir.types import DictOf, ListOf, LiteralOf, Named, Prim, Raw, UnionOf

pytestmark = pytest.mark.unit

HOSTILE = [
    'ends with a quote"',
    'closes early """ + __import__("os").system("touch pwned") + """',
    "backslash at the end \\",
    "tab\tand\nnewline and \x00 nul",
    "bidi \u202e override \u2066 isolate \u200b zero width",
    "'''single''' and {{ jinja }} {% raw %}",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_is_one_string_literal(text: str) -> None:
    source = f"def f():\n    {docstring(text, 4)}\n"
    tree = ast.parse(source)
    body = tree.body[0].body  # type: ignore[attr-defined]
    assert len(body) == 1 and isinstance(body[0].value, ast.Constant)
    for invisible in "\u202e\u2066\u200b\x00":
        assert invisible not in source


@pytest.mark.parametrize("text", HOSTILE)
def test_pyrepr_round_trips(text: str) -> None:
    assert ast.literal_eval(pyrepr(text)) == text
    assert "\u202e" not in pyrepr(text)


def test_pyrepr_json_values() -> None:
    value = {"a": [1, 2.5, None, True, "x"], "b": {"c": "d"}}
    assert ast.literal_eval(pyrepr(value)) == value


def test_comment_is_one_line() -> None:
    assert "\n" not in comment("a\nb\r\nc")


def test_annotations_and_runtime_expressions() -> None:
    t = UnionOf((ListOf(Named("Chat", "model")), DictOf(Prim("int")), LiteralOf(("a", None)), Prim("None")))
    assert annotation(t) == "list[_m.Chat] | dict[str, int] | Literal['a'] | None | None"
    assert runtime(Named("Chat", "model")) == "m.Chat"


def test_inputs_accept_plain_data_for_models_and_enums() -> None:
    inputs = InputTypes(
        kinds={"Msg": "model", "Role": "enum", "Msgs": "alias", "Name": "alias"},
        alias_refs={"Msgs": {"Msg", "Annotated"}, "Name": {"str"}},
        enum_values={"Role": "str"},
    )
    assert inputs(ListOf(Named("Msgs", "alias"))) == "list[_m.Msgs | Mapping[str, Any]]"
    assert inputs(Named("Role", "enum")) == "_m.Role | str"
    assert inputs(Named("Name", "alias")) == "_m.Name"
    raw = Raw('list[Msg] | Literal["Msg"] | AwareDatetime | None', (Named("Msg", "model"),))
    assert inputs(raw) == 'list[_m.Msg | Mapping[str, Any]] | Literal["Msg"] | _dt.datetime | str | None'
