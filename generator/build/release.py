"""The release a changed output makes: from the spec diff when the spec changed and the
replaced one was kept, else from the SDK surfaces of the two generations."""

from __future__ import annotations

from pathlib import Path

from generator.build.output import previous_manifest, previous_spec_path, sha256_file
from generator.config import Config
from generator.diff.document import diff_documents
from generator.release import versioning
from generator.spec.document import load_source
from generator.surface import Surface


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
