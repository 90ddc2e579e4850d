"""Contract tests: the generated SDK against Stoplight Prism serving the pinned document.

Prism (see tests/prism.py) validates every request against the normalized document and
answers with the spec's own examples, so these tests check what the mock-transport tests
in test_operations.py cannot: that the requests the SDK builds are valid for the API's
description, and that the SDK reads the responses the description documents.

1. Every operation in `OPERATIONS`, sync and async, with a valid request (required
   parameters and body fields; the spec's examples where it has them, else sample
   values from tests/samples.py): a 2xx, no request violation, and a result of the
   declared type that keeps everything the response held. Six of the spec's examples
   break its own schemas: the SDK reads them leniently.
2. A body that breaks the schema (chat without `messages`): Prism's 422 as the typed error.
3. `Prefer: code=429`: RateLimitError after the configured retries (3 requests for
   max_retries=2).

Streaming is not tested here: Prism cannot stream (see ../shared/design/MOCK-SERVER.md),
so no request sets `stream`.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import re
import sys
from typing import Any

import httpx
import pydantic
import pytest

from generator.spec.operations import METHODS
from tests.conftest import ROOT
from tests.declared import is_declared, name_of
from tests.prism import prism, server_at
from tests.raw_values import with_raw_values
from tests.samples import SAMPLE_FILE, Sampler

sys.path.insert(0, str(ROOT / "generated"))

import openrouter_sdk  # noqa: E402
from openrouter_sdk import AsyncOpenRouter, OpenRouter  # noqa: E402
from openrouter_sdk._client import Endpoint  # noqa: E402
from openrouter_sdk._operations import OPERATIONS, OperationInfo  # noqa: E402

pytestmark = [pytest.mark.contract, pytest.mark.slow]  # Prism takes ~7 s to start

API_KEY = "sk-or-contract-test"
MODES = ("sync", "async")
#: Per request: Prism answers in milliseconds; a hang should fail fast, not in 600 s.
TIMEOUT = httpx.Timeout(15.0, connect=5.0)
#: The header where Prism reports what it found wrong with a request.
VIOLATIONS = "sl-violations"
FORM = "multipart/form-data"
#: pytest finds fixtures among a module's names: the session's Prism (tests/prism.py).
FIXTURES = (prism,)


# -- the document ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def doc(config: Any) -> dict[str, Any]:
    from generator.spec.document import load_document

    return load_document(config.spec, config.overlays)


@pytest.fixture(scope="module")
def sampler(doc: dict[str, Any]) -> Sampler:
    return Sampler(doc)


def spec_operation(doc: dict[str, Any], op: OperationInfo) -> dict[str, Any]:
    return doc["paths"][op.path][op.method.lower()]


_MISSING = object()


def schema_example(sampler: Sampler, schema: Any) -> Any:
    """`example` or `examples[0]` of a schema, of the schema a `$ref` names, else _MISSING."""
    for candidate in (schema, sampler.resolve(schema)):
        if not isinstance(candidate, dict):
            continue
        if "example" in candidate:
            return candidate["example"]
        examples = candidate.get("examples")
        if isinstance(examples, list) and examples:
            return examples[0]
    return _MISSING


def parameter_value(sampler: Sampler, param: dict[str, Any]) -> Any:
    """The parameter's `example` (or first of `examples`), its schema's, else a sample."""
    if "example" in param:
        return param["example"]
    examples = param.get("examples")
    if isinstance(examples, dict):
        for example in examples.values():
            example = sampler.resolve(example)
            if isinstance(example, dict) and "value" in example:
                return example["value"]
    schema = param.get("schema", {})
    value = schema_example(sampler, schema)
    return sampler.sample(schema, depth=1) if value is _MISSING else value


def body_field_value(sampler: Sampler, schema: Any, name: str, media_example: Any) -> Any:
    """A body field: the property's example, the request example's value, else a sample."""
    value = schema_example(sampler, schema)
    if value is not _MISSING:
        return value
    if isinstance(media_example, dict) and name in media_example:
        return media_example[name]
    return sampler.sample(schema, depth=1)


def build_kwargs(doc: dict[str, Any], sampler: Sampler, op: OperationInfo) -> dict[str, Any]:
    """Keyword arguments of a valid call: every required parameter and body field."""
    params: dict[str, Any] = {}
    for raw in (*doc["paths"][op.path].get("parameters", []), *spec_operation(doc, op).get("parameters", [])):
        param = sampler.resolve(raw)
        params[param["name"]] = param
    kwargs: dict[str, Any] = {}
    for info in op.parameters:
        if info.location != "body" and info.required:
            kwargs[info.python_name] = parameter_value(sampler, params[info.name])

    if op.body is not None:
        assert op.body.content_type in ("application/json", FORM), (
            f"{op.operation_id}: {op.body.content_type}"
        )
        media = sampler.resolve(spec_operation(doc, op)["requestBody"])["content"][op.body.content_type]
        properties = sampler.object_schema(media["schema"]).get("properties", {})
        files = op.form.files if op.form is not None else ()
        for info in op.parameters:
            if info.location == "body" and info.required:  # a form's files: a sample file
                kwargs[info.python_name] = (
                    SAMPLE_FILE
                    if info.name in files
                    else body_field_value(sampler, properties[info.name], info.name, media.get("example"))
                )
    return kwargs


def endpoint_of(op: OperationInfo) -> Endpoint:
    """The runtime description (`_Endpoint`) the operation's functions send through."""
    module = importlib.import_module(f"openrouter_sdk.api.{op.module}")
    found = [
        value
        for value in vars(module).values()
        if isinstance(value, Endpoint) and value.method == op.method and value.path == op.path
    ]
    assert len(found) == 1, f"{op.operation_id}: {len(found)} endpoints for {op.method} {op.path}"
    return found[0]


