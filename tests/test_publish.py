"""The generated package as users get it: built, published to a real package index
on 127.0.0.1 (pypiserver) with `make publish`, installed from that index alone into
fresh virtual environments (the lowest and the newest Python the metadata claims that
this machine has), and used there for a chat call and a streamed call."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generator.release.dist import build, published_files, simple_index_for
from generator.spec.lock import read_lock
from tests.conftest import ROOT
from tests.pythons import CLAIMED, available, lowest_and_newest

pytestmark = [pytest.mark.publish, pytest.mark.slow]

AVAILABLE = available()
# The lowest and the newest claimed version this machine has (two different ones), each with
# the lock of what the local index holds for it: the lowest versions the generated package
# accepts for the lowest Python, the newest (when `make lock` ran) for the newest.
PYTHONS = lowest_and_newest(AVAILABLE)
LOCKS = {
    version: ROOT / "tests" / f"publish-{kind}.lock"
    for version, kind in zip(PYTHONS, ("lowest", "newest"), strict=False)
}
CHAT = {
    "id": "gen-1",
    "object": "chat.completion",
    "created": 1,
    "model": "openai/gpt-4o",
    "system_fingerprint": None,
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hello"}}],
}
CHUNK = {
    "id": "gen-1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "openai/gpt-4o",
    "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": None}],
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, deadline: float = 30.0) -> None:
    import httpx

    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if process.poll() is not None:
            pytest.fail(f"server exited: {process.stdout.read() if process.stdout else ''}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    pytest.fail(f"{url} did not answer within {deadline} s")


class ChatServer(ThreadingHTTPServer):
    """A stand-in for the API: a chat completion, or 3 chunks as server-sent events."""

    def __init__(self) -> None:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if body.get("stream"):
                    events = [": OPENROUTER PROCESSING\n\n"] + [f"data: {json.dumps(CHUNK)}\n\n"] * 3
                    data = ("".join(events) + "data: [DONE]\n\n").encode()
                    kind = "text/event-stream"
                else:
                    data, kind = json.dumps(CHAT).encode(), "application/json"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/api/v1"


SMOKE = """
import sys
import openrouter_sdk
from openrouter_sdk import OPERATIONS, OpenRouter

client = OpenRouter(api_key="sk-test", base_url=sys.argv[1])
send = OPERATIONS["sendChatCompletionRequest"].function  # whatever the method is called
result = send(client, model="openai/gpt-4o", messages=[{"role": "user", "content": "Hi"}])
chunks = list(send(client, model="openai/gpt-4o", messages=[{"role": "user", "content": "Hi"}], stream=True))
print(len(OPERATIONS), type(result).__name__, result.choices[0].message.content,
      len(chunks), type(chunks[0]).__name__, openrouter_sdk.__file__)
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """pypiserver on 127.0.0.1, holding the runtime dependencies (downloaded from the
    registry for each target Python, exactly the files its lock names, checked against
    the lock's hashes) and accepting uploads."""
    packages = tmp_path_factory.mktemp("packages")
    assert len(PYTHONS) == 2, (
        f"need two Python versions of {CLAIMED} on this machine, found {sorted(AVAILABLE)}"
    )
    for version in PYTHONS:
        python = AVAILABLE[version]
        venv = tmp_path_factory.mktemp(f"dl-{version}")
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [
                str(venv / "bin" / "pip"),
                "download",
                "-q",
                "-d",
                str(packages),
                "--require-hashes",
                "-r",
                str(LOCKS[version]),
            ],
            check=True,
            capture_output=True,
        )
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pypiserver",
            "run",
            "-i",
            "127.0.0.1",
            "-p",
            str(port),
            "-a",
            ".",
            "-P",
            ".",
            str(packages),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(url + "simple/", server)
        yield url, packages
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def published(
    index: tuple[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> subprocess.CompletedProcess[str]:
    url, _ = index
    env = {**os.environ, "PUBLISH_REPOSITORY_URL": url, "PUBLISH_TOKEN": "test-token"}
    return subprocess.run(
        ["make", "--no-print-directory", "publish"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_make_publish_uploads_the_build(
    published: subprocess.CompletedProcess[str], index: tuple[str, Path]
) -> None:
    assert published.returncode == 0, published.stdout + published.stderr
    files = published_files(simple_index_for(index[0]), "openrouter-sdk")
    assert any(f.endswith(".whl") for f in files) and any(f.endswith(".tar.gz") for f in files)


def test_publishing_the_same_version_again_is_refused(
    published: subprocess.CompletedProcess[str], index: tuple[str, Path]
) -> None:
    assert published.returncode == 0
    env = {**os.environ, "PUBLISH_REPOSITORY_URL": index[0], "PUBLISH_TOKEN": "test-token"}
    again = subprocess.run(
        ["make", "--no-print-directory", "publish"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert again.returncode != 0
    assert "is already published" in again.stderr and "openrouter-sdk" in again.stderr


def test_publish_needs_credentials(
    published: subprocess.CompletedProcess[str], index: tuple[str, Path]
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PUBLISH_")}
    env["PUBLISH_REPOSITORY_URL"] = index[0]
    proc = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "sdkgen"), "publish"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and "PUBLISH_TOKEN" in proc.stderr


@pytest.mark.parametrize("python", PYTHONS)
def test_install_from_the_index_and_use(
    python: str, published: subprocess.CompletedProcess[str], index: tuple[str, Path], tmp_path: Path
) -> None:
    assert published.returncode == 0, published.stderr
    venv = tmp_path / "venv"
    subprocess.run([AVAILABLE[python], "-m", "venv", str(venv)], check=True)
    # --isolated and no config file: the machine's pip settings (other indexes) are ignored.
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull}
    install = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--isolated", "--no-cache-dir", "-q",
         "--index-url", index[0] + "simple/", "openrouter-sdk"],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert install.returncode == 0, install.stdout + install.stderr
    server = ChatServer()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        run = subprocess.run(
            [str(venv / "bin" / "python"), "-c", SMOKE, server.url()],
            cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    finally:
        server.shutdown()
    assert run.returncode == 0, run.stderr
    operations, result_type, content, chunks, chunk_type, location = run.stdout.split()
    # Typed results (models, not dicts), as many operations as the lock counts.
    assert (operations, content, chunks) == (
        str(read_lock(ROOT / "specs" / "openapi.lock.json").operations),
        "Hello",
        "3",
    )
    assert result_type != "dict" and chunk_type != "dict", (result_type, chunk_type)
    assert location.startswith(str(venv)), "imported from the project instead of the installed wheel"


def test_builds_are_reproducible_and_clean(tmp_path: Path) -> None:
    first = build(ROOT / "generated", tmp_path / "a", "openrouter_sdk")
    second = build(ROOT / "generated", tmp_path / "b", "openrouter_sdk")
    assert [f.read_bytes() for f in first.files] == [f.read_bytes() for f in second.files]
    wheel = next(f for f in first.files if f.suffix == ".whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "openrouter_sdk/py.typed" in names
    assert all(n.startswith(("openrouter_sdk/", "openrouter_sdk-")) for n in names)
    metadata = zipfile.ZipFile(wheel).read(f"openrouter_sdk-{first.version}.dist-info/METADATA").decode()
    for line in (
        "Requires-Python: >=3.10",
        "Classifier: Typing :: Typed",
        "Classifier: Programming Language :: Python :: 3.13",
        "License-Expression: MIT",
    ):
        assert line in metadata
    assert "Requires-Dist: httpx<1,>=0.27" in metadata and "Requires-Dist: pydantic<3,>=2.10" in metadata
