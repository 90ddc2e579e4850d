"""`sdkgen generate`: regenerate an output folder, atomically, or do nothing at all when
its inputs and its contents are those of the last run."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

from generator.build import cache
from generator.build import output as output_info
from generator.build.result import Build
from generator.build.tree import Changes, swap_in
from generator.config import Config
from generator.errors import SdkgenError
from generator.paths import display_path
from generator.spec.lock import atomic_write


def generate(
    config: Config,
    spec: Path,
    overlays: tuple[Path, ...],
    output: Path,
    *,
    app_attribution: bool = True,
    names: str = "keep",
    names_lock: Path | None = None,
) -> tuple[Build, Changes]:
    """Regenerate `output`; a run whose inputs and output are exactly those of the last
    run is skipped (the fingerprint covers spec, overlays, templates, generator code,
    configuration, the names lock and tool versions). The names lock is `names_lock`, else
    the configured one for the project's own SDK only (Config.names_lock_for). `names`:
    "keep" reads it and leaves it as it is; "update" writes it reconciled with this run's
    names (aliases kept, removals dropped); "reset" writes a fresh one from this run's
    names alone."""
    check_output(output, config)
    t0 = time.perf_counter()
    lock = names_lock or config.names_lock_for(spec, output)
    inputs = dataclasses.replace(config, names_lock=lock)  # no lock: none is an input
    fingerprint = cache.fingerprint(inputs, spec, overlays, app_attribution)
    operations = cache.unchanged_since_last_run(config.cache_dir, fingerprint, output)
    if operations is not None and names == "keep":
        return Build({}, None, True, operations, {"no-op check": time.perf_counter() - t0}), Changes()
    # The build proper is imported only now: importing it costs more than the check above.
    from generator.build.pipeline import regenerate

    result, release, current = regenerate(
        config, spec, overlays, output, app_attribution, keep_names=names != "reset", names_lock=lock
    )
    t0 = time.perf_counter()
    changes = swap_in(result.files, output, current)
    if names != "keep" and lock is not None and result.names is not None:
        atomic_write(lock, result.names.lock.text().encode("utf-8"))
        fingerprint = cache.fingerprint(inputs, spec, overlays, app_attribution)
    cache.record_release(config.cache_dir, output_info.previous_version(output, config.package_name), release)
    cache.record_run(config.cache_dir, fingerprint, output, result.operations, result.files)
    result.timings["write"] = time.perf_counter() - t0
    return result, changes


def check_output(output: Path, config: Config) -> None:
    """`output` is replaced whole, so it must be a generated tree, or new, or empty:
    never a file, a folder of something else, or a folder holding the project."""
    target = output.resolve()
    for keep in (config.root.resolve(), Path.cwd().resolve()):
        if target == keep or target in keep.parents:
            raise SdkgenError(f"{display_path(output)}: refusing to generate into a folder that holds {keep}")
    if target.exists() and not target.is_dir():
        raise SdkgenError(f"{display_path(output)}: exists and is not a folder")
    if (
        target.is_dir()
        and any(target.iterdir())
        and not (target / config.package_name / "_manifest.json").is_file()
    ):
        raise SdkgenError(
            f"{display_path(output)}: not empty and not a generated SDK (no "
            f"{config.package_name}/_manifest.json): refusing to replace it; choose a new or empty folder"
        )
