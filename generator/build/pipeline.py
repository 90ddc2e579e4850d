"""The whole job: spec file -> normalized document -> models + IR -> files -> generated/."""

from __future__ import annotations

import json
import sys
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from generator.build import cache
from generator.build import names as build_names
from generator.build import output as output_info
from generator.build.early import Formatted, format_known
from generator.build.format import (
    MONOLITH,
    check_compiles,
    format_models,
    format_trees,
    models_tree,
    split_formatted,
)
from generator.build.parallel import Background
from generator.build.result import Build
from generator.build.tree import read_tree
from generator.config import Config
from generator.emit.templates import Naming, Templates, context, load_templates, render_files, reserved_names
from generator.errors import SpecError
from generator.ir.api import Api
from generator.models.codegen import ModelsOutput, PendingModels
from generator.naming import lock as names_lock_file
from generator.naming.methods import NamingOptions
from generator.naming.operations import name_api
from generator.paths import display_path
from generator.read.document import read_api
from generator.release import versioning
from generator.spec.document import load_document
from generator.spec.usable import usable_document
from generator.surface import Surface, api_surface
from generator.tools.build import Tool, build_tools
from generator.tools.options import parse_options

# Model code up to this size is formatted in the same ruff runs as the rest of the
# package; larger, on the other core (build.parallel) while the rest is formatted.
FORMAT_TOGETHER = 200_000


@dataclass
class Prepared:
    """Everything of a build that does not depend on the version being released."""

    spec: Path
    overlays: tuple[Path, ...]
    models: ModelsOutput
    api: Api
    surface: Surface
    templates: Templates
    timings: dict[str, float]
    names: build_names.ModelNames | None  # None: this generation keeps no names lock
    tools: list[Tool] = field(default_factory=list)  # the agent tools (generator.tools.build)
    # Formatted text by (file, unformatted text): a release renders twice, and only the
    # files that carry the version differ the second time.
    formatted: dict[tuple[str, str], bytes] = field(default_factory=dict)
    early: Formatted | None = None  # the static runtime, formatted while the models generated
    rendered: bool = False  # a first render has read the last run's formatted files


