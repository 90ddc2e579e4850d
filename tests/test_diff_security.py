"""Security first: a change to where credentials go (a scheme's type or location, the
server's scheme or host, an operation's required credentials) is breaking, exits 1 with
`--fail-on-breaking`, opens every report and makes a major release."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.diff.document import diff_documents
from generator.release.versioning import from_spec_diff
from generator.spec.normalize import normalize
from tests.test_diff import cli, doc, get_op, project, schemas

pytestmark = pytest.mark.unit
__all__ = ["project"]  # the fixture, used below


def _query_key(d: dict[str, Any]) -> None:
    """The issue's case: `bearer` redefined as an API key in the query string."""
    d["components"]["securitySchemes"]["bearer"] = {"type": "apiKey", "in": "query", "name": "api_key"}


def _write(project: Path, name: str, d: dict[str, Any]) -> str:
    (project / name).write_text(json.dumps(d), encoding="utf-8")
    return name


def test_bearer_redefined_as_a_query_key_fails_the_check(project: Path) -> None:
    new = doc()
    _query_key(new)
    old_name, new_name = _write(project, "old.json", doc()), _write(project, "new.json", new)
    result = cli("diff", old_name, new_name, "--fail-on-breaking", cwd=project)
    assert result.exit_code == 1, result.stdout
    lines = result.stdout.splitlines()
    first = lines.index("Security, breaking (1):")
    assert (
        "type http -> apiKey" in lines[first + 1]
        and "the credential now goes into the URL" in lines[first + 1]
    )
    assert lines[first + 1].endswith("[security-scheme-changed; GET /things, POST /things]")
    same = cli("diff", old_name, old_name, "--fail-on-breaking", cwd=project)
    assert same.exit_code == 0


def test_markdown_opens_with_security(project: Path) -> None:
    new = doc()
    _query_key(new)
    new["servers"] = [{"url": "http://elsewhere.test/api"}]
    schemas(new)["Thing"]["properties"].pop("score")  # an ordinary breaking change
    old_name, new_name = _write(project, "old.json", doc()), _write(project, "new.json", new)
    out = cli("diff", old_name, new_name, "--format", "markdown", cwd=project).stdout
    assert "| **Security changes** (breaking) | **2** |" in out
    security = out.index("### Security: where credentials go (2, breaking)")
    assert security < out.index("### Other breaking changes (1)")
    section = out[security : out.index("### Other breaking changes")]
    shown = section.replace("\\", "").replace("\u2060", "")  # as rendered (escape.py)
    assert "http://elsewhere.test/api: credentials would travel unencrypted" in shown
    assert "#/components/securitySchemes/bearer" in section
    quiet = cli("diff", old_name, old_name, "--format", "markdown", cwd=project).stdout
    assert "### Security: no change to where credentials go" in quiet


def test_host_or_scheme_changes_are_a_major_release() -> None:
    def result(change):  # type: ignore[no-untyped-def]
        old = doc()
        new = copy.deepcopy(old)
        change(new)
        return diff_documents(normalize(old), normalize(new))

    moved = result(lambda d: d["servers"][0].update(url="https://api.other.test/api"))
    (change,) = moved.changes
    assert (change.rule, change.security, change.breaking) == ("server-host-changed", True, True)
    assert change.detail.endswith("credentials now go to api.other.test")
    assert from_spec_diff(moved).bump == "major"
    # A new path on the same host is not a security change.
    same_host = result(lambda d: d["servers"][0].update(url="https://example.test/v2"))
    assert [c.rule for c in same_host.changes] == ["server-changed"]
    assert from_spec_diff(same_host).bump != "major"


def test_an_operations_credentials_are_compared_as_sets() -> None:
    old = doc()
    old["security"] = [{"bearer": []}, {"basic": []}]
    reordered = copy.deepcopy(old)
    reordered["security"] = [{"basic": []}, {"bearer": []}]
    assert diff_documents(normalize(old), normalize(reordered)).changes == []
    only_basic = copy.deepcopy(old)
    get_op(only_basic)["security"] = [{"basic": []}]
    (change,) = diff_documents(normalize(old), normalize(only_basic)).changes
    assert (change.path, change.rule, change.breaking) == ("GET /things", "security-changed", True)
    assert change.detail == "credentials basic or bearer -> basic"
