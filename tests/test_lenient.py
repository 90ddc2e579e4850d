"""Lenient response parsing through the real SDK (`httpx.MockTransport` answering), and
every response `example` of the pinned document parsed through the operation it belongs to.

The API sends what its document does not promise (extra fields, new enum values, new
union variants, missing "required" fields; six of the document's own examples break its
schemas), so a 2xx body is read leniently; only a body that is not the declared kind of
value at all raises `APIResponseValidationError`.
"""

from __future__ import annotations

import asyncio
import copy
import json
import sys
import warnings
from collections.abc import Callable
from operator import attrgetter
from typing import Any

import httpx
import pydantic
import pytest

from generator.config import load_config
from generator.spec.document import load_document
from tests.conftest import PINNED, ROOT
from tests.declared import is_declared
from tests.raw_values import with_raw_values
from tests.samples import Sampler
from tests.test_operations import build_case, call

sys.path.insert(0, str(ROOT / "generated"))

import openrouter_sdk
from openrouter_sdk import (
    APIResponseValidationError,
    APIStatusError,
    AsyncOpenRouter,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldNotSentError,
    InternalServerError,
    NotFoundError,
    OpenRouter,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    UnprocessableEntityError,
)
from openrouter_sdk import models as m
from openrouter_sdk._operations import OPERATIONS, OperationInfo

pytestmark = pytest.mark.sdk

API_KEY = "sk-or-v1-lenient-test"
BASE_URL = "https://openrouter.test/api/v1"
MESSAGES = [{"role": "user", "content": "hi"}]

# -- helpers ----------------------------------------------------------------------


def client_for(handler: Callable[[httpx.Request], httpx.Response]) -> OpenRouter:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return OpenRouter(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=0)


def answering(body: Any, status: int = 200, **headers: str) -> OpenRouter:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, (bytes, str)):
            return httpx.Response(status, content=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return client_for(handler)


def chat_result(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "gen-123",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "openai/gpt-4o",
        "system_fingerprint": "fp_1",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": "Paris."},
            }
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
    }
    body.update(changes)
    return body


def method(client: Any, operation_id: str) -> Any:
    """The client's method for an operation, wherever the document's names put it."""
    op = OPERATIONS[operation_id]
    return attrgetter(op.client_method)(client)


def send_chat(client: OpenRouter) -> Any:
    return method(client, "sendChatCompletionRequest")(messages=MESSAGES, model="openai/gpt-4o")


def dump(value: pydantic.BaseModel) -> Any:
    with warnings.catch_warnings():
        # a raw value kept in a typed field makes pydantic warn while serializing
        warnings.simplefilter("ignore")
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)


# -- extra fields -------------------------------------------------------------------


def test_extra_fields_are_kept_and_dumped() -> None:
    # Fields no version of the document declares (the API adds such fields all the time).
    body = chat_result(provider_v9="OpenAI", new_top={"nested": [1, 2]})
    body["choices"][0]["native_finish_reason_v9"] = "end_turn"
    body["choices"][0]["message"]["annotations_v2"] = [{"kind": "x"}]
    body["usage"]["cost_details_v9"] = {"upstream": 0.1}

    result = send_chat(answering(body))

    assert isinstance(result, m.ChatResult)
    assert result.model_extra == {"provider_v9": "OpenAI", "new_top": {"nested": [1, 2]}}
    assert result.choices[0].model_extra == {"native_finish_reason_v9": "end_turn"}
    assert result.choices[0].message.model_extra == {"annotations_v2": [{"kind": "x"}]}
    assert result.usage is not None and result.usage.model_extra == {"cost_details_v9": {"upstream": 0.1}}
    assert getattr(result, "provider_v9") == "OpenAI"  # noqa: B009 - an undeclared attribute

    python_dump = result.model_dump(by_alias=True)
    assert python_dump["provider_v9"] == "OpenAI"
    assert python_dump["new_top"] == {"nested": [1, 2]}
    assert python_dump["choices"][0]["message"]["annotations_v2"] == [{"kind": "x"}]
    assert dump(result) == body  # nothing lost, nothing added


def test_extra_fields_are_kept_when_the_body_is_read_leniently() -> None:
    body = chat_result(provider_v9="OpenAI")
    del body["system_fingerprint"]  # strict validation fails: the lenient path reads it
    body["choices"][0]["message"]["annotations_v2"] = [{"kind": "x"}]

    result = send_chat(answering(body))

    assert isinstance(result, m.ChatResult)
    assert result.model_extra == {"provider_v9": "OpenAI"}
    assert result.choices[0].message.model_extra == {"annotations_v2": [{"kind": "x"}]}
    assert result.model_dump(by_alias=True)["provider_v9"] == "OpenAI"


