"""A Stoplight Prism mock server of the pinned, normalized document, for contract tests.

    from tests.prism import prism  # the session fixture; yields the base URL

Prism (`node_modules/.bin/prism`, installed by `npm ci` from package.json) is served the
document as the generator sees it (overlays applied, `nullable` rewritten into type
arrays: on the raw document Prism silently skips most body validation). It listens on
127.0.0.1 only, on a free port, in its own process group, which is killed at the end of
the session. If it does not come up, the fixture fails with the end of its log.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.spec.document import load_document
from tests.conftest import ROOT

__all__ = ["PRISM_BIN", "PrismServer", "prism", "server_at", "start_prism", "stop_prism"]

PRISM_BIN = ROOT / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"
#: How long Prism may take to answer on its port (5-17 s measured, more under load).
START_DEADLINE = 60.0
STOP_GRACE = 5.0
LOG_TAIL_LINES = 40
#: Launches when the free port we picked is taken before Prism binds it.
PORT_ATTEMPTS = 3
#: url -> the Prism serving it, while it runs.
RUNNING: dict[str, PrismServer] = {}


@dataclass
class PrismServer:
    url: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path
    startup_seconds: float

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        return _tail(self.log, lines)


def _tail(path: Path, lines: int) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return f"(no log: {exc})"
    return "\n".join(text.splitlines()[-lines:]) or "(empty log)"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _answers(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


def write_document(config: Config, folder: Path) -> Path:
    """The normalized pinned document with the configured overlays, as JSON in `folder`."""
    if not config.spec.is_file():
        from generator.spec.source import fetch_spec

        fetch_spec(config)
    doc: dict[str, Any] = load_document(config.spec, config.overlays)
    path = folder / "openapi.normalized.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def start_prism(document: Path, folder: Path, deadline: float = START_DEADLINE) -> PrismServer:
    """Start Prism on a free port and wait until it answers; fail with its log if not.
    Another process may take the port between our probe and Prism's bind: then Prism
    exits with EADDRINUSE and is started again on another port."""
    if not PRISM_BIN.exists():
        pytest.fail(f"{PRISM_BIN} is missing: run `make test` (it runs `npm ci`)")
    started = time.monotonic()
    for attempt in range(PORT_ATTEMPTS):
        server = _launch(document, folder, attempt)
        try:
            while not _answers(server.port):
                if server.process.poll() is not None:
                    tail = server.log_tail()
                    if "EADDRINUSE" in tail and attempt + 1 < PORT_ATTEMPTS:
                        break
                    pytest.fail(
                        f"Prism exited with status {server.process.returncode} before answering "
                        f"on {HOST}:{server.port} (log {server.log}):\n{tail}"
                    )
                if time.monotonic() - started > deadline:
                    pytest.fail(
                        f"Prism did not answer on {HOST}:{server.port} within {deadline:g} s "
                        f"(log {server.log}):\n{server.log_tail()}"
                    )
                time.sleep(0.1)
            else:
                server.startup_seconds = time.monotonic() - started
                return server
        except BaseException:
            stop_prism(server)
            raise
        stop_prism(server)
    raise AssertionError("unreachable")


def _launch(document: Path, folder: Path, attempt: int) -> PrismServer:
    port = _free_port()
    log = folder / f"prism-{attempt}.log"
    command = [str(PRISM_BIN), "mock", str(document), "-h", HOST, "-p", str(port), "--errors", "false"]
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    with log.open("wb") as out:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=folder,
            env=env,
            start_new_session=True,  # its own process group: stop_prism kills node and its children
        )
    return PrismServer(f"http://{HOST}:{port}", port, process, log, 0.0)


def stop_prism(server: PrismServer) -> None:
    """Terminate Prism's process group (node and anything it forked); SIGKILL it when it
    does not go within the grace time. The group id is Prism's pid (start_new_session)."""
    process = server.process
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:  # the whole group is gone already
            break
        try:
            process.wait(timeout=STOP_GRACE)
        except subprocess.TimeoutExpired:
            continue
        if sig == signal.SIGTERM:  # the leader is gone: make sure no child outlives it
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        break
    RUNNING.pop(server.url, None)


def server_at(url: str) -> PrismServer:
    """The running Prism behind a URL the `prism` fixture gave (its log, startup time)."""
    return RUNNING[url]


@pytest.fixture(scope="session")
def prism(config: Config, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a Prism mock of the pinned, normalized document; stopped at the
    end of the session, even when tests fail."""
    folder = tmp_path_factory.mktemp("prism")
    server = start_prism(write_document(config, folder), folder)
    RUNNING[server.url] = server
    try:
        yield server.url
    finally:
        stop_prism(server)
