"""The Python interpreters the publish tests install the built package into: the lowest and
the newest of the versions the generated metadata claims that this machine has. `make lock`
pins the packages those tests put on their local index for the same two (tests/publish-*.lock).

    python -m tests.pythons lowest|newest    # prints that interpreter's path
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys

CLAIMED = ["3.10", "3.11", "3.12", "3.13"]  # what the generated metadata claims


def find_python(version: str) -> str | None:
    """An interpreter of that version on this machine (on PATH, or installed by pyenv)."""
    candidates = [shutil.which(f"python{version}")]
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates += sorted(glob.glob(f"{root}/versions/{version}.*/bin/python{version}"), reverse=True)
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "-c", "import sys, venv; print(sys.version_info[:2])"],
                               capture_output=True, text=True, check=False)  # fmt: skip
        if probe.returncode == 0:
            return candidate
    return None


def available() -> dict[str, str]:
    """version -> interpreter, for each claimed version this machine has."""
    return {v: p for v in CLAIMED if (p := find_python(v))}


def lowest_and_newest(found: dict[str, str]) -> list[str]:
    """The lowest and the newest claimed version this machine has (two different ones)."""
    return sorted({min(found), max(found)}, key=CLAIMED.index) if found else []


def main(argv: list[str]) -> int:
    found = available()
    versions = lowest_and_newest(found)
    if argv not in (["lowest"], ["newest"]) or len(versions) != 2:
        print(f"usage: python -m tests.pythons lowest|newest (found {sorted(found)})", file=sys.stderr)
        return 2
    print(found[versions[0] if argv == ["lowest"] else versions[1]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
