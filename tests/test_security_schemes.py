"""Security schemes (spec.security, the client's `_apply_auth`): a package generated from a
document with every kind the SDK can send puts the credential where each operation's
scheme wants it, as a real 127.0.0.1 server sees it; an operation none of whose
alternatives can be sent is left out with a warning, and the rest generates."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.spec.security import choose, drop_unauthenticatable
from tests.conftest import SAME_NAMES, scratch_project
from tests.httpserver import ScriptedServer

SCHEMES = {
    "bearer": {"type": "http", "scheme": "bearer"},
    "basic": {"type": "http", "scheme": "basic"},
    "header": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
    "query": {"type": "apiKey", "in": "query", "name": "key"},
    "cookie": {"type": "apiKey", "in": "cookie", "name": "session"},
    "oauth": {
        "type": "oauth2",
        "flows": {"clientCredentials": {"tokenUrl": "https://a.example/t", "scopes": {}}},
    },
    "oidc": {
        "type": "openIdConnect",
        "openIdConnectUrl": "https://a.example/.well-known/openid-configuration",
    },
    "digest": {"type": "http", "scheme": "digest"},
    "oauth1": {"type": "http", "scheme": "oauth"},
    "token": {"type": "http", "scheme": "Token"},
    "hmac": {"type": "http", "scheme": "payone-hmac-sha256"},
}

#: operationId -> its security requirement
OPERATIONS = {
    "viaBearer": [{"bearer": []}],
    "viaBasic": [{"basic": []}],
    "viaHeader": [{"header": []}],
    "viaQuery": [{"query": []}],
    "viaCookie": [{"cookie": []}],
    "viaOauth": [{"oauth": ["read"]}],
    "viaOidc": [{"oidc": []}],
    "viaToken": [{"token": []}],
    "digestThenHeader": [{"digest": []}, {"header": []}],  # the second alternative is taken
    "onlyDigest": [{"digest": []}],  # left out
    "onlyOauth1": [{"oauth1": []}],  # left out
    "onlyHmac": [{"hmac": []}],  # left out: a signature per request
}


def document() -> dict:
    paths = {
        f"/{op}": {
            "get": {
                "operationId": op,
                "tags": ["auth"],
                "security": security,
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                },
            }
        }
        for op, security in OPERATIONS.items()
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Auth", "version": "1"},
        "servers": [{"url": "https://auth.example"}],
        "paths": paths,
        "components": {"securitySchemes": SCHEMES},
    }


CALL = r"""
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
pkg = importlib.import_module(sys.argv[2])
client = pkg.OpenRouter(api_key=sys.argv[3], base_url=sys.argv[4])
for op in json.loads(sys.argv[5]):
    pkg.OPERATIONS[op].function(client)
