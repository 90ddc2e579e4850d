"""A real HTTP server on 127.0.0.1 with scripted replies, for tests.

    with ScriptedServer() as server:
        server.reply("/openapi.json", 500)
        server.reply("/openapi.json", 200, body=b"{...}", headers={"ETag": '"v1"'})
        url = server.url("/openapi.json")

Each path has a queue of replies served in order; a request with no reply
left gets a 404 "nothing scripted". `server.requests` records what arrived.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0  # seconds to wait before answering


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased


class ScriptedServer:
    def __init__(self) -> None:
        self.replies: dict[str, deque[Reply]] = defaultdict(deque)
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        # A short poll interval: shutdown() waits up to one interval.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def reply(
        self,
        path: str,
        status: int = 200,
        *,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
    ) -> None:
        with self._lock:
            self.replies[path].append(Reply(status, dict(headers or {}), body, delay))

    def url(self, path: str) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _next(self, method: str, path: str, headers: dict[str, str]) -> Reply:
        with self._lock:
            self.requests.append(Request(method, path, headers))
            queue = self.replies[path]
            return queue.popleft() if queue else Reply(404, body=b"nothing scripted")

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                reply = server._next("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
                time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    if reply.status != 304:
                        self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    if reply.status != 304:
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test); nothing to answer

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

        return Handler