def prepare(
    config: Config,
    spec: Path,
    overlays: tuple[Path, ...],
    output: Path,
    *,
    keep_names: bool = True,
    names_lock: Path | None = None,
    app_attribution: bool = True,
) -> Prepared:
    """The build's parts. The names lock (`names_lock` if given, else the configured one
    for the configured spec and output only: Config.names_lock_for) is read unless
    `keep_names` is False (as if it were empty: the lock a `--reset-names` writes)."""
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    doc = load_document(spec, overlays)
    doc, warnings, problems = usable_document(doc, display_path(spec))
    for problem in warnings:  # the rest generates; these are said, not hidden (a refusal's too)
        print(f"warning: {problem}", file=sys.stderr)
    if problems:
        raise SpecError(problems)
    timings["load"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with PendingModels(doc, package_name=config.package_name, cache_dir=config.cache_dir) as pending:
        # Here, while the models generate on the other core: reading does not need them.
        api = read_api(doc)
        timings["read"] = time.perf_counter() - t0
        templates = load_templates(config.templates, config.template_overrides)
        formatted = None
        if pending.job is not None:  # time to spare: the models are not from the cache
            t1 = time.perf_counter()
            version = output_info.previous_version(output, config.package_name)
            formatted = format_known(templates, api, _naming(config, version, app_attribution))
            timings["static"] = time.perf_counter() - t1
        models = pending.result()
    timings["models"] = time.perf_counter() - t0
    # Body fields take the names of their models' fields.
    options = NamingOptions(
        config.naming, config.names, f"{display_path(config.root / 'pyproject.toml')}: [tool.sdkgen.names]"
    )
    api = name_api(
        api, reserved_names(config.templates, config.template_overrides), models.index.field_names, options
    )
    surface = api_surface(api, models.index.by_pointer)
    t0 = time.perf_counter()
    lock_path = names_lock or config.names_lock_for(spec, output)
    names = None
    if lock_path is not None:
        old_names = names_lock_file.load(lock_path) if keep_names else None
        names = build_names.model_names(doc, models.index, old_names)
        timings["names"] = time.perf_counter() - t0
    own = spec.resolve() == config.spec.resolve()  # the curated table names this document's operations
    where = f"{display_path(config.root / 'pyproject.toml')}: [tool.sdkgen.mcp]"
    tools = build_tools(api, doc, parse_options(config.mcp if own else None, where), where)
    return Prepared(spec, overlays, models, api, surface, templates, timings, names, tools, early=formatted)


def _naming(config: Config, version: str, app_attribution: bool) -> Naming:
    return Naming(
        package_name=config.package_name,
        distribution_name=config.distribution_name,
        client_name=config.client_name,
        env_api_key=config.env_api_key,
        package_version=version,
        app_attribution=app_attribution,
        license=config.license,
        project_urls=tuple(config.project_urls.items()),
    )


def build(
    config: Config,
    spec: Path,
    overlays: tuple[Path, ...],
    output: Path,
    *,
    app_attribution: bool = True,
    keep_names: bool = True,
    names_lock: Path | None = None,
) -> Build:
    """The whole output in memory, with the previous generation's version and changelog."""
    prepared = prepare(
        config,
        spec,
        overlays,
        output,
        keep_names=keep_names,
        names_lock=names_lock,
        app_attribution=app_attribution,
    )
    return render(config, prepared, output, app_attribution=app_attribution)


def render(
    config: Config,
    prepared: Prepared,
    output: Path,
    *,
    app_attribution: bool = True,
    version: str | None = None,
    changelog: str | None = None,
) -> Build:
    """The files of the output. Version and changelog are the previous generation's
    (read from `output`) unless given: a release is decided by `generate`."""
    timings = dict(prepared.timings)
    t0 = time.perf_counter()
    api, models, spec = prepared.api, prepared.models, prepared.spec
    version = version or output_info.previous_version(output, config.package_name)
    manifest = output_info.manifest(config, spec, prepared.overlays, prepared.surface, version)
    naming = _naming(config, version, app_attribution)
    files = render_files(prepared.templates, context(api, models.index, naming, manifest, prepared.tools))
    files[f"{config.package_name}/_manifest.json"] = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    if changelog is None:
        changelog = output_info.previous_changelog(
            config, output, version, manifest["spec"]["sha256"], len(api.operations)
        )
    files["CHANGELOG.md"] = changelog
    timings["render"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    # The model modules change only with the models and the formatter's settings: they
    # are cached. Otherwise large ones are formatted and split on the other core, while
    # the rest is formatted here: the files that neither this build nor the last run has
    # formatted already (cache.load_formatted_files); small ones in the same ruff runs
    # as the rest (a fork and two ruff processes fewer on a small document's critical path).
    pyproject = files.get("pyproject.toml")
    settings = cache.formatted_files_key(pyproject or "")
    if not prepared.rendered:  # the first render of this build: what the last run formatted
        prepared.rendered = True
        prepared.formatted.update(cache.load_formatted_files(config.cache_dir, settings, files))
        if prepared.early is not None and prepared.early.pyproject == pyproject:
            prepared.formatted.update(prepared.early.files)
    index, index_source = prepared.templates.models_index()
    kept = prepared.names.aliases if prepared.names is not None else {}
    aliases = tuple((old, new, models.index.kinds[new] == "model") for old, new in sorted(kept.items()))
    key = cache.formatted_models_key(models.key, pyproject or "", index_source + repr(aliases))
    modules = cache.load_formatted(config.cache_dir, key)
    together = modules is None and len(models.code) <= FORMAT_TOGETHER
    pending = None
    if modules is None and not together:
        pending = Background(format_models, models.code, pyproject, config.package_name, index, aliases)
    with pending or nullcontext():
        fresh = {name: text for name, text in files.items() if (name, text) not in prepared.formatted}
        if fresh and pyproject is not None:  # the formatter's settings, always with it
            fresh["pyproject.toml"] = pyproject
        trees = ([fresh] if fresh else []) + ([models_tree(models.code, pyproject)] if together else [])
        results = format_trees(trees) if trees else []
        formatted = results[0] if fresh else {}
        check_compiles(formatted)  # what was formatted before was checked then
        for name, text in files.items():
            if name in formatted:
                prepared.formatted[(name, text)] = formatted[name]
            else:
                formatted[name] = prepared.formatted[(name, text)]
        if together:
            text = results[-1][MONOLITH].decode("utf-8")
            modules = split_formatted(text, config.package_name, index, aliases)
        elif pending is not None:
            modules = pending.result()
        if modules is not None and (together or pending is not None):
            cache.store_formatted(config.cache_dir, key, modules)
    assert modules is not None
    cache.store_formatted_files(config.cache_dir, settings, {(n, t): formatted[n] for n, t in files.items()})
    formatted.update(modules)
    timings["format"] = time.perf_counter() - t0
    names = None
    if prepared.names is not None:
        t0 = time.perf_counter()
        init = files.get(f"{config.package_name}/__init__.py", "")
        names = build_names.reconciled(api, prepared.surface, prepared.names, init)
        timings["names"] = timings.get("names", 0.0) + time.perf_counter() - t0
    return Build(formatted, api, models.cached, len(api.operations), timings, names)


def regenerate(
    config: Config,
    spec: Path,
    overlays: tuple[Path, ...],
    output: Path,
    app_attribution: bool,
    keep_names: bool = True,
    names_lock: Path | None = None,
) -> tuple[Build, str, dict[str, bytes]]:
    """The new output of `output`: (its build, the release it makes: major, minor, patch
    or none, and what `output` holds now)."""
    prepared = prepare(
        config,
        spec,
        overlays,
        output,
        keep_names=keep_names,
        names_lock=names_lock,
        app_attribution=app_attribution,
    )
    result = render(config, prepared, output, app_attribution=app_attribution)
    current = read_tree(output)
    release = "none"
    # A release when what the generator writes changed (a stray file it would remove is no change).
    if "CHANGELOG.md" in current and any(current.get(name) != data for name, data in result.files.items()):
        result, release = _release(config, prepared, output, app_attribution, current, result)
    return result, release, current


def _release(
    config: Config,
    prepared: Prepared,
    output: Path,
    app_attribution: bool,
    current: dict[str, bytes],
    result: Build,
) -> tuple[Build, str]:
    """The output changed: a new version, and a changelog entry saying why."""
    # Imported here: a first generation (an empty output) needs neither the document diff
    # nor griffe, and their imports would delay the models' start.
    from generator.build.release import decide_release
    from generator.diff.package import compare_trees

    package = config.package_name
    release = decide_release(config, prepared.spec, prepared.overlays, output, prepared.surface)
    if result.names is not None:
        release = versioning.with_names(release, result.names.notes, bool(result.names.removed))
    release = versioning.with_sdk(release, compare_trees(current, result.files, package, old_root=output))
    version = versioning.bump_version(output_info.previous_version(output, package), release.bump)
    entry = versioning.changelog_entry(version, release, output_info.sha256_file(prepared.spec))
    changelog = versioning.prepend(current["CHANGELOG.md"].decode("utf-8"), entry)
    rebuilt = render(
        config, prepared, output, app_attribution=app_attribution, version=version, changelog=changelog
    )
    return rebuilt, release.bump


def drift(config: Config) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """(what generated/ holds, what the generator produces now)."""
    current, fresh, _ = drift_and_names(config)
    return current, fresh


def drift_and_names(config: Config) -> tuple[dict[str, bytes], dict[str, bytes], str | None]:
    """(what generated/ holds, what the generator produces now, the names lock it makes:
    None when the configuration keeps none)."""
    result = build(config, config.spec, config.overlays, config.output)
    names = result.names.lock.text() if result.names is not None else None
    return read_tree(config.output), result.files, names
