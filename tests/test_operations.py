"""Every operation in `OPERATIONS`, called sync and async through `httpx.MockTransport`.

Each call is built from the registry and the pinned, normalized document: the required
parameters and body fields (plus one optional query parameter and one optional body
field), sample values from `tests/samples.py`. The mock answers with the operation's
first 2xx response and a sample body; the test checks the request on the wire and the
parsed result.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any
from urllib.parse import quote

import httpx
import pydantic
import pytest

from generator.spec.document import load_document
from tests.conftest import ROOT
from tests.formserver import form_mismatches
from tests.samples import Sampler, media_sample, sample_form

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import AsyncOpenRouter, NotFoundError, OpenRouter
from openrouter_sdk._operations import OPERATIONS, OperationInfo

pytestmark = pytest.mark.sdk

API_KEY = "sk-or-test-key"
BASE_URL = "https://openrouter.test/api/v1"
#: The first path parameter gets this value, to check it is percent-encoded.
AWKWARD_PATH_VALUE = "a b/c"
#: Body fields never sent as the "one optional field": they change the response's kind.
NOT_OPTIONAL_SAMPLES = frozenset({"stream"})
TEXT_SAMPLE = "sample text"
MODES = ("sync", "async")


# -- the document ---------------------------------------------------------------


@pytest.fixture(scope="module")
def doc(config: Any) -> dict[str, Any]:
    return load_document(config.spec, config.overlays)


@pytest.fixture(scope="module")
def sampler(doc: dict[str, Any]) -> Sampler:
    return Sampler(doc)


def spec_operation(doc: dict[str, Any], op: OperationInfo) -> dict[str, Any]:
    return doc["paths"][op.path][op.method.lower()]


def spec_parameters(sampler: Sampler, doc: dict[str, Any], op: OperationInfo) -> dict[str, Any]:
    """name -> resolved parameter object, path-level ones overridden by the operation's."""
    found: dict[str, Any] = {}
    for raw in (
        *doc["paths"][op.path].get("parameters", []),
        *spec_operation(doc, op).get("parameters", []),
    ):
        param = sampler.resolve(raw)
        found[param["name"]] = param
    return found


def needs_auth(doc: dict[str, Any], op: OperationInfo) -> bool:
    security = spec_operation(doc, op).get("security", doc.get("security", []))
    return any(requirement for requirement in security)


# -- one call, what it must send and what it gets back --------------------------


@dataclass
class Case:
    op: OperationInfo
    kwargs: dict[str, Any]  # python names -> values
    body_fields: dict[str, str]  # wire name -> python name, the body fields in kwargs
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: dict[str, Any] | None
    auth: bool
    status: int
    content_type: str | None
    response: Any  # the sample answer: JSON data, text, bytes, or None for an empty body
    accept: str  # the Accept header the request must carry
    requests: list[httpx.Request] = field(default_factory=list)
    form: dict[str, Any] | None = None  # a multipart body's fields: wire name -> value

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.content_type is None:
            return httpx.Response(self.status)
        if self.content_type == "application/json":
            return httpx.Response(self.status, json=self.response)
        if isinstance(self.response, bytes):
            return httpx.Response(
                self.status, content=self.response, headers={"Content-Type": self.content_type}
            )
        return httpx.Response(self.status, text=self.response, headers={"Content-Type": self.content_type})

    def whole_body_kwargs(self) -> dict[str, Any]:
        """The same call with the body fields passed whole as `body=`."""
        kwargs = {k: v for k, v in self.kwargs.items() if k not in self.body_fields.values()}
        kwargs["body"] = {wire: self.kwargs[py] for wire, py in self.body_fields.items()}
        return kwargs


def wire_query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def build_case(doc: dict[str, Any], sampler: Sampler, op: OperationInfo) -> Case:
    kwargs: dict[str, Any] = {}
    path = op.path
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    params = spec_parameters(sampler, doc, op)
    first_path_param, optional_query_sent = True, False
    for info in op.parameters:
        if info.location == "body":
            continue
        schema = params[info.name].get("schema", {})
        if info.location == "path":
            value = sampler.sample(schema, depth=1)
            if first_path_param and isinstance(value, str):
                value = AWKWARD_PATH_VALUE
            first_path_param = False
            path = path.replace("{" + info.name + "}", quote(str(value), safe=""))
        elif info.location == "query" and (info.required or not optional_query_sent):
            value = sampler.sample(schema, depth=1)
            query.append((info.name, wire_query_value(value)))
            optional_query_sent |= not info.required
        elif info.location == "header" and info.required:
            value = sampler.sample(schema, depth=1)
            headers[info.name] = wire_query_value(value)
        else:
            continue
        kwargs[info.python_name] = value

    body: dict[str, Any] | None = None
    body_fields: dict[str, str] = {}
    if op.body is not None and op.body.content_type == "application/json":
        content = spec_operation(doc, op)["requestBody"]
        schema = sampler.object_schema(sampler.resolve(content)["content"]["application/json"]["schema"])
        properties = schema.get("properties", {})
        fields = [p for p in op.parameters if p.location == "body"]
        optional = [p for p in fields if not p.required and p.name not in NOT_OPTIONAL_SAMPLES]
        chosen = [p for p in fields if p.required or p in optional[:1]]  # in the API's order
        body = {}
        for info in chosen:
            value = sampler.sample(properties[info.name], depth=1)
            kwargs[info.python_name] = value
            body[info.name] = value
            body_fields[info.name] = info.python_name

    form = None
    if op.form is not None and op.body is not None and op.body.content_type.startswith("multipart/"):
        form = form_fields(doc, sampler, op, kwargs, op.body.content_type)
    status, content_type, response = sample_response(sampler, doc, op)
    return Case(
        op=op,
        kwargs=kwargs,
        body_fields=body_fields,
        path=path,
        query=query,
        headers=headers,
        body=body,
        auth=needs_auth(doc, op),
        status=status,
        content_type=content_type,
        response=response,
        form=form,
        accept=accept_header(sampler, doc, op),
    )