# -- open enums ---------------------------------------------------------------------


def test_known_enum_value_is_the_member() -> None:
    result = send_chat(answering(chat_result()))
    assert result.choices[0].finish_reason is m.ChatFinishReasonEnumValue.STOP


def test_unknown_string_enum_value_keeps_raw_value() -> None:
    body = chat_result()
    body["choices"][0]["finish_reason"] = "brand_new_reason"

    result = send_chat(answering(body))

    reason = result.choices[0].finish_reason
    assert isinstance(reason, m.ChatFinishReasonEnumValue)
    assert reason.value == "brand_new_reason"
    assert reason.name == "UNKNOWN"
    assert reason == "brand_new_reason" or not isinstance(reason, str)  # a str enum equals its value
    assert dump(result)["choices"][0]["finish_reason"] == "brand_new_reason"


def test_an_unknown_value_is_one_member_and_never_listed() -> None:
    body = chat_result()
    body["choices"][0]["finish_reason"] = "reason_of_next_year"
    first = send_chat(answering(body)).choices[0].finish_reason
    second = send_chat(answering(body)).choices[0].finish_reason

    enum = m.ChatFinishReasonEnumValue
    assert first is second is enum("reason_of_next_year")  # the same member, however found
    assert first.name == "UNKNOWN" and f"{first}" == "reason_of_next_year"
    assert "reason_of_next_year" not in [member.value for member in enum]
    assert "UNKNOWN" not in enum.__members__
    assert enum("stop") is enum.STOP


def test_the_enum_call_refuses_what_no_open_enum_takes() -> None:
    from openrouter_sdk._base import OpenIntEnum, OpenStrEnum

    class Reason(OpenStrEnum):
        STOP = "stop"

    class Level(OpenIntEnum):
        LOW = 1

    assert Reason("stop") is Reason.STOP and Reason("later") is Reason("later")
    for enum, value in ((Reason, ["stop"]), (Reason, 3), (Reason, None), (Level, "1"), (Level, [1])):
        with pytest.raises(ValueError, match="is not a valid"):  # unhashable, or another type
            enum(value)
    made = OpenStrEnum("Made", ["a", "b"])  # the functional API still makes an enum
    assert [member.name for member in made] == ["a", "b"]


