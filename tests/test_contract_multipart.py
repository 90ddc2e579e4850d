"""Contract tests of file uploads: the multipart fixture's SDK (its golden tree, in a
subprocess: the goldens' packages share one name with generated/) against Stoplight
Prism serving the normalized fixture document, which parses and validates multipart
bodies. Every file form, sync and async, passes Prism's validation (a 2xx, no
`sl-violations`); a form missing its required file part gets Prism's 422 as the typed
error; the JSON/multipart operation passes both ways. And the old way of sending a form
(a literal `Content-Type: multipart/form-data` without boundary) is what Prism refuses,
so these tests can tell the difference.

Prism reads every non-file part as a string: it refuses arrays (repeated parts) and
objects (application/json parts) that the schema types, however they are encoded, so
those fields are checked on the wire in test_multipart.py, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.spec.document import load_document
from tests.conftest import FIXTURES, GOLDENS
from tests.prism import start_prism, stop_prism

pytestmark = [pytest.mark.contract, pytest.mark.slow]  # Prism takes seconds to start

TREE = GOLDENS / "multipart"
SPEC = FIXTURES / "multipart.yaml"

CLIENT = r"""
import asyncio, io, json, sys
from pathlib import Path
tree, base, tmp, mode = sys.argv[1:5]
sys.path.insert(0, tree)
import httpx
from openrouter_sdk import NOT_GIVEN, AsyncOpenRouter, OpenRouter, UnprocessableEntityError

path = Path(tmp) / "report.pdf"
path.write_bytes(b"%PDF-1.4")
forms = {
    "bytes": lambda: b"plain bytes",
    "file": lambda: open(path, "rb"),
    "path": lambda: path,
    "tuple2": lambda: ("a.txt", b"two"),
    "tuple3": lambda: ("a.wav", b"RIFF", "audio/wav"),
}
seen = []

def hook(response):
    seen.append((response.status_code, response.headers.get("sl-violations")))

extra = dict(note="# note", thumbnail=("t.png", b"PNG"))
audio = {"data": "x", "format": "wav"}

async def run_async(out):
    async with httpx.AsyncClient(event_hooks={"response": [lambda r: _ahook(r)]}) as http:
        client = AsyncOpenRouter(api_key="k", base_url=base, http_client=http, max_retries=0)
        for name, make in forms.items():
            out[name] = (await client.files.upload_file(file=make(), purpose="batch", **extra)).id
        try:
            await client.files.upload_file(file=NOT_GIVEN, purpose="batch")
        except UnprocessableEntityError as exc:
            out["missing"] = exc.status_code
        out["form"] = (await client.audio.create_transcription(file=path, model="m", temperature=0.5)).text
        out["json"] = (await client.audio.create_transcription(model="m", input_audio=audio)).text

async def _ahook(response):
    hook(response)

def run_sync(out):
    with httpx.Client(event_hooks={"response": [hook]}) as http:
        client = OpenRouter(api_key="k", base_url=base, http_client=http, max_retries=0)
        for name, make in forms.items():
            out[name] = client.files.upload_file(file=make(), purpose="batch", **extra).id
        try:
            client.files.upload_file(file=NOT_GIVEN, purpose="batch")
        except UnprocessableEntityError as exc:
            out["missing"] = exc.status_code
        out["form"] = client.audio.create_transcription(file=path, model="m", temperature=0.5).text
        out["json"] = client.audio.create_transcription(model="m", input_audio=audio).text

out = {}
run_sync(out) if mode == "sync" else asyncio.run(run_async(out))
print(json.dumps({"results": out, "seen": seen}))
"""


@pytest.fixture(scope="module")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("prism-multipart")
    document = folder / "multipart.json"
    document.write_text(json.dumps(load_document(SPEC, ())), encoding="utf-8")
    server = start_prism(document, folder)
    try:
        yield server.url
    finally:
        stop_prism(server)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_uploads_pass_prism_and_a_missing_file_is_refused(prism_url: str, mode: str, tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-B", "-c", CLIENT, str(TREE), prism_url, str(tmp_path), mode],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(proc.stdout)
    results, seen = data["results"], data["seen"]
    assert results["missing"] == 422
    assert all(isinstance(results[name], str) for name in ("bytes", "file", "path", "tuple2", "tuple3"))
    assert isinstance(results["form"], str) and isinstance(results["json"], str)
    # Every valid request got a 2xx without violations; the one without its file, a 422.
    assert [status for status, _ in seen] == [200] * 5 + [422] + [200, 200]
    assert [violations for status, violations in seen if status == 200] == [None] * 7


def test_a_form_without_boundary_is_refused(prism_url: str) -> None:
    """What the SDK sent before: the form's bytes under a literal multipart Content-Type."""
    response = httpx.post(
        prism_url + "/files",
        content=b"file=x",
        headers={"Content-Type": "multipart/form-data", "Authorization": "Bearer k"},
    )
    assert response.status_code == 415
