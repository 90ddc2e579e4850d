"""Lenient reading against a real server on 127.0.0.1 (tests/faultserver.py), sync and
async: a body that deviates from the document parses in one pass, and what the server
left out or sent as another type is never presented as the declared type (reading it
raises FieldNotSentError, an AttributeError naming the model and the field)."""

from __future__ import annotations

import copy
import pickle
import sys
from typing import Any

import pydantic
import pytest

from tests.conftest import ROOT
from tests.faultserver import EventStream, FaultServer, Reply, sse
from tests.runtime_calls import CHAT, call, chat

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import FieldNotSentError  # noqa: E402
from openrouter_sdk import models as m  # noqa: E402

pytestmark = pytest.mark.sdk
MODES = pytest.mark.parametrize("mode", ["sync", "async"])

RESULT: dict[str, Any] = {
    "id": "gen-1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "openai/gpt-4o",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Paris."}}],
    "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
}


@pytest.fixture
def server():
    with FaultServer() as srv:
        yield srv


def answer(server: FaultServer, mode: str, body: Any) -> Any:
    server.script(CHAT, Reply(200, body))
    out = call(mode, server.base_url, chat())
    assert out.error is None, out.error
    return out.value


@MODES
def test_a_required_field_not_sent_raises_when_read(server: FaultServer, mode: str) -> None:
    body = copy.deepcopy(RESULT)
    del body["model"]
    del body["choices"][0]["index"]

    result = answer(server, mode, body)

    assert isinstance(result, m.ChatResult)
    with pytest.raises(FieldNotSentError) as caught:
        print(result.model)
    error = caught.value
    assert isinstance(error, AttributeError)
    assert (error.model, error.field, error.sent) == ("ChatResult", "model", False)
    assert "ChatResult.model: the server did not send this field" in str(error)
    assert getattr(result, "model", "fallback") == "fallback"
    assert not hasattr(result.choices[0], "index")
    assert result.choices[0].message.content == "Paris."  # the rest is typed
    # what the server sent, nothing more: a dump of the set fields is the body
    assert result.model_dump(mode="json", exclude_unset=True) == body
    assert "model" not in result.model_fields_set


@MODES
def test_a_value_of_another_type_is_never_presented_as_the_type(server: FaultServer, mode: str) -> None:
    body = copy.deepcopy(RESULT)
    body["created"] = "yesterday"  # an int in the document
    body["usage"] = "n/a"  # an object (optional) in the document

    result = answer(server, mode, body)

    for name, value in (("created", "yesterday"), ("usage", "n/a")):
        with pytest.raises(FieldNotSentError) as caught:
            getattr(result, name)
        assert (caught.value.field, caught.value.sent, caught.value.value) == (name, True, value)
        assert f"ChatResult.{name}: the server sent {value!r}" in str(caught.value)
    assert result.id == "gen-1"


@MODES
def test_a_nullable_required_field_not_sent_reads_as_none(server: FaultServer, mode: str) -> None:
    # `system_fingerprint: str | None`, required by the document, absent from real bodies
    result = answer(server, mode, copy.deepcopy(RESULT))
    assert result.system_fingerprint is None
    assert "system_fingerprint" not in result.model_fields_set


@MODES
def test_unknown_enum_values_and_extra_fields(server: FaultServer, mode: str) -> None:
    body = copy.deepcopy(RESULT)
    body["choices"][0]["finish_reason"] = "brand_new"
    body["choices"].append(copy.deepcopy(body["choices"][0]) | {"index": 1})
    body["provider_v9"] = {"name": "OpenAI"}

    result = answer(server, mode, body)

    first, second = (choice.finish_reason for choice in result.choices)
    assert isinstance(first, m.ChatFinishReasonEnumValue) and first.value == "brand_new"
    assert first.name == "UNKNOWN" and first is second  # one member per value
    assert result.model_extra == {"provider_v9": {"name": "OpenAI"}}


@MODES
def test_a_stream_chunk_missing_a_required_field(server: FaultServer, mode: str) -> None:
    chunk = {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": None}],
    }
    partial = copy.deepcopy(chunk)
    del partial["created"]
    server.script(CHAT, EventStream([sse(chunk), sse(partial), sse("[DONE]")]))

    out = call(mode, server.base_url, chat(stream=True))

    assert out.error is None, out.error
    assert [c.choices[0].delta.content for c in out.chunks] == ["Hi", "Hi"]
    assert out.chunks[0].created == 1
    with pytest.raises(FieldNotSentError, match="created: the server did not send"):
        _ = out.chunks[1].created


@MODES
def test_unknown_and_untagged_union_members(server: FaultServer, mode: str) -> None:
    message = {
        "type": "message",
        "id": "msg_1",
        "role": "assistant",
        "status": "completed",
        "content": [{"type": "output_text", "text": "Hello", "annotations": []}],
    }
    untagged = {k: v for k, v in message.items() if k != "type"}
    body = {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "model": "openai/gpt-4o",
        "status": "completed",
        "output": [{"type": "hologram_call", "id": "hg_1"}, message, untagged],
    }
    server.script("/responses", Reply(200, body))

    out = call(mode, server.base_url, lambda client: client.beta.responses.send(input="hi"))

    assert out.error is None, out.error
    unknown, known, guessed = out.value.output
    assert type(unknown).__name__ == "SDKModel" and getattr(unknown, "type") == "hologram_call"  # noqa: B009
    assert isinstance(known, m.OutputMessageItem) and isinstance(guessed, m.OutputMessageItem)
    assert guessed.content[0].text == "Hello"  # type: ignore[union-attr]


def test_a_model_built_by_hand_is_still_validated() -> None:
    with pytest.raises(pydantic.ValidationError, match="model"):
        m.ChatResult(id="x", object="chat.completion", created=1, choices=[])  # type: ignore[call-arg]


def test_an_instance_missing_a_field_and_the_error_pickle() -> None:
    body = copy.deepcopy(RESULT)
    del body["model"]
    result = m.ChatResult.model_validate(body)
    again = pickle.loads(pickle.dumps(result))
    assert again == result
    with pytest.raises(FieldNotSentError) as caught:
        _ = again.model
    error = pickle.loads(pickle.dumps(caught.value))
    assert (error.model, error.field, str(error)) == ("ChatResult", "model", str(caught.value))