def form_fields(
    doc: dict[str, Any], sampler: Sampler, op: OperationInfo, kwargs: dict[str, Any], media: str
) -> dict[str, Any]:
    """The multipart fields of a call (required ones and one optional), added to `kwargs`."""
    assert op.form is not None
    schema = sampler.resolve(spec_operation(doc, op)["requestBody"])["content"][media]["schema"]
    optional = [p for p in op.form.fields if not p.required and p.name not in NOT_OPTIONAL_SAMPLES]
    chosen = [p for p in op.form.fields if p.required or p in optional[:1]]
    form = sample_form(sampler, schema, [p.name for p in chosen], op.form.files)
    kwargs.update({p.python_name: form[p.name] for p in chosen})
    return form


def sample_response(sampler: Sampler, doc: dict[str, Any], op: OperationInfo) -> tuple[int, str | None, Any]:
    responses = spec_operation(doc, op)["responses"]
    key = min(s for s in responses if s.startswith("2"))
    status = 200 if key.upper() == "2XX" else int(key)
    content = sampler.resolve(responses[key]).get("content") or {}
    if "application/json" in content:
        return status, "application/json", sampler.sample(content["application/json"]["schema"])
    for content_type in content:
        if content_type.startswith("text/") and content_type != "text/event-stream":
            return status, content_type, TEXT_SAMPLE
    for content_type in content:
        if content_type != "text/event-stream":
            return (status, *media_sample(content_type))
    return status, None, None


def accept_header(sampler: Sampler, doc: dict[str, Any], op: OperationInfo) -> str:
    """The success media types in the document's order (an event stream apart), or JSON
    (by default, when it is one of them)."""
    media: list[str] = []
    for status, response in spec_operation(doc, op)["responses"].items():
        if status.startswith("2"):
            content = sampler.resolve(response).get("content") or {}
            media += [m for m in content if m != "text/event-stream" and m not in media]
    if "application/json" in media:  # negotiated: JSON unless the call asks for another
        return "application/json"
    return ", ".join(media) or "application/json"


# -- calling the SDK --------------------------------------------------------------


def call(
    op: OperationInfo,
    mode: str,
    handler: Callable[..., httpx.Response],
    kwargs: dict[str, Any],
    *,
    method_form: bool = False,
) -> Any:
    """Call the operation through a mock transport, sync or async, as a function
    (`api.<module>.<function>(client, ...)`) or a method (`client.<client_method>(...)`)."""
    transport = httpx.MockTransport(handler)
    if mode == "sync":
        with httpx.Client(transport=transport) as http:
            client = OpenRouter(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=0)
            if method_form:
                return attrgetter(op.client_method)(client)(**kwargs)
            return op.function(client, **kwargs)

    async def run() -> Any:
        async with httpx.AsyncClient(transport=transport) as http:
            client = AsyncOpenRouter(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=0)
            if method_form:
                return await attrgetter(op.client_method)(client)(**kwargs)
            return await op.async_function(client, **kwargs)

    return asyncio.run(run())


def wire(request: httpx.Request) -> dict[str, Any]:
    """What a request puts on the wire, for comparing two requests (a multipart body's
    random boundary replaced)."""
    boundary = request.headers.get("Content-Type", "").partition("boundary=")[2]
    headers = request.headers.items()
    return {
        "method": request.method,
        "url": str(request.url),
        "headers": sorted(
            (k, v.replace(boundary, "B") if boundary else v) for k, v in headers if k != "content-length"
        ),
        "content": request.content.replace(boundary.encode(), b"B") if boundary else request.content,
    }


