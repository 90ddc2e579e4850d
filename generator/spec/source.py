"""`sdkgen fetch`: download the OpenAPI document and verify it against the lock.

Every failure raises FetchError before anything is replaced, so the previous
spec and lock stay byte-identical; writes go through a temporary file.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import httpx

from generator import __version__
from generator.config import Config
from generator.errors import FetchError, SpecError
from generator.spec.lock import Lock, atomic_write, read_lock, write_lock
from generator.spec.parse import check_openapi, parse_document, sha256_bytes

ENV_SOURCE = "SDKGEN_SPEC_SOURCE"


@dataclass
class FetchResult:
    path: Path
    sha256: str
    changed: bool
    source: str
    message: str


def fetch_spec(
    config: Config,
    source: str | None = None,
    update: bool = False,
    *,
    operations_counter: Callable[[dict], int] | None = None,
    timeout: float = 30.0,
    retries: int = 3,
    backoff: float = 0.5,
) -> FetchResult:
    """Make config.spec the locked document, or with `update` re-pin the lock to the source's.

    `source` is an http(s) or file URL or a path (relative to the current folder);
    lock mirrors are relative to config.root. `retries` counts all HTTP attempts.
    """
    lock = read_lock(config.lock)
    shown = _show(config, config.spec)
    local = _read_local(config.spec)
    if not update and local is not None and sha256_bytes(local) == lock.sha256:
        return FetchResult(
            config.spec, lock.sha256, False, shown, f"{shown} is up to date (sha256 {lock.sha256})"
        )

    where = source or os.environ.get(ENV_SOURCE) or _default_source(config, lock, update)
    data, etag = _read_source(where, config, local, timeout=timeout, retries=retries, backoff=backoff)
    try:
        doc = parse_document(data, where)
    except SpecError as exc:
        raise FetchError(str(exc)) from None
    try:
        check_openapi(doc, where)
    except SpecError as exc:
        reasons = "; ".join(f"{p.pointer}: {p.message}" for p in exc.problems)
        raise FetchError(f"{where}: not an OpenAPI 3.x document: {reasons}") from None

    digest = sha256_bytes(data)
    new_lock = None
    if digest != lock.sha256:
        if not update:
            raise FetchError(
                f"{where}: sha256 mismatch: the lock expects {lock.sha256}, got {digest}; "
                "if this new document is intended, run `sdkgen fetch --update`"
            )
        operations = operations_counter(doc) if operations_counter else lock.operations
        mirrors = _mirrors_of(config, lock.mirrors, where, digest)
        new_lock = replace(lock, sha256=digest, mirrors=mirrors, operations=operations)

    wrote = _install(config, data, local, new_lock)
    if etag:  # only HTTP sources have one
        _remember_etag(config, where, etag, digest)

    if new_lock:
        message = (
            f"{shown}: updated from {where}: sha256 {lock.sha256} -> {digest}; "
            f"lock rewritten ({new_lock.operations} operations)"
        )
    elif wrote:
        message = f"{shown}: fetched from {where}; sha256 {digest} matches the lock"
    else:
        message = f"{shown}: {where} has not changed (sha256 {digest} matches the lock)"
    return FetchResult(config.spec, digest, bool(wrote or new_lock), where, message)


def _mirrors_of(config: Config, mirrors: list[str], where: str, digest: str) -> list[str]:
    """The mirrors of a re-pinned lock: those that hold the new document (a mirror that no
    longer matches would make every later fetch fail), and the source itself when it is a
    local file beside the project (`../shared/...`), so that a fresh clone fetches it too."""
    kept = [m for m in mirrors if _holds(config.root / m, digest)]
    local = source_path(where)
    if local is not None:
        parent = config.root.resolve().parent
        try:
            relative = Path(os.path.relpath(local.resolve(), config.root.resolve())).as_posix()
            local.resolve().relative_to(parent)
        except ValueError:
            return kept  # elsewhere on this machine: no use to a clone
        if relative not in kept:
            kept.insert(0, relative)
    return kept


def _holds(path: Path, digest: str) -> bool:
    try:
        return sha256_bytes(path.read_bytes()) == digest
    except OSError:
        return False


def _show(config: Config, path: Path) -> str:
    try:
        return str(path.relative_to(config.root))
    except ValueError:
        return str(path)


def _read_local(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise FetchError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _default_source(config: Config, lock: Lock, update: bool) -> str:
    """The first existing mirror, else the lock's URL; an update always asks the URL."""
    if not update:
        for mirror in lock.mirrors:
            if (config.root / mirror).is_file():
                return str(config.root / mirror)
    return lock.url


