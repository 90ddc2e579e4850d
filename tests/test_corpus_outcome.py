"""The corpus benchmark's rules (bench/corpus.py, bench/corpus_outcome.py): how a run is
classified, that the choice of documents is fixed and one per provider, and that writing
the table into BENCHMARKS.md keeps the other sections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.corpus import choose, write
from bench.corpus_outcome import Run, cause_kind, classify

pytestmark = pytest.mark.unit

SPEC = "/cache/api/x.com.json"


def test_exit_codes_of_ours() -> None:
    refused = classify(
        Run(2, f"{SPEC}: #/paths/~1a/get: operation has no operationId\n", 0.2), ours=True, spec=SPEC
    )
    assert (refused.outcome, refused.cause) == (
        "refused",
        "exit 2: #/paths/~1a/get: operation has no operationId",
    )
    assert cause_kind(refused.cause) == "operation has no operationId"
    assert classify(Run(3, "internal error: KeyError\n", 1.0), ours=True).outcome == "crashed"
    assert classify(Run(1, "", 1.0), ours=True).outcome == "crashed"
    timed_out = classify(Run(None, "", 300.0), ours=True)
    assert timed_out.outcome == "timeout" and timed_out.operations is None


def test_a_package_is_usable_only_when_ruff_and_every_import_pass() -> None:
    clean = classify(Run(0, "", 1.5, operations=3, classes=7), ours=True)
    assert (clean.outcome, clean.operations, clean.classes, clean.seconds) == ("usable", 3, 7, 1.5)
    lint = classify(Run(0, "", 1.0, ruff="m.py:1:1: F821 Undefined name `SecretStr`"), ours=True)
    assert lint.outcome == "broken" and "F821" in lint.cause
    imports = classify(
        Run(0, "", 1.0, imports="1 failing: pkg.models: ImportError: email-validator"), ours=True
    )
    assert imports.outcome == "broken" and "email-validator" in imports.cause
    assert cause_kind(lint.cause) == "ruff: F821 Undefined name `…`"
    assert cause_kind(imports.cause) == "import: ImportError: email-validator"


def test_openapi_python_client_failures() -> None:
    refusal = "Generating /tmp/out\nError(s) encountered while generating, client was not created\n"
    refused = classify(Run(1, refusal, 0.5), ours=False)
    assert refused.outcome == "refused" and "Error(s) encountered" in refused.cause
    trace = "Generating /tmp/out\nTraceback (most recent call last):\n  File x\nKeyError: 'items'\n"
    crashed = classify(Run(1, trace, 0.5), ours=False)
    assert crashed.outcome == "crashed" and crashed.cause.endswith("KeyError: 'items'")


def test_the_choice_is_seeded_and_one_per_provider(tmp_path: Path) -> None:
    api = tmp_path / "api"
    (api / "big.com").mkdir(parents=True)
    for name in ("a", "b", "c"):
        (api / "big.com" / f"{name}.json").write_text(json.dumps({"paths": {}}))
    for n in range(8):
        (api / f"p{n}.org.json").write_text("{}")
    (api / "_index.js").write_text("")
    first = choose(api, 5, seed=1)
    assert first == choose(api, 5, seed=1)
    assert len(first) == 5
    providers = [doc_id.split("/")[0] for doc_id, _ in first]
    assert len(set(providers)) == 5
    assert {doc_id for doc_id, _ in choose(api, 20, seed=1)} >= {f"p{n}.org" for n in range(8)}
    assert len([d for d, _ in choose(api, 20, seed=1) if d.startswith("big.com/")]) == 1


def test_writing_keeps_the_other_sections(tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n\n<!-- generator-benchmark -->\n## The generator\n")
    write(path, "<!-- corpus-benchmark -->\nfirst\n<!-- /corpus-benchmark -->\n")
    write(path, "<!-- corpus-benchmark -->\nsecond\n<!-- /corpus-benchmark -->\n")
    text = path.read_text()
    assert "## The generator" in text and "second" in text and "first" not in text
    assert text.count("corpus-benchmark -->") == 2
