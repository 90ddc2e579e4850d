"""The `sdkgen` command line.

Exit codes: 0 ok; 1 drift (check); 2 bad input (spec, config, fetch); 3 internal error.
Errors go to stderr as `file: pointer: message`; --verbose adds the traceback.
"""

from __future__ import annotations

import sys
import traceback
import warnings
from pathlib import Path

import click

from generator import __version__
from generator.cli import release
from generator.config import Config, load_config
from generator.errors import SdkgenError


class _Group(click.Group):
    """Turns every failure into a one-line message and a documented exit code."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except SdkgenError as exc:
            if ctx.obj and ctx.obj.get("verbose"):
                traceback.print_exc()
            click.echo(str(exc), err=True)
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if ctx.obj and ctx.obj.get("verbose"):
                traceback.print_exc()
            click.echo(
                f"sdkgen: internal error: {type(exc).__name__}: {exc}\n"
                "This is a bug in sdkgen; rerun with --verbose and report the traceback.",
                err=True,
            )
            sys.exit(3)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="sdkgen")
@click.option("--verbose", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """Generate a typed Python SDK from an OpenAPI 3.x document."""
    ctx.obj = {"verbose": verbose}
    warnings.showwarning = _show_warning


def _show_warning(message: Warning | str, category: type[Warning], *args: object, **kwargs: object) -> None:
    """Warnings of the generator (a hinted name not used) as one line on stderr."""
    click.echo(f"sdkgen: warning: {message}", err=True)


@main.command()
@click.option(
    "--source", help="URL or file to fetch from (default: $SDKGEN_SPEC_SOURCE, the lock's mirrors, its URL)."
)
@click.option(
    "--update",
    is_flag=True,
    help="Accept a document whose sha256 differs from the lock, and rewrite the lock.",
)
def fetch(source: str | None, update: bool) -> None:
    """Fetch the spec into specs/openapi.json and verify it against the lock."""
    from generator.spec.document import count_operations
    from generator.spec.source import fetch_spec

    config = load_config()
    previous = config.spec.read_bytes() if update and config.spec.is_file() else None
    result = fetch_spec(
        config,
        source=source,
        update=update,
        operations_counter=lambda doc: count_operations(doc, config.overlays),
    )
    click.echo(result.message)
    if update and result.changed and previous is not None:
        _summarize_update(config, previous)


def _summarize_update(config: Config, previous: bytes) -> None:
    """Keep the replaced spec (the next `generate` diffs against it to choose the version)
    and show what changed, on one screen."""
    from generator.build.output import previous_spec_path
    from generator.diff.document import diff_documents
    from generator.diff.report import render_text
    from generator.spec.document import load_source
    from generator.spec.lock import atomic_write

    kept = previous_spec_path(config)
    atomic_write(kept, previous)
    old = load_source(str(kept), config.overlays, "previous spec")
    new = load_source(str(config.spec), config.overlays, "new spec")
    click.echo(render_text(diff_documents(old, new, old_name="previous spec", new_name="new spec"), limit=8))


def _config_or_default(output: Path | None):
    """The project's config; run outside a project, the config of this generator's own."""
    from generator.errors import ConfigError

    try:
        return load_config()
    except ConfigError:
        return load_config(Path(__file__).resolve().parents[2])


@main.command()
@click.option(
    "--spec",
    "spec",
    type=click.Path(path_type=Path),
    help="An OpenAPI 3.x document (default: the configured spec).",
)
@click.option(
    "--output", type=click.Path(path_type=Path), help="Where to write the SDK project (default: generated/)."
)
@click.option(
    "--overlay",
    "overlays",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Overlay files to apply (default with the configured spec: the configured overlays).",
)
@click.option(
    "--templates",
    "overrides",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="A folder of template overrides (default: template_overrides in [tool.sdkgen]).",
)
@click.option("--timings", is_flag=True, help="Print how long each stage took.")
@click.option(
    "--update-names",
    "names",
    flag_value="update",
    default="keep",
    help="Rewrite the names lock: keep gone names as deprecated aliases, record removals.",
)
@click.option(
    "--reset-names",
    "names",
    flag_value="reset",
    help="Rewrite the names lock from this generation's names alone (no aliases kept).",
)
@click.option(
    "--names-lock",
    "names_lock",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Keep this names lock (default: the configured one, for the configured spec and output only).",
)
@click.option("--package-name", help="The import name (default: configured; with --spec, from info.title).")
@click.option("--distribution-name", help="The distribution name (default: the package name with dashes).")
@click.option("--client-name", help="The client class (default: configured; with --spec, from info.title).")
@click.option("--env-api-key", help="The API key's environment variable; its prefix names the others.")
def generate(
    spec: Path | None,
    output: Path | None,
    overlays: tuple[Path, ...],
    overrides: Path | None,
    timings: bool,
    names: str,
    names_lock: Path | None,
    **given: str | None,
) -> None:
    """Generate the SDK into generated/ (or --output). The names lock (of the configured
    spec and output, or --names-lock) is read, never written, unless --update-names or
    --reset-names. With --spec, the package, client and environment names come from the
    document's title unless given."""
    import dataclasses

    from generator.build import parallel
    from generator.models.codegen import preload

    # datamodel-code-generator's imports start now, on the other core (build.parallel);
    # run as `sdkgen`, generator.launch has started them already.
    parallel.warm_up(preload)
    click.get_current_context().call_on_close(parallel.discard_warm)

    from generator.build import sdk_names
    from generator.spec.parse import load_spec

    if problems := sdk_names.invalid(given):
        raise click.UsageError("; ".join(problems))

    from generator.build import run
    from generator.paths import display_path
    from generator.spec.document import count_operations

    config = _config_or_default(output)
    if overrides is not None:
        config = dataclasses.replace(config, template_overrides=overrides.resolve())
    if spec is None:
        if not config.spec.exists():
            from generator.spec.source import fetch_spec

            click.echo(
                fetch_spec(
                    config, operations_counter=lambda doc: count_operations(doc, config.overlays)
                ).message
            )
        spec, chosen = config.spec, overlays or config.overlays
        attribution = True
        config = sdk_names.with_given(config, given)
    else:
        chosen, attribution = overlays, False
        # The configured document, or the configured output, keeps the configured names.
        own = (
            spec.resolve() == config.spec.resolve()
            or (output or config.output).resolve() == config.output.resolve()
        )
        config = (
            sdk_names.with_given(config, given)
            if own
            else sdk_names.for_document(config, load_spec(spec), given)
        )
    out = output or config.output
    if names != "keep" and names_lock is None and config.names_lock_for(spec, out) is None:
        raise click.UsageError(
            "--update-names and --reset-names need a names lock: "
            "the configured spec and output, or --names-lock"
        )
    result, changes = run.generate(
        config, spec, tuple(chosen), out, app_attribution=attribution, names=names, names_lock=names_lock
    )
    where = display_path(out)
    if changes.empty:
        click.echo(f"{where}: up to date ({result.operations} operations)")
    else:
        click.echo(f"{where}: {result.operations} operations; files changed:\n{changes.summary()}")
    if result.names is not None:
        for note in result.names.notes:
            click.echo(f"names lock: {note}")
    if timings:
        cached = " (models from cache)" if result.models_cached else ""
        click.echo("timings: " + ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items()) + cached)


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


