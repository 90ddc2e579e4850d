"""The SDK verdict of `sdkgen diff --sdk`: both documents generated in memory with the
project's configuration, the new one against the names lock the old one makes (as a week's
`sdkgen generate` would: a renamed class is kept as a deprecated alias), and the two
packages compared as Python APIs (generator.diff.package). Slower than the wire diff (a
generation each: several seconds for the OpenRouter document), hence opt-in."""

from __future__ import annotations

import tempfile
from pathlib import Path

from generator.config import Config
from generator.diff.package import SdkBreak, compare_trees


def sdk_breaks(
    config: Config, old: Path, new: Path, overlays: tuple[Path, ...] | None = None
) -> list[SdkBreak]:
    """What the generated package for `new` breaks for users of the one for `old`, both
    with `overlays` (default: the configured ones)."""
    overlays = config.overlays if overlays is None else overlays
    from generator.build.pipeline import build

    with tempfile.TemporaryDirectory(prefix="sdkgen-diff-") as scratch:
        lock = Path(scratch) / "names.lock.json"
        lock.write_text("{}\n", encoding="utf-8")
        before = build(config, old, overlays, config.output, keep_names=False, names_lock=lock)
        if before.names is not None:
            lock.write_text(before.names.lock.text(), encoding="utf-8")
        after = build(config, new, overlays, config.output, names_lock=lock)
    return compare_trees(before.files, after.files, config.package_name)