def declared_type(op: OperationInfo) -> Any:
    """What a successful call returns: the JSON model, str for text, bytes, or None."""
    endpoint = endpoint_of(op)
    if endpoint.json is not None:
        return endpoint.json(importlib.import_module("openrouter_sdk.models"))
    if endpoint.text:
        return str
    if endpoint.binary:
        return bytes
    return type(None)


# -- transports that record what went over the wire ----------------------------------


class RecordingTransport(httpx.HTTPTransport):
    """An HTTP transport that records every request it sends and the response to it."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # a multipart body is a stream: read, it stays readable for the checks
        response = super().handle_request(request)
        self.exchanges.append((request, response))
        return response


class AsyncRecordingTransport(httpx.AsyncHTTPTransport):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        response = await super().handle_async_request(request)
        self.exchanges.append((request, response))
        return response


def call(
    base_url: str,
    mode: str,
    function: str | OperationInfo,
    kwargs: dict[str, Any],
    *,
    max_retries: int = 0,
) -> tuple[Any, list[tuple[httpx.Request, httpx.Response]]]:
    """Call an operation against Prism; returns the result and the exchanges on the wire,
    or raises what the SDK raised (with the exchanges in `exc.exchanges`)."""
    op = function if isinstance(function, OperationInfo) else OPERATIONS[function]
    if mode == "sync":
        transport = RecordingTransport()
        with httpx.Client(transport=transport, timeout=TIMEOUT) as http:
            client = OpenRouter(
                api_key=API_KEY, base_url=base_url, http_client=http, max_retries=max_retries, timeout=TIMEOUT
            )
            try:
                return op.function(client, **kwargs), transport.exchanges
            except Exception as exc:
                exc.exchanges = transport.exchanges  # type: ignore[attr-defined]
                raise

    async def run() -> Any:
        transport = AsyncRecordingTransport()
        async with httpx.AsyncClient(transport=transport, timeout=TIMEOUT) as http:
            client = AsyncOpenRouter(
                api_key=API_KEY, base_url=base_url, http_client=http, max_retries=max_retries, timeout=TIMEOUT
            )
            try:
                return await op.async_function(client, **kwargs), transport.exchanges
            except Exception as exc:
                exc.exchanges = transport.exchanges  # type: ignore[attr-defined]
                raise

    return asyncio.run(run())


_VIOLATION = re.compile(
    r'\{"location":(\[[^\]]*\]),"severity":"(\w+)","code":"([^"]*)","message":("(?:[^"\\]|\\.)*")\}'
)


def violations(response: httpx.Response, where: str | None = None) -> list[dict[str, Any]]:
    """What Prism found wrong (`sl-violations`), about the request or the response (`where`).
    Past a limit Prism prefixes "Too many violations! " and cuts the list: the complete
    entries are read from the text then."""
    raw = response.headers.get(VIOLATIONS, "")
    found: list[dict[str, Any]]
    try:
        found = json.loads(raw) if raw else []
    except ValueError:
        found = [
            {"location": json.loads(loc), "severity": sev, "code": code, "message": json.loads(msg)}
            for loc, sev, code, msg in _VIOLATION.findall(raw)
        ]
        assert found, f"cannot read {VIOLATIONS}: {raw[:300]}"
    return [v for v in found if where is None or v["location"][:1] == [where]]


def lost(sent: Any, kept: Any, where: str = "$") -> list[str]:
    """Where the parsed result (dumped back to JSON) does not hold what the server sent.
    A field the server left out may read as null (a lenient parse of a missing required
    field); anything else must come back as it was sent."""
    if isinstance(sent, dict) and isinstance(kept, dict):
        found = [f"{where}.{k}: sent {sent[k]!r:.60}, not kept" for k in sent if k not in kept]
        found += [
            f"{where}.{k}: not sent, kept as {kept[k]!r:.60}"
            for k in kept
            if k not in sent and kept[k] is not None
        ]
        for key in sent.keys() & kept.keys():
            found += lost(sent[key], kept[key], f"{where}.{key}")
        return found
    if isinstance(sent, list) and isinstance(kept, list) and len(sent) == len(kept):
        return [
            problem
            for i, (a, b) in enumerate(zip(sent, kept, strict=True))
            for problem in lost(a, b, f"{where}[{i}]")
        ]
    if sent == kept and _kind(sent) == _kind(kept):  # 100 for a `number` reads as 100.0
        return []
    return [f"{where}: sent {sent!r:.60}, kept as {kept!r:.60}"]


def _kind(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "number"
    return type(value).__name__


def cases(ops: list[OperationInfo] | None = None) -> list[Any]:
    return [
        pytest.param(op.operation_id, mode, id=f"{op.operation_id}-{mode}")
        for op in (ops if ops is not None else OPERATIONS.values())
        for mode in MODES
    ]


# -- 1. every operation, a valid request -----------------------------------------------


def test_every_documented_operation_is_in_the_registry(doc: dict[str, Any]) -> None:
    documented = {
        (method.upper(), path)
        for path, item in doc["paths"].items()
        for method in METHODS
        if isinstance(item.get(method), dict)
    }
    assert documented == {(op.method, op.path) for op in OPERATIONS.values()}


@pytest.mark.parametrize(("operation_id", "mode"), cases())
def test_valid_request_gets_declared_type(
    operation_id: str, mode: str, prism: str, doc: dict[str, Any], sampler: Sampler
) -> None:
    op = OPERATIONS[operation_id]
    kwargs = build_kwargs(doc, sampler, op)
    assert "stream" not in kwargs  # Prism cannot stream: never ask for it
    try:
        result, exchanges = call(prism, mode, op, kwargs)
    except openrouter_sdk.OpenRouterError as exc:
        failure: openrouter_sdk.OpenRouterError | None = exc
    else:
        failure = None
    if failure is not None:
        sent = [
            (r.method, str(r.url), r.content[:300], s.status_code, violations(s, "request"))
            for r, s in failure.exchanges  # type: ignore[attr-defined]
        ]
        pytest.fail(
            f"{type(failure).__name__}: {failure}\nexchanges: {sent}\n"
            f"Prism log:\n{server_at(prism).log_tail(8)}",
            pytrace=False,
        )

    assert len(exchanges) == 1
    request, response = exchanges[0]
    assert b'"stream"' not in request.content
    assert 200 <= response.status_code < 300, response.status_code
    assert violations(response, "request") == [], "Prism found the request invalid"

    expected = declared_type(op)
    assert is_declared(result, expected), f"{type(result).__name__} is not {name_of(expected)}"
    if isinstance(result, pydantic.BaseModel):
        assert response.headers["content-type"].startswith("application/json")
        dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        # A value of another type (the document's own examples send some) is not dumped as
        # its field; it is kept on the FieldNotSentError that reading the field raises.
        assert lost(response.json(), with_raw_values(result, dumped)) == []


# -- 2. a request that breaks the schema -----------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_invalid_body_raises_typed_client_error(mode: str, prism: str) -> None:
    with pytest.raises(openrouter_sdk.APIStatusError) as caught:
        # default retries: a 4xx other than 408/409/429 must not be retried
        call(prism, mode, "sendChatCompletionRequest", {"body": {"model": "openai/gpt-4o"}}, max_retries=2)
    error = caught.value
    assert type(error) is openrouter_sdk.UnprocessableEntityError, type(error)
    assert error.status_code == 422
    assert isinstance(error.body, dict) and error.body["error"]["code"] == 422
    assert error.code == 422
    assert type(error.error).__name__ == "UnprocessableEntityResponse"  # the spec's 422 model
    assert error.headers is error.response.headers
    assert error.headers["content-type"].startswith("application/json")
    found = violations(error.response)
    assert any(v["location"] == ["request", "body"] and "messages" in v["message"] for v in found), found
    assert len(error.exchanges) == 1  # type: ignore[attr-defined]
    request = error.exchanges[0][0]  # type: ignore[attr-defined]
    assert json.loads(request.content) == {"model": "openai/gpt-4o"}


# -- 3. rate limited: retried, then the typed error -----------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_rate_limit_is_retried_then_raised(
    mode: str, prism: str, doc: dict[str, Any], sampler: Sampler
) -> None:
    op = OPERATIONS["sendChatCompletionRequest"]
    kwargs = {**build_kwargs(doc, sampler, op), "extra_headers": {"Prefer": "code=429"}}
    with pytest.raises(openrouter_sdk.RateLimitError) as caught:
        call(prism, mode, op, kwargs, max_retries=2)
    error = caught.value
    exchanges = error.exchanges  # type: ignore[attr-defined]
    assert len(exchanges) == 3, [s.status_code for _, s in exchanges]
    assert [s.status_code for _, s in exchanges] == [429, 429, 429]
    assert all(r.headers["Prefer"] == "code=429" for r, _ in exchanges)
    assert all(violations(s, "request") == [] for _, s in exchanges)
    assert error.status_code == 429
    assert error.body == {"error": {"code": 429, "message": "Rate limit exceeded"}}
    assert "Retry-After" not in error.headers  # so the SDK's own backoff (0.5 s, 1 s) applied
