"""A user program of the `media` fixture's SDK passes pyright strict: the streaming
context managers (sync and async), `parse()` typed as each operation's result,
`write_to_file`, the iterators, and `with_raw_response`'s `content_type`/`filename`.
A second program with wrong expectations must fail exactly where it is wrong, so that
the check is known to look."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import pyright_bin
from tests.mediasdk import copy_media_sdk

pytestmark = [pytest.mark.sdk, pytest.mark.slow]

USER = """
from __future__ import annotations

from pathlib import Path

from typing_extensions import assert_type

from media_sdk import AsyncOpenRouter, AsyncStreamedResponse, OpenRouter, StreamedResponse
from media_sdk.models import ExportStatus, FileObject


def sync_program(client: OpenRouter, target: Path) -> None:
    data = client.files.download_file_content(file_id="f")
    assert_type(data, bytes)
    raw = client.with_raw_response.files.download_file_content(file_id="f")
    assert_type(raw.content_type, str | None)
    assert_type(raw.filename, str | None)
    assert_type(raw.parse(), bytes)
    with client.with_streaming_response.files.download_file_content(file_id="f") as response:
        assert_type(response, StreamedResponse[bytes])
        assert_type(response.filename, str | None)
        assert_type(response.write_to_file(target), int)
        assert_type(response.write_to_file(str(target)), int)
    with client.with_streaming_response.audio.create_speech(input="hi", voice="v") as response:
        for chunk in response.iter_bytes():
            assert_type(chunk, bytes)
        for text in response.iter_text():
            assert_type(text, str)
        for line in response.iter_lines():
            assert_type(line, str)
        assert_type(response.read(), bytes)
        assert_type(response.parse(), bytes)
    with client.with_streaming_response.files.get_file(file_id="f") as response:
        assert_type(response.parse(), FileObject)
    with client.with_streaming_response.exports.get_export(export_id="e") as response:
        assert_type(response.parse(), ExportStatus)  # JSON unless the call asks for the archive
    streaming = client.with_streaming_response
    with streaming.exports.get_export(export_id="e", accept="application/zip") as archive:
        assert_type(archive.parse(), bytes)
    assert_type(client.exports.get_export(export_id="e", accept="application/zip"), bytes)
    assert_type(client.with_raw_response.exports.get_export(export_id="e").parse(), ExportStatus)


async def async_program(client: AsyncOpenRouter, target: Path) -> None:
    assert_type(await client.files.download_file_content(file_id="f"), bytes)
    raw = await client.with_raw_response.files.download_file_content(file_id="f")
    assert_type(raw.content_type, str | None)
    async with client.with_streaming_response.files.download_file_content(file_id="f") as response:
        assert_type(response, AsyncStreamedResponse[bytes])
        assert_type(await response.write_to_file(target), int)
    async with client.with_streaming_response.audio.create_speech(input="hi", voice="v") as response:
        async for chunk in response.iter_bytes(1024):
            assert_type(chunk, bytes)
        async for line in response.iter_lines():
            assert_type(line, str)
        assert_type(await response.read(), bytes)
        assert_type(await response.parse(), bytes)
    async with client.with_streaming_response.files.get_file(file_id="f") as response:
        assert_type(await response.parse(), FileObject)
"""

# Each line marked `# wrong` must be reported, and nothing else.
WRONG = """
from __future__ import annotations

from typing_extensions import assert_type

from media_sdk import AsyncOpenRouter, OpenRouter


def sync_program(client: OpenRouter) -> None:
    with client.with_streaming_response.files.download_file_content(file_id="f") as response:
        assert_type(response.parse(), str)  # wrong
        response.write_to_file(3)  # wrong
    with client.with_streaming_response.files.get_file(file_id="f") as response:
        assert_type(response.parse(), bytes)  # wrong
    client.with_streaming_response.files.get_file(file="f")  # wrong
    assert_type(client.with_raw_response.files.get_file(file_id="f").filename, str)  # wrong


async def async_program(client: AsyncOpenRouter) -> None:
    with client.with_streaming_response.files.get_file(file_id="f") as response:  # wrong
        pass
    async with client.with_streaming_response.files.get_file(file_id="f") as response:
        assert_type(response.parse(), bytes)  # wrong
"""


def test_user_program_passes_pyright_strict(tmp_path: Path) -> None:
    copy_media_sdk(tmp_path)
    (tmp_path / "user.py").write_text(USER, encoding="utf-8")
    (tmp_path / "wrong.py").write_text(WRONG, encoding="utf-8")
    config = {
        "include": ["user.py", "wrong.py"],
        "strict": ["user.py", "wrong.py"],
        "pythonVersion": "3.10",
        "extraPaths": ["."],
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    proc = subprocess.run(
        [pyright_bin(), "--outputjson", "--pythonpath", sys.executable, "-p", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    report = json.loads(proc.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    found: dict[str, set[int]] = {"user.py": set(), "wrong.py": set()}
    for d in errors:
        found[Path(d["file"]).name].add(d["range"]["start"]["line"] + 1)
    shown = "\n".join(
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}" for d in errors
    )
    assert found["user.py"] == set(), shown
    marked = {n for n, line in enumerate(WRONG.splitlines(), 1) if line.endswith("# wrong")}
    assert found["wrong.py"] == marked, shown