def test_reading_a_body_pauses_the_garbage_collector_and_restores_it() -> None:
    import gc

    body = {"data": [{"id": f"gen-{i}", "object": "chat.completion"} for i in range(3000)]}
    collections: list[int] = []

    def count(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    from openrouter_sdk._endpoint import json_parser

    read = json_parser(list[m.ChatResult])
    data = json.dumps(body["data"]).encode()
    gc.callbacks.append(count)
    try:
        results = read(data)
        assert gc.isenabled()
        assert collections == []  # 3,000 models read without one collection
        gc.disable()  # a collector paused by the program stays paused
        try:
            read(data)
            assert not gc.isenabled()
        finally:
            gc.enable()
    finally:
        gc.callbacks.remove(count)
    assert len(results) == 3000 and results[-1].id == "gen-2999"
    with pytest.raises(FieldNotSentError):
        _ = results[0].choices  # read leniently: missing fields are not presented


def endpoint_body(status: Any) -> dict[str, Any]:
    spec = json.loads(PINNED.read_text(encoding="utf-8"))
    get = spec["paths"]["/endpoints/zdr"]["get"]
    body = copy.deepcopy(get["responses"]["200"]["content"]["application/json"]["example"])
    body["data"][0]["status"] = status
    return body


def test_unknown_integer_enum_value_keeps_raw_value() -> None:
    result = answering(endpoint_body(7)).endpoints.list_zdr_endpoints()

    assert isinstance(result, m.EndpointsZdrGetResponse)
    status = result.data[0].status
    assert isinstance(status, m.EndpointStatus)
    assert status.value == 7
    assert status.name == "UNKNOWN"
    assert dump(result)["data"][0]["status"] == 7


def test_known_integer_enum_value_is_the_member() -> None:
    result = answering(endpoint_body(-2)).endpoints.list_zdr_endpoints()
    assert result.data[0].status is m.EndpointStatus.INTEGER__2


def test_enum_value_of_the_wrong_type_is_never_presented_as_the_enum() -> None:
    # the document's own example: `status: "default"` for an integer enum
    result = answering(endpoint_body("default")).endpoints.list_zdr_endpoints()

    assert isinstance(result, m.EndpointsZdrGetResponse)
    with pytest.raises(FieldNotSentError) as caught:
        _ = result.data[0].status
    assert isinstance(caught.value, AttributeError)
    assert caught.value.sent and caught.value.value == "default"
    assert (caught.value.model, caught.value.field) == ("PublicEndpoint", "status")
    assert "PublicEndpoint.status" in str(caught.value) and "'default'" in str(caught.value)
    assert getattr(result.data[0], "status", "absent") == "absent"
    assert result.data[0].model_name == "GPT-4"  # the rest of the item is typed
    assert isinstance(result.data[0].pricing, pydantic.BaseModel)


# -- missing required fields ----------------------------------------------------------


def test_a_missing_required_field_raises_when_read() -> None:
    body = chat_result(provider="OpenAI")
    del body["system_fingerprint"]  # nullable: its annotation admits None
    del body["model"]

    result = send_chat(answering(body))

    assert isinstance(result, m.ChatResult)
    assert result.system_fingerprint is None
    with pytest.raises(FieldNotSentError, match=r"ChatResult\.model: the server did not send") as caught:
        _ = result.model
    assert not caught.value.sent
    assert not hasattr(result, "model")
    assert result.id == "gen-123"
    assert isinstance(result.choices[0], m.ChatChoice)
    assert result.choices[0].message.content == "Paris."
    assert isinstance(result.usage, pydantic.BaseModel)
    assert result.usage.total_tokens == 7


def test_missing_nested_required_field_reads_as_none() -> None:
    body = chat_result()
    del body["choices"][0]["index"]
    result = send_chat(answering(body))
    with pytest.raises(FieldNotSentError, match=r"ChatChoice\.index"):
        _ = result.choices[0].index
    assert result.choices[0].finish_reason is m.ChatFinishReasonEnumValue.STOP


def test_missing_required_fields_are_not_marked_set() -> None:
    body = chat_result()
    del body["system_fingerprint"]

    result = send_chat(answering(body))

    assert "system_fingerprint" not in result.model_fields_set
    assert dump(result) == body


# -- bodies that are not the declared type -------------------------------------------


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"[1, 2, 3]", "application/json"),
        (b'[{"id": "gen-1"}]', "application/json"),
        (b'"just a string"', "application/json"),
        (b"42", "application/json"),
        (b"null", "application/json"),
        (b"<html><body>502 Bad Gateway</body></html>", "text/html"),
        (b"upstream connect error", "text/plain"),
        (b"not json at all", "application/json"),
        (b'{"id": "gen-1", "choices": [', "application/json"),  # cut short
    ],
    ids=["list", "list-of-objects", "string", "number", "null", "html", "text", "bad-json", "truncated"],
)
def test_body_of_another_kind_raises_validation_error(content: bytes, content_type: str) -> None:
    client = answering(content, **{"Content-Type": content_type})

    with pytest.raises(APIResponseValidationError) as caught:
        send_chat(client)

    error = caught.value
    assert isinstance(error, openrouter_sdk.OpenRouterError)
    assert error.text == content.decode()
    assert error.status_code == 200
    assert error.response.status_code == 200
    assert "/chat/completions" in str(error)


@pytest.mark.parametrize("content_type", [None, "application/json"])
def test_empty_body_where_json_is_declared_raises_validation_error(content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    client = client_for(lambda request: httpx.Response(200, content=b"", headers=headers))

    with pytest.raises(APIResponseValidationError) as caught:
        send_chat(client)
    assert caught.value.text == ""


def test_body_of_another_kind_raises_validation_error_async() -> None:
    async def run() -> None:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[1, 2]))
        async with httpx.AsyncClient(transport=transport) as http:
            client = AsyncOpenRouter(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=0)
            with pytest.raises(APIResponseValidationError) as caught:
                await client.chat.send(messages=MESSAGES)
            assert caught.value.text == "[1,2]"

    asyncio.run(run())


def test_list_where_an_object_is_expected_inside_a_list_operation() -> None:
    client = answering([{"id": "x"}])
    with pytest.raises(APIResponseValidationError) as caught:
        client.guardrails.list()
    assert caught.value.text == '[{"id":"x"}]'


# -- unknown union variants ----------------------------------------------------------


