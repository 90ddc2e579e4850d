"""Issue 15, item 5: a package generated from any document passes `ruff check --select E9,F`
(no signature names a type the API module does not import: pydantic's `SecretStr`,
`Base64Str`, `IPv4Address`, datamodel-code-generator's `date_aliased`) and no header the
operation implies (`Content-Type`, `Accept`) overrides the caller's own argument."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.formserver import FormServer
from tests.test_any_document import generate, ok, python

pytestmark = pytest.mark.sdk

ACCOUNT = {
    "type": "object",
    "properties": {
        "password": {"type": "string", "format": "password"},
        "ip": {"type": "string", "format": "ipv4"},
        "blob": {"type": "string", "format": "byte"},
        "date": {"type": "string", "format": "date"},
        "ref": {"type": "string", "format": "ulid"},  # python-ulid is no dependency: a str
    },
}
CONTENT_TYPE = {"name": "Content-Type", "in": "header", "required": True, "schema": {"type": "string"}}
DOC = {
    "openapi": "3.0.3",
    "info": {"title": "Lint", "version": "1"},
    "servers": [{"url": "https://lint.example"}],
    "paths": {
        "/accounts": {
            "post": {
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}
                },
                "responses": ok({"type": "object", "properties": {"id": {"type": "string"}}}),
            }
        },
        "/upload": {
            "post": {
                "parameters": [CONTENT_TYPE],
                "requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}},
                "responses": ok({"type": "object", "properties": {"id": {"type": "string"}}}),
            }
        },
    },
    "components": {"schemas": {"Account": ACCOUNT}},
}


def test_signatures_name_only_defined_types_and_the_callers_content_type_wins(tmp_path) -> None:
    out = generate(tmp_path, DOC)
    lint = [
        sys.executable,
        "-m",
        "ruff",
        "check",
        "--select",
        "E9,F",
        "--no-cache",
        "--output-format",
        "concise",
    ]
    proc = subprocess.run([*lint, str(out)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout
    with FormServer(b'{"id": "a1"}') as server:
        code = (
            "import openrouter_sdk as p\n"
            "c = p.OpenRouter(api_key='k', base_url=sys.argv[1])\n"
            "a = p.OPERATIONS['post_accounts'].function(c, password='s', ip='10.0.0.1', ref='x')\n"
            "u = p.OPERATIONS['post_upload'].function(\n"
            "    c, content_type='text/csv; charset=utf-8', body=b'a,b'\n"
            ")\n"
            "m = p.models.Account.model_validate({'ref': 'x', 'date': '2026-01-02'})\n"
            "print(a.id, u.id, m.ref)"
        )
        assert python(out, code, server.url("")).strip() == "a1 a1 x"
        accounts, upload = server.bodies
    assert accounts.path == "/accounts" and accounts.content_type == "application/json"
    assert (upload.path, upload.content_type, upload.data) == ("/upload", "text/csv; charset=utf-8", b"a,b")
