"""Print a Markdown report cut to fit a pull request body or comment (GitHub refuses more
than 65,536 characters), with a note when it was cut: `make excerpt` calls it for the
workflows (.github/workflows/), which keep no Python of their own.

    python scripts/excerpt.py REPORT LIMIT
"""

from __future__ import annotations

import sys

NOTE = (
    "\n\n*(truncated at {limit:,} characters: the whole report is in the run's summary,"
    " or run `make report`)*"
)


def excerpt(text: str, limit: int) -> str:
    """`text` itself when it fits in `limit` characters, else its first `limit` and the note."""
    return text if len(text) <= limit else text[:limit] + NOTE.format(limit=limit)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1].isdigit():
        print("usage: python scripts/excerpt.py REPORT LIMIT", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as report:
        print(excerpt(report.read(), int(argv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
