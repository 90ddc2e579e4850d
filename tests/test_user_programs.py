"""The user programs in tests/user_programs: pyright strict finds no error in them (and
finds the mistakes of a program that has some, so it is known to look), and each one
runs against the fake API in tests/fake_openrouter.py with the answers a user expects."""

from __future__ import annotations

import asyncio
import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, pyright_bin
from tests.fake_openrouter import FakeOpenRouter, error

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import AsyncOpenRouter, OpenRouter  # noqa: E402

pytestmark = pytest.mark.sdk

PROGRAMS = ROOT / "tests" / "user_programs"
BASE_URL = "https://openrouter.test/api/v1"

MISTAKES = """
from __future__ import annotations

from openrouter_sdk import OpenRouter


def main(client: OpenRouter) -> None:
    stream = client.chat.send(messages=[{"role": "user", "content": "hi"}], stream=True)
    print(stream.choices)  # wrong
    client.chat.send(messages="hi")  # wrong
    client.api_keys.create(limit=1.0)  # wrong
    count: str = client.models.count().data.count  # wrong
    print(count)
"""


def run_pyright(folder: Path, files: list[str]) -> tuple[dict[str, set[int]], str]:
    """The lines with errors in each file, and the errors as text."""
    config = {
        "include": files,
        "strict": files,
        "pythonVersion": "3.10",
        "extraPaths": [str(ROOT / "generated")],
    }
    (folder / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    proc = subprocess.run(
        [pyright_bin(), "--outputjson", "--pythonpath", sys.executable, "-p", str(folder)],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
    )
    report = json.loads(proc.stdout)
    assert report["summary"]["filesAnalyzed"] >= len(files), report["summary"]
    found: dict[str, set[int]] = {name: set() for name in files}
    shown: list[str] = []
    for d in report["generalDiagnostics"]:
        if d["severity"] == "error":
            name = Path(d["file"]).name
            found.setdefault(name, set()).add(d["range"]["start"]["line"] + 1)
            shown.append(f"{name}:{d['range']['start']['line'] + 1}: {d['message']}")
    return found, "\n".join(shown)


@pytest.mark.slow
def test_user_programs_pass_pyright_strict(tmp_path: Path) -> None:
    files = sorted(p.name for p in PROGRAMS.glob("*.py") if p.name != "__init__.py")
    assert len(files) >= 8
    for name in files:
        shutil.copy(PROGRAMS / name, tmp_path / name)
    (tmp_path / "mistakes.py").write_text(MISTAKES, encoding="utf-8")
    found, shown = run_pyright(tmp_path, [*files, "mistakes.py"])
    assert all(found[name] == set() for name in files), shown
    marked = {n for n, line in enumerate(MISTAKES.splitlines(), 1) if line.endswith("# wrong")}
    assert found["mistakes.py"] == marked, shown


def program(name: str) -> Any:
    return importlib.import_module(f"tests.user_programs.{name}")


def client_for(api: FakeOpenRouter, **options: Any) -> OpenRouter:
    http = httpx.Client(transport=httpx.MockTransport(api))
    return OpenRouter(api_key="sk-or-test", base_url=BASE_URL, http_client=http, **options)


def test_chat() -> None:
    api = FakeOpenRouter()
    assert program("chat").main(client_for(api)) == "Paris (stop, 0.00042 credits, via OpenAI)"
    [(method, path, body)] = api.requests
    assert (method, path) == ("POST", "/chat/completions")
    assert body["messages"][1] == {"role": "user", "content": "Capital of France?"}
    assert body["max_tokens"] == 16 and "stream" not in body


def test_stream() -> None:
    api = FakeOpenRouter()
    assert program("stream").main(client_for(api)) == ("One, two, three.", 9)
    assert api.requests[0][2]["stream"] is True
    assert api.requests[0][2]["stream_options"] == {"include_usage": True}


def test_tool_round_trip_sends_the_result_back_with_its_call_id() -> None:
    api = FakeOpenRouter()
    assert program("tool_round_trip").main(client_for(api)) == "It is sunny in Paris."
    second = api.requests[1][2]["messages"]
    assert [m["role"] for m in second] == ["user", "assistant", "tool"]
    assert second[1]["tool_calls"][0]["id"] == "call-1"
    assert second[2] == {"role": "tool", "tool_call_id": "call-1", "content": "sunny in Paris"}


def test_structured_output() -> None:
    api = FakeOpenRouter()
    city = program("structured_output").main(client_for(api))
    assert (city.name, city.population) == ("Tokyo", 37_000_000)
    schema = api.requests[0][2]["response_format"]["json_schema"]["schema"]
    assert schema["required"] == ["name", "population"]


def test_responses() -> None:
    api = FakeOpenRouter()
    assert program("responses").main(client_for(api)) == "Hi! (you said: Say hi.)"
    assert api.requests[0][:2] == ("POST", "/responses")


def test_models_and_key_administration() -> None:
    api = FakeOpenRouter()
    assert program("models_and_keys").main(client_for(api)) == [
        "openai/gpt-4o",
        "laptop",
        "ci runner",
        "deleted=True",
    ]
    assert [(m, p) for m, p, _ in api.requests] == [
        ("GET", "/models"),
        ("POST", "/keys"),
        ("GET", "/keys"),
        ("PATCH", "/keys/abc123"),
        ("DELETE", "/keys/abc123"),
    ]
    assert api.requests[1][2] == {"name": "ci runner", "limit": 10.0}
    assert api.requests[3][2] == {"disabled": True}


def test_errors() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    api = FakeOpenRouter(
        {
            ("POST", "/chat/completions"): lambda r: error(429, "slow down", **{"retry-after": "7"}),
            ("GET", "/credits"): refuse,
        }
    )
    assert program("errors").main(client_for(api, max_retries=0)) == [
        "rate limited: retry after 7 s",
        "not found: 404 req-9",
        "connection: APIConnectionError",
    ]
    assert api.requests[1][:2] == ("GET", "/generation")


def test_async_stream_and_count() -> None:
    api = FakeOpenRouter()
    http = httpx.AsyncClient(transport=httpx.MockTransport(api))
    client = AsyncOpenRouter(api_key="sk-or-test", base_url=BASE_URL, http_client=http)
    assert asyncio.run(program("async_stream").main(client)) == ("One, two, three.", 2)
