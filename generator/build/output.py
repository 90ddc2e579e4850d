"""What a build records about itself and about the generation before it: the manifest, the
previous version and changelog, and the release a changed output makes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from generator import __version__
from generator.config import Config
from generator.diff.document import diff_documents
from generator.paths import relative_to
from generator.release import versioning
from generator.spec.document import load_source
from generator.surface import Surface

DEFAULT_VERSION = "0.1.0"


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest(
    config: Config, spec: Path, overlays: tuple[Path, ...], surface: Surface, version: str
) -> dict[str, Any]:
    """`_manifest.json` of the generated package: where it came from, and what it offers
    (the next generation's version is chosen from that when no spec diff can be had)."""
    return {
        "generator": f"sdkgen {__version__}",
        "operations": len(surface.functions),
        "overlays": [{"path": relative_to(p, config.root), "sha256": sha256_file(p)} for p in overlays],
        "package_version": version,
        "spec": {"file": spec.name, "sha256": sha256_file(spec)},
        "surface": surface.as_json(),
    }


def previous_manifest(output: Path, package: str) -> dict[str, Any]:
    try:
        return dict(json.loads((output / package / "_manifest.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return {}


def previous_version(output: Path, package: str) -> str:
    return str(previous_manifest(output, package).get("package_version") or DEFAULT_VERSION)


def previous_spec_path(config: Config) -> Path:
    """Where `sdkgen fetch --update` keeps the spec it replaced, for the version bump."""
    return config.cache_dir / "previous-spec"


def previous_changelog(config: Config, output: Path, version: str, spec_sha: str, operations: int) -> str:
    """The changelog `output` holds, or a first one."""
    try:
        return (output / "CHANGELOG.md").read_text(encoding="utf-8")
    except OSError:
        return versioning.initial_changelog(config.distribution_name, version, spec_sha, operations)


def decide_release(
    config: Config, spec: Path, overlays: tuple[Path, ...], output: Path, surface: Surface
) -> versioning.Release:
    """The kind of release for output that differs from the previous generation: from the
    spec diff when the spec changed and the replaced one was kept, else from the surface."""
    previous = previous_manifest(output, config.package_name)
    old_sha = (previous.get("spec") or {}).get("sha256")
    old_overlays = [entry.get("sha256") for entry in previous.get("overlays", [])]
    if old_sha == sha256_file(spec) and old_overlays == [sha256_file(p) for p in overlays]:
        return versioning.unchanged_spec()
    kept = previous_spec_path(config)
    if old_sha and kept.is_file() and sha256_file(kept) == old_sha:
        result = diff_documents(
            load_source(str(kept), overlays, "previous spec"), load_source(str(spec), overlays, "spec")
        )
        return versioning.from_spec_diff(result)
    recorded = previous.get("surface")
    return versioning.from_surface(
        Surface.from_json(recorded) if isinstance(recorded, dict) else None, surface
    )
