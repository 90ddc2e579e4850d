"""multipart/form-data uploads, on the wire: the multipart fixture's SDK (its golden tree)
posts to a real HTTP server on 127.0.0.1, and the recorded bodies are parsed with the
standard library's `email` parser. Every accepted file form (bytes, a binary file object,
a `pathlib.Path`, a 2-tuple, a 3-tuple), sync and async; text, array, object and
`encoding` parts; the JSON/multipart choice of an operation that offers both; and a user
program using them passes pyright strict."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLDENS, ROOT, pyright_bin
from tests.formserver import FormPart, FormServer, Posted, parse_form

pytestmark = pytest.mark.sdk

TREE = GOLDENS / "multipart"
ANSWER = json.dumps({"id": "file-1", "filename": "x", "bytes": 3, "text": "hello"}).encode()
FORMS = ("bytes", "named_file", "bytesio", "path", "tuple2", "tuple3")

# Runs in a subprocess (the goldens' packages share one name with generated/): one upload
# per file form, then the transcription as a form and as JSON.
CLIENT = r"""
import asyncio, io, sys
from pathlib import Path
tree, base, tmp, mode = sys.argv[1:5]
sys.path.insert(0, tree)
import openrouter_sdk
from openrouter_sdk import AsyncOpenRouter, OpenRouter
from openrouter_sdk.api import audio, files
assert openrouter_sdk.__file__.startswith(tree)
assert "FileTypes" in openrouter_sdk.__all__

path = Path(tmp) / "report.pdf"
path.write_bytes(b"%PDF-1.4 from a path")
named = Path(tmp) / "named.csv"
named.write_bytes(b"a,b\n1,2\n")

def forms():
    with open(named, "rb") as handle:
        yield b"plain bytes"
        yield handle
    yield io.BytesIO(b"from BytesIO")
    yield path
    yield ("notes.txt", b"two-tuple")
    yield ("clip.wav", b"RIFF....WAVE", "audio/wav")

words = ["word", "segment"]
audio_json = {"data": "UklG", "format": "wav"}
user = {"user": "u1"}
common = dict(purpose="batch", tags=["a", "b"], metadata={"k": "v"}, note="# hi", thumbnail=("t.png", b"PNG"))

def run_sync():
    with OpenRouter(api_key="k", base_url=base) as client:
        for value in forms():
            assert files.upload_file(client, file=value, **common).id == "file-1"
        client.audio.create_transcription(file=("a.wav", b"RIFF"), model="m",
            timestamp_granularities=words, temperature=0.5)
        client.audio.create_transcription(model="m", input_audio=audio_json)
        client.with_raw_response.files.upload_file(file=b"raw", purpose="assistants", extra_body=user)

async def run_async():
    async with AsyncOpenRouter(api_key="k", base_url=base) as client:
        for value in forms():
            assert (await files.upload_file_async(client, file=value, **common)).id == "file-1"
        await client.audio.create_transcription(file=("a.wav", b"RIFF"), model="m",
            timestamp_granularities=words, temperature=0.5)
        await audio.create_transcription_async(client, model="m", input_audio=audio_json)
        await client.with_raw_response.files.upload_file(file=b"raw", purpose="assistants", extra_body=user)

