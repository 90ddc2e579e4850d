"""Parsing and first-level checks of OpenAPI documents."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from generator.errors import SdkgenError, SpecError
from generator.spec.parse import check_openapi, load_spec, parse_document, sha256_bytes

pytestmark = pytest.mark.unit


def problems(data: bytes) -> list[str]:
    with pytest.raises(SpecError) as info:
        parse_document(data, "doc")
    return [str(p) for p in info.value.problems]


def check_problems(doc: dict) -> list[str]:
    with pytest.raises(SpecError) as info:
        check_openapi(doc, "doc")
    return [str(p) for p in info.value.problems]


def test_json() -> None:
    doc = parse_document(b'  {"openapi": "3.1.0", "paths": {"/a": {"get": {}}}}', "doc")
    assert doc == {"openapi": "3.1.0", "paths": {"/a": {"get": {}}}}
    check_openapi(doc, "doc")


def test_yaml_reads_like_json() -> None:
    text = b"""openapi: 3.0.3
paths:
  /a:
    get:
      responses:
        200:
          description: ok
          content: {application/json: {example: {day: 2025-08-24, n: 1.5, on: true}}}
"""
    doc = parse_document(text, "doc")
    response = doc["paths"]["/a"]["get"]["responses"]["200"]
    assert response["content"]["application/json"]["example"] == {
        "day": "2025-08-24",
        "n": 1.5,
        "on": True,
    }
    check_openapi(doc, "doc")


def test_utf8_bom_is_accepted() -> None:
    assert parse_document('\ufeff{"a": "é"}'.encode(), "doc") == {"a": "é"}


def test_invalid_json_has_line_and_column() -> None:
    assert problems(b'{\n  "openapi": "3.1.0",\n  "paths": {,}\n}') == [
        "doc: invalid JSON at line 3 column 13: Expecting property name enclosed in double quotes"
    ]


def test_invalid_yaml_has_line_and_column() -> None:
    (message,) = problems(b"openapi: 3.1.0\npaths: [1\nx: 2\n")
    assert message.startswith("doc: invalid YAML at line 3 column 2: ")
    assert "\n" not in message


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    start = time.monotonic()
    (message,) = problems("\n".join(lines).encode())
    assert time.monotonic() - start < 1
    assert "YAML aliases are not allowed" in message and "line 2" in message


def test_a_single_alias_is_refused() -> None:
    (message,) = problems(b"a: &x {b: 1}\nc: *x\n")
    assert "YAML aliases are not allowed" in message


def test_non_utf8_is_refused() -> None:
    assert problems(b'{"a": "\xff"}') == ["doc: not UTF-8 text (invalid byte at offset 7)"]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"- openapi: 3.1.0\n", "a list"),
        (b'["x"]', "a list"),
        (b"just text", "a string"),
        (b"", "empty"),
    ],
)
def test_top_level_must_be_a_mapping(data: bytes, kind: str) -> None:
    assert problems(data) == [f"doc: the document is {kind}, not an OpenAPI object"]


def test_swagger_2_is_refused() -> None:
    assert check_problems({"swagger": "2.0", "paths": {}}) == [
        "doc: #/swagger: Swagger 2.0 documents are not supported; convert to OpenAPI 3.x"
    ]


@pytest.mark.parametrize("version", ["2.0", "4.0.0", "3", 3.1, None])
def test_openapi_must_be_a_3x_string(version: object) -> None:
    (message,) = check_problems({"openapi": version, "paths": {}})
    assert message.startswith("doc: #/openapi: 'openapi' is ")


def test_all_problems_are_reported_at_once() -> None:
    assert check_problems({"info": {}}) == [
        "doc: #: 'openapi' is missing (expected e.g. \"3.1.0\")",
        "doc: #: 'paths' is missing",
    ]
    assert check_problems({"openapi": "3.1.0", "paths": []}) == [
        "doc: #/paths: 'paths' must be a mapping, not a list"
    ]


def test_load_spec(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: '3.1.0'\npaths: {}\n")
    assert load_spec(path) == {"openapi": "3.1.0", "paths": {}}
    path.write_text("openapi: '3.1.0'\n")
    with pytest.raises(SpecError, match="'paths' is missing"):
        load_spec(path)
    with pytest.raises(SdkgenError, match=re.escape(f"{tmp_path / 'missing.json'}: no such file")):
        load_spec(tmp_path / "missing.json")


def test_sha256_bytes() -> None:
    assert sha256_bytes(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


@pytest.mark.parametrize(
    "data",
    [
        b'{"openapi": "3.0.3", "x-big": ' + b"9" * 5000 + b"}",
        b"openapi: 3.0.3\nx-big: " + b"9" * 5000 + b"\n",
    ],
    ids=["json", "yaml"],
)
def test_a_huge_integer_is_bad_input_not_a_crash(data: bytes) -> None:
    """Python refuses to read integers of more than 4,300 digits (a ValueError): that is
    the document's problem (exit 2), said as such, not an internal error (exit 3)."""
    with pytest.raises(SpecError, match=r"more than \d+ digits"):
        parse_document(data, "big.json")
