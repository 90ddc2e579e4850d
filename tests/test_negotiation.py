"""Content negotiation in the generated SDK, against a real HTTP server on 127.0.0.1:
`GET /models` answers JSON or RSS. The call asks for JSON (Accept: application/json)
and returns the model unless it passes `accept="application/rss+xml"`, which returns the
text; a response of a media type the call did not ask for is an error that names the
operation and the content type, never a value of the other type. The typing (pyright
strict: no narrowing needed) is in tests/test_api_typing.py."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.httpserver import ScriptedServer

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import APIResponseValidationError, AsyncOpenRouter, OpenRouter
from openrouter_sdk.models import ModelsListResponse

pytestmark = pytest.mark.sdk

MODES = ("sync", "async")
JSON = {"Content-Type": "application/json"}
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Models</title></channel></rss>'
LISTING = json.dumps({"data": []}).encode()


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


def get_models(server: ScriptedServer, mode: str, **kwargs: Any) -> Any:
    """`client.models.list(**kwargs)` with a sync or an async client."""
    base_url = server.url("/api/v1")
    if mode == "sync":
        with OpenRouter(api_key="k", base_url=base_url, max_retries=0) as client:
            return client.models.list(**kwargs)

    async def run() -> Any:
        async with AsyncOpenRouter(api_key="k", base_url=base_url, max_retries=0) as client:
            return await client.models.list(**kwargs)

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
def test_json_by_default_and_rss_when_asked(server: ScriptedServer, mode: str) -> None:
    server.reply("/api/v1/models", body=LISTING, headers=JSON)
    server.reply("/api/v1/models?use_rss=true", body=FEED, headers=RSS)
    listing = get_models(server, mode)
    feed = get_models(server, mode, accept="application/rss+xml", use_rss="true")
    assert isinstance(listing, ModelsListResponse) and listing.data == []
    assert feed == FEED.decode()
    assert [r.headers["accept"] for r in server.requests] == ["application/json", "application/rss+xml"]


@pytest.mark.parametrize("mode", MODES)
def test_a_media_type_that_was_not_asked_for_is_an_error(server: ScriptedServer, mode: str) -> None:
    server.reply("/api/v1/models?use_rss=true", body=FEED, headers=RSS)
    server.reply("/api/v1/models", body=LISTING, headers=JSON)
    with pytest.raises(APIResponseValidationError) as rss_for_json:
        get_models(server, mode, use_rss="true")
    assert str(rss_for_json.value) == (
        "GET /models (get_models): asked for application/json, the server answered "
        "application/rss+xml (pass accept='application/rss+xml' to ask for it)"
    )
    with pytest.raises(
        APIResponseValidationError,
        match=r"asked for application/rss\+xml, the server answered application/json$",
    ):
        get_models(server, mode, accept="application/rss+xml")


def test_an_unknown_media_type_is_refused_before_sending(server: ScriptedServer) -> None:
    with pytest.raises(
        ValueError, match=r"get_models\(\) takes accept='application/rss\+xml', not 'text/html'"
    ):
        get_models(server, "sync", accept="text/html")
    assert server.requests == []


def test_raw_and_streamed_responses_parse_what_was_asked(server: ScriptedServer) -> None:
    server.reply("/api/v1/models", body=FEED, headers=RSS)
    server.reply("/api/v1/models", body=FEED, headers=RSS)
    with OpenRouter(api_key="k", base_url=server.url("/api/v1"), max_retries=0) as client:
        raw = client.with_raw_response.models.list()
        assert raw.status_code == 200
        with pytest.raises(APIResponseValidationError, match=r"\(get_models\): asked for application/json"):
            raw.parse()
        with client.with_streaming_response.models.list(accept="application/rss+xml") as response:
            assert response.parse() == FEED.decode()
    assert server.requests[1].headers["accept"] == "application/rss+xml"
