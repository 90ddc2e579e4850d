"""Size figures of the generated API layer (issue 13, compact output).

Prints the line count of generated/openrouter_sdk/api/*.py and how many times
`| Mapping[str, Any]` occurs there, so a change can be measured before/after.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(root: str = "generated/openrouter_sdk/api") -> None:
    files = sorted(Path(root).glob("*.py"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    lines = sum(t.count("\n") for t in texts)
    widened = sum(t.count("| Mapping[str, Any]") for t in texts)
    print(f"api lines: {lines}")
    print(f"'| Mapping[str, Any]' occurrences: {widened}")


if __name__ == "__main__":
    main(*sys.argv[1:])