def responses_result() -> dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "model": "openai/gpt-4o",
        "status": "completed",
        "output": [
            {
                "type": "hologram_call",  # a variant added after generation
                "id": "hg_1",
                "status": "completed",
                "result": {"frames": [1, 2]},
            },
            {
                "type": "message",
                "id": "msg_1",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": "Hello", "annotations": []}],
            },
            {
                "type": "function_call",
                "id": "fc_1",
                "call_id": "call_1",
                "name": "get_weather",
                "arguments": '{"city": "Paris"}',
                "status": "completed",
            },
        ],
        "usage": {"input_tokens": 3, "output_tokens": 2, "total_tokens": 5},
    }


def test_unknown_union_variant_keeps_parsing_the_rest() -> None:
    body = responses_result()

    result = method(answering(body), "createResponses")(input="hi", model="openai/gpt-4o")

    assert isinstance(result, m.OpenResponsesResult)
    unknown, message, function_call = result.output
    assert isinstance(unknown, pydantic.BaseModel)
    assert getattr(unknown, "type") == "hologram_call"  # noqa: B009
    assert getattr(unknown, "result") == {"frames": [1, 2]}  # noqa: B009
    assert isinstance(message, m.OutputMessageItem)
    assert message.content[0].text == "Hello"  # type: ignore[union-attr]
    assert isinstance(function_call, m.OutputFunctionCallItem)
    assert function_call.name == "get_weather"
    assert result.id == "resp_1"
    assert result.status is not None and result.status.value == "completed"
    assert dump(result)["output"] == body["output"]


def test_unknown_union_variant_in_the_middle_of_a_list_async() -> None:
    body = responses_result()
    body["output"] = [body["output"][1], body["output"][0], body["output"][2]]

    async def run() -> Any:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        async with httpx.AsyncClient(transport=transport) as http:
            client = AsyncOpenRouter(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=0)
            return await method(client, "createResponses")(input="hi")

    result = asyncio.run(run())
    assert [type(item).__name__ for item in result.output] == [
        "OutputMessageItem",
        "SDKModel",
        "OutputFunctionCallItem",
    ]


# -- every response example of the pinned document -----------------------------------

#: Counted by hand in openapi-2026-04-09.json: the `example` of the application/json
#: content of the responses of the 38 operations (no operation uses `examples`).
PINNED_SUCCESS_EXAMPLES = 37  # every operation's 2xx but POST /credits/coinbase (410 only)
PINNED_ERROR_EXAMPLES = 157
#: The overlay adding GET /rerank/models gives its 400 and 500 responses an example each.
OVERLAY_ERROR_EXAMPLES = 2

#: status -> the exception class a response with that status raises (hand-written, not
#: the SDK's table).
STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    410: APIStatusError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: InternalServerError,
    503: InternalServerError,
    524: InternalServerError,
    529: InternalServerError,
}

_CONFIG = load_config(ROOT)
#: The document the SDK is generated from: the pinned one, the overlays applied, normalized.
DOC = load_document(_CONFIG.spec, _CONFIG.overlays)


def response_examples(doc: dict[str, Any]) -> list[tuple[str, str, str, Any, str]]:
    """(operationId, status, example name, example, schema name) of every example."""
    found = []
    for item in doc["paths"].values():
        for method in ("get", "put", "post", "delete", "options", "head", "patch", "trace"):
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            for status, response in operation["responses"].items():
                media = (response.get("content") or {}).get("application/json")
                if not media:
                    continue
                schema = media["schema"].get("$ref", "#/inline").rsplit("/", 1)[-1]
                if "example" in media:
                    found.append((operation["operationId"], status, "example", media["example"], schema))
                for name, example in (media.get("examples") or {}).items():
                    found.append(
                        (operation["operationId"], status, f"examples.{name}", example["value"], schema)
                    )
    return found


EXAMPLES = response_examples(DOC)
SUCCESS = [e for e in EXAMPLES if e[1].startswith("2")]
ERRORS = [e for e in EXAMPLES if not e[1].startswith("2")]


def example_params(examples: list[tuple[str, str, str, Any, str]], modes: tuple[str, ...]) -> list[Any]:
    return [
        pytest.param(*example, mode, id=f"{example[0]}-{example[1]}-{example[2]}-{mode}")
        for example in examples
        for mode in modes
    ]


