"""fetch_spec against a real HTTP server on 127.0.0.1 and against files."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import Config, load_config
from generator.errors import FetchError
from generator.spec.document import count_operations
from generator.spec.lock import Lock, read_lock, write_lock
from generator.spec.parse import sha256_bytes
from generator.spec.source import fetch_spec
from tests.httpserver import ScriptedServer

pytestmark = pytest.mark.unit

PROJECT = Path(__file__).parents[1]
PINNED = PROJECT.parent / "shared" / "specs" / "openrouter" / "openapi-2026-04-09.json"
PINNED_SHA = "d0bfd907ff43a3f815892e8106abbc84f3d7a163fba537c26eb0b8ea552ea8e4"

OLD = b'{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}\n'
NEW = b'{"openapi": "3.1.0", "info": {"title": "t", "version": "2"}, "paths": {"/a": {}}}\n'
FAST = {"retries": 3, "backoff": 0.01, "timeout": 2.0}


@pytest.fixture(autouse=True)
def _no_env_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SDKGEN_SPEC_SOURCE", raising=False)


@pytest.fixture
def server():
    with ScriptedServer() as running:
        yield running


def make_config(
    root: Path,
    locked: bytes = OLD,
    mirrors: list[str] | None = None,
    url: str = "https://example.invalid/openapi.json",
) -> Config:
    specs = root / "specs"
    specs.mkdir(parents=True, exist_ok=True)
    config = Config(
        root=root,
        spec=specs / "openapi.json",
        lock=specs / "openapi.lock.json",
        overlays=(),
        output=root / "generated",
        templates=root / "templates",
    )
    write_lock(config.lock, Lock(url, sha256_bytes(locked), mirrors or [], 7))
    return config


def snapshot(config: Config) -> dict[str, bytes]:
    """Every file in the specs folder (so leftover temp files show up too)."""
    return {p.name: p.read_bytes() for p in sorted(config.spec.parent.iterdir())}


def fails(config: Config, match: str, **kwargs) -> FetchError:
    """Run fetch_spec expecting a FetchError; the spec folder must be untouched."""
    before = snapshot(config)
    with pytest.raises(FetchError, match=match) as info:
        fetch_spec(config, **{**FAST, **kwargs})
    assert snapshot(config) == before
    return info.value


def test_200_is_written_and_verified(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    server.reply("/openapi.json", body=OLD)
    result = fetch_spec(config, server.url("/openapi.json"), **FAST)
    assert config.spec.read_bytes() == OLD
    assert (result.changed, result.sha256, result.source) == (
        True,
        sha256_bytes(OLD),
        server.url("/openapi.json"),
    )
    assert server.requests[0].headers["user-agent"].startswith("sdkgen/")
    assert sorted(snapshot(config)) == ["openapi.json", "openapi.lock.json"]


def test_up_to_date_spec_makes_no_request(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    config.spec.write_bytes(OLD)
    result = fetch_spec(config, server.url("/openapi.json"), **FAST)
    assert not result.changed and "up to date" in result.message
    assert server.requests == []


def test_304_keeps_the_file_after_an_update(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    url = server.url("/openapi.json")
    server.reply("/openapi.json", body=NEW, headers={"ETag": '"v2"'})
    assert fetch_spec(config, url, update=True, **FAST).changed
    before = snapshot(config)

    server.reply("/openapi.json", 304, headers={"ETag": '"v2"'})
    result = fetch_spec(config, url, update=True, **FAST)
    assert server.requests[1].headers["if-none-match"] == '"v2"'
    assert not result.changed and result.sha256 == sha256_bytes(NEW)
    assert snapshot(config) == before


def test_304_still_has_to_match_the_lock(tmp_path: Path, server: ScriptedServer) -> None:
    """A 304 vouches for the local bytes; without --update they must still be the locked ones."""
    config = make_config(tmp_path)
    url = server.url("/openapi.json")
    server.reply("/openapi.json", body=NEW, headers={"ETag": '"v2"'})
    fetch_spec(config, url, update=True, **FAST)
    write_lock(config.lock, Lock(url, sha256_bytes(OLD), [], 7))

    server.reply("/openapi.json", 304)
    fails(config, "sha256 mismatch", source=url)
    assert server.requests[1].headers["if-none-match"] == '"v2"'


def test_no_if_none_match_when_the_local_file_changed(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    url = server.url("/openapi.json")
    server.reply("/openapi.json", body=NEW, headers={"ETag": '"v2"'})
    fetch_spec(config, url, update=True, **FAST)
    config.spec.write_bytes(b"edited by hand")

    server.reply("/openapi.json", body=NEW, headers={"ETag": '"v2"'})
    result = fetch_spec(config, url, update=True, **FAST)
    assert "if-none-match" not in server.requests[1].headers
    assert result.changed and config.spec.read_bytes() == NEW


def test_404_fails_at_once(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    config.spec.write_bytes(b"previous, not the locked one")
    url = server.url("/openapi.json")
    server.reply("/openapi.json", 404)
    error = fails(config, "HTTP 404 Not Found", source=url)
    assert str(error) == f"{url}: HTTP 404 Not Found"
    assert len(server.requests) == 1


def test_500_then_200_succeeds_after_a_retry(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    server.reply("/openapi.json", 500)
    server.reply("/openapi.json", 429)
    server.reply("/openapi.json", body=OLD)
    assert fetch_spec(config, server.url("/openapi.json"), **FAST).changed
    assert config.spec.read_bytes() == OLD
    assert len(server.requests) == 3


def test_5xx_every_time_gives_up(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    for _ in range(3):
        server.reply("/openapi.json", 503)
    fails(config, r"HTTP 503 Service Unavailable \(3 tries\)", source=server.url("/openapi.json"))


def test_timeout(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    config.spec.write_bytes(b"previous")
    for _ in range(2):
        server.reply("/openapi.json", body=OLD, delay=1.0)
    fails(
        config,
        r"timed out after 0.3s \(2 tries\)",
        source=server.url("/openapi.json"),
        timeout=0.3,
        retries=2,
    )


def test_connection_refused(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    with ScriptedServer() as stopped:
        url = stopped.url("/openapi.json")
    fails(config, "connection failed", source=url, retries=2)


def test_invalid_json(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    config.spec.write_bytes(OLD)
    url = server.url("/openapi.json")
    server.reply("/openapi.json", body=b'{"openapi": }')
    fails(config, rf"^{url}: invalid JSON at line 1 column 13: ", source=url, update=True)


def test_json_that_is_not_openapi(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    url = server.url("/openapi.json")
    server.reply("/openapi.json", body=b'{"swagger": "2.0", "paths": {}}')
    fails(config, rf"^{url}: not an OpenAPI 3.x document: .*Swagger 2.0", source=url, update=True)


def test_sha256_mismatch_names_both_hashes(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    config.spec.write_bytes(b"previous")
    url = server.url("/openapi.json")
    server.reply("/openapi.json", body=NEW)
    error = fails(config, "sha256 mismatch", source=url)
    message = str(error)
    assert message.startswith(f"{url}: ")
    assert sha256_bytes(OLD) in message and sha256_bytes(NEW) in message
    assert "sdkgen fetch --update" in message


def test_update_rewrites_spec_and_lock(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path, mirrors=["mirror.json"], url=server.url("/openapi.json"))
    config.spec.write_bytes(OLD)
    (tmp_path / "mirror.json").write_bytes(OLD)  # an update asks the URL, not the mirrors
    server.reply("/openapi.json", body=NEW)
    counted = []
    result = fetch_spec(config, update=True, operations_counter=lambda doc: counted.append(doc) or 42, **FAST)
    assert result.changed and config.spec.read_bytes() == NEW
    # The mirror holds the old document: kept, it would fail every later fetch.
    assert read_lock(config.lock) == Lock(server.url("/openapi.json"), sha256_bytes(NEW), [], 42)
    assert counted[0]["paths"] == {"/a": {}}
    assert list(json.loads(config.lock.read_text())) == ["url", "sha256", "mirrors", "operations"]


def test_update_from_a_file_beside_the_project_makes_it_the_mirror(tmp_path: Path) -> None:
    """`fetch --update --source ../shared/x.json` re-pins the lock to a file a fresh clone
    also has (beside the project), so that `make generate` there fetches the same document;
    mirrors that still hold the new document stay, stale ones go."""
    project, shared = tmp_path / "project", tmp_path / "shared"
    shared.mkdir()
    (shared / "new.json").write_bytes(NEW)
    config = make_config(project, mirrors=["stale.json", "same.json"])
    (project / "same.json").write_bytes(NEW)
    (project / "stale.json").write_bytes(OLD)
    config.spec.write_bytes(OLD)
    fetch_spec(config, str(shared / "new.json"), update=True, **FAST)
    assert read_lock(config.lock).mirrors == ["../shared/new.json", "same.json"]
    config.spec.unlink()  # as in a fresh clone
    assert Path(fetch_spec(config, **FAST).source).resolve() == (shared / "new.json").resolve()
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere.json"  # not beside the project
    elsewhere.write_bytes(OLD)
    try:
        fetch_spec(config, str(elsewhere), update=True, **FAST)
    finally:
        elsewhere.unlink()
    assert read_lock(config.lock).mirrors == []


def test_update_with_the_same_document_changes_nothing(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path)
    config.spec.write_bytes(OLD)
    before = snapshot(config)
    server.reply("/openapi.json", body=OLD)
    result = fetch_spec(
        config,
        server.url("/openapi.json"),
        update=True,
        operations_counter=lambda doc: pytest.fail("counted"),
        **FAST,
    )
    assert not result.changed and snapshot(config) == before


def test_lock_write_failure_restores_the_spec(
    tmp_path: Path, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = make_config(tmp_path)
    config.spec.write_bytes(OLD)
    before = snapshot(config)

    def broken(path: Path, lock: Lock) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("generator.spec.source.write_lock", broken)
    server.reply("/openapi.json", body=NEW)
    with pytest.raises(OSError, match="disk full"):
        fetch_spec(config, server.url("/openapi.json"), update=True, **FAST)
    assert snapshot(config) == before


def test_file_path_and_file_url_sources(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    source = tmp_path / "elsewhere" / "doc.json"
    source.parent.mkdir()
    source.write_bytes(OLD)
    assert fetch_spec(config, str(source)).source == str(source)
    assert config.spec.read_bytes() == OLD

    config.spec.unlink()
    fetch_spec(config, source.as_uri())
    assert config.spec.read_bytes() == OLD
    config.spec.write_bytes(b"previous")
    fails(config, "no such file", source=str(tmp_path / "missing.json"))


def test_missing_spec_folder_is_created(tmp_path: Path) -> None:
    config = replace(make_config(tmp_path), spec=tmp_path / "new" / "dir" / "openapi.json")
    source = tmp_path / "doc.json"
    source.write_bytes(OLD)
    fetch_spec(config, str(source))
    assert config.spec.read_bytes() == OLD


def test_mirrors_are_the_default_source(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(
        tmp_path, mirrors=["absent.json", "mirrors/doc.yaml"], url=server.url("/openapi.json")
    )
    (tmp_path / "mirrors").mkdir()
    (tmp_path / "mirrors" / "doc.yaml").write_bytes(OLD)
    result = fetch_spec(config, **FAST)
    assert result.source == str(tmp_path / "mirrors" / "doc.yaml")
    assert config.spec.read_bytes() == OLD and server.requests == []


def test_without_mirrors_the_lock_url_is_used(tmp_path: Path, server: ScriptedServer) -> None:
    config = make_config(tmp_path, mirrors=["absent.json"], url=server.url("/openapi.json"))
    server.reply("/openapi.json", body=OLD)
    assert fetch_spec(config, **FAST).source == server.url("/openapi.json")
    assert config.spec.read_bytes() == OLD


def test_env_source_comes_before_the_mirrors(
    tmp_path: Path, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = make_config(tmp_path, mirrors=["mirror.json"])
    (tmp_path / "mirror.json").write_bytes(b"not used")
    monkeypatch.setenv("SDKGEN_SPEC_SOURCE", server.url("/from-env.json"))
    server.reply("/from-env.json", body=OLD)
    assert fetch_spec(config, **FAST).source == server.url("/from-env.json")
    assert config.spec.read_bytes() == OLD


def test_the_pinned_snapshot_over_http(tmp_path: Path, server: ScriptedServer) -> None:
    pinned = PINNED.read_bytes()
    config = make_config(tmp_path, locked=pinned)
    server.reply("/openapi.json", body=pinned)
    result = fetch_spec(config, server.url("/openapi.json"), **FAST)
    assert result.sha256 == sha256_bytes(pinned) == PINNED_SHA


def test_the_project_lock_is_what_its_mirror_holds(tmp_path: Path) -> None:
    """The project's own lock: its mirror (resolved from the project root, beside it in
    ../shared) holds the locked document, which has the lock's operation count."""
    lock = read_lock(PROJECT / "specs" / "openapi.lock.json")
    assert lock.url.startswith("https://")
    config = Config(
        root=PROJECT,
        spec=tmp_path / "openapi.json",
        lock=PROJECT / "specs" / "openapi.lock.json",
        overlays=(),
        output=tmp_path / "generated",
        templates=tmp_path / "templates",
    )
    if not lock.mirrors:
        pytest.skip("the lock was re-pinned from a URL: no mirror to check")
    assert all(m.startswith("../shared/") for m in lock.mirrors), lock.mirrors
    result = fetch_spec(config)
    assert os.path.samefile(result.source, PROJECT / lock.mirrors[0])
    assert sha256_bytes(config.spec.read_bytes()) == lock.sha256
    overlays = load_config(PROJECT).overlays
    assert count_operations(json.loads(config.spec.read_bytes()), overlays) == lock.operations
