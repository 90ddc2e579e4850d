"""Documents unlike OpenRouter's (issue 15, item 4): no model at all (only primitive
schemas), only inline schemas, 3.1 boolean schemas, `format: email` (a plain `str`: the
SDK does not depend on email-validator), `x-enumNames` (never names members); and the
exit-code rule for datamodel-code-generator: a failure on a document that passed the
checks is a bug (exit 3), never reported as bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import InternalError
from generator.models import codegen
from tests.conftest import SAME_NAMES, scratch_project
from tests.httpserver import ScriptedServer


def ok(schema: object, media: str = "application/json") -> dict:
    return {"200": {"description": "ok", "content": {media: {"schema": schema}}}}


def generate(tmp_path: Path, doc: dict) -> Path:
    spec, out = tmp_path / "spec.json", tmp_path / "out"
    spec.write_text(json.dumps(doc))
    project = scratch_project(tmp_path / "project")
    command = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--spec",
        str(spec),
        *SAME_NAMES,
        "--output",
        str(out),
    ]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    return out


def python(out: Path, code: str, *args: str) -> str:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(out)!r})\n{code}", *args]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.sdk
def test_a_document_without_any_model(tmp_path: Path) -> None:
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "Plain", "version": "1"},
        "servers": [{"url": "https://plain.example"}],
        "paths": {
            "/ping": {"get": {"operationId": "ping", "responses": ok({"type": "string"}, "text/plain")}},
            "/ids": {
                "get": {
                    "operationId": "ids",
                    "responses": ok({"type": "array", "items": {"type": "integer"}}),
                }
            },
        },
    }
    out = generate(tmp_path, doc)
    with ScriptedServer() as server:
        server.reply("/ping", 200, body=b"pong", headers={"Content-Type": "text/plain"})
        server.reply("/ids", 200, body=b"[1, 2]", headers={"Content-Type": "application/json"})
        code = (
            "import openrouter_sdk as p\n"
            "c = p.OpenRouter(api_key='k', base_url=sys.argv[1])\n"
            "print(repr(p.OPERATIONS['ping'].function(c)), repr(p.OPERATIONS['ids'].function(c)))"
        )
        assert python(out, code, server.url("")).split() == ["'pong'", "[1,", "2]"]


@pytest.mark.sdk
def test_inline_and_boolean_schemas_email_and_enum_names(tmp_path: Path) -> None:
    inline = {
        "type": "object",
        "required": ["email", "never"],
        "properties": {
            "email": {"type": "string", "format": "email"},
            "anything": True,
            "never": False,  # can never be present: no field
            "text": {"anyOf": [{"type": "string"}, False]},  # the `false` member matches nothing
            "empty": {"type": "array", "items": False},  # only []
            "state": {"type": "string", "enum": ["allow", "deny"], "x-enumNames": ["DENY", "ALLOW"]},
        },
    }
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "Inline", "version": "1"},
        "servers": [{"url": "https://inline.example"}],
        "paths": {
            "/me": {"get": {"operationId": "me", "responses": ok(inline)}},
            "/free": {"get": {"operationId": "free", "responses": ok(True)}},
        },
    }
    out = generate(tmp_path, doc)
    sources = "".join(p.read_text() for p in (out / "openrouter_sdk" / "models").glob("*.py"))
    assert "EmailStr" not in sources
    assert 'ALLOW = "allow"' in sources and 'DENY = "allow"' not in sources  # the values name them
    code = (
        "import openrouter_sdk.models as m\n"
        "cls = next(getattr(m, n) for n in m.__all__"
        " if 'email' in getattr(getattr(m, n), 'model_fields', {}))\n"
        "v = cls.model_validate({'email': 'unchecked', 'anything': [1, {'a': None}], 'state': 'deny'})\n"
        "print(v.email, v.state.name, v.anything)"
    )
    assert python(out, code).strip() == "unchecked DENY [1, {'a': None}]"
    never = (
        "import openrouter_sdk.models as m, pydantic\n"
        "cls = next(getattr(m, n) for n in m.__all__"
        " if 'email' in getattr(getattr(m, n), 'model_fields', {}))\n"
        "print(sorted(cls.model_fields), cls.model_fields['text'].annotation)\n"
        "cls(email='e', empty=[])  # built by hand: strict\n"
        "for bad in ({'text': 1}, {'empty': [1]}):\n"
        "    try:\n"
        "        cls(email='e', **bad)\n"
        "    except pydantic.ValidationError:\n"
        "        print('refused', *bad)\n"
    )
    assert python(out, never).split("\n")[:3] == [
        "['anything', 'email', 'empty', 'state', 'text'] str | None",
        "refused text",
        "refused empty",
    ]


@pytest.mark.unit
def test_datamodel_code_generator_failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datamodel_code_generator

    def no_models(*args: object, **kwargs: object) -> None:
        raise datamodel_code_generator.Error("Models not found in the input data")

    out, meta = tmp_path / "m.py", tmp_path / "meta.json"
    monkeypatch.setattr(datamodel_code_generator, "generate", no_models)
    codegen._run_datamodel_codegen({"openapi": "3.0.0"}, out, meta, codegen._options("p"))
    assert "from __future__ import annotations" in out.read_text()
    assert json.loads(meta.read_text()) == {"models": []}

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("items")

    monkeypatch.setattr(datamodel_code_generator, "generate", broken)
    with pytest.raises(InternalError) as bug:
        codegen._run_datamodel_codegen({"openapi": "3.0.0"}, out, meta, codegen._options("p"))
    assert bug.value.exit_code == 3 and "KeyError: 'items'" in str(bug.value)


@pytest.mark.sdk
def test_percent_encoded_references_and_extensions_among_paths(tmp_path: Path) -> None:
    """`$ref`s are URI fragments (RFC 6901 section 6): `%7Bid%7D` is `{id}`; an `x-` key of
    `paths` is an extension, not a path item (both real documents' idioms)."""
    charger = {"type": "object", "properties": {"id": {"type": "string"}, "kw": {"type": "number"}}}
    one = "#/paths/~1chargers~1%7Bid%7D/get/responses/200/content/application~1json/schema"
    parameter = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "Chargers", "version": "1"},
        "servers": [{"url": "https://chargers.example"}],
        "paths": {
            "x-codegen-contextRoot": "/api",
            "/chargers/{id}": {
                "get": {"operationId": "getCharger", "parameters": [parameter], "responses": ok(charger)}
            },
            "/chargers": {
                "get": {
                    "operationId": "listChargers",
                    "responses": ok({"type": "array", "items": {"$ref": one}}),
                }
            },
        },
    }
    out = generate(tmp_path, doc)
    with ScriptedServer() as server:
        server.reply(
            "/chargers", 200, body=b'[{"id": "c1", "kw": 22.0}]', headers={"Content-Type": "application/json"}
        )
        code = (
            "import openrouter_sdk as p\n"
            "c = p.OpenRouter(api_key='k', base_url=sys.argv[1])\n"
            "[first] = p.OPERATIONS['listChargers'].function(c)\n"
            "print(sorted(p.OPERATIONS), first.id, first.kw)"
        )
        assert python(out, code, server.url("")).strip() == "['getCharger', 'listChargers'] c1 22.0"


