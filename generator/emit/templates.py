"""Renders the templates into the files of the generated project (in memory).

Layout of `templates/`:
- `package/**` becomes the package folder; `package/api/module.py.jinja` is
  rendered once per group; `*.jinja` files are rendered, others copied as they are;
  files named `macros.jinja` are only imported by other templates.
- `project/**` becomes the project root (pyproject.toml, README.md, ...).

A folder of overrides (`template_overrides` in [tool.sdkgen], or `generate
--templates`) replaces files of the built-in folder one at a time, by relative path:
Jinja looks there first (a `ChoiceLoader`), and a static file there is copied instead
of the built-in one. What a template receives is documented in templates/CONTEXT.md.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.emit.annotations import InputTypes, annotation, resolver, runtime
from generator.emit.files import template_files
from generator.emit.filters import comment, docstring, first_line, pyrepr, quoted, toml
from generator.emit.groups import client_tree
from generator.emit.resolve import Resolver
from generator.emit.views import operation_view
from generator.ir.api import Api, Tag
from generator.models.index import ModelIndex
from generator.naming.operations import Reserved
from generator.tools.build import Tool


@dataclass(frozen=True)
class Naming:
    package_name: str
    distribution_name: str
    client_name: str
    env_api_key: str
    package_version: str
    app_attribution: bool
    license: str = "MIT"
    project_urls: tuple[tuple[str, str], ...] = ()


def context(
    api: Api, index: ModelIndex, naming: Naming, manifest: dict[str, Any], tools: Sequence[Tool] = ()
) -> dict[str, Any]:
    inputs = InputTypes(index.kinds, index.alias_refs, index.enum_values, index.alias_types)
    resolver = Resolver(index)
    views = {op.operation_id: operation_view(op, inputs, api.security, resolver) for op in api.operations}
    client_groups, group_nodes = client_tree(api.tags)
    return {
        **naming_context(api, naming),
        "client_groups": client_groups,  # the client's group attributes (emit.groups)
        "group_nodes": group_nodes,  # inner groups (`beta` of `beta.responses`)
        "views": list(views.values()),
        "views_by_id": views,
        "manifest": manifest,
        "tools": tuple(tools),  # the agent tools (generator.tools.build)
    }


def naming_context(api: Api, naming: Naming) -> dict[str, Any]:
    """The part of the context that needs neither the models nor the named operations."""
    env_prefix = naming.env_api_key.removesuffix("_API_KEY").removesuffix("_KEY") or "SDK"
    return {
        "api": api,
        "tags": api.tags,
        "base_url": api.base_url,
        "security": api.security,
        "env_prefix": env_prefix,
        "error_base": error_base(naming.client_name),
        **naming.__dict__,
    }


MODELS_INDEX = "models/__init__.py.jinja"  # under package/

# The static runtime spells the base of the SDK's errors `OpenRouterError`
# (templates/package/_errors.py); every static Python file is written with it renamed to
# the context's `error_base`, `<client_name>Error`, or `<client_name>SDKError` where that
# is one of the runtime's other errors (a client named `API`).
RUNTIME_BASE_ERROR = "OpenRouterError"
RUNTIME_ERRORS = frozenset(
    {
        "APIConnectionError",
        "APIError",
        "APIResponseValidationError",
        "APIStatusError",
        "APIStreamError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "FieldNotSentError",
        "InternalServerError",
        "NotFoundError",
        "PayloadTooLargeError",
        "PaymentRequiredError",
        "PermissionDeniedError",
        "RateLimitError",
        "RequestTimeoutError",
        "ToolCallError",
        "UnprocessableEntityError",
    }
)
_BASE_ERROR = re.compile(rf"\b{RUNTIME_BASE_ERROR}\b( {{2,}})?")


def error_base(client_name: str) -> str:
    """The name of the SDK's base error class for a client named `client_name`."""
    name = f"{client_name}Error"
    return f"{client_name}SDKError" if name in RUNTIME_ERRORS else name


def with_error_base(source: str, name: str) -> str:
    """A static runtime file with its base error renamed to `name`; a run of spaces after
    it (a column of a table in a docstring) keeps the column where it was."""
    if name == RUNTIME_BASE_ERROR:
        return source

    def rename(match: re.Match[str]) -> str:
        gap = match.group(1)
        if gap is None:
            return name
        return name + " " * max(2, len(RUNTIME_BASE_ERROR) + len(gap) - len(name))

    return _BASE_ERROR.sub(rename, source)


def tag_context(ctx: dict[str, Any], tag: Tag) -> dict[str, Any]:
    """What `package/api/module.py.jinja` receives on top of the context, per tag."""
    return {"tag": tag, "views": [ctx["views_by_id"][op.operation_id] for op in tag.operations]}


