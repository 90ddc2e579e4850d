"""`SSEDecoder`, the generated SDK's incremental server-sent-events decoder, against the
WHATWG rules (https://html.spec.whatwg.org/multipage/server-sent-events.html), fed the
way a network delivers bytes: whole, in two parts, and one byte at a time.

One deliberate departure from WHATWG: at the end of the stream `flush()` dispatches an
event whose blank line never came (WHATWG discards it)."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk._streaming import ServerSentEvent, SSEDecoder, stream_error

pytestmark = pytest.mark.sdk


def decode(*chunks: bytes, flush: bool = True) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    if flush:
        events += decoder.flush()
    return events


def bytewise(stream: bytes) -> tuple[bytes, ...]:
    return tuple(stream[i : i + 1] for i in range(len(stream)))


def splits(stream: bytes) -> list[tuple[bytes, ...]]:
    """The stream whole, cut in two at every position, and one byte at a time."""
    return [(stream,), *((stream[:i], stream[i:]) for i in range(1, len(stream))), bytewise(stream)]


def test_event_defaults() -> None:
    assert ServerSentEvent("x") == ServerSentEvent(data="x", event=None, id=None, retry=None)


def test_comments_are_ignored() -> None:
    stream = b": keep-alive\n:\ndata: a\n: in the middle\ndata: b\n\n: OPENROUTER PROCESSING\n\n"
    assert decode(stream) == [ServerSentEvent("a\nb")]


def test_comment_only_stream_gives_no_event() -> None:
    assert decode(b": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\n") == []


@pytest.mark.parametrize(
    ("line", "data"),
    [
        (b"data: x", "x"),
        (b"data:x", "x"),
        (b"data:  x", " x"),  # only one space is removed
        (b"data: x ", "x "),
        (b"data:", ""),
        (b"data", ""),  # a field name without colon has an empty value
        (b"data: a:b", "a:b"),  # only the first colon separates
    ],
)
def test_data_field_value(line: bytes, data: str) -> None:
    assert decode(line + b"\n\n") == [ServerSentEvent(data)]


def test_multi_line_data_joined_with_newline() -> None:
    assert decode(b"data: one\ndata:two\ndata\ndata: four\n\n") == [ServerSentEvent("one\ntwo\n\nfour")]


def test_event_and_id_fields() -> None:
    stream = b"event: message\nid: 7\ndata: {}\n\ndata: next\n\n"
    first, second = decode(stream)
    assert first == ServerSentEvent("{}", event="message", id="7")
    # the event type is per event; the last event id persists until changed
    assert second == ServerSentEvent("next", event=None, id="7")


def test_id_is_reset_by_empty_id_and_ignored_with_nul() -> None:
    stream = b"id: 1\ndata: a\n\nid\ndata: b\n\nid: 2\x003\ndata: c\n\n"
    assert [e.id for e in decode(stream)] == ["1", "", ""]


def test_unknown_fields_are_ignored() -> None:
    assert decode(b"foo: bar\nData: no\ndata: yes\n\n") == [ServerSentEvent("yes")]


def test_empty_data_buffer_dispatches_nothing() -> None:
    # an event: line alone does not make an event, and its type does not leak into the next one
    assert decode(b"event: ping\n\n\n\nid: 3\n\ndata: x\n\n") == [ServerSentEvent("x", id="3")]


@pytest.mark.parametrize(
    ("line", "retry"),
    [(b"retry: 1500", 1500), (b"retry:0", 0), (b"retry: 15s", None), (b"retry: -1", None), (b"retry:", None)],
)
def test_retry_field_only_digits(line: bytes, retry: int | None) -> None:
    assert decode(line + b"\ndata: x\n\n") == [ServerSentEvent("x", retry=retry)]


def test_retry_field_non_ascii_digits_are_ignored() -> None:
    assert decode("retry: ²\ndata: x\n\n".encode()) == [ServerSentEvent("x")]


STREAM = b"event: a\ndata: 1\ndata: 2\n\n: comment\nid: x\ndata: 3\n\n"
EXPECTED = [ServerSentEvent("1\n2", event="a"), ServerSentEvent("3", id="x")]


@pytest.mark.parametrize("ending", [b"\n", b"\r", b"\r\n"], ids=["LF", "CR", "CRLF"])
def test_line_endings(ending: bytes) -> None:
    stream = STREAM.replace(b"\n", ending)
    for chunks in splits(stream):
        assert decode(*chunks) == EXPECTED, chunks


def test_mixed_line_endings() -> None:
    stream = b"data: 1\r\ndata: 2\rdata: 3\n\r\ndata: 4\r\r"
    for chunks in splits(stream):
        assert decode(*chunks) == [ServerSentEvent("1\n2\n3"), ServerSentEvent("4")], chunks


def test_crlf_split_across_two_feeds_is_one_line_end() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    # the LF completes the CRLF: not a blank line, so the event is not dispatched yet
    assert decoder.feed(b"\ndata: b\r") == []
    assert decoder.feed(b"\n\r") == [ServerSentEvent("a\nb")]
    assert decoder.feed(b"\n") == []
    assert decoder.flush() == []


def test_cr_then_cr_lf_is_a_blank_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"\r\n") == [ServerSentEvent("a")]


def test_empty_chunks_change_nothing() -> None:
    assert decode(b"data: a\r", b"", b"\ndata: b\r\n\r\n") == [ServerSentEvent("a\nb")]


def test_one_byte_chunks_of_a_realistic_stream() -> None:
    payload = '{"id":"gen-1","choices":[{"delta":{"content":"héllo ✓"}}]}'
    stream = (
        f": OPENROUTER PROCESSING\r\n\r\ndata: {payload}\r\n\r\ndata: {payload}\r\n\r\ndata: [DONE]\r\n\r\n"
    ).encode()
    decoder = SSEDecoder()
    events = []
    for chunk in bytewise(stream):
        events += decoder.feed(chunk)
    assert events == [ServerSentEvent(payload), ServerSentEvent(payload), ServerSentEvent("[DONE]")]
    assert decoder.flush() == []


def test_multibyte_character_split_across_feeds() -> None:
    encoded = "data: café ✓\n\n".encode()
    for chunks in splits(encoded):
        assert decode(*chunks) == [ServerSentEvent("café ✓")], chunks


@pytest.mark.parametrize(
    "stream",
    [b"data: last", b"data: last\n", b"data: last\r", b"data: la\ndata: st\r\n", b"event: e\ndata: last"],
)
def test_flush_dispatches_the_unterminated_last_event(stream: bytes) -> None:
    decoder = SSEDecoder()
    fed = decoder.feed(stream)
    assert fed == []
    (event,) = decoder.flush()
    assert event.data in ("last", "la\nst")
    assert decoder.flush() == []  # nothing left twice


def test_flush_without_pending_data_gives_nothing() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: x\n\n: trailing comment\n") == [ServerSentEvent("x")]
    assert decoder.flush() == []
    assert SSEDecoder().flush() == []
    assert decode(b"event: only-a-type") == []


def test_leading_bom_is_stripped() -> None:
    assert decode(b"\xef\xbb\xbfdata: a\n\n") == [ServerSentEvent("a")]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"error": {"code": 502, "message": "provider down"}}, "provider down"),
        ({"choices": [{"finish_reason": "error", "error": {"message": "cut off"}}]}, "cut off"),
        # The Responses API reports errors as an event of type "error".
        ({"type": "error", "code": "server_error", "message": "overloaded"}, "overloaded"),
        # Anthropic-style: an error event carrying an `error` member.
        ({"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}, "busy"),
    ],
)
def test_errors_reported_inside_a_stream(payload: dict, message: str) -> None:
    error = stream_error(payload)
    assert error is not None and message in str(error)
    assert error.event == payload


@pytest.mark.parametrize(
    "payload",
    [{"choices": [{"finish_reason": "stop"}]}, {"type": "response.output_text.delta"}, [1, 2], "x"],
)
def test_ordinary_events_are_not_errors(payload: object) -> None:
    assert stream_error(payload) is None
