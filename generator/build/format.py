"""Formatting the generated code with ruff (in a scratch folder, with the tree's own
pyproject.toml as its only configuration), and refusing code that does not compile."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import jinja2

from generator.build.tree import read_tree, write_files
from generator.errors import InternalError, SdkgenError
from generator.models.split import split_models


def ruff_bin() -> str:
    from ruff.__main__ import find_ruff_bin

    return str(find_ruff_bin())


def format_tree(files: dict[str, str]) -> dict[str, bytes]:
    """Run `ruff check --fix` and `ruff format` over the files (in a scratch folder,
    with the tree's own pyproject.toml as ruff's only configuration)."""
    return format_trees([files])[0]


def format_trees(trees: list[dict[str, str]]) -> list[dict[str, bytes]]:
    """format_tree of each tree, all in the same two ruff runs: each tree in a folder of
    its own, configured by its own pyproject.toml (ruff takes the closest one; its
    first-party packages are those beside it), as if it were formatted alone."""
    with tempfile.TemporaryDirectory(prefix="sdkgen-format-") as tmp:
        root = Path(tmp)
        for i, files in enumerate(trees):
            write_files(root / str(i), {k: v.encode("utf-8") for k, v in files.items()})
        ruff = ruff_bin()
        for args in (["check", "--fix-only", "--exit-zero"], ["format"]):
            proc = subprocess.run(
                [ruff, *args, "--no-cache", "."], cwd=root, capture_output=True, text=True, check=False
            )
            if proc.returncode != 0:
                first = (proc.stderr or proc.stdout).strip().splitlines()[:5]
                raise SdkgenError("ruff could not format the generated code:\n" + "\n".join(first))
        return [read_tree(root / str(i)) for i in range(len(trees))]


MONOLITH = "__models__.py"


def models_tree(code: str, pyproject: str | None) -> dict[str, str]:
    """datamodel-code-generator's module as one file to format (much cheaper than
    formatting hundreds of files), with the formatter's settings."""
    return {MONOLITH: code} if pyproject is None else {MONOLITH: code, "pyproject.toml": pyproject}


def format_models(
    code: str,
    pyproject: str | None,
    package: str,
    index: jinja2.Template,
    aliases: tuple[tuple[str, str, bool], ...] = (),
) -> dict[str, bytes]:
    """datamodel-code-generator's module, formatted as one, then split (split_formatted)."""
    formatted = format_tree(models_tree(code, pyproject))[MONOLITH].decode("utf-8")
    return split_formatted(formatted, package, index, aliases)


def split_formatted(
    formatted: str, package: str, index: jinja2.Template, aliases: tuple[tuple[str, str, bool], ...] = ()
) -> dict[str, bytes]:
    """The formatted models module split into the models package's modules, with the
    package's `__init__` rendered from `index` (laid out as the formatter would).
    `aliases`: the names lock's deprecated names, (old name, current name, whether that
    is a class)."""
    split = split_models(formatted)
    modules = dict(split.modules)
    modules["__init__.py"] = index.render(
        package_name=package, models=split.exports, reexports=split.reexports, deprecated=aliases
    )
    return {f"{package}/models/{name}": text.encode("utf-8") for name, text in sorted(modules.items())}


def check_compiles(files: dict[str, bytes]) -> None:
    """Refuse to write code that does not compile: that is a generator bug."""
    for name, data in files.items():
        if name.endswith(".py"):
            try:
                compile(data, name, "exec", dont_inherit=True)
            except SyntaxError as exc:
                raise InternalError(f"generated {name}:{exc.lineno}: {exc.msg}") from exc
