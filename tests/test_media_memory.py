"""A 200 MB download through `with_streaming_response` keeps the client's memory flat.

The body is generated on the fly by a real server on 127.0.0.1 (tests/mediaserver.py);
the client runs in a subprocess of its own, so that its memory is measured alone, twice
(tracemalloc's peak of Python allocations, and the growth of the peak RSS). The plain
call, which returns `bytes`, is measured the same way as the control: it must hold the
whole body, or the measurement would prove nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.mediasdk import PACKAGE, copy_media_sdk
from tests.mediaserver import MediaServer, generated_sha256

pytestmark = [pytest.mark.sdk, pytest.mark.slow]

SIZE = 200 * 2**20
LIMIT = 50 * 2**20
PATH = "/v1/files/big/content"

CLIENT = r"""
import asyncio, hashlib, json, resource, sys, tracemalloc
sys.path.insert(0, sys.argv[1])
sdk = __import__(sys.argv[2])
base_url, target, mode = sys.argv[3:6]


def rss_peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


async def download_async():
    async with sdk.AsyncOpenRouter(api_key="k", base_url=base_url) as client:
        async with client.with_streaming_response.files.download_file_content(file_id="big") as response:
            return await response.write_to_file(target)


def download():
    with sdk.OpenRouter(api_key="k", base_url=base_url) as client:
        if mode == "plain":
            return len(client.files.download_file_content(file_id="big"))
        with client.with_streaming_response.files.download_file_content(file_id="big") as response:
            return response.write_to_file(target)


import httpx  # everything the download needs is imported before measuring
__import__(sys.argv[2] + "._streamed")
before = rss_peak()
tracemalloc.start()
written = asyncio.run(download_async()) if mode == "async" else download()
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
growth = rss_peak() - before
digest = None
if mode != "plain":
    digest = hashlib.sha256()
    with open(target, "rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    digest = digest.hexdigest()
print(json.dumps({"written": written, "peak": peak, "rss_growth": growth, "sha256": digest}))
"""


def measure(root: Path, server: MediaServer, mode: str, target: Path) -> dict[str, int | str | None]:
    proc = subprocess.run(
        [sys.executable, "-c", CLIENT, str(root), PACKAGE, server.url("/v1"), str(target), mode],
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def sdk_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_media_sdk(tmp_path_factory.mktemp("media-memory"))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_streamed_download_keeps_memory_flat(sdk_root: Path, tmp_path: Path, mode: str) -> None:
    target = tmp_path / "big.bin"
    with MediaServer() as server:
        server.serve(PATH, headers={"Content-Type": "application/octet-stream"}, size=SIZE)
        report = measure(sdk_root, server, mode, target)
    assert report["written"] == SIZE == target.stat().st_size
    assert report["sha256"] == generated_sha256(SIZE)
    assert report["peak"] < LIMIT, report
    assert report["rss_growth"] < LIMIT, report


def test_plain_download_holds_the_body(sdk_root: Path, tmp_path: Path) -> None:
    """The control: the same measurement sees a body that is held in memory."""
    with MediaServer() as server:
        server.serve(PATH, headers={"Content-Type": "application/octet-stream"}, size=SIZE)
        report = measure(sdk_root, server, "plain", tmp_path / "unused.bin")
    assert report["written"] == SIZE
    assert report["peak"] >= SIZE, report
    assert report["rss_growth"] >= SIZE, report