@main.command()
@click.option("--limit", default=200, show_default=True, help="Most diff lines to print.")
def check(limit: int) -> None:
    """Exit 1 when generated/ differs from what the generator produces now."""
    from generator.build import pipeline
    from generator.build.tree import compare, unified_diff
    from generator.paths import display_path
    from generator.spec.document import count_operations

    config = load_config()
    if not config.spec.exists():
        from generator.spec.source import fetch_spec

        fetch_spec(config, operations_counter=lambda doc: count_operations(doc, config.overlays))
    current, fresh, names = pipeline.drift_and_names(config)
    changes = compare(current, fresh)
    lock_path = config.names_lock
    stale_names = names is not None and lock_path is not None and _read_text(lock_path) != names
    if stale_names and lock_path is not None:
        click.echo(
            f"{display_path(lock_path)} does not hold the generated package's names "
            "(run `make update`, or `sdkgen generate --update-names`)"
        )
    if changes.empty:
        if stale_names:
            sys.exit(1)
        click.echo(f"{display_path(config.output)}: up to date")
        return
    click.echo(f"{display_path(config.output)} is out of date (run `make generate`):\n{changes.summary()}")
    click.echo(unified_diff(current, fresh, limit=limit))
    sys.exit(1)


@main.command()
@click.argument("old")
@click.argument("new")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="text: one screen; markdown: a pull-request comment; json: stable, for tools.",
)
@click.option(
    "--fail-on-breaking",
    is_flag=True,
    help="Exit 1 when a user's code can break (with --sdk: the packages compared decide).",
)
@click.option(
    "--sdk",
    "sdk_verdict",
    is_flag=True,
    help="Also generate both (local files) and compare the packages as Python APIs (slower).",
)
@click.option(
    "--overlay",
    "overlays",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Overlay files to apply to both (default: the configured overlays, when either "
    "document is of the configured API, by its info.title; none otherwise).",
)
def diff(
    old: str, new: str, fmt: str, fail_on_breaking: bool, sdk_verdict: bool, overlays: tuple[Path, ...]
) -> None:
    """What changed between two versions of the spec (files or URLs), for SDK users.

    The configured overlays are applied to both when either is a document of the
    configured API (by its title), as the generator would; --overlay chooses others. Every
    change is classified breaking or not, with the rule that decided it (see
    generator/diff/rules.py).
    """
    from generator.diff.document import diff_documents
    from generator.diff.inputs import diff_overlays, of_configured_api, verdict_config
    from generator.diff.report import render
    from generator.spec.document import display_source, prepare_source, read_document

    config = _config_or_default(None)
    old_name, new_name = display_source(old), display_source(new)
    old_raw, new_raw = read_document(old, old_name), read_document(new, new_name)
    configured = of_configured_api(config, old_raw, new_raw)  # reads the configured spec once
    chosen = diff_overlays(config, overlays, configured)
    old_doc = prepare_source(old_raw, chosen, old_name)
    new_doc = prepare_source(new_raw, chosen, new_name)
    result = diff_documents(old_doc, new_doc, old_name=old_name, new_name=new_name)
    if sdk_verdict:
        from generator.diff.sdkverdict import sdk_breaks

        if not (Path(old).is_file() and Path(new).is_file()):
            raise click.UsageError("--sdk compares two local files (fetch a URL first)")
        names = verdict_config(config, configured, new_doc)
        result.package_breaks = sdk_breaks(names, Path(old), Path(new), chosen)
    click.echo(render(result, fmt), nl=False)
    if fail_on_breaking and result.user_code_breaks:
        sys.exit(1)


main.add_command(release.build)
main.add_command(release.publish)
