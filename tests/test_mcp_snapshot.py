"""tools/list as the `mcp` client receives it, in every mode, against the committed
snapshot (tests/tools_list.json): a renamed tool, a changed hint or schema shows here;
and listing them needs no part of the mcp SDK."""

from __future__ import annotations

import json

import pytest

from tests.mcp_snapshot import HINTS, MODES, SNAPSHOT, current

pytestmark = pytest.mark.sdk


def test_tools_list_matches_the_committed_snapshot() -> None:
    committed = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    now = current()
    assert set(now) == set(committed) == set(MODES)
    for mode in MODES:
        names = [t["name"] for t in now[mode]]
        assert names == [t["name"] for t in committed[mode]], (
            f"{mode}: tools differ; after an intended change run .venv/bin/python -m tests.update_tools_list"
        )
        for was, is_ in zip(committed[mode], now[mode], strict=True):
            assert is_ == was, (
                f"{mode}/{is_['name']} changed; after an intended change run "
                ".venv/bin/python -m tests.update_tools_list"
            )
    curated = {t["name"]: t for t in now["curated"]}
    assert all(set(t["hints"]) == set(HINTS) for t in curated.values())


def test_listing_the_tools_needs_no_mcp_sdk_and_the_server_names_the_extra() -> None:
    """`openrouter_sdk.mcp` and `list_tools()` import no part of the mcp SDK (start-up);
    the server, asked for without the extra installed, says which extra to install."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    program = (
        "import sys; sys.modules['mcp'] = None\n"  # as if the extra were not installed
        "import openrouter_sdk.mcp as m\n"
        "print(len(m.list_tools()), len(m.list_tools('all')), len(m.list_tools('dynamic')))\n"
        "print(sorted(k for k in sys.modules if k.split('.')[0] in ('mcp_types', 'starlette', 'uvicorn')))\n"
        "try:\n    m.build_server\nexcept ImportError as exc:\n    print(exc)\n"
    )
    env = {"PYTHONPATH": str(ROOT / "generated"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env, check=True
    )
    counts, imported, refused = proc.stdout.splitlines()
    committed = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert counts.split() == [str(len(committed[mode])) for mode in MODES]
    assert imported == "[]"
    assert "pip install 'openrouter-sdk[mcp]'" in refused
