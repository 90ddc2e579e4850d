"""A client method that moves (the document changes its x-speakeasy-name-override) breaks
its callers even when the module function stays: the SDK surface records each function's
`client_method`, the spec diff and the SDK diff report the move as breaking, and so does
the bump."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.diff.document import diff_documents
from generator.diff.surface import diff_surfaces, sdk_surface
from generator.release.versioning import from_spec_diff, from_surface
from generator.spec.document import load_document
from generator.surface import Surface
from tests.conftest import PINNED

pytestmark = pytest.mark.unit


def documents() -> tuple[dict[str, Any], dict[str, Any]]:
    doc = load_document(PINNED, ())
    renamed = copy.deepcopy(doc)
    renamed["paths"]["/chat/completions"]["post"]["x-speakeasy-name-override"] = "complete"
    return doc, renamed


def surfaces() -> tuple[Surface, Surface]:
    doc, renamed = documents()
    return sdk_surface(doc), sdk_surface(renamed)


def test_the_spec_diff_calls_a_changed_hint_breaking() -> None:
    doc, renamed = documents()
    result = diff_documents(doc, renamed)
    assert [(c.rule, c.breaking, c.detail) for c in result.changes] == [
        ("op-method-renamed", True, "x-speakeasy-name-override 'send' -> 'complete'")
    ]
    assert from_spec_diff(result).bump == "major"


def test_the_surface_records_client_methods() -> None:
    old, _ = surfaces()
    assert old.functions["chat.send_chat_completion_request"].client_method == "chat.send"
    assert Surface.from_json(old.as_json()) == old


def test_a_moved_client_method_is_a_breaking_change() -> None:
    old, new = surfaces()
    sdk = diff_surfaces(old, new, [])
    assert sdk.functions_added == sdk.functions_removed == []
    (entry,) = sdk.functions_changed
    assert entry["name"] == "chat.send_chat_completion_request" and entry["breaking"]
    assert entry["client_method"] == {"before": "chat.send", "after": "chat.complete"}
    release = from_surface(old, new)
    assert release.bump == "major"
    assert "Client method client.chat.send is now client.chat.complete." in release.notes


def test_an_older_manifest_without_client_methods_moves_nothing() -> None:
    old, new = surfaces()
    data = old.as_json()
    for function in data["functions"].values():
        function.pop("client_method")
    assert diff_surfaces(Surface.from_json(data), new, []).functions_changed == []
