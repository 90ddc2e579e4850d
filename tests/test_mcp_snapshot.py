"""tools/list as the `mcp` client receives it, in every mode, against the committed
snapshot (tests/tools_list.json): a renamed tool, a changed hint or schema shows here."""

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
