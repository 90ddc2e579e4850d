"""A misbehaving HTTP/1.1 server on 127.0.0.1, for fault-injection tests.

    with FaultServer() as server:
        server.script("/chat/completions", Reply(429, {...}, headers={"Retry-After": "1"}), Reply(200, {...}))
        server.script("/chat/completions", EventStream([sse({...}), sse("[DONE]")], cut_after=1))
        server.script("/chat/completions", Reset(), repeat=True)
        client = OpenRouter(base_url=server.base_url, api_key="k")
        ...
        assert server.wait_idle() == 0   # every connection it accepted is closed again

A raw socket server (no http.server) so that it can do what a well-behaved server
would not: close mid-body, reset before answering, hold a finished stream open.
Each path has a queue of actions served in order; `server.requests` records what
arrived; `open_connections` counts sockets accepted and not yet closed.
"""

from __future__ import annotations

import http
import json
import select
import socket
import socketserver
import struct
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

__all__ = ["EventStream", "FaultServer", "Reply", "Request", "Reset", "comment", "sse"]


@dataclass
class Request:
    method: str
    path: str  # without the query string
    headers: dict[str, str]  # names lower-cased
    body: bytes
    query: str = ""  # the query string as sent (after `?`)

    def json(self) -> Any:
        return json.loads(self.body)


def sse(data: Any, *, event: str | None = None, eol: str = "\n") -> bytes:
    """One server-sent event. `data` that is not a str is sent as JSON; each line of
    the text becomes its own `data:` field (so a str with newlines is multi-line)."""
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    fields = [f"event: {event}"] if event else []
    fields += [f"data: {line}" for line in text.split("\n")]
    return (eol.join(fields) + eol + eol).encode()


def comment(text: str = "OPENROUTER PROCESSING", eol: str = "\n") -> bytes:
    """A comment line (a keep-alive), as OpenRouter sends while a model is queued."""
    return f": {text}{eol}{eol}".encode()


class Action:
    def serve(self, conn: _Handler) -> bool:
        """Answer one request; False closes the connection afterwards."""
        raise NotImplementedError


@dataclass
class Reply(Action):
    """A complete response framed by Content-Length; a `body` that is not bytes is
    sent as JSON. `delay`: seconds to wait first (a slow server)."""

    status: int = 200
    body: Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0

    def serve(self, conn: _Handler) -> bool:
        if self.delay and conn.wait_closed(self.delay):
            return False
        body = self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()
        conn.send_head(
            self.status,
            {"Content-Type": "application/json", **self.headers, "Content-Length": str(len(body))},
        )
        conn.wfile.write(body)
        return True


@dataclass
class EventStream(Action):
    """A `text/event-stream` response written event by event (each its own send).

    chunked: Transfer-Encoding chunked, else the body ends when the connection closes.
    cut_after: close the socket after this many events, without finishing the body.
    interval: seconds before each event; hold: seconds to keep the connection open
    after the last event (both end early when the client goes away)."""

    events: list[bytes]
    chunked: bool = True
    cut_after: int | None = None
    interval: float = 0.0
    hold: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)

    def serve(self, conn: _Handler) -> bool:
        framing = {"Transfer-Encoding": "chunked"} if self.chunked else {"Connection": "close"}
        conn.send_head(200, {"Content-Type": "text/event-stream", **framing, **self.headers})
        for event in self.events[: self.cut_after]:
            if self.interval and conn.wait_closed(self.interval):
                return False
            conn.wfile.write(b"%x\r\n%s\r\n" % (len(event), event) if self.chunked else event)
        if self.cut_after is not None:
            return False
        if self.hold and conn.wait_closed(self.hold):
            return False
        if self.chunked:
            conn.wfile.write(b"0\r\n\r\n")
        return self.chunked


@dataclass
class Reset(Action):
    """Read the request, then reset the connection (SO_LINGER 0, close): an RST, no response."""

    def serve(self, conn: _Handler) -> bool:
        conn.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.rfile.close()
        conn.connection.close()
        return False


class _Handler(socketserver.StreamRequestHandler):
    server: _TCPServer

    def handle(self) -> None:
        owner = self.server.owner
        try:
            while not owner._stop.is_set():
                request = self._read_request()
                if request is None or not owner._next(request).serve(self):
                    return
        except (OSError, ValueError):
            pass  # the client went away or sent garbage: close

    def _read_request(self) -> Request | None:
        line = self.rfile.readline(65537)
        if not line.strip():
            return None  # the client closed its end (keep-alive connection done)
        method, target, _ = line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while (header := self.rfile.readline(65537)) not in (b"\r\n", b"\n", b""):
            name, _, value = header.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        path, _, query = target.partition("?")
        return Request(method, path, headers, self.rfile.read(length), query)

    def send_head(self, status: int, headers: dict[str, str]) -> None:
        try:
            reason = http.HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in headers.items())]
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def wait_closed(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True as soon as the client closes (or the server stops)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if self.server.owner._stop.is_set():
                return True
            readable, _, _ = select.select([self.connection], [], [], min(left, 0.02))
            if readable:
                try:
                    if not self.connection.recv(1, socket.MSG_PEEK):
                        return True
                except OSError:
                    return True
                time.sleep(min(left, 0.02))  # data, not EOF: keep waiting
        return False


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, owner: FaultServer) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.owner._lock:
            self.owner.accepted += 1
            self.owner._live.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        super().shutdown_request(request)
        with self.owner._lock:
            self.owner._live.discard(request)


class FaultServer:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.accepted = 0
        self._scripts: dict[str, deque[Action]] = defaultdict(deque)
        self._repeat: set[str] = set()
        self._live: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._tcp = _TCPServer(self)
        self._thread = threading.Thread(
            target=self._tcp.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._tcp.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, path: str, *actions: Action, repeat: bool = False) -> None:
        """Queue actions for `path`; with `repeat`, the last one answers every later request."""
        with self._lock:
            self._scripts[path].extend(actions)
            if repeat:
                self._repeat.add(path)

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._live)

    def wait_idle(self, timeout: float = 2.0) -> int:
        """The number of open connections once it is 0, or after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while self.open_connections and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.open_connections

    def _next(self, request: Request) -> Action:
        with self._lock:
            self.requests.append(request)
            queue = self._scripts[request.path]
            if len(queue) == 1 and request.path in self._repeat:
                return queue[0]
            return queue.popleft() if queue else Reply(404, {"error": {"message": "nothing scripted"}})

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._tcp.shutdown()
        with self._lock:
            live = list(self._live)
        for sock in live:  # wake handlers blocked reading a kept-alive connection
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._tcp.server_close()