def test_the_pinned_document_s_examples_are_all_found() -> None:
    """The examples of the pinned snapshot itself, counted by hand."""
    in_pinned = response_examples(json.loads(PINNED.read_text(encoding="utf-8")))
    assert len(in_pinned) == PINNED_SUCCESS_EXAMPLES + PINNED_ERROR_EXAMPLES == 194
    assert sum(e[1].startswith("2") for e in in_pinned) == PINNED_SUCCESS_EXAMPLES


def test_every_example_of_the_project_s_document_is_tested() -> None:
    """Every example of the document the SDK is generated from (whatever it is now) is
    exercised below: the raw spec's and the overlay's."""
    raw = response_examples(json.loads(_CONFIG.spec.read_text(encoding="utf-8")))
    print(f"\nresponse examples: {len(raw)} in the spec, {len(EXAMPLES)} with the overlay")
    assert len(EXAMPLES) == len(raw) + OVERLAY_ERROR_EXAMPLES
    assert len(SUCCESS) + len(ERRORS) == len(EXAMPLES) and SUCCESS
    assert {e[0] for e in EXAMPLES} <= set(OPERATIONS)


@pytest.fixture(scope="module")
def sampler() -> Sampler:
    return Sampler(DOC)


def declared_result(op: OperationInfo) -> Any:
    """The JSON result type of the operation's public signature (`-> _m.X | Stream[...]`):
    a model class, or a type alias of models."""
    annotation = op.function.__annotations__["return"]
    name = annotation.split(" | ")[0].removeprefix("_m.")
    declared = getattr(m, name)
    assert not isinstance(declared, type) or issubclass(declared, pydantic.BaseModel), annotation
    return declared


@pytest.mark.parametrize(
    ("operation_id", "status", "name", "example", "schema", "mode"),
    example_params(SUCCESS, ("sync", "async")),
)
def test_success_example_parses(
    operation_id: str, status: str, name: str, example: Any, schema: str, mode: str, sampler: Sampler
) -> None:
    op = OPERATIONS[operation_id]
    case = build_case(DOC, sampler, op)
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(int(status), json=example)

    result = call(op, mode, handler, case.kwargs)

    assert len(requests) == 1
    declared = declared_result(op)
    assert is_declared(result, declared), type(result)
    if schema != "inline" and isinstance(declared, type):
        assert type(result).__name__ == schema


@pytest.mark.parametrize(
    ("operation_id", "status", "name", "example", "schema"),
    [pytest.param(*e, id=f"{e[0]}-{e[1]}-{e[2]}") for e in SUCCESS],
)
def test_success_example_round_trips(
    operation_id: str, status: str, name: str, example: Any, schema: str, sampler: Sampler
) -> None:
    op = OPERATIONS[operation_id]
    result = call(
        op,
        "sync",
        lambda request: httpx.Response(int(status), json=example),
        build_case(DOC, sampler, op).kwargs,
    )
    assert with_raw_values(result, dump(result)) == example


@pytest.mark.parametrize(
    ("operation_id", "status", "name", "example", "schema", "mode"), example_params(ERRORS, ("sync", "async"))
)
def test_error_example_raises_typed_error(
    operation_id: str, status: str, name: str, example: Any, schema: str, mode: str, sampler: Sampler
) -> None:
    op = OPERATIONS[operation_id]
    case = build_case(DOC, sampler, op)
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(int(status), json=example)

    with pytest.raises(APIStatusError) as caught:
        call(op, mode, handler, case.kwargs)

    error = caught.value
    assert len(requests) == 1  # max_retries=0: no retry even for 408/429/5xx
    assert type(error) is STATUS_ERRORS[int(status)]
    assert error.status_code == int(status)
    assert error.body == example
    assert isinstance(error.error, getattr(m, schema))
    assert dump(error.error) == example
    message = (example.get("error") or {}).get("message") if isinstance(example, dict) else None
    if message:
        assert message in str(error)


def test_a_union_member_without_its_tag_is_read_as_the_variant_it_fits() -> None:
    """The document's own examples omit the tag of a tagged union (07-31's file listings
    omit `_shape`): the body is read as the variant whose fields it has, not as an
    undeclared generic model."""
    body = responses_result()
    del body["output"][1]["type"]  # the message item, untagged
    result = method(answering(body), "createResponses")(input="hi", model="openai/gpt-4o")
    message = result.output[1]
    assert isinstance(message, m.OutputMessageItem)
    assert message.content[0].text == "Hello"  # type: ignore[union-attr]
    assert dump(result)["output"] == body["output"]
    assert type(result.output[0]).__name__ == "SDKModel"  # an unknown tag stays generic
