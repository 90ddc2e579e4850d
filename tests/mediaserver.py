"""A real HTTP server on 127.0.0.1 that serves media: scripted bodies, or bodies of any
size generated on the fly (never held in memory), for the streaming-response tests.

    with MediaServer() as server:
        server.serve("/v1/files/f/content", headers={"Content-Type": "application/octet-stream"},
                     size=200 * 2**20)
        server.serve("/v1/audio/speech", body=b"ID3...", headers={"Content-Type": "audio/mpeg"})
        client = OpenRouter(api_key="k", base_url=server.url("/v1"))

Each path answers with its replies in order, the last one for every request after;
`server.requests` records what arrived.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["PATTERN", "MediaServer", "Request", "Served", "generated_body", "generated_sha256"]

#: The generated bodies repeat these 64 KiB.
PATTERN = bytes(range(256)) * 256


def generated_body(size: int) -> bytes:
    """The first `size` bytes of a generated body (for small sizes: it is held whole)."""
    return (PATTERN * (size // len(PATTERN) + 1))[:size]


def generated_sha256(size: int) -> str:
    digest = hashlib.sha256()
    whole, rest = divmod(size, len(PATTERN))
    for _ in range(whole):
        digest.update(PATTERN)
    digest.update(PATTERN[:rest])
    return digest.hexdigest()


@dataclass
class Served:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    size: int | None = None  # a generated body of this many bytes instead of `body`


@dataclass
class Request:
    method: str
    path: str  # with the query string
    headers: dict[str, str]  # names lower-cased
    body: bytes


class MediaServer:
    def __init__(self) -> None:
        self.routes: dict[str, list[Served]] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def serve(
        self,
        path: str,
        status: int = 200,
        *,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        size: int | None = None,
    ) -> None:
        with self._lock:
            self.routes.setdefault(path, []).append(Served(status, dict(headers or {}), body, size))

    def url(self, path: str = "") -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def __enter__(self) -> MediaServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        with self._lock:
            self.requests.append(Request(method, handler.path, headers, body))
            replies = self.routes.get(handler.path.partition("?")[0])
            served = (replies.pop(0) if len(replies) > 1 else replies[0]) if replies else None
        if served is None:
            served = Served(
                404,
                {"Content-Type": "application/json"},
                b'{"error": {"code": 404, "message": "nothing served"}}',
            )
        size = served.size if served.size is not None else len(served.body)
        try:
            handler.send_response(served.status)
            for name, value in served.headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(size))
            handler.end_headers()
            if served.size is None:
                handler.wfile.write(served.body)
                return
            whole, rest = divmod(size, len(PATTERN))
            for _ in range(whole):
                handler.wfile.write(PATTERN)
            handler.wfile.write(PATTERN[:rest])
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client closed the response before reading it all

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server._answer(self, "GET")

            def do_POST(self) -> None:
                server._answer(self, "POST")

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler
