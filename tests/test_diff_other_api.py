"""`sdkgen diff` on documents of another API than the configured one: OpenRouter's
overlays are not applied to them (they would warn about, or change, schemas of the same
names), `--overlay` applies chosen ones, and `--sdk` generates both under names from the
document's title; a keyword argument a call must now give is an SDK break."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.unit

DOC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Link Shortener", "version": "1.0.0"},
    "servers": [{"url": "https://short.example/api"}],
    "paths": {
        "/links": {
            "post": {
                "operationId": "createLink",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewLink"}}},
                },
                "responses": {
                    "200": {
                        "description": "the link",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Link"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            # a name OpenRouter's overlays also touch
            "ChatResult": {"type": "object", "properties": {"id": {"type": "string"}}},
            "NewLink": {
                "type": "object",
                "required": ["url"],
                "properties": {"url": {"type": "string"}},
            },
            "Link": {
                "type": "object",
                "required": ["id", "url"],
                "properties": {"id": {"type": "string"}, "url": {"type": "string"}},
            },
        }
    },
}


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _diff(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "diff", *map(str, args)],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _with_required_query(doc: dict[str, Any]) -> dict[str, Any]:
    new = copy.deepcopy(doc)
    new["paths"]["/links"]["post"]["parameters"] = [
        {"name": "domain", "in": "query", "required": True, "schema": {"type": "string"}}
    ]
    return new


def test_the_configured_overlays_are_not_applied_to_another_api(tmp_path: Path) -> None:
    old = _write(tmp_path / "old.json", DOC)
    new = _write(tmp_path / "new.json", _with_required_query(DOC))

    run = _diff(old, new, "--format", "json")

    assert run.returncode == 0, run.stderr
    assert "overlays" not in run.stderr and "matches nothing" not in run.stderr
    [change] = json.loads(run.stdout)["changes"]
    assert (change["at"], change["rule"], change["breaking"]) == (
        "query parameter domain",
        "param-added-required",
        True,
    )


def test_an_overlay_given_is_applied_to_both(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: drop ChatResult, version: '1'}\nactions:\n"
        "  - target: $.components.schemas.ChatResult\n    remove: true\n",
        encoding="utf-8",
    )
    old = _write(tmp_path / "old.json", DOC)
    changed = copy.deepcopy(DOC)
    changed["components"]["schemas"]["ChatResult"]["properties"]["id"]["type"] = "integer"
    new = _write(tmp_path / "new.json", changed)

    plain = json.loads(_diff(old, new, "--format", "json").stdout)["changes"]
    overlaid = _diff(old, new, "--format", "json", "--overlay", overlay)

    assert overlaid.returncode == 0, overlaid.stderr
    assert [c["path"] for c in plain] == ["#/components/schemas/ChatResult"]  # no overlay
    assert json.loads(overlaid.stdout)["changes"] == []


@pytest.mark.slow
def test_sdk_verdict_of_another_api_names_its_package_and_sees_a_new_required_keyword(
    tmp_path: Path,
) -> None:
    old = _write(tmp_path / "old.json", DOC)
    new = _write(tmp_path / "new.json", _with_required_query(DOC))

    run = _diff(old, new, "--sdk", "--fail-on-breaking")

    assert run.returncode == 1, run.stderr
    assert "SDK: BREAKING (1) (packages compared)" in run.stdout
    assert "CreateLinkParams.domain: a new required keyword argument" in run.stdout
    assert "OpenRouter" not in run.stdout


@pytest.mark.slow
def test_a_new_optional_keyword_is_no_sdk_break(tmp_path: Path) -> None:
    optional = copy.deepcopy(DOC)
    optional["paths"]["/links"]["post"]["parameters"] = [
        {"name": "domain", "in": "query", "schema": {"type": "string"}}
    ]
    old = _write(tmp_path / "old.json", DOC)
    new = _write(tmp_path / "new.json", optional)

    run = _diff(old, new, "--sdk", "--fail-on-breaking")

    assert run.returncode == 0, run.stdout + run.stderr
    assert "SDK: not breaking (packages compared)" in run.stdout
