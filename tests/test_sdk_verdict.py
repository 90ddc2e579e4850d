"""The SDK verdict: two packages laid out as the generator lays them out (models re-exported
from private modules, API functions with keyword parameters), compared as Python APIs."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff.package import compare_dirs, compare_trees
from generator.release import versioning

pytestmark = pytest.mark.unit

OLD = {
    "sdk/__init__.py": "from sdk.api import chat\n__version__ = '0.1.0'\n",
    "sdk/api/__init__.py": "",
    "sdk/api/chat.py": (
        "from sdk.models import ChatUsage\n"
        "def send(*, model: str, temperature: float | None = None) -> ChatUsage: ...\n"
        "def old_name(*, model: str) -> None: ...\n"
    ),
    "sdk/models/__init__.py": "from sdk.models._usage import ChatUsage, OutputModality\n",
    "sdk/models/_usage.py": (
        "import enum\nfrom typing import Annotated, TypedDict\nfrom pydantic import BaseModel, Field\n"
        "class OutputModality(enum.Enum):\n    TEXT = 'text'\n    TTS = 'tts'\n"
        "class ChatUsage(BaseModel):\n"
        "    cost: Annotated[float, Field(description='old words')]\n"
        "    tokens: int | None = None\n"
        "    kind: str\n"
        "class SendParams(TypedDict, total=False):\n"
        "    kind: str\n"
    ),
}


def _new(**changes: str) -> dict[str, str]:
    return {**OLD, **changes}


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _details(tmp_path: Path, new: dict[str, str]) -> dict[str, bool]:
    old_root, new_root = _write(tmp_path / "a", OLD), _write(tmp_path / "b", new)
    return {b.detail: b.breaking for b in compare_dirs(old_root, new_root, "sdk")}


def test_identical_packages_have_no_breaks(tmp_path: Path) -> None:
    assert _details(tmp_path, OLD) == {}


def test_removed_enum_member_field_type_and_parameter_in_python_terms(tmp_path: Path) -> None:
    usage = OLD["sdk/models/_usage.py"]
    new = _new(
        **{
            "sdk/models/_usage.py": usage.replace("    TTS = 'tts'\n", "")
            .replace("Annotated[float, Field(description='old words')]", "float | None = None")
            .replace("kind: str", "kind: str | int"),
            "sdk/api/chat.py": OLD["sdk/api/chat.py"].replace(", temperature: float | None = None", ""),
        }
    )
    found = _details(tmp_path, new)
    assert found["models.OutputModality.TTS removed"] is True
    assert found["ChatUsage.cost: float -> float | None"] is True
    # Widened: every old value still fits. Callers only write keyword arguments (no break); a
    # model may be read (a response): a new union member is an addition there, a new None not.
    assert found["SendParams.kind: str -> str | int"] is False
    assert found["ChatUsage.kind: str -> str | int"] is False
    assert any("temperature" in d and v for d, v in found.items()), found


def test_a_model_no_module_names_breaks_no_caller(tmp_path: Path) -> None:
    # As the query-parameter models datamodel-code-generator makes (no API function takes one).
    query = "from pydantic import BaseModel\nclass ListQuery(BaseModel):\n    limit: int | None = None\n"
    old = {**OLD, "sdk/models/_list_query.py": query}
    narrowed = {**old, "sdk/models/_list_query.py": query.replace("int | None = None", "int = 50")}
    a, b = _write(tmp_path / "a", old), _write(tmp_path / "b", narrowed)
    found = {x.detail: x.breaking for x in compare_dirs(a, b, "sdk")}
    assert found == {"ListQuery.limit: int | None -> int": False}


def test_description_only_change_and_version_are_no_break(tmp_path: Path) -> None:
    usage = OLD["sdk/models/_usage.py"].replace("old words", "new words")
    assert (
        _details(
            tmp_path,
            _new(
                **{
                    "sdk/models/_usage.py": usage,
                    "sdk/__init__.py": OLD["sdk/__init__.py"].replace("0.1.0", "0.2.0"),
                }
            ),
        )
        == {}
    )


def test_a_class_the_names_lock_keeps_as_a_deprecated_alias_is_no_break(tmp_path: Path) -> None:
    # As templates/package/models/__init__.py.jinja writes a kept name.
    usage = OLD["sdk/models/_usage.py"].replace("class ChatUsage(", "class Usage(")
    init = (
        "from typing import TYPE_CHECKING\n"
        "from sdk.models._usage import OutputModality, Usage\n"
        "if TYPE_CHECKING:\n"
        "    from typing_extensions import deprecated as _deprecated\n"
        "    @_deprecated('ChatUsage is deprecated: use Usage')\n"
        "    class ChatUsage(Usage): ...\n"
        "else:\n"
        "    ChatUsage = Usage\n"
    )
    kept = _details(tmp_path, _new(**{"sdk/models/_usage.py": usage, "sdk/models/__init__.py": init}))
    assert not any(kept.values()), kept
    dropped = init.split("if TYPE_CHECKING")[0]
    gone = _details(
        tmp_path / "gone", _new(**{"sdk/models/_usage.py": usage, "sdk/models/__init__.py": dropped})
    )
    assert gone.get("models.ChatUsage removed") is True, gone


def test_the_bump_follows_the_sdk_verdict_when_only_the_generator_changed() -> None:
    old = {name: text.encode() for name, text in OLD.items()}
    new = dict(old, **{"sdk/api/chat.py": b"def send(*, model: str) -> None: ...\n"})
    breaks = compare_trees(old, new, "sdk")
    release = versioning.with_sdk(versioning.unchanged_spec(), breaks)
    assert release.bump == "major"
    assert "Breaking (SDK): api.chat.old_name removed" in release.notes
    assert versioning.with_sdk(versioning.unchanged_spec(), compare_trees(old, old, "sdk")).bump == "patch"


@pytest.mark.slow  # two generations
def test_sdkgen_diff_sdk_generates_both_and_reports_the_python_break(tmp_path: Path) -> None:
    """`sdkgen diff --sdk`: an enum value dropped from a spec makes `TaskStatus.DONE` an
    AttributeError; both verdicts are shown and --fail-on-breaking exits 1."""
    import json

    from click.testing import CliRunner

    from generator.cli import main
    from tests.conftest import ROOT, scratch_project

    project = scratch_project(tmp_path / "work")
    spec = (ROOT / "tests/fixtures/specs/enums.yaml").read_text(encoding="utf-8")
    (project / "old.yaml").write_text(spec, encoding="utf-8")
    (project / "new.yaml").write_text(spec.replace("        - done\n", "", 1), encoding="utf-8")
    runner = CliRunner()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project)
        text = runner.invoke(main, ["diff", "--sdk", "old.yaml", "new.yaml", "--fail-on-breaking"])
        data = json.loads(
            runner.invoke(main, ["diff", "--sdk", "old.yaml", "new.yaml", "--format", "json"]).stdout
        )
    assert text.exit_code == 1, text.output
    assert "SDK: BREAKING (1) (packages compared)" in text.stdout
    assert "What breaks for SDK users (1):\n  models.TaskStatus.DONE removed\n" in text.stdout
    assert data["sdk_verdict"]["breaks"] == ["models.TaskStatus.DONE removed"]
    assert data["sdk_verdict"]["packages_compared"] is True
