"""A fake of the API that answers each operation with its success example from the
document itself (tests of the MCP server's structured results), recording each request."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from tests.conftest import ROOT

DOCUMENT = ROOT / "specs" / "openapi.json"
PREFIX = "/api/v1"


def _routes(doc: dict[str, Any]) -> list[tuple[str, re.Pattern[str], Any]]:
    """(method, path pattern, the example of the first 2xx JSON response) per operation."""
    routes = []
    for path, item in doc["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for status, response in sorted(op["responses"].items()):
                media = (response.get("content") or {}).get("application/json")
                if status.startswith("2") and media and "example" in media:
                    routes.append((method.upper(), pattern, media["example"]))
                    break
    return routes


class Examples:
    """A MockTransport handler: the document's example for the operation a request names
    (404 for a path it does not know); `override` answers one path with another body."""

    def __init__(self, override: dict[str, Any] | None = None) -> None:
        self.routes = _routes(json.loads(DOCUMENT.read_text(encoding="utf-8")))
        self.override = override or {}
        self.seen: list[tuple[str, str, bytes]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, str(request.url), request.content))
        path = request.url.path.removeprefix(PREFIX)
        if path in self.override:
            return httpx.Response(200, json=self.override[path])
        for method, pattern, example in self.routes:
            if method == request.method and pattern.match(path):
                return httpx.Response(200, json=example)
        return httpx.Response(404, json={"error": {"code": 404, "message": "no such thing"}})
