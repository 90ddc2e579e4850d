"""generated/SKILL.md, the agent skill document: within its budget, naming every operation
once, and its common questions' calls are calls the SDK makes as written."""

from __future__ import annotations

import re
import sys

import httpx
import pytest

from tests.conftest import ROOT
from tests.test_tools import BASE_URL, Recorder

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import OPERATIONS, APIStatusError, OpenRouter  # noqa: E402

pytestmark = pytest.mark.sdk

SKILL = (ROOT / "generated" / "SKILL.md").read_text(encoding="utf-8")


def test_skill_fits_its_budget_and_says_how_to_start() -> None:
    assert len(SKILL) / 4 <= 3_000
    assert SKILL.startswith("---\nname: openrouter-sdk\ndescription: ")
    for needed in (
        "pip install openrouter-sdk",
        "OPENROUTER_API_KEY",
        "https://openrouter.ai/api/v1",
        "Bearer",
    ):
        assert needed in SKILL


def test_every_operation_is_in_the_endpoint_tables_once() -> None:
    rows = re.findall(r"^\| `([\w.]+)` \| `([A-Z]+) ([^`]+)` \|", SKILL, re.M)
    assert sorted(rows) == sorted((op.client_method, op.method, op.path) for op in OPERATIONS.values())


def test_the_common_questions_calls_run_as_written() -> None:
    calls = re.findall(r"^- .* -> `(client\.[\w.]+\(.*\))`$", SKILL, re.M)
    complete = [call for call in calls if "..." not in call]
    assert len(calls) >= 10 and len(complete) >= 5
    by_method = {op.client_method: op for op in OPERATIONS.values()}
    for call in complete:
        api = Recorder()
        client = OpenRouter(
            api_key="sk-or-test",
            base_url=BASE_URL,
            http_client=httpx.Client(transport=httpx.MockTransport(api)),
        )
        try:
            eval(call, {"client": client})  # noqa: S307 - the document's own example, run as a user would
        except APIStatusError:
            pass  # the fake knows no such thing: the request was still the one asked for
        op = by_method[call.removeprefix("client.").split("(")[0]]
        [(method, url, _, _)] = api.seen
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
        assert method == op.method and re.fullmatch(re.escape(BASE_URL) + pattern + r"(\?.*)?", url), (
            call,
            url,
        )
