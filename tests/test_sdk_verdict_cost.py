"""The release path's SDK verdict costs only what it must (issue 16): griffe runs only when a
module of the package changed, reads the old package where it already is (the output
directory), and is not even imported by the wire diff or a generate that changes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.diff import package
from tests.conftest import ROOT

pytestmark = pytest.mark.unit

OLD = {
    "sdk/__init__.py": "from sdk.api import chat\n",
    "sdk/api/__init__.py": "",
    "sdk/api/chat.py": "def send(*, model: str) -> None: ...\ndef old_name() -> None: ...\n",
    "README.md": "# sdk\n",
}


def _bytes(tree: dict[str, str]) -> dict[str, bytes]:
    return {n: t.encode() for n, t in tree.items()}


def test_no_module_changed_no_griffe(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("griffe ran although no module changed")

    monkeypatch.setattr(package, "load", refuse)
    docs_only = {**OLD, "README.md": "# sdk, new words\n", "CHANGELOG.md": "## 1.0.1\n"}
    assert package.compare_trees(_bytes(OLD), _bytes(docs_only), "sdk") == []


def test_the_old_package_read_where_it_is_finds_the_same_breaks(tmp_path: Path) -> None:
    for name, text in OLD.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    new = {**OLD, "sdk/api/chat.py": "def send(*, model: str) -> None: ...\n"}
    copied = package.compare_trees(_bytes(OLD), _bytes(new), "sdk")
    in_place = package.compare_trees(_bytes(OLD), _bytes(new), "sdk", old_root=tmp_path)
    assert [b.detail for b in in_place] == [b.detail for b in copied] == ["api.chat.old_name removed"]


def test_the_wire_diff_and_the_pipeline_do_not_import_griffe() -> None:
    code = (
        "import sys\nimport generator.cli, generator.diff.document, generator.diff.report\n"
        "import generator.build.pipeline, generator.release.versioning\n"
        "print('griffe' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
