"""What makes repeated runs cheap, kept in `.cache/sdkgen/` (never committed):

- the formatted model modules, by a key of the models and the formatter's settings;
- the last run's other files, formatted, by a hash of each file's name and unformatted
  text: after a change to one template, only the files it renders differently are
  formatted and compile-checked again;
- the fingerprint of the last run's inputs with a hash of the tree it wrote, so that
  a run with the same inputs over the same, untouched tree does nothing at all.
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.emit.files import template_files
from generator.fingerprint import all_sources, digest
from generator.spec.lock import atomic_write

TOOLS = ("datamodel-code-generator", "anyascii", "ruff", "jinja2", "pydantic")


def _atomic_write(path: Path, text: str) -> None:
    atomic_write(path, text.encode("utf-8"))


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def formatted_models_key(models_key: str, pyproject: str, index_template: str) -> str:
    h = hashlib.sha256(models_key.encode())
    h.update(index_template.encode())  # the template of the package's __init__
    h.update(formatted_files_key(pyproject).encode())  # the formatter's version and settings
    h.update(digest("generator.build.format").encode())  # the formatting, the split, the naming...
    return h.hexdigest()[:32]


def ruff_settings(pyproject: str) -> str:
    """The `[tool.ruff...]` tables of a pyproject.toml: all of it that shapes formatting
    (the rest, the version above all, must not invalidate the cache)."""
    kept, keep = [], False
    for line in pyproject.splitlines():
        if line.startswith("["):
            keep = line.startswith("[tool.ruff")
        if keep:
            kept.append(line)
    return "\n".join(kept)


def load_formatted(cache_dir: Path | None, key: str) -> dict[str, bytes] | None:
    data = _read_json(cache_dir / "formatted" / f"{key}.json") if cache_dir else None
    return {k: v.encode("utf-8") for k, v in data.items()} if isinstance(data, dict) else None


def store_formatted(cache_dir: Path | None, key: str, files: dict[str, bytes]) -> None:
    if cache_dir:
        text = json.dumps({k: v.decode("utf-8") for k, v in files.items()}, sort_keys=True)
        _atomic_write(cache_dir / "formatted" / f"{key}.json", text)


def formatted_files_key(pyproject: str) -> str:
    """What formatting a file and checking that it compiles depend on besides its text:
    ruff's version and settings, and the Python version that compiles it."""
    h = hashlib.sha256(version("ruff").encode())
    h.update(ruff_settings(pyproject).encode())
    h.update(sys.version.encode())
    return h.hexdigest()


def _file_digest(name: str, text: str) -> str:
    return hashlib.sha256(name.encode() + b"\0" + text.encode()).hexdigest()


def load_formatted_files(cache_dir: Path, key: str, files: dict[str, str]) -> dict[tuple[str, str], bytes]:
    """{(name, unformatted text): formatted} for those of `files` the last run formatted."""
    data = _read_json(cache_dir / "formatted-files.json")
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("files"), dict):
        return {}
    stored = data["files"]
    found = {}
    for name, text in files.items():
        value = stored.get(_file_digest(name, text))
        if isinstance(value, str):
            found[(name, text)] = value.encode("utf-8")
    return found


def store_formatted_files(cache_dir: Path, key: str, formatted: dict[tuple[str, str], bytes]) -> None:
    files = {_file_digest(name, text): data.decode("utf-8") for (name, text), data in formatted.items()}
    _atomic_write(cache_dir / "formatted-files.json", json.dumps({"key": key, "files": files}))


def fingerprint(config: Any, spec: Path, overlays: tuple[Path, ...], app_attribution: bool) -> str:
    """A hash of everything a run's output depends on."""
    h = hashlib.sha256()
    settings = {k: str(v) for k, v in sorted(vars(config).items()) if k not in ("root", "spec", "overlays")}
    h.update(json.dumps([settings, app_attribution, [version(t) for t in TOOLS]]).encode())
    sources = [spec, *overlays]
    sources += [path for _, path in template_files(config.templates, config.template_overrides)]
    sources += all_sources()
    for path in sources:
        try:
            h.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:  # a missing input: no fast path; the run reports it properly
            return ""
    names_lock = getattr(config, "names_lock", None)
    if names_lock is not None:  # optional: no lock yet is an input too
        h.update(names_lock.read_bytes() if names_lock.is_file() else b"no names lock")
    return h.hexdigest()


def tree_hash(root: Path, files: dict[str, bytes] | None = None) -> str:
    """A hash of a tree's files (of `files`, when they are what the tree holds)."""
    from generator.build.tree import read_tree

    h = hashlib.sha256()
    for name, data in sorted((files if files is not None else read_tree(root)).items()):
        h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def unchanged_since_last_run(cache_dir: Path | None, fingerprint_: str, output: Path) -> int | None:
    """The operation count of the last run when nothing has changed since (else None)."""
    record = _read_json(cache_dir / "last-run.json") if cache_dir and fingerprint_ else None
    if not isinstance(record, dict) or record.get("fingerprint") != fingerprint_:
        return None
    if record.get("output") != str(output.resolve()) or record.get("tree") != tree_hash(output):
        return None
    return int(record.get("operations", 0))


def record_run(
    cache_dir: Path | None, fingerprint_: str, output: Path, operations: int, files: dict[str, bytes]
) -> None:
    """Remember a run that left `output` holding exactly `files`."""
    if cache_dir:
        record = {
            "fingerprint": fingerprint_,
            "operations": operations,
            "output": str(output.resolve()),
            "tree": tree_hash(output, files),
        }
        _atomic_write(cache_dir / "last-run.json", json.dumps(record, indent=2))


def record_release(cache_dir: Path | None, version: str, bump: str) -> None:
    """The last run's release, for CI (a workflow labels its pull request with it)."""
    if cache_dir:
        _atomic_write(cache_dir / "release.json", json.dumps({"bump": bump, "version": version}))
