"""The files that do not depend on the models, formatted and compile-checked while the
models generate.

Why: on a small document the models' child is the critical path and the parent only
waits for it; afterwards, formatting the whole package and checking that it compiles
took a good part of the rest of the run, most of it for files that do not depend on the
models at all: the static runtime (two thirds of the package's text) and the templates
that need only the names (the MCP server, tools.py, ...). Formatted meanwhile, only the
files rendered from the models and the operations' names are left for afterwards.

They are rendered from the part of the context known before the models
(templates.naming_context), the formatter's settings from the pyproject.toml rendered
so. The render takes a file formatted here only when it renders the very same text and
the very same pyproject.toml (build.pipeline.render); anything else is formatted then.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.build.format import check_compiles, format_tree
from generator.emit.templates import Naming, Templates, naming_context, render_known
from generator.ir.api import Api


@dataclass(frozen=True)
class Formatted:
    """Formatted text by (file, unformatted text), and the pyproject.toml it was formatted with."""

    pyproject: str
    files: dict[tuple[str, str], bytes]


def format_known(templates: Templates, api: Api, naming: Naming) -> Formatted | None:
    """The Python files known before the models, formatted and checked; None when the
    pyproject.toml needs more than the names."""
    known = render_known(templates, naming_context(api, naming))
    pyproject = known.get("pyproject.toml")
    if pyproject is None:
        return None
    python = {name: text for name, text in known.items() if name.endswith(".py")}
    formatted = format_tree({**python, "pyproject.toml": pyproject})
    check_compiles(formatted)
    return Formatted(pyproject, {(name, text): formatted[name] for name, text in python.items()})
