"""A real HTTP server on 127.0.0.1 that records every POST body and answers JSON, and a
multipart/form-data parser built on the standard library's `email` package, for tests
of file uploads.

    with FormServer(b'{"id": "f1"}', statuses=[503]) as server:  # a 503 first, then 200s
        ...  # POST to server.url("/files")
        parts = parse_form(server.bodies[0].content_type, server.bodies[0].data)
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["FormPart", "FormServer", "Posted", "form_mismatches", "parse_form"]


@dataclass(frozen=True)
class Posted:
    path: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class FormPart:
    name: str
    filename: str | None
    content_type: str | None  # None when the part declares none
    data: bytes


def parse_form(content_type: str, data: bytes) -> list[FormPart]:
    """The parts of a multipart/form-data body, in order; raises ValueError when the body
    is not one (no boundary, not multipart, a part without a form-data disposition)."""
    if not content_type.startswith("multipart/form-data") or "boundary=" not in content_type:
        raise ValueError(f"not a multipart/form-data body: {content_type!r}")
    head = b"Content-Type: " + content_type.encode() + b"\r\n\r\n"
    message = BytesParser(policy=HTTP).parsebytes(head + data)
    if not message.is_multipart():
        raise ValueError("the body has no parts")
    parts = []
    for part in message.iter_parts():
        if part.get_content_disposition() != "form-data":
            raise ValueError(f"a part without form-data disposition: {part}")
        payload = part.get_payload(decode=True)
        parts.append(
            FormPart(
                name=str(part.get_param("name", header="content-disposition")),
                filename=part.get_filename(),
                content_type=part["Content-Type"],
                data=payload if isinstance(payload, bytes) else b"",
            )
        )
    return parts


class FormServer:
    def __init__(self, answer: bytes, statuses: list[int] | None = None) -> None:
        self.answer = answer
        self.statuses = list(statuses or [])  # answered first, in order; then 200s
        self.bodies: list[Posted] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str = "") -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def __enter__(self) -> FormServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length)
                with server._lock:
                    server.bodies.append(Posted(self.path, self.headers.get("Content-Type") or "", data))
                    status = server.statuses.pop(0) if server.statuses else 200
                self.send_response(status)
                if status != 200:
                    self.send_header("Retry-After", "0")  # retried at once
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(server.answer)))
                self.end_headers()
                self.wfile.write(server.answer)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


def form_mismatches(
    content_type: str, data: bytes, form: dict[str, Any], files: tuple[str, ...]
) -> list[str]:
    """How a multipart body differs from the fields `form` (wire name -> value) it should
    carry: file fields as files named "upload" holding the bytes given; scalars as text;
    arrays of scalars as one part per item; objects and other arrays as JSON."""
    by_name: dict[str, list[FormPart]] = {}
    for part in parse_form(content_type, data):
        by_name.setdefault(part.name, []).append(part)
    problems = [f"unexpected part {name!r}" for name in by_name if name not in form]
    for name, value in form.items():
        parts = by_name.get(name, [])
        if name in files:
            got = [(p.filename, p.data) for p in parts]
            if got != [("upload", value)]:
                problems.append(f"{name}: file parts {got!r}")
            continue
        scalars = value if isinstance(value, list) and all(_scalar(v) for v in value) else None
        expected = [_text(v) for v in scalars] if scalars is not None else None
        if expected is None and _scalar(value):
            expected = [_text(value)]
        if expected is not None:
            if [p.data.decode() for p in parts] != expected:
                problems.append(f"{name}: text parts {[p.data for p in parts]!r}, expected {expected!r}")
        elif (
            len(parts) != 1
            or json.loads(parts[0].data) != value
            or parts[0].content_type != "application/json"
        ):
            problems.append(f"{name}: JSON part {parts!r}, expected {value!r}")
    return problems


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)
