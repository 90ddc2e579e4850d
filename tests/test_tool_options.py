"""The agent tools' options and schema cuts, on small inline documents: what a wrong
`[tool.sdkgen.mcp]` table says, hint overrides, and `$ref` cycles cut."""

from __future__ import annotations

import json

import pytest

from generator.errors import ConfigError
from generator.tools.build import NAME, _unique, annotations, tool_name
from generator.tools.options import parse_options
from generator.tools.schema import inline, strict

pytestmark = pytest.mark.unit

WHERE = "pyproject.toml: [tool.sdkgen.mcp]"


def test_wrong_tables_are_refused_with_where() -> None:
    with pytest.raises(ConfigError, match=r"pyproject.toml.*'curated' and 'hints'"):
        parse_options({"curated": {}, "tols": {}}, WHERE)
    with pytest.raises(ConfigError, match="at most 15"):
        parse_options({"curated": {f"op{i}": {} for i in range(16)}}, WHERE)
    with pytest.raises(ConfigError, match="takes only"):
        parse_options({"curated": {"op": {"feilds": []}}}, WHERE)
    with pytest.raises(ConfigError, match="true or false"):
        parse_options({"hints": {"op": {"readOnlyHint": "yes"}}}, WHERE)
    options = parse_options(
        {"curated": {"b": {"fields": ["x"]}, "a": {}}, "hints": {"a": {"openWorldHint": False}}}, WHERE
    )
    assert [c.operation_id for c in options.curated] == ["b", "a"]
    assert options.curated[0].fields == ("x",) and options.curated[1].fields is None
    assert options.hints == {"a": {"openWorldHint": False}}


UNION = {"oneOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "string"}]}


def test_ref_cycles_are_cut_and_unions_collapse_below_the_top() -> None:
    node = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "example": "x", "x-internal": True},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "value": UNION,
            "wrap": {
                "type": "object",
                "properties": {"inner": {"type": "object", "properties": {"value": UNION}}},
            },
        },
    }
    doc = {"components": {"schemas": {"Node": node}}}
    schema = inline(doc, {"$ref": "#/components/schemas/Node"})
    text = json.dumps(schema)
    assert "$ref" not in text and "example" not in text and "x-internal" not in text
    assert schema["properties"]["children"]["items"] == {}  # the cycle, cut
    assert schema["properties"]["value"]["anyOf"][1] == {"type": "string"}  # near the top: kept
    deep = schema["properties"]["wrap"]["properties"]["inner"]["properties"]["value"]
    assert deep == {"type": "string"}  # deeper: the simplest member
    closed = strict(schema)
    assert closed is not None and closed["additionalProperties"] is False
    assert closed["required"] == ["name", "value", "wrap"]  # `children` holds free-form values: left out
    assert closed["properties"]["value"]["anyOf"][-1] == {"type": "null"}


def test_hints_from_the_method_and_their_overrides() -> None:
    assert annotations("GET") == {
        "readOnlyHint": True, "destructiveHint": False, "idempotentHint": True, "openWorldHint": True
    }  # fmt: skip
    assert annotations("POST")["idempotentHint"] is False and annotations("POST")["destructiveHint"] is False
    assert annotations("PUT")["idempotentHint"] is True and annotations("PATCH")["destructiveHint"] is True
    assert annotations("DELETE", {"destructiveHint": False})["destructiveHint"] is False


def test_derived_tool_names_cut_at_64_characters_stay_distinct() -> None:
    """Two long client methods that agree on their first 64 characters (tests/test_hostile.py
    generates such a document) get `_2`, `_3` instead of a refusal."""
    first = tool_name("t" * 80)
    taken = {first}
    second = _unique(first, taken)
    taken.add(second)
    third = _unique(first, taken)
    assert len({first, second, third}) == 3
    assert all(len(n) <= 64 and NAME.match(n) for n in (first, second, third))
    assert second.endswith("_2") and third.endswith("_3")