print(json.dumps(sorted(pkg.OPERATIONS)))
"""


@pytest.mark.sdk
def test_the_client_sends_the_credential_where_each_scheme_wants_it(tmp_path: Path) -> None:
    spec = tmp_path / "auth.json"
    spec.write_text(json.dumps(document()))
    project = scratch_project(tmp_path / "project")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
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
    proc = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 3, proc.stderr
    assert "#/paths/~1onlyDigest/get: left out: #/components/securitySchemes/digest" in "".join(warnings)
    assert any("'oauth1' (type 'http', scheme 'oauth') is not supported" in w for w in warnings)

    called = [op for op in OPERATIONS if not op.startswith("only")]
    with ScriptedServer() as server:
        for op in called:
            server.reply("/viaQuery?key=user%3Apw" if op == "viaQuery" else f"/{op}", 200, body=b"{}")
        run = [
            sys.executable,
            "-I",
            "-c",
            CALL,
            str(out),
            "openrouter_sdk",
            "user:pw",
            server.url(""),
            json.dumps(called),
        ]
        proc = subprocess.run(run, capture_output=True, text=True, env=env, check=False)
        assert proc.returncode == 0, proc.stderr
        seen = {r.path.split("?")[0].lstrip("/"): r for r in server.requests}
    assert json.loads(proc.stdout) == sorted(called)  # the two others are not in the package
    assert seen["viaBearer"].headers["authorization"] == "Bearer user:pw"
    assert seen["viaBasic"].headers["authorization"] == "Basic " + base64.b64encode(b"user:pw").decode()
    assert seen["viaHeader"].headers["x-api-key"] == "user:pw"
    assert seen["viaQuery"].path == "/viaQuery?key=user%3Apw"
    assert seen["viaCookie"].headers["cookie"] == "session=user:pw"
    assert seen["viaOauth"].headers["authorization"] == "Bearer user:pw"
    assert seen["viaOidc"].headers["authorization"] == "Bearer user:pw"
    assert seen["viaToken"].headers["authorization"] == "Token user:pw"
    assert seen["digestThenHeader"].headers["x-api-key"] == "user:pw"
    assert "authorization" not in seen["digestThenHeader"].headers


@pytest.mark.unit
def test_alternatives_and_optional_security() -> None:
    doc = document()
    assert choose(doc, [{"digest": []}, {"basic": []}]).applied == ("basic", "basic", "Authorization")
    # one credential: an alternative of one scheme before one that needs two at once
    assert choose(doc, [{"header": [], "query": []}, {"cookie": []}]).applied == (
        "cookie",
        "cookie",
        "session",
    )
    assert choose(doc, [{"header": [], "query": []}]).applied == ("header", "header", "X-Api-Key")
    assert choose(doc, [{}, {"digest": []}]) == choose(doc, [])  # optional: nothing to refuse
    undefined = choose(doc, [{"nope": []}])
    assert undefined.undefined == (
        ("#/components/securitySchemes/nope", "security scheme 'nope' is not defined"),
    )


@pytest.mark.unit
def test_a_document_whose_every_operation_needs_an_unsupported_scheme_is_refused() -> None:
    from generator.errors import SpecError

    doc = document()
    doc["paths"] = {k: v for k, v in doc["paths"].items() if k.startswith("/only")}
    with pytest.raises(SpecError) as refused:
        drop_unauthenticatable(doc, "auth.json")
    assert [p.pointer for p in refused.value.problems] == [
        "#/paths/~1onlyDigest/get",
        "#/paths/~1onlyHmac/get",
        "#/paths/~1onlyOauth1/get",
    ]


@pytest.mark.unit
def test_a_refused_document_reports_every_problem_at_once(tmp_path: Path) -> None:
    """The checks' problems and "no operation can be authenticated" in one run (before, the
    security refusal only appeared once the checks' problems were fixed), with the
    warnings of what else would be left out."""
    doc = document()
    doc["paths"] = {k: v for k, v in doc["paths"].items() if k.startswith("/only")}
    doc["paths"]["/onlyDigest/{id}"] = doc["paths"].pop("/onlyDigest")  # {id} is not declared
    pattern = {"type": "string", "pattern": "(?=a)a"}
    doc["paths"]["/onlyHmac"]["get"]["parameters"] = [{"name": "q", "in": "query", "schema": pattern}]
    spec = tmp_path / "refused.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--output", "out"]
    proc = subprocess.run(
        command, cwd=scratch_project(tmp_path / "p"), capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    errors = [line.split(": ", 2)[1:] for line in lines if not line.startswith("warning:")]
    assert [(ptr, message.split(":")[0]) for ptr, message in errors] == [
        ("#/paths/~1onlyDigest~1{id}/get", "left out"),
        ("#/paths/~1onlyDigest~1{id}/get", "path parameter {id} is not declared"),
        ("#/paths/~1onlyHmac/get", "left out"),
        ("#/paths/~1onlyOauth1/get", "left out"),
    ]
    warnings = [line for line in lines if line.startswith("warning:")]
    assert len(warnings) == 1 and "/parameters/0/schema/pattern: pattern left out" in warnings[0]
