"""The filters that put spec text into generated code keep it data, never code."""

from __future__ import annotations

import ast

import pytest

from generator.emit.annotations import InputTypes, annotation, runtime
from generator.emit.filters import comment, docstring, pyrepr
from generator.emit.resolve import Resolver
from generator.ir.types import ANY, DictOf, FieldType, ListOf, LiteralOf, Named, Prim, SchemaType, UnionOf
from generator.models.index import ModelIndex, parse_annotation

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
        kinds={"Msg": "model", "Other": "model", "Role": "enum", "Msgs": "alias", "Name": "alias"},
        alias_refs={"Msgs": {"Msg", "Annotated"}, "Name": {"str"}},
        enum_values={"Role": "str"},
    )
    assert inputs(ListOf(Named("Msgs", "alias"))) == "Sequence[_m.Msgs | Mapping[str, Any]]"
    assert inputs(Named("Role", "enum")) == "_m.Role | str"
    assert inputs(Named("Name", "alias")) == "_m.Name"
    written = parse_annotation('list[Msg] | Literal["Msg"] | AwareDatetime | None', inputs.kinds)
    assert (
        inputs(written) == "Sequence[_m.Msg | Mapping[str, Any]] | Literal['Msg'] | _dt.datetime | str | None"
    )
    two_models = UnionOf((Named("Msg", "model"), Named("Other", "model"), Prim("None")))
    assert inputs(two_models) == "_m.Msg | _m.Other | Mapping[str, Any] | None"  # widening once, last


def test_an_alias_holding_models_in_a_container_is_spelt_out() -> None:
    """Widening `Items = str | list[Msg | Other]` at its top level would leave the list
    strict (invariant): arguments spell it out, read-only, with the models widened."""
    kinds = {"Msg": "model", "Other": "model", "Items": "alias", "Msgs": "alias", "Odd": "alias"}
    inputs = InputTypes(
        kinds=kinds,
        alias_refs={"Items": {"Msg", "Other"}, "Msgs": {"Msg"}, "Odd": {"Msg"}},
        enum_values={},
        alias_types={"Items": "str | list[Msg | Other]", "Msgs": "Msg | Other", "Odd": "list[Msg] | Weird"},
    )
    expected = "str | Sequence[_m.Msg | _m.Other | Mapping[str, Any]] | None"
    assert inputs(UnionOf((Named("Items", "alias"), Prim("None")))) == expected
    assert inputs(Named("Msgs", "alias")) == "_m.Msgs | Mapping[str, Any]"  # no container: kept
    assert inputs(Named("Odd", "alias")) == "_m.Odd | Mapping[str, Any]"  # an unknown name: kept


def test_pointers_resolve_to_the_models_or_to_their_shape() -> None:
    """The IR names schemas by pointer; the models' index turns them into classes, and a
    schema the models made nothing for keeps the shape the reader saw."""
    index = ModelIndex(
        kinds={"Chat": "model"},
        bases={"Chat": []},
        alias_refs={},
        by_pointer={"#/components/schemas/Chat": "Chat"},
        fields={"Chat": [{"name": "max_tokens", "alias": "maxTokens", "type": "int | None"}]},
    )
    resolve = Resolver(index)
    chat = SchemaType("#/components/schemas/Chat", DictOf(ANY))
    inline = SchemaType("#/paths/~1x/get/parameters/0/schema", Prim("int"))
    assert resolve(UnionOf((ListOf(chat), inline))) == UnionOf((ListOf(Named("Chat", "model")), Prim("int")))
    # Two pointers that name one class are one member once resolved.
    assert resolve(UnionOf((chat, SchemaType("#/components/schemas/Chat", ANY)))) == Named("Chat", "model")
    field = FieldType("#/components/schemas/Chat", "maxTokens", Prim("float"))
    assert resolve(field) == UnionOf((Prim("int"), Prim("None")))  # the model's annotation
    assert resolve(FieldType("#/components/schemas/Chat", "other", Prim("str"))) == Prim("str")
    assert index.field_names("#/components/schemas/Chat") == {"maxTokens": "max_tokens"}