@pytest.mark.sdk
def test_a_model_inheriting_from_a_cycle_in_another_module_builds(tmp_path: Path) -> None:
    """`Page` extends `Thing`, which sits in a cycle with `Image` (their own module):
    `Thing`'s fields name `Image`, which `Page`'s module does not import."""
    ref = {"$ref": "#/components/schemas/Thing"}
    schemas = {
        "Thing": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "image": {"$ref": "#/components/schemas/Image"}},
        },
        "Image": {"allOf": [ref, {"type": "object", "properties": {"url": {"type": "string"}}}]},
        "Page": {"allOf": [ref, {"type": "object", "properties": {"title": {"type": "string"}}}]},
    }
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "Things", "version": "1"},
        "servers": [{"url": "https://things.example"}],
        "paths": {
            "/page": {"get": {"operationId": "page", "responses": ok({"$ref": "#/components/schemas/Page"})}}
        },
        "components": {"schemas": schemas},
    }
    out = generate(tmp_path, doc)
    thing = (out / "openrouter_sdk" / "models" / "_thing.py").read_text()
    assert "class Thing(" in thing and "class Image(" in thing  # the cycle's module, not Page's
    code = (
        "from openrouter_sdk.models import Page\n"
        "page = Page.model_validate({'title': 't', 'image': {'url': 'u', 'image': {'url': 'v'}}})\n"
        "print(page.title, page.image.url, page.image.image.url)"
    )
    assert python(out, code).strip() == "t u v"


