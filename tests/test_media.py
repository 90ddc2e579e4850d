"""Binary and media responses of the generated SDK (the `media` fixture's golden tree)
against a real HTTP server on 127.0.0.1, sync and async: `bytes` by default, the content
type and file name through `with_raw_response`, `with_streaming_response` (iterating,
reading, parsing, writing to a file, closing), the Accept header each operation sends,
and an operation that answers JSON or binary read by the response's Content-Type."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.faultserver import EventStream, FaultServer
from tests.mediasdk import import_media_sdk
from tests.mediaserver import MediaServer, generated_body

pytestmark = pytest.mark.sdk

MODES = ("sync", "async")
CONTENT = "/v1/files/file-1/content"
SPEECH = "/v1/audio/speech"
EXPORT = "/v1/exports/exp-1"
FILE = "/v1/files/file-1"
OCTET = {
    "Content-Type": "application/octet-stream",
    "Content-Disposition": 'attachment; filename="report.pdf"',
}
SPEECH_ARGS = {"input": "hello", "voice": "alloy"}


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return import_media_sdk(tmp_path_factory.mktemp("media"))


@pytest.fixture
def server() -> Iterator[MediaServer]:
    with MediaServer() as server:
        yield server


def run(sdk: ModuleType, server: MediaServer, mode: str, action: Any) -> Any:
    """`action(client)` with a sync client, or awaited with an async one."""
    if mode == "sync":
        with sdk.OpenRouter(api_key="k", base_url=server.url("/v1"), max_retries=0) as client:
            return action(client)

    async def main() -> Any:
        async with sdk.AsyncOpenRouter(api_key="k", base_url=server.url("/v1"), max_retries=0) as client:
            return await action(client)

    return asyncio.run(main())


# -- Content-Disposition (RFC 6266) ------------------------------------------------


@pytest.mark.parametrize(
    ("header", "filename"),
    [
        ('attachment; filename="report.pdf"', "report.pdf"),
        ("attachment; filename=report.pdf", "report.pdf"),
        ('inline; filename="a \\"quoted\\" name.txt"', 'a "quoted" name.txt'),
        ("attachment; filename*=UTF-8''%E2%82%AC%20rates.csv", "€ rates.csv"),
        # filename* wins over filename, whichever comes first (RFC 6266 4.3)
        ("attachment; filename=\"EURO rates.csv\"; filename*=utf-8''%E2%82%AC%20rates.csv", "€ rates.csv"),
        ("attachment; filename*=utf-8''%E2%82%AC.csv; filename=\"EUR.csv\"", "€.csv"),
        ("attachment; filename*=iso-8859-1'en'%A3%20rates.csv", "£ rates.csv"),
        ('attachment; FILENAME="upper.bin"', "upper.bin"),
        ('attachment; filename="../../etc/passwd"', "passwd"),  # never a path
        ('attachment; filename="C:\\\\temp\\\\x.bin"', "x.bin"),
        ("attachment; filename*=utf-8''%FF%FE; filename=fallback.bin", "fallback.bin"),  # bad UTF-8
        ('attachment; filename=".."', None),
        ("attachment", None),
        ("", None),
    ],
)
def test_content_disposition_filename(sdk: ModuleType, header: str, filename: str | None) -> None:
    from media_sdk._response import content_filename

    headers = httpx.Headers({"Content-Disposition": header} if header else {})
    assert content_filename(headers) == filename


# -- the default result and with_raw_response -----------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_binary_result_is_bytes_and_raw_has_type_and_name(
    sdk: ModuleType, server: MediaServer, mode: str
) -> None:
    body = generated_body(100_000)
    server.serve(CONTENT, body=body, headers=OCTET)

    def action(client: Any) -> Any:
        plain = client.files.download_file_content(file_id="file-1")
        raw = client.with_raw_response.files.download_file_content(file_id="file-1")
        return plain, raw

    async def async_action(client: Any) -> Any:
        plain = await client.files.download_file_content(file_id="file-1")
        raw = await client.with_raw_response.files.download_file_content(file_id="file-1")
        return plain, raw

    plain, raw = run(sdk, server, mode, action if mode == "sync" else async_action)
    assert type(plain) is bytes and plain == body
    assert raw.parse() == body
    assert raw.content_type == "application/octet-stream"
    assert raw.filename == "report.pdf"
    assert raw.status_code == 200
    assert [r.headers["accept"] for r in server.requests] == ["application/octet-stream"] * 2


@pytest.mark.parametrize("mode", MODES)
def test_accept_headers(sdk: ModuleType, server: MediaServer, mode: str) -> None:
    """Each operation asks for its success media types; JSON operations for JSON; one
    that answers JSON or an archive for the one the call asks for (`accept=`)."""
    server.serve(SPEECH, body=b"ID3audio", headers={"Content-Type": "audio/mpeg"})
    server.serve(
        FILE,
        body=json.dumps({"id": "file-1", "filename": "a", "bytes": 1}).encode(),
        headers={"Content-Type": "application/json"},
    )
    server.serve(EXPORT, body=b"PK\x03\x04", headers={"Content-Type": "application/zip"})

    def action(client: Any) -> Any:
        return [
            client.audio.create_speech(**SPEECH_ARGS),
            client.files.get_file(file_id="file-1"),
            client.exports.get_export(export_id="exp-1", accept="application/zip"),
        ]

    async def async_action(client: Any) -> Any:
        return [
            await client.audio.create_speech(**SPEECH_ARGS),
            await client.files.get_file(file_id="file-1"),
            await client.exports.get_export(export_id="exp-1", accept="application/zip"),
        ]

    speech, file, export = run(sdk, server, mode, action if mode == "sync" else async_action)
    assert speech == b"ID3audio"
    assert isinstance(file, sdk.models.FileObject) and file.bytes == 1
    assert export == b"PK\x03\x04"
    accepts = {r.path: r.headers["accept"] for r in server.requests}
    assert accepts == {
        SPEECH: "audio/*",
        FILE: "application/json",
        EXPORT: "application/zip",
    }
    assert json.loads(server.requests[0].body) == SPEECH_ARGS


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("application/json", b'{"id": "exp-1", "status": "running"}', "model"),
        ("application/json; charset=utf-8", b'{"id": "exp-1", "status": "failed"}', "model"),
        ("application/zip", b'{"id": "looks like JSON, but a zip was sent"}', "bytes"),
        ("application/octet-stream", b"\x00\x01", "error"),
    ],
)
def test_json_or_binary_as_asked(
    sdk: ModuleType, server: MediaServer, mode: str, content_type: str, body: bytes, expected: str
) -> None:
    """JSON by default; the archive when asked (`accept="application/zip"`); any other
    answer is an error naming the operation and the content type, not a mistyped value."""
    server.serve(EXPORT, body=body, headers={"Content-Type": content_type})
    asked = {"accept": "application/zip"} if expected == "bytes" else {}

    def action(client: Any) -> Any:
        return client.exports.get_export(export_id="exp-1", **asked)

    async def async_action(client: Any) -> Any:
        return await client.exports.get_export(export_id="exp-1", **asked)

    if expected == "error":
        with pytest.raises(sdk.APIResponseValidationError) as caught:
            run(sdk, server, mode, action if mode == "sync" else async_action)
        assert (
            "(get_export): asked for application/json, the server answered application/octet-stream"
            in str(caught.value)
        )
        return
    result = run(sdk, server, mode, action if mode == "sync" else async_action)
    if expected == "model":
        assert isinstance(result, sdk.models.ExportStatus)
        assert result.model_dump(mode="json") == json.loads(body)
    else:
        assert type(result) is bytes and result == body


# -- with_streaming_response -----------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_streaming_response_reads_every_way(
    sdk: ModuleType, server: MediaServer, mode: str, tmp_path: Path
) -> None:
    body = generated_body(300_000)
    server.serve(CONTENT, body=body, headers=OCTET)
    text_body = "line one\nline two\r\nline three"
    server.serve(SPEECH, body=text_body.encode(), headers={"Content-Type": "audio/mpeg"})
    target = tmp_path / "out.bin"
    seen: dict[str, Any] = {}

    def action(client: Any) -> None:
        stream = client.with_streaming_response
        with stream.files.download_file_content(file_id="file-1") as response:
            seen["meta"] = (response.status_code, response.content_type, response.filename)
            seen["chunks"] = list(response.iter_bytes(10_000))
            seen["response"] = response
        with stream.files.download_file_content(file_id="file-1") as response:
            seen["written"] = response.write_to_file(target)
        with stream.files.download_file_content(file_id="file-1") as response:
            seen["read"] = response.read()
            seen["parsed"] = response.parse()
        with stream.audio.create_speech(**SPEECH_ARGS) as response:
            seen["lines"] = list(response.iter_lines())
        with stream.audio.create_speech(**SPEECH_ARGS) as response:
            seen["text"] = "".join(response.iter_text())

    async def async_action(client: Any) -> None:
        stream = client.with_streaming_response
        async with stream.files.download_file_content(file_id="file-1") as response:
            seen["meta"] = (response.status_code, response.content_type, response.filename)
            seen["chunks"] = [chunk async for chunk in response.iter_bytes(10_000)]
            seen["response"] = response
        async with stream.files.download_file_content(file_id="file-1") as response:
            seen["written"] = await response.write_to_file(target)
        async with stream.files.download_file_content(file_id="file-1") as response:
            seen["read"] = await response.read()
            seen["parsed"] = await response.parse()
        async with stream.audio.create_speech(**SPEECH_ARGS) as response:
            seen["lines"] = [line async for line in response.iter_lines()]
        async with stream.audio.create_speech(**SPEECH_ARGS) as response:
            seen["text"] = "".join([t async for t in response.iter_text()])

    run(sdk, server, mode, action if mode == "sync" else async_action)
    assert seen["meta"] == (200, "application/octet-stream", "report.pdf")
    assert b"".join(seen["chunks"]) == body
    assert {len(c) for c in seen["chunks"][:-1]} == {10_000}
    assert seen["response"].http_response.is_closed  # the with block closed it
    assert seen["written"] == len(body) and target.read_bytes() == body
    assert seen["read"] == body and seen["parsed"] == body
    assert seen["lines"] == ["line one", "line two", "line three"]
    assert seen["text"] == text_body
    assert [r.headers["accept"] for r in server.requests] == ["application/octet-stream"] * 3 + [
        "audio/*"
    ] * 2


@pytest.mark.parametrize("mode", MODES)
def test_streaming_response_parses_json_operations(sdk: ModuleType, server: MediaServer, mode: str) -> None:
    server.serve(
        FILE,
        body=json.dumps({"id": "file-1", "filename": "a.txt", "bytes": 3}).encode(),
        headers={"Content-Type": "application/json"},
    )
    server.serve(
        EXPORT, body=b'{"id": "exp-1", "status": "running"}', headers={"Content-Type": "application/json"}
    )

    def action(client: Any) -> Any:
        with client.with_streaming_response.files.get_file(file_id="file-1") as response:
            file = response.parse()
        with client.with_streaming_response.exports.get_export(export_id="exp-1") as response:
            return file, response.parse()

    async def async_action(client: Any) -> Any:
        async with client.with_streaming_response.files.get_file(file_id="file-1") as response:
            file = await response.parse()
        async with client.with_streaming_response.exports.get_export(export_id="exp-1") as response:
            return file, await response.parse()

    file, export = run(sdk, server, mode, action if mode == "sync" else async_action)
    assert isinstance(file, sdk.models.FileObject) and file.filename == "a.txt"
    assert isinstance(export, sdk.models.ExportStatus) and export.status.value == "running"


@pytest.mark.parametrize("mode", MODES)
def test_streaming_response_raises_typed_error_on_enter(
    sdk: ModuleType, server: MediaServer, mode: str
) -> None:
    error = {"error": {"code": 404, "message": "no such file"}}
    server.serve(CONTENT, 404, body=json.dumps(error).encode(), headers={"Content-Type": "application/json"})

    def action(client: Any) -> Any:
        with client.with_streaming_response.files.download_file_content(file_id="file-1"):
            pytest.fail("entered the block of a failed response")

    async def async_action(client: Any) -> Any:
        async with client.with_streaming_response.files.download_file_content(file_id="file-1"):
            pytest.fail("entered the block of a failed response")

    with pytest.raises(sdk.NotFoundError) as caught:
        run(sdk, server, mode, action if mode == "sync" else async_action)
    assert caught.value.body == error
    assert isinstance(caught.value.error, sdk.models.Error)


@pytest.mark.parametrize("mode", MODES)
def test_streaming_request_is_sent_only_when_entered(sdk: ModuleType, server: MediaServer, mode: str) -> None:
    server.serve(CONTENT, body=b"x", headers=OCTET)

    def action(client: Any) -> Any:
        client.with_streaming_response.files.download_file_content(file_id="file-1")
        return len(server.requests)

    async def async_action(client: Any) -> Any:
        client.with_streaming_response.files.download_file_content(file_id="file-1")
        return len(server.requests)

    assert run(sdk, server, mode, action if mode == "sync" else async_action) == 0


@pytest.mark.parametrize("mode", MODES)
def test_leaving_early_closes_the_response(sdk: ModuleType, server: MediaServer, mode: str) -> None:
    """Breaking off a large download closes the connection without reading the rest."""
    server.serve(CONTENT, headers=OCTET, size=50 * 2**20)

    def action(client: Any) -> Any:
        with client.with_streaming_response.files.download_file_content(file_id="file-1") as response:
            first = next(iter(response.iter_bytes(1024)))
        return first, response

    async def async_action(client: Any) -> Any:
        async with client.with_streaming_response.files.download_file_content(file_id="file-1") as response:
            async for chunk in response.iter_bytes(1024):
                first = chunk
                break
        return first, response

    first, response = run(sdk, server, mode, action if mode == "sync" else async_action)
    assert first == generated_body(1024)
    assert response.http_response.is_closed
    assert response.http_response.num_bytes_downloaded < 50 * 2**20


@pytest.mark.parametrize("mode", MODES)
def test_streaming_response_retries_before_the_body(sdk: ModuleType, server: MediaServer, mode: str) -> None:
    """A 503 is retried (its response closed) before the streamed response is handed over."""
    server.serve(CONTENT, 503, body=b"busy", headers={"Retry-After": "0"})
    server.serve(CONTENT, body=b"the body", headers=OCTET)

    def action(client: Any) -> Any:
        with client.with_streaming_response.files.download_file_content(file_id="file-1", max_retries=1) as r:
            return r.status_code, r.read()

    async def async_action(client: Any) -> Any:
        method = client.with_streaming_response.files.download_file_content
        async with method(file_id="file-1", max_retries=1) as r:
            return r.status_code, await r.read()

    assert run(sdk, server, mode, action if mode == "sync" else async_action) == (200, b"the body")
    assert len(server.requests) == 2


@pytest.mark.parametrize("how", ["iter_bytes", "write_to_file", "read"])
@pytest.mark.parametrize("mode", MODES)
def test_cut_body_raises_connection_error(sdk: ModuleType, mode: str, how: str, tmp_path: Path) -> None:
    """A body cut off by the server is the SDK's APIConnectionError, however it is read."""
    parts = [generated_body(4096), generated_body(4096)]
    octet = {"Content-Type": "application/octet-stream"}

    def read_sync(response: Any) -> None:
        if how == "iter_bytes":
            list(response.iter_bytes())
        elif how == "write_to_file":
            response.write_to_file(tmp_path / "cut.bin")
        else:
            response.read()

    async def read_async(response: Any) -> None:
        if how == "iter_bytes":
            [chunk async for chunk in response.iter_bytes()]
        elif how == "write_to_file":
            await response.write_to_file(tmp_path / "cut.bin")
        else:
            await response.read()

    with FaultServer() as server:
        server.script("/v1/files/file-1/content", EventStream(parts, cut_after=1, headers=octet))
        base_url = server.base_url + "/v1"
        with pytest.raises(sdk.APIConnectionError, match="cut"):
            if mode == "sync":
                with sdk.OpenRouter(api_key="k", base_url=base_url, max_retries=0) as client:
                    with client.with_streaming_response.files.download_file_content(file_id="file-1") as r:
                        read_sync(r)
            else:

                async def main() -> None:
                    async with sdk.AsyncOpenRouter(api_key="k", base_url=base_url, max_retries=0) as client:
                        method = client.with_streaming_response.files.download_file_content
                        async with method(file_id="file-1") as r:
                            await read_async(r)

                asyncio.run(main())
        assert server.wait_idle() == 0
