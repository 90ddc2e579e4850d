"""What a build records about itself and about the generation before it: the manifest,
the previous version and changelog."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from generator import __version__
from generator.config import Config
from generator.paths import relative_to
from generator.release import versioning
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
