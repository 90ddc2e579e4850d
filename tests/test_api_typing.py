"""User programs of the generated OpenRouter SDK pass pyright strict: the client
methods (bound from the module functions, the one definition per operation and mode)
keep the overloads (`stream=True` gives a `Stream`), and so do the module functions,
the async forms and the raw/streaming forms. A second program with wrong expectations
must fail exactly where it is wrong, so that the check is known to look."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import pyright_bin

pytestmark = [pytest.mark.sdk, pytest.mark.slow]

GENERATED = Path(__file__).resolve().parent.parent / "generated"

HEADER = """
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import assert_type

from openrouter_sdk import (
    APIResponse,
    AsyncOpenRouter,
    AsyncStream,
    OpenRouter,
    Stream,
    StreamedResponse,
)
from openrouter_sdk.api import chat
from openrouter_sdk.models import (
    ChatResult,
    ChatStreamChunk,
    ChatUserMessage,
    ModelsListResponse,
    OpenResponsesResult,
)
"""

USER = (
    HEADER
    + """

def sync_program(client: OpenRouter) -> None:
    msgs = [{"role": "user", "content": "hi"}]
    assert_type(client.chat.send(messages=msgs), ChatResult)
    streamed = client.chat.send(messages=msgs, stream=True)
    assert_type(streamed, Stream[ChatStreamChunk])
    assert_type(
        client.chat.send(body={"messages": msgs}, stream=False),
        ChatResult,
    )
    assert_type(chat.send_chat_completion_request(client, messages=msgs), ChatResult)
    assert_type(
        chat.send_chat_completion_request(client, messages=msgs, stream=True),
        Stream[ChatStreamChunk],
    )
    raw = client.with_raw_response.chat.send(messages=msgs)
    assert_type(raw, APIResponse[ChatResult])
    with client.with_streaming_response.chat.send(messages=msgs) as r:
        assert_type(r, StreamedResponse[ChatResult])
    dicts: list[dict[str, Any]] = [{"role": "user", "content": "hi"}]
    mappings: list[Mapping[str, Any]] = list(dicts)
    tools: list[dict[str, Any]] = [{"type": "function", "function": {"name": "f"}}]
    client.chat.send(messages=dicts, tools=tools)
    client.chat.send(messages=mappings)
    params: chat.SendChatCompletionRequestParams = {"messages": msgs, "temperature": 0.2}
    assert_type(client.chat.send(**params), ChatResult)
    client.chat.send(messages=msgs, timeout=5.0, extra_headers={"X": "1"})
    typed: list[ChatUserMessage] = [ChatUserMessage(role="user", content="hi")]
    client.chat.send(messages=typed)
    client.chat.send(messages=(ChatUserMessage(role="user", content="hi"),))
    client.chat.send(
        messages=msgs, response_format={"type": "json_object"}, models=["a/b", "c/d"]
    )
    answer = client.beta.responses.send(input=[{"role": "user", "content": "hi"}])
    assert_type(answer, OpenResponsesResult)
    client.beta.responses.send(input="hi")
    client.beta.responses.send(input=dicts)
    assert_type(client.models.list(), ModelsListResponse)  # JSON unless asked
    assert_type(client.models.list(accept="application/rss+xml"), str)


async def async_program(client: AsyncOpenRouter) -> None:
    msgs = [{"role": "user", "content": "hi"}]
    result = await client.chat.send(messages=msgs)
    assert_type(result, ChatResult)
    streamed = await client.chat.send(messages=msgs, stream=True)
    assert_type(streamed, AsyncStream[ChatStreamChunk])
    result = await chat.send_chat_completion_request_async(client, messages=msgs)
    assert_type(result, ChatResult)
    assert_type(await client.models.list(), ModelsListResponse)
    assert_type(await client.models.list(accept="application/rss+xml", use_rss="true"), str)
"""
)

WRONG = """
from __future__ import annotations

from typing_extensions import assert_type

from openrouter_sdk import AsyncOpenRouter, OpenRouter
from openrouter_sdk.api import chat
from openrouter_sdk.models import ChatResult

def sync_program(client: OpenRouter) -> None:
    msgs = [{"role": "user", "content": "hi"}]
    assert_type(client.chat.send(messages=msgs, stream=True), ChatResult)  # wrong
    client.chat.send(messages=msgs, stream=1)  # wrong
    client.chat.send(messages=3)  # wrong
    chat.send_chat_completion_request(messages=msgs)  # wrong
    client.chat.send(messages=msgs, temprature=0.5)  # wrong
    client.chat.send(model="m")  # wrong
    client.with_raw_response.chat.send(messages=msgs, stream=True)  # wrong
    client.chat.send(body={"messages": msgs}, model="m")  # wrong
    client.models.list(accept="text/html")  # wrong
    assert_type(client.models.list(), str)  # wrong


async def async_program(client: AsyncOpenRouter) -> None:
    msgs = [{"role": "user", "content": "hi"}]
    chat.send_chat_completion_request(client, messages=msgs)  # wrong
    result = await client.chat.send(messages=msgs, stream=True)
    assert_type(result, ChatResult)  # wrong
"""


def test_user_program_passes_pyright_strict(tmp_path: Path) -> None:
    (tmp_path / "user.py").write_text(USER, encoding="utf-8")
    (tmp_path / "wrong.py").write_text(WRONG, encoding="utf-8")
    config = {
        "include": ["user.py", "wrong.py"],
        "strict": ["user.py", "wrong.py"],
        "pythonVersion": "3.10",
        "extraPaths": [str(GENERATED)],
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    proc = subprocess.run(
        [pyright_bin(), "--outputjson", "--pythonpath", sys.executable, "-p", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    report = json.loads(proc.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    found: dict[str, set[int]] = {"user.py": set(), "wrong.py": set()}
    for d in errors:
        found[Path(d["file"]).name].add(d["range"]["start"]["line"] + 1)
    shown = "\n".join(
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}" for d in errors
    )
    assert found["user.py"] == set(), shown
    marked = {n for n, line in enumerate(WRONG.splitlines(), 1) if line.endswith("# wrong")}
    assert found["wrong.py"] == marked, shown


def test_keyword_fields_overload_comes_first() -> None:
    """Editors show the first overload: it takes the body's fields (unpacked from the
    operation's TypedDict, where each field is written once), `body=` comes after."""
    tree = ast.parse((GENERATED / "openrouter_sdk" / "api" / "chat.py").read_text(encoding="utf-8"))
    overloads = [
        ([a.arg for a in node.args.kwonlyargs], ast.unparse(node.args.kwarg.annotation))
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and node.name == "send_chat_completion_request"
        and node.decorator_list
        and node.args.kwarg is not None
        and node.args.kwarg.annotation is not None
    ]
    params = next(
        node
        for node in tree.body
        if isinstance(node, ast.ClassDef) and node.name == "SendChatCompletionRequestParams"
    )
    fields = [
        n.target.id for n in params.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    ]
    assert "messages" in fields and "body" not in fields
    keywords, unpacked = overloads[0]
    assert "body" not in keywords and unpacked == "Unpack[SendChatCompletionRequestParams]"
    assert any("body" in kw and "Params" not in unpacked for kw, unpacked in overloads[1:])
    definitions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    # one definition per mode: 4 overloads + implementation of the function (and of its
    # `_async` twin); the raw and streaming classes' methods (named `send`) are one each
    assert sum(n.name == "send_chat_completion_request" for n in definitions) == 5
    assert sum(n.name == "send_chat_completion_request_async" for n in definitions) == 5
    assert sum(n.name == "send" for n in definitions) == 4
