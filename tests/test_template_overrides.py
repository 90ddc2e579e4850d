"""Template overrides: a folder whose files replace built-in templates one at a time
(`template_overrides` in [tool.sdkgen], or `sdkgen generate --templates DIR`)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import cache
from generator.config import load_config
from generator.emit.templates import load_templates, template_files
from generator.errors import ConfigError
from tests.conftest import FIXTURES, ROOT, SAME_NAMES, scratch_project

pytestmark = pytest.mark.unit

SPEC = FIXTURES / "security.yaml"
TEMPLATES = ROOT / "templates"
TYPES_PY = TEMPLATES / "package" / "_types.py"


def sdkgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        check=False,
        text=True,
        env={**os.environ},
    )


def overrides(folder: Path, readme: str = "# Overridden {{ client_name }}\n") -> Path:
    """A rendered template (the README) and a static module (`_types.py`) replaced."""
    (folder / "project").mkdir(parents=True)
    (folder / "project" / "README.md.jinja").write_text(readme, encoding="utf-8")
    (folder / "package").mkdir()
    types = TYPES_PY.read_text(encoding="utf-8") + "\nOVERRIDDEN = True\n"
    (folder / "package" / "_types.py").write_text(types, encoding="utf-8")
    return folder


def test_overrides_replace_files_one_at_a_time(tmp_path: Path) -> None:
    folder = overrides(tmp_path / "overrides")
    files = dict(template_files(TEMPLATES, folder))
    assert files["project/README.md.jinja"] == folder / "project" / "README.md.jinja"
    assert files["package/_types.py"] == folder / "package" / "_types.py"
    assert files["package/_client.py.jinja"] == TEMPLATES / "package" / "_client.py.jinja"
    assert set(files) == set(dict(template_files(TEMPLATES)))  # the same files, some replaced
    env = load_templates(TEMPLATES, folder).env
    assert env.get_template("project/README.md.jinja").render(client_name="Tiny") == "# Overridden Tiny\n"
    assert "macros" in env.get_template("package/api/macros.jinja").filename  # built-in, still found


def test_an_override_that_replaces_nothing_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "overrides"
    (folder / "package" / "api").mkdir(parents=True)
    (folder / "package" / "api" / "modules.py.jinja").write_text("typo", encoding="utf-8")
    with pytest.raises(
        ConfigError, match=r"no built-in template to replace at package/api/modules\.py\.jinja"
    ):
        template_files(TEMPLATES, folder)
    with pytest.raises(ConfigError, match="not a folder"):
        template_files(TEMPLATES, tmp_path / "missing")


def test_config_key(tmp_path: Path) -> None:
    root = scratch_project(tmp_path / "project")
    assert load_config(root).template_overrides is None
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text + 'template_overrides = "my/templates"\n', encoding="utf-8")
    assert load_config(root).template_overrides == root / "my" / "templates"
    pyproject.write_text(text + "template_overrides = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'template_overrides' must be a path string"):
        load_config(root)


def test_the_fingerprint_covers_override_files(tmp_path: Path) -> None:
    folder = overrides(tmp_path / "overrides")
    config = dataclasses.replace(load_config(ROOT), template_overrides=folder)
    before = cache.fingerprint(config, SPEC, (), False)
    assert before == cache.fingerprint(config, SPEC, (), False)
    assert before != cache.fingerprint(load_config(ROOT), SPEC, (), False)
    (folder / "project" / "README.md.jinja").write_text("# Changed\n", encoding="utf-8")
    assert cache.fingerprint(config, SPEC, (), False) != before


def test_generate_with_overrides(tmp_path: Path) -> None:
    root = scratch_project(tmp_path / "project")
    overrides(root / "overrides")
    pyproject = root / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8") + 'template_overrides = "overrides"\n', encoding="utf-8"
    )
    proc = sdkgen("generate", "--spec", str(SPEC), *SAME_NAMES, "--output", "out", cwd=root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = root / "out"
    assert (out / "README.md").read_text(encoding="utf-8") == "# Overridden OpenRouter\n"
    assert "OVERRIDDEN = True" in (out / "openrouter_sdk" / "_types.py").read_text(encoding="utf-8")
    assert "class OpenRouter(SyncAPIClient)" in (out / "openrouter_sdk" / "_client.py").read_text("utf-8")

    again = sdkgen("generate", "--spec", str(SPEC), *SAME_NAMES, "--output", "out", "--timings", cwd=root)
    assert again.returncode == 0 and "no-op check" in again.stdout, again.stdout + again.stderr
    (root / "overrides" / "project" / "README.md.jinja").write_text("# Edited\n", encoding="utf-8")
    edited = sdkgen("generate", "--spec", str(SPEC), *SAME_NAMES, "--output", "out", "--timings", cwd=root)
    assert edited.returncode == 0 and "no-op check" not in edited.stdout, edited.stdout + edited.stderr
    assert (out / "README.md").read_text(encoding="utf-8") == "# Edited\n"

    # --templates wins over the configured folder.
    other = overrides(tmp_path / "other", readme="# From the command line\n")
    cli = sdkgen(
        "generate", "--spec", str(SPEC), *SAME_NAMES, "--output", "out", "--templates", str(other), cwd=root
    )
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert (out / "README.md").read_text(encoding="utf-8") == "# From the command line\n"