@pytest.mark.sdk
def test_a_title_outside_the_basic_plane_reaches_pyproject_as_itself(tmp_path: Path) -> None:
    """Jinja's `tojson` wrote 🚀 as the surrogate pair `\\ud83d\\ude80`, which TOML rejects
    (the run failed as "ruff could not format"): pyproject.toml holds the character itself."""
    import tomllib

    doc = {
        "openapi": "3.0.3",
        "info": {"title": "Rocket \U0001f680 API", "version": "1"},
        "servers": [{"url": "https://rocket.example"}],
        "paths": {"/go": {"get": {"operationId": "go", "responses": ok({"type": "string"}, "text/plain")}}},
    }
    out = generate(tmp_path, doc)
    project = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "Rocket \U0001f680 API" in project["description"]


@pytest.mark.sdk
def test_patterns_pydantic_core_cannot_compile_are_left_out_with_a_warning(tmp_path: Path) -> None:
    """A lookaround (Python's backtracking `re` would be used: ReDoS, validation time 4x per
    2 characters), also as a `patternProperties` key or in `propertyNames`, and a regex too
    large for pydantic-core are left out, each with a warning; a pattern it compiles is
    kept, and no model asks for the `python-re` engine."""
    props = {
        "safe": {"type": "string", "pattern": "^[a-z]+$"},
        "look": {"type": "string", "pattern": "^(?!x)(a+)+$"},
        "huge": {"type": "string", "pattern": "a{1000}{1000}"},
        "keyed": {"type": "object", "patternProperties": {"^(?!x)(a+)+$": {"type": "string"}}},
        "names": {"type": "object", "propertyNames": {"pattern": "^(?=a)(a+)+$"}},
    }
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "Patterns", "version": "1"},
        "servers": [{"url": "https://patterns.example"}],
        "paths": {"/p": {"get": {"operationId": "p", "responses": ok({"$ref": "#/components/schemas/P"})}}},
        "components": {
            "schemas": {"P": {"type": "object", "properties": props, "example": {"pattern": "(?=x)"}}}
        },
    }
    spec, out = tmp_path / "spec.json", tmp_path / "out"
    spec.write_text(json.dumps(doc))
    project = scratch_project(tmp_path / "project")
    command = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--spec",
        str(spec),
        *SAME_NAMES,
        "--output",
        str(out),
    ]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    warnings = sorted(line for line in proc.stderr.splitlines() if line.startswith("warning:"))
    assert len(warnings) == 4, proc.stderr
    assert "#/components/schemas/P/properties/huge/pattern: pattern left out" in warnings[0]
    assert (
        "#/components/schemas/P/properties/keyed/patternProperties/^(?!x)(a+)+$: "
        "patternProperties entry left out" in warnings[1]
    )
    assert "#/components/schemas/P/properties/look/pattern: pattern left out" in warnings[2]
    assert "#/components/schemas/P/properties/names/propertyNames/pattern: pattern left out" in warnings[3]
    assert not [p for p in out.rglob("*.py") if "python-re" in p.read_text(encoding="utf-8")]
    code = (
        "import time\n"
        "from pydantic import ValidationError\n"
        "from openrouter_sdk.models import P\n"
        "started = time.perf_counter()\n"
        "evil = 'a' * 40 + 'b'  # 4x per 2 characters with Python's re: hours\n"
        "P.model_validate({'look': evil, 'huge': 'x', 'keyed': {evil: 'v'}, 'names': {evil: 1}})\n"
        "try:\n"
        "    P(safe='A1')  # built by hand: strict\n"
        "except ValidationError:\n"
        "    print('safe checked', time.perf_counter() - started < 5)\n"
    )
    assert python(out, code).strip() == "safe checked True"
