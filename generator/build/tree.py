"""Putting a generated tree on disk: compare it with what is there, and swap it in
atomically (or not at all)."""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


def write_files(root: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


# Tool caches that may appear in a generated tree; never part of the output.
CACHE_DIRS = frozenset({"__pycache__", ".ruff_cache", ".pytest_cache", ".mypy_cache"})


def read_tree(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not CACHE_DIRS.intersection(path.relative_to(root).parts):
            out[path.relative_to(root).as_posix()] = path.read_bytes()
    return out


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, tuple[int, int]] = field(default_factory=dict)  # file -> (+lines, -lines)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def summary(self) -> str:
        if self.empty:
            return "no changes"
        lines = []
        for f in self.added:
            lines.append(f"  added    {f}")
        for f in self.removed:
            lines.append(f"  removed  {f}")
        for f, (plus, minus) in self.changed.items():
            lines.append(f"  changed  {f} (+{plus} -{minus})")
        return "\n".join(lines)


def compare(old: dict[str, bytes], new: dict[str, bytes]) -> Changes:
    changes = Changes()
    for name in sorted(set(old) | set(new)):
        if name not in old:
            changes.added.append(name)
        elif name not in new:
            changes.removed.append(name)
        elif old[name] != new[name]:
            a = old[name].decode("utf-8", "replace").splitlines()
            b = new[name].decode("utf-8", "replace").splitlines()
            plus = minus = 0
            for line in difflib.unified_diff(a, b, lineterm="", n=0):
                if line.startswith("+") and not line.startswith("+++"):
                    plus += 1
                elif line.startswith("-") and not line.startswith("---"):
                    minus += 1
            changes.changed[name] = (plus, minus)
    return changes


def unified_diff(old: dict[str, bytes], new: dict[str, bytes], *, limit: int = 200, label: str = "") -> str:
    """A unified diff of two trees, cut to `limit` lines with a count of the rest."""
    lines: list[str] = []
    for name in sorted(set(old) | set(new)):
        a = old.get(name, b"").decode("utf-8", "replace").splitlines()
        b = new.get(name, b"").decode("utf-8", "replace").splitlines()
        if old.get(name) == new.get(name):
            continue
        lines.extend(difflib.unified_diff(a, b, f"{label}a/{name}", f"{label}b/{name}", lineterm="", n=2))
    if len(lines) > limit:
        rest = len(lines) - limit
        lines = lines[:limit] + [f"... {rest} more diff lines not shown"]
    return "\n".join(lines)


def _stage(staging: Path, files: dict[str, bytes], output: Path, current: dict[str, bytes]) -> None:
    """Build the new tree: unchanged files are hard links to the current ones (no copy
    of their data), the rest are written."""
    fresh = {}
    for rel, data in files.items():
        if current.get(rel) == data:
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(output / rel, target)
                continue
            except OSError:  # no hard links here: write it
                pass
        fresh[rel] = data
    write_files(staging, fresh)


def swap_in(files: dict[str, bytes], output: Path, current: dict[str, bytes] | None = None) -> Changes:
    """Make `output` hold exactly `files`: built beside it, then renamed into place.

    A failure at any point leaves `output` as it was; stale files disappear with the
    old tree. Nothing is touched when the tree is already identical. `current` is what
    `output` holds, when the caller has read it already.
    """
    if current is None:
        current = read_tree(output)
    changes = compare(current, files)
    if changes.empty:
        return changes
    output = output.absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent))
    backup = output.parent / f".{output.name}.old-{os.getpid()}"
    try:
        _stage(staging, files, output, current)
        if output.exists():
            os.replace(output, backup)
        try:
            os.replace(staging, output)
        except OSError:
            if backup.exists():
                os.replace(backup, output)
            raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(backup, ignore_errors=True)
    return changes
