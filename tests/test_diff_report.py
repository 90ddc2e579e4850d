"""The Markdown report groups a place's changes of one rule into one row (the fields in one
cell), counts the changes per rule, and says what it leaves out, by rule."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.diff.document import diff_documents
from generator.diff.report import render
from generator.diff.report.markdown import _md_table
from generator.spec.normalize import normalize
from tests.test_diff import doc, response

pytestmark = pytest.mark.unit


def _many_fields(d: dict[str, Any]) -> None:
    for name in ("alpha", "beta", "gamma"):
        response(d)[name] = {"type": "string"}


def test_one_row_per_place_and_rule_with_the_fields_in_one_cell() -> None:
    old = doc()
    new = copy.deepcopy(old)
    _many_fields(new)
    result = diff_documents(normalize(old), normalize(new))
    assert len(result.changes) == 3
    out = render(result, "markdown")
    rows = [line for line in out.splitlines() if line.startswith("| `#/components/schemas/Thing`")]
    assert len(rows) == 1, rows
    assert "`alpha`, `beta`, `gamma`" in rows[0] and "(3 changes)" in rows[0]
    assert "| [response-property-added](#rule-response-property-added) |" in rows[0]
    # The rules table counts changes, not rows.
    assert '| <a id="rule-response-property-added"></a>`response-property-added` | no | 3 |' in out


def test_what_does_not_fit_is_counted_by_rule() -> None:
    old = doc()
    new = copy.deepcopy(old)
    _many_fields(new)
    new["paths"]["/things"]["get"]["deprecated"] = True
    result = diff_documents(normalize(old), normalize(new))
    lines = _md_table(sorted(result.non_breaking, key=lambda c: c.sort_key()), budget=10)
    assert lines[-1].startswith("\n2 more rows (4 changes: ")
    assert "[op-deprecated](#rule-op-deprecated) 1" in lines[-1]
    assert "[response-property-added](#rule-response-property-added) 3" in lines[-1]


def test_breaks_of_the_sdk_only_say_so() -> None:
    old = doc()
    new = copy.deepcopy(old)
    new["paths"]["/things"]["get"]["tags"] = ["Stuff"]  # the function moves module
    new["components"]["schemas"]["Thing"]["required"] = ["id"]  # size may be absent now
    result = diff_documents(normalize(old), normalize(new))
    out = render(result, "markdown")
    (moved,) = [line for line in out.splitlines() if "[op-moved]" in line]
    assert "[op-moved](#rule-op-moved) (SDK only) |" in moved
    (optional,) = [line for line in out.splitlines() if "[response-property-became-optional]" in line]
    assert "(SDK only)" not in optional
    text = render(result, "text")
    assert "GET /things: tag 'Things' -> 'Stuff'  [op-moved (SDK only)]" in text
