"""Reading an OpenAPI document (JSON or YAML) into plain JSON-like data."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from generator.errors import Problem, SdkgenError, SpecError, pointer


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
            # Imported only for YAML: a JSON document's run does without PyYAML's import.
            from generator.spec.yaml_loader import load_yaml

            doc, message = load_yaml(text)
            if message is not None:
                raise fail(message)
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