run_sync() if mode == "sync" else asyncio.run(run_async())
"""


def _posted(mode: str, tmp_path: Path) -> list[Posted]:
    with FormServer(ANSWER) as server:
        subprocess.run(
            [sys.executable, "-B", "-c", CLIENT, str(TREE), server.url(), str(tmp_path), mode],
            check=True,
            cwd=tmp_path,
        )
        return list(server.bodies)


def _by_name(parts: list[FormPart]) -> dict[str, list[FormPart]]:
    found: dict[str, list[FormPart]] = {}
    for part in parts:
        found.setdefault(part.name, []).append(part)
    return found


@pytest.fixture(scope="module", params=["sync", "async"])
def posted(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Posted]:
    return _posted(request.param, tmp_path_factory.mktemp(request.param))


EXPECTED_FILES = {
    "bytes": ("upload", "application/octet-stream", b"plain bytes"),
    "named_file": ("named.csv", "text/csv", b"a,b\n1,2\n"),
    "bytesio": ("upload", "application/octet-stream", b"from BytesIO"),
    "path": ("report.pdf", "application/pdf", b"%PDF-1.4 from a path"),
    "tuple2": ("notes.txt", "text/plain", b"two-tuple"),
    "tuple3": ("clip.wav", "audio/wav", b"RIFF....WAVE"),
}


@pytest.mark.parametrize("form", FORMS)
def test_each_file_form_is_a_named_part(posted: list[Posted], form: str) -> None:
    body = posted[FORMS.index(form)]
    assert body.path == "/files"
    parts = _by_name(parse_form(body.content_type, body.data))
    (file,) = parts["file"]
    assert (file.filename, file.content_type, file.data) == EXPECTED_FILES[form]


def test_other_fields_are_text_repeated_json_and_encoded_parts(posted: list[Posted]) -> None:
    body = posted[0]
    parts = parse_form(body.content_type, body.data)
    by_name = _by_name(parts)
    assert [p.name for p in parts] == ["file", "thumbnail", "purpose", "tags", "tags", "metadata", "note"]
    assert [(p.data, p.filename, p.content_type) for p in by_name["purpose"]] == [(b"batch", None, None)]
    assert [p.data for p in by_name["tags"]] == [b"a", b"b"]  # an array of scalars: one part per item
    (metadata,) = by_name["metadata"]
    assert (json.loads(metadata.data), metadata.content_type) == ({"k": "v"}, "application/json")
    (note,) = by_name["note"]
    assert (note.data, note.content_type) == (b"# hi", "text/markdown")  # the document's encoding
    (thumbnail,) = by_name["thumbnail"]
    assert (thumbnail.filename, thumbnail.content_type, thumbnail.data) == ("t.png", "image/png", b"PNG")


def test_an_operation_with_json_and_multipart_sends_what_the_call_chose(posted: list[Posted]) -> None:
    form, as_json = posted[len(FORMS)], posted[len(FORMS) + 1]
    parts = _by_name(parse_form(form.content_type, form.data))
    assert form.path == as_json.path == "/transcriptions"
    assert parts["file"][0].filename == "a.wav"
    assert [p.data for p in parts["timestamp_granularities[]"]] == [b"word", b"segment"]
    assert (parts["model"][0].data, parts["temperature"][0].data) == (b"m", b"0.5")
    assert "input_audio" not in parts
    assert as_json.content_type == "application/json"
    assert json.loads(as_json.data) == {"model": "m", "input_audio": {"data": "UklG", "format": "wav"}}


def test_raw_response_methods_send_forms_too_with_extra_body_as_parts(posted: list[Posted]) -> None:
    raw = posted[-1]
    parts = parse_form(raw.content_type, raw.data)
    assert [(p.name, p.data) for p in parts] == [
        ("file", b"raw"),
        ("purpose", b"assistants"),
        ("user", b"u1"),
    ]


def test_parse_form_refuses_a_body_without_boundary() -> None:
    with pytest.raises(ValueError, match="not a multipart"):
        parse_form("multipart/form-data", b"file=x")


USER_PROGRAM = """
from __future__ import annotations

import io
from pathlib import Path

from openrouter_sdk import FileTypes, OpenRouter
from openrouter_sdk.api import audio
from openrouter_sdk.models import StoredFile, Transcription


def upload(client: OpenRouter, value: FileTypes) -> StoredFile:
    return client.files.upload_file(file=value, purpose="batch", tags=["x"], metadata={"k": "v"})


def every_form(client: OpenRouter) -> list[StoredFile]:
    with open("data.bin", "rb") as handle:
        return [
            upload(client, b"bytes"),
            upload(client, handle),
            upload(client, io.BytesIO(b"x")),
            upload(client, Path("report.pdf")),
            upload(client, ("a.txt", b"x")),
            upload(client, ("a.wav", b"x", "audio/wav")),
        ]


def transcribe(client: OpenRouter) -> list[Transcription]:
    as_form = audio.create_transcription(client, file=Path("a.wav"), model="m", temperature=0.2)
    as_json = client.audio.create_transcription(model="m", input_audio={"data": "x", "format": "wav"})
    body = {"model": "m", "input_audio": {"data": "x", "format": "wav"}}
    whole = client.audio.create_transcription(body=body)
    return [as_form, as_json, whole]
