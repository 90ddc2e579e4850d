"""How paths are shown to users: relative to the working directory when inside it."""

from __future__ import annotations

from pathlib import Path


def display_path(path: Path) -> str:
    """A path as a user would type it: relative to the working directory when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def relative_to(path: Path, root: Path) -> str:
    """`path` relative to `root`, or its name when it lies elsewhere."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name
