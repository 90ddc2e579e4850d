"""build.format.format_trees: several trees formatted in the same ruff runs come out as
each would alone (its own pyproject.toml, its own first-party packages)."""

from __future__ import annotations

import pytest

from generator.build.format import format_tree, format_trees

pytestmark = pytest.mark.unit

PYPROJECT = '[tool.ruff]\nline-length = 100\n\n[tool.ruff.lint]\nselect = ["I", "F"]\n'
IMPORTS = "import zzz\nimport pkg\nimport os\n\nprint(os, pkg, zzz)\n"


def test_each_tree_is_formatted_as_it_would_be_alone() -> None:
    package = {"pyproject.toml": PYPROJECT, "pkg/__init__.py": "", "pkg/m.py": IMPORTS}
    # No `pkg` beside this one: there it is a third-party import, sorted with `zzz`.
    alone = {
        "pyproject.toml": PYPROJECT.replace("100", "20"),
        "__models__.py": IMPORTS + "x = [1, 2, 3, 4, 5, 6]\n",
    }
    together = format_trees([package, alone])
    assert together == [format_tree(package), format_tree(alone)]
    first, second = together[0]["pkg/m.py"].decode(), together[1]["__models__.py"].decode()
    assert first.startswith("import os\n\nimport zzz\n\nimport pkg\n")  # pkg: first-party
    assert second.startswith("import os\n\nimport pkg\nimport zzz\n")
    assert "x = [\n" in second  # its own line length
