"""Reading an OpenAPI document (JSON or YAML) into plain JSON-like data."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import ClassVar

import yaml

from generator.errors import Problem, SdkgenError, SpecError, pointer

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _JsonLikeLoader(yaml.SafeLoader):
    """A safe YAML loader whose result is what the same document would be as JSON.

    - Aliases are refused: expanding them is how a few hundred bytes become
      gigabytes (billion laughs), and OpenAPI has `$ref` for reuse.
    - Mapping keys keep their source text, so `200:` is the key "200" (as in
      JSON), not the integer 200.
    - Dates stay strings, so `example: 2025-08-24` does not become a `date`.
    """

    yaml_implicit_resolvers: ClassVar[dict] = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None,
                None,
                f"YAML aliases are not allowed (found *{event.anchor})",
                event.start_mark,
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        self.flatten_mapping(node)
        mapping = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be plain scalars", key_node.start_mark
                )
            mapping[key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping


def _yaml_message(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return f"invalid YAML: {' '.join(str(exc).split())}"
    return f"invalid YAML at line {mark.line + 1} column {mark.column + 1}: {exc.problem}"


def _kind(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    return "a number"


def parse_document(data: bytes, source: str) -> dict:
    """Parse JSON (text starting with `{`) or YAML; raise SpecError with one problem."""

    def fail(message: str) -> SpecError:
        return SpecError([Problem(file=source, pointer="", message=message)])

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail(f"not UTF-8 text (invalid byte at offset {exc.start})") from None
    try:
        if text.lstrip().startswith("{"):
            try:
                doc = json.loads(text)
            except json.JSONDecodeError as exc:
                raise fail(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
        else:
            try:
                doc = yaml.load(text, Loader=_JsonLikeLoader)  # a SafeLoader subclass
            except yaml.YAMLError as exc:
                raise fail(_yaml_message(exc)) from None
    except RecursionError:
        raise fail("the document is nested too deeply") from None
    except ValueError as exc:  # Python refuses to convert integers of more than 4,300 digits
        if "integer string conversion" not in str(exc):
            raise
        limit = sys.get_int_max_str_digits()
        raise fail(f"a number has more than {limit} digits, more than Python reads as an integer") from None
    if not isinstance(doc, dict):
        raise fail(f"the document is {_kind(doc)}, not an OpenAPI object")
    return doc


def check_openapi(doc: dict, source: str) -> None:
    """Raise SpecError listing every reason `doc` is not an OpenAPI 3.x document."""
    problems = []
    version = doc.get("openapi")
    if "openapi" not in doc and "swagger" in doc:
        problems.append(
            Problem(
                source,
                pointer("swagger"),
                "Swagger 2.0 documents are not supported; convert to OpenAPI 3.x",
            )
        )
    elif "openapi" not in doc:
        problems.append(Problem(source, pointer(), "'openapi' is missing (expected e.g. \"3.1.0\")"))
    elif not isinstance(version, str) or not re.fullmatch(r"3\.\d+(\.\d+)?(-[\w.]+)?", version):
        hint = "; write it as a string" if isinstance(version, (int, float)) else ""
        problems.append(
            Problem(
                source,
                pointer("openapi"),
                f"'openapi' is {version!r}, expected a 3.x version string{hint}",
            )
        )
    if "paths" not in doc:
        problems.append(Problem(source, pointer(), "'paths' is missing"))
    elif not isinstance(doc["paths"], dict):
        problems.append(
            Problem(source, pointer("paths"), f"'paths' must be a mapping, not {_kind(doc['paths'])}")
        )
    if problems:
        raise SpecError(problems)


def load_spec(path: Path) -> dict:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SdkgenError(f"{path}: no such file") from None
    except OSError as exc:
        raise SdkgenError(f"{path}: cannot read: {exc.strerror or exc}") from None
    doc = parse_document(data, str(path))
    check_openapi(doc, str(path))
    return doc


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
