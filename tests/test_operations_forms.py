"""Every operation whose multipart/form-data body is the alternative to JSON (`form.selector`
in `OPERATIONS`), called sync and async through `httpx.MockTransport` with its form fields
instead of its JSON fields: the request is a multipart body holding them (the sample file
in the file fields). Operations whose only body is a form are covered by test_operations."""

from __future__ import annotations

from typing import Any

import pytest

from generator.spec.document import load_document
from tests.formserver import form_mismatches
from tests.samples import Sampler
from tests.test_operations import OPERATIONS, build_case, call, cases, form_fields, spec_operation

pytestmark = pytest.mark.sdk

ALTERNATIVES = [op for op in OPERATIONS.values() if op.form is not None and op.form.selector]


@pytest.fixture(scope="module")
def doc(config: Any) -> dict[str, Any]:
    return load_document(config.spec, config.overlays)


@pytest.fixture(scope="module")
def sampler(doc: dict[str, Any]) -> Sampler:
    return Sampler(doc)


def test_operations_with_a_form_record_it() -> None:
    for op in OPERATIONS.values():
        if op.form is not None:
            assert op.body is not None
            assert set(op.form.files) <= {p.name for p in op.form.fields}
            assert op.form.selector is None or op.form.selector in {p.python_name for p in op.form.fields}


@pytest.mark.parametrize(("operation_id", "mode"), cases(ALTERNATIVES))
def test_form_alternative_sends_multipart(
    operation_id: str, mode: str, doc: dict[str, Any], sampler: Sampler
) -> None:
    op = OPERATIONS[operation_id]
    case = build_case(doc, sampler, op)
    kwargs = {k: v for k, v in case.kwargs.items() if k not in case.body_fields.values()}
    content = sampler.resolve(spec_operation(doc, op)["requestBody"])["content"]
    media = next(m for m in content if m.startswith("multipart/form-data"))
    form = form_fields(doc, sampler, op, kwargs, media)
    call(op, mode, case.handler, kwargs)
    (request,) = case.requests
    assert op.form is not None
    assert form_mismatches(request.headers["Content-Type"], request.content, form, op.form.files) == []