def source_path(where: str) -> Path | None:
    """The local file a source names (a path or a file:// URL); None for an http(s) URL."""
    scheme = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*)://", where)
    if scheme and scheme[1].lower() in ("http", "https"):
        return None
    if scheme and scheme[1].lower() != "file":
        raise FetchError(f"{where}: unsupported URL scheme '{scheme[1]}' (use http, https, file or a path)")
    if scheme:
        url = urlparse(where)
        if url.netloc not in ("", "localhost"):
            raise FetchError(f"{where}: a file URL must name a local absolute path")
        return Path(url2pathname(url.path))
    return Path(where)


def read_source(where: str, *, timeout: float = 30.0, retries: int = 3, backoff: float = 0.5) -> bytes:
    """The bytes of a spec given as a path, a file:// URL or an http(s) URL (no lock, no ETag)."""
    data, _ = _read_source(where, None, None, timeout=timeout, retries=retries, backoff=backoff)
    return data


def _read_source(
    where: str, config: Config | None, local: bytes | None, *, timeout: float, retries: int, backoff: float
) -> tuple[bytes, str | None]:
    """The document's bytes and, for HTTP, its ETag (None if the server sent none)."""
    path = source_path(where)
    if path is None:
        return _download(where, config, local, timeout=timeout, retries=retries, backoff=backoff)
    try:
        return path.read_bytes(), None
    except FileNotFoundError:
        raise FetchError(f"{where}: no such file") from None
    except IsADirectoryError:
        raise FetchError(f"{where}: is a folder, not a spec file") from None
    except OSError as exc:
        raise FetchError(f"{where}: cannot read: {exc.strerror or exc}") from None


def _download(
    url: str, config: Config | None, local: bytes | None, *, timeout: float, retries: int, backoff: float
) -> tuple[bytes, str | None]:
    """GET `url` with retries; a 304 answers with the local spec's bytes.

    If-None-Match is sent only when the local spec is exactly what the remembered
    ETag described (of the project `config`, if any), so a 304 proves the server
    still serves those bytes.
    """
    headers = {"User-Agent": f"sdkgen/{__version__}"}
    known = _read_etags(config).get(url) if config is not None else None
    current = None  # the local bytes, when the remembered ETag describes them
    if (
        local is not None
        and isinstance(known, dict)
        and isinstance(known.get("etag"), str)
        and known.get("sha256") == sha256_bytes(local)
    ):
        current = local
        headers["If-None-Match"] = known["etag"]
    tries = max(1, retries)
    with httpx.Client(headers=headers, timeout=timeout, follow_redirects=True) as client:
        for attempt in range(tries):
            try:
                response = client.get(url)
            except httpx.TimeoutException:
                failure = f"timed out after {timeout:g}s"
            except httpx.TransportError as exc:
                failure = f"connection failed: {exc}"
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise FetchError(f"{url}: {exc}") from None
            else:
                if response.status_code == 304 and current is not None:
                    return current, response.headers.get("ETag", headers["If-None-Match"])
                if response.is_success:
                    return response.content, response.headers.get("ETag")
                failure = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
                if response.status_code < 500 and response.status_code != 429:
                    raise FetchError(f"{url}: {failure}")
            if attempt + 1 < tries:
                time.sleep(backoff * 2**attempt)
    raise FetchError(f"{url}: {failure} ({tries} {'try' if tries == 1 else 'tries'})")


def _etags_path(config: Config) -> Path:
    return config.cache_dir / "fetch-etags.json"


def _read_etags(config: Config) -> dict:
    """The remembered {url: {"etag", "sha256"}}; a missing or broken cache is empty."""
    try:
        data = json.loads(_etags_path(config).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _remember_etag(config: Config, url: str, etag: str, digest: str) -> None:
    etags = _read_etags(config)
    etags[url] = {"etag": etag, "sha256": digest}
    try:
        atomic_write(_etags_path(config), (json.dumps(etags, indent=2, sort_keys=True) + "\n").encode())
    except OSError:
        pass  # the cache only saves a download next time; the fetch itself succeeded


def _install(config: Config, data: bytes, local: bytes | None, new_lock: Lock | None) -> bool:
    """Write the spec (if its bytes differ) and then the lock; undo the spec if the lock fails.

    Returns whether the spec file was written.
    """
    wrote = data != local
    if wrote:
        try:
            atomic_write(config.spec, data)
        except OSError as exc:
            raise FetchError(f"{config.spec}: cannot write: {exc.strerror or exc}") from None
    if new_lock:
        try:
            write_lock(config.lock, new_lock)
        except BaseException:
            if wrote and local is None:
                config.spec.unlink(missing_ok=True)
            elif wrote:
                atomic_write(config.spec, local)
            raise
    return wrote