"""

# Calls the overloads refuse: a file field given a str, and a form without its required model.
WRONG_PROGRAM = """
from openrouter_sdk import OpenRouter


def wrong(client: OpenRouter) -> None:
    client.files.upload_file(file="not a file", purpose="batch")
    client.audio.create_transcription(file=b"x")
"""


def _pyright_strict(tmp_path: Path, program: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "user.py").write_text(program, encoding="utf-8")
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.10",
        "extraPaths": [str(TREE)],
        "venvPath": str(ROOT),
        "venv": ".venv",
        "include": ["user.py"],
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    return subprocess.run(
        [pyright_bin(), "--outputjson"], cwd=tmp_path, capture_output=True, text=True, check=False
    )


@pytest.mark.slow
def test_user_program_with_every_file_form_passes_pyright_strict(tmp_path: Path) -> None:
    result = _pyright_strict(tmp_path, USER_PROGRAM)
    report = json.loads(result.stdout)
    assert report["summary"]["errorCount"] == 0, json.dumps(report["generalDiagnostics"], indent=1)


@pytest.mark.slow
def test_pyright_strict_refuses_wrong_file_calls(tmp_path: Path) -> None:
    result = _pyright_strict(tmp_path, WRONG_PROGRAM)
    errors = [d for d in json.loads(result.stdout)["generalDiagnostics"] if d["severity"] == "error"]
    assert sorted(d["range"]["start"]["line"] for d in errors) == [5, 6], errors


# A 32 MB file uploaded from a Path: streamed in chunks, so Python's allocations stay far
# below the file's size; the descriptor is closed once the request is sent.
LARGE = r"""
import gc, sys, tracemalloc, warnings
from pathlib import Path
tree, base, tmp = sys.argv[1:4]
sys.path.insert(0, tree)
warnings.simplefilter("error", ResourceWarning)
from openrouter_sdk import OpenRouter
path = Path(tmp) / "large.bin"
with path.open("wb") as out:
    for _ in range(32):
        out.write(b"x" * (1 << 20))
with OpenRouter(api_key="k", base_url=base) as client:
    client.files.upload_file(file=b"warm-up", purpose="batch")  # models built before measuring
    tracemalloc.start()
    client.files.upload_file(file=path, purpose="batch")
    peak = tracemalloc.get_traced_memory()[1]
gc.collect()
print(peak)
"""


def test_a_path_is_streamed_not_read_into_memory(tmp_path: Path) -> None:
    with FormServer(ANSWER) as server:
        proc = subprocess.run(
            [
                sys.executable,
                "-B",
                "-W",
                "error::ResourceWarning",
                "-c",
                LARGE,
                str(TREE),
                server.url(),
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        body = server.bodies[-1]
    assert int(proc.stdout) < 2 * (1 << 20), f"peak {int(proc.stdout)} bytes for a 32 MB upload"
    (file, purpose) = parse_form(body.content_type, body.data)
    assert (file.filename, len(file.data), purpose.data) == ("large.bin", 32 << 20, b"batch")
    assert "resourcewarning" not in proc.stderr.lower()


RETRY = r"""
import io, sys
from pathlib import Path
tree, base, tmp = sys.argv[1:4]
sys.path.insert(0, tree)
from openrouter_sdk import OpenRouter
path = Path(tmp) / "retry.txt"
path.write_bytes(b"from a path, twice")
with OpenRouter(api_key="k", base_url=base, max_retries=1) as client:
    client.files.upload_file(file=io.BytesIO(b"from a file object, twice"), purpose="batch")
    client.files.upload_file(file=path, purpose="batch")
"""


def test_a_retried_upload_sends_the_whole_file_again(tmp_path: Path) -> None:
    with FormServer(ANSWER, statuses=[503, 200, 503, 200]) as server:
        subprocess.run(
            [sys.executable, "-B", "-c", RETRY, str(TREE), server.url(), str(tmp_path)], check=True
        )
        bodies = list(server.bodies)
    files = [parse_form(b.content_type, b.data)[0] for b in bodies]
    assert [(f.filename, f.data) for f in files] == [
        ("upload", b"from a file object, twice"),
        ("upload", b"from a file object, twice"),
        ("retry.txt", b"from a path, twice"),
        ("retry.txt", b"from a path, twice"),
    ]
