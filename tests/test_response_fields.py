"""specs/overlays/response-fields.yaml: the chat completion fields the API sends but the
pinned document omits (usage.cost, usage.cost_details, usage.is_byok, provider,
native_finish_reason) are typed, optional fields of the generated models; the overlay
applies to every published snapshot and leaves alone what a later document defines itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.spec.overlay import apply_overlays
from tests.conftest import ROOT, SHARED_SPECS, pyright_bin

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk.models import ChatResult, ChatStreamChunk  # noqa: E402

OVERLAY = ROOT / "specs" / "overlays" / "response-fields.yaml"
SNAPSHOTS = sorted(SHARED_SPECS.glob("openapi-*.json"))
# (schema, property) the overlay adds where a document lacks them.
FIELDS = [
    ("ChatUsage", "cost"),
    ("ChatUsage", "cost_details"),
    ("ChatUsage", "is_byok"),
    ("ChatResult", "provider"),
    ("ChatStreamChunk", "provider"),
    ("ChatChoice", "native_finish_reason"),
    ("ChatStreamChoice", "native_finish_reason"),
]


@pytest.mark.unit
def test_the_project_configures_the_overlay(config) -> None:
    assert OVERLAY.resolve() in [p.resolve() for p in config.overlays]


@pytest.mark.unit
@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=lambda p: p.stem)
def test_every_snapshot_gets_the_fields_and_keeps_its_own(snapshot: Path) -> None:
    raw = json.loads(snapshot.read_text(encoding="utf-8"))
    schemas = apply_overlays(raw, [OVERLAY])["components"]["schemas"]
    before = raw["components"]["schemas"]
    for schema, prop in FIELDS:
        assert prop in schemas[schema]["properties"], (schema, prop)
        if prop in before[schema].get("properties", {}):
            assert schemas[schema]["properties"][prop] == before[schema]["properties"][prop]
    if "CostDetails" in before:
        assert schemas["CostDetails"] == before["CostDetails"]


RESULT = {
    "id": "gen-1",
    "object": "chat.completion",
    "created": 1_750_000_000,
    "model": "openai/gpt-4o",
    "provider": "OpenAI",
    "system_fingerprint": None,
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "native_finish_reason": "end_turn",
            "message": {"role": "assistant", "content": "Paris."},
        }
    ],
    "usage": {
        "prompt_tokens": 10,
        "completion_tokens": 2,
        "total_tokens": 12,
        "cost": 0.00012,
        "is_byok": False,
        "cost_details": {"upstream_inference_cost": None},
    },
}


@pytest.mark.sdk
def test_a_parsed_completion_gives_the_fields_typed() -> None:
    result = ChatResult.model_validate(RESULT)
    assert result.provider == "OpenAI"
    assert result.choices[0].native_finish_reason == "end_turn"
    assert result.usage is not None
    assert result.usage.cost == pytest.approx(0.00012)
    assert result.usage.is_byok is False
    assert result.usage.cost_details is not None
    assert result.usage.cost_details.upstream_inference_cost is None
    assert result.model_extra == {}
    chunk = ChatStreamChunk.model_validate(
        {
            "id": "gen-1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "provider": "Azure",
            "choices": [{"index": 0, "delta": {}, "finish_reason": None, "native_finish_reason": None}],
        }
    )
    assert chunk.provider == "Azure"
    assert chunk.choices[0].native_finish_reason is None


PROGRAM = """
from __future__ import annotations

from typing_extensions import assert_type

from openrouter_sdk.models import ChatResult, ChatStreamChunk, CostDetails


def report(result: ChatResult, chunk: ChatStreamChunk) -> float:
    assert_type(result.provider, str | None)
    assert_type(chunk.provider, str | None)
    assert_type(result.choices[0].native_finish_reason, str | None)
    assert_type(chunk.choices[0].native_finish_reason, str | None)
    usage = result.usage
    if usage is None:
        return 0.0
    assert_type(usage.is_byok, bool | None)
    assert_type(usage.cost_details, CostDetails | None)
    assert_type(usage.cost, float | None)
    return usage.cost or 0.0


def wrong(result: ChatResult) -> None:
    assert result.usage is not None
    assert_type(result.usage.cost, str | None)  # wrong
    result.usage.costs  # wrong
"""


@pytest.mark.sdk
@pytest.mark.slow
def test_user_code_reads_the_fields_under_pyright_strict(tmp_path: Path) -> None:
    (tmp_path / "program.py").write_text(PROGRAM, encoding="utf-8")
    config = {
        "include": ["program.py"],
        "strict": ["program.py"],
        "pythonVersion": "3.10",
        "extraPaths": [str(ROOT / "generated")],
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
    found = {d["range"]["start"]["line"] + 1 for d in errors}
    shown = "\n".join(f"{d['range']['start']['line'] + 1}: {d['message']}" for d in errors)
    marked = {n for n, line in enumerate(PROGRAM.splitlines(), 1) if line.endswith("# wrong")}
    assert found == marked, shown