def undeclared_fields(value: Any, where: str = "$") -> list[str]:
    """Where a parsed result holds fields its models do not declare (kept only because
    the models allow extras): every field of a sample is in the schema, so there should
    be none."""
    found: list[str] = []
    if isinstance(value, pydantic.BaseModel):
        found += [f"{where}.{name} ({type(value).__name__})" for name in value.model_extra or {}]
        for name in type(value).model_fields:
            found += undeclared_fields(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found += undeclared_fields(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            found += undeclared_fields(item, f"{where}.{key}")
    return found


# -- parametrization --------------------------------------------------------------


def cases(ops: list[OperationInfo] | None = None, modes: tuple[str, ...] = MODES) -> list[Any]:
    """pytest params `(operation_id, mode)`: every operation (or `ops`) in every mode."""
    return [
        pytest.param(op.operation_id, mode, id=f"{op.operation_id}-{mode}")
        for op in (ops if ops is not None else OPERATIONS.values())
        for mode in modes
    ]


def json_body_operations() -> list[OperationInfo]:
    return [op for op in OPERATIONS.values() if op.body and op.body.content_type == "application/json"]


def one_per_method() -> list[OperationInfo]:
    first: dict[str, OperationInfo] = {}
    for op in OPERATIONS.values():
        first.setdefault(op.method, op)
    return list(first.values())


# -- tests --------------------------------------------------------------------------


def test_operation_count_matches_lock(config: Any) -> None:
    lock = json.loads(config.lock.read_text(encoding="utf-8"))
    assert len(OPERATIONS) == lock["operations"]


@pytest.mark.parametrize(("operation_id", "mode"), cases())
def test_call(operation_id: str, mode: str, doc: dict[str, Any], sampler: Sampler) -> None:
    case = build_case(doc, sampler, OPERATIONS[operation_id])
    result = call(case.op, mode, case.handler, case.kwargs)

    assert len(case.requests) == 1
    request = case.requests[0]
    assert request.method == case.op.method
    raw_path = request.url.raw_path.decode("ascii").partition("?")[0]
    assert raw_path == "/api/v1" + case.path
    assert sorted(request.url.params.multi_items()) == sorted(case.query)
    if case.auth:
        assert request.headers.get("Authorization") == f"Bearer {API_KEY}"
    else:
        assert "Authorization" not in request.headers
    assert request.headers["User-Agent"].startswith("openrouter-sdk/")
    assert request.headers["Accept"] == case.accept
    for name, value in case.headers.items():
        assert request.headers.get(name) == value
    if case.form is not None:
        assert case.op.form is not None
        content_type = request.headers["Content-Type"]
        assert form_mismatches(content_type, request.content, case.form, case.op.form.files) == []
    elif case.body is not None:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == case.body
    else:
        assert request.content == b""

    if case.content_type == "application/json":
        assert isinstance(result, pydantic.BaseModel), type(result)
        assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == case.response
        assert undeclared_fields(result) == []
    elif case.content_type is None:
        assert result is None
    elif isinstance(case.response, bytes):
        assert type(result) is bytes, type(result)
        assert result == case.response
    else:
        assert result == case.response


@pytest.mark.parametrize(("operation_id", "mode"), cases(json_body_operations()))
def test_whole_body_sends_the_same(
    operation_id: str, mode: str, doc: dict[str, Any], sampler: Sampler
) -> None:
    case = build_case(doc, sampler, OPERATIONS[operation_id])
    call(case.op, mode, case.handler, case.kwargs)
    call(case.op, mode, case.handler, case.whole_body_kwargs())
    by_fields, whole = case.requests
    assert json.loads(whole.content) == json.loads(by_fields.content) == case.body
    assert wire(whole) == wire(by_fields)


@pytest.mark.parametrize(("operation_id", "mode"), cases())
def test_method_form_sends_the_same(
    operation_id: str, mode: str, doc: dict[str, Any], sampler: Sampler
) -> None:
    case = build_case(doc, sampler, OPERATIONS[operation_id])
    call(case.op, mode, case.handler, case.kwargs)
    call(case.op, mode, case.handler, case.kwargs, method_form=True)
    function, method = case.requests
    assert wire(method) == wire(function)


@pytest.mark.parametrize(("operation_id", "mode"), cases(one_per_method()))
def test_not_found_raises_typed_error(
    operation_id: str, mode: str, doc: dict[str, Any], sampler: Sampler
) -> None:
    case = build_case(doc, sampler, OPERATIONS[operation_id])
    error = {"error": {"code": 404, "message": "nope"}}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json=error)

    with pytest.raises(NotFoundError) as caught:
        call(case.op, mode, handler, case.kwargs)
    assert caught.value.status_code == 404
    assert caught.value.body == error
    assert caught.value.code == 404
    assert "nope" in str(caught.value)
    if "404" in spec_operation(doc, case.op)["responses"]:  # parsed into the declared model
        assert isinstance(caught.value.error, pydantic.BaseModel)
        assert caught.value.error.model_dump(mode="json", by_alias=True, exclude_unset=True) == error