@dataclass(frozen=True)
class Templates:
    """The templates folder (and a folder of overrides), every template in them compiled
    (most of rendering's time)."""

    root: Path
    env: jinja2.Environment
    overrides: Path | None = None

    def models_index(self) -> tuple[jinja2.Template, str]:
        """The template of the models package's `__init__`, and its source."""
        name = f"package/{MODELS_INDEX}"
        source = dict(template_files(self.root, self.overrides))[name]
        return self.env.get_template(name), source.read_text(encoding="utf-8")

    def sources(self) -> list[tuple[str, Path]]:
        """(path inside the folder, file) of each file that makes output, sorted."""
        return [
            (rel, source)
            for rel, source in template_files(self.root, self.overrides)
            if source.name != "macros.jinja"
        ]


def load_templates(root: Path, overrides: Path | None = None) -> Templates:
    env = environment(root)
    files = template_files(root, overrides)
    if overrides is not None:
        env.loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(overrides)), env.loader])
    for rel, _ in files:  # compiled now, and kept by the environment
        if rel.endswith(".jinja"):
            env.get_template(rel)
    return Templates(root, env, overrides)


def _target(rel: str, package: str) -> tuple[str, str] | None:
    """(the output file of a template file, its path inside package/ or project/); None
    for a file that makes no output."""
    top, _, rest = rel.partition("/")
    if top == "package":
        return f"{package}/{rest}", rest
    if top == "project":
        return rest, rest
    return None


def render_known(templates: Templates, ctx: dict[str, Any]) -> dict[str, str]:
    """The files that a part of the context (naming_context) makes: the static ones, and
    those of the templates that need nothing more (a template that does fails to render
    and is left out). The same text as render_files writes, given the same names."""
    files = {}
    for rel, source in templates.sources():
        found = _target(rel, ctx["package_name"])
        if found is None or found[1] in (MODELS_INDEX, "api/module.py.jinja"):
            continue
        target = found[0]
        if target.endswith(".jinja"):
            try:
                files[target.removesuffix(".jinja")] = templates.env.get_template(rel).render(ctx)
            except Exception:  # noqa: BLE001, S112 - it needs more than this context
                continue
        elif target.endswith(".py"):
            files[target] = with_error_base(source.read_text(encoding="utf-8"), ctx["error_base"])
        else:
            files[target] = source.read_text(encoding="utf-8")
    return files


def render_files(templates: Templates, ctx: dict[str, Any]) -> dict[str, str]:
    env = templates.env
    files: dict[str, str] = {}
    package = ctx["package_name"]
    for rel, source in templates.sources():
        found = _target(rel, package)
        if found is None:
            continue
        target, rest = found
        if rest == MODELS_INDEX:
            continue  # rendered by the models stage (build.format.format_models)
        if rest == "api/module.py.jinja":
            template = env.get_template(rel)
            for tag in ctx["tags"]:
                files[f"{package}/api/{tag.module}.py"] = template.render({**ctx, **tag_context(ctx, tag)})
        elif target.endswith(".jinja"):
            files[target.removesuffix(".jinja")] = env.get_template(rel).render(ctx)
        elif target.endswith(".py"):
            files[target] = with_error_base(source.read_text(encoding="utf-8"), ctx["error_base"])
        else:
            files[target] = source.read_text(encoding="utf-8")
    return files


_SETTINGS: dict[str, Any] = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
    "undefined": jinja2.StrictUndefined,
    "autoescape": False,
}
# Compiling the templates costs a first generation more than a tenth of a second on the
# critical path: the compiled code is kept in the user's cache folder
# ($XDG_CACHE_HOME/sdkgen/templates, else ~/.cache/...), by template file and source
# checksum, in a folder named by Jinja's version and these settings, which shape the code too.
_BYTECODE_KEY = hashlib.sha256(f"{jinja2.__version__}|{sorted(_SETTINGS.items(), key=str)!r}".encode())


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    folder = Path(base) / "sdkgen" / "templates" / _BYTECODE_KEY.hexdigest()[:16]
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:  # a read-only home: compiled each time, as before
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        bytecode_cache=_bytecode_cache(),
        **_SETTINGS,
    )
    env.filters.update(
        pyrepr=pyrepr,
        toml=toml,
        docstring=docstring,
        comment=comment,
        quoted=quoted,
        first_line=first_line,
        ann=annotation,
        runtime=runtime,
        resolver=resolver,
    )
    return env


# A template declares the names it takes for itself, e.g.
# `{#- sdkgen:reserved call_options: self client body ... -#}`; naming keeps clear of them.
_RESERVED = re.compile(r"sdkgen:reserved (\w+):([^\n]*?)(?:-?#}|$)", re.M)


def reserved_names(root: Path, overrides: Path | None = None) -> Reserved:
    """The names the templates reserve, by kind (see naming.operations.Reserved)."""
    kinds = ("client_attributes", "module_names", "call_options", "group_attributes", "api_modules")
    found: dict[str, set[str]] = {kind: set() for kind in kinds}
    for _, source in template_files(root, overrides):
        if source.suffix in (".jinja", ".py"):
            for kind, names in _RESERVED.findall(source.read_text(encoding="utf-8")):
                if kind in found:
                    found[kind].update(names.split())
    return Reserved(**{kind: frozenset(names) for kind, names in found.items()})
