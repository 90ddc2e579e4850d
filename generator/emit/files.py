"""The files of a templates folder, with a folder of overrides laid over it (light: the
no-op check hashes these without loading Jinja)."""

from __future__ import annotations

from pathlib import Path

from generator.errors import ConfigError


def _files(folder: Path) -> dict[str, Path]:
    """{path inside the folder: file} of every file of a templates folder."""
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder)
        if "__pycache__" not in rel.parts and not any(part.startswith(".") for part in rel.parts):
            found[rel.as_posix()] = path
    return found


def template_files(root: Path, overrides: Path | None = None) -> list[tuple[str, Path]]:
    """(path inside the folder, file) of every template file, macros included, each
    from `overrides` when that folder has it; sorted. Everything that shapes the
    output (the no-op fingerprint hashes these)."""
    files = _files(root)
    if overrides is not None:
        if not overrides.is_dir():
            raise ConfigError(f"{overrides}: template_overrides: not a folder")
        replaced = _files(overrides)
        unknown = sorted(set(replaced) - set(files))
        if unknown:
            raise ConfigError(
                f"{overrides}: template_overrides: no built-in template to replace at "
                + ", ".join(unknown)
                + f" (the paths are those inside {root})"
            )
        files.update(replaced)
    return sorted(files.items())
