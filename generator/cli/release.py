"""`sdkgen build` and `sdkgen publish`: the generated package as a release."""

from __future__ import annotations

import os
from pathlib import Path

import click

from generator.config import load_config
from generator.errors import SdkgenError


@click.command()
@click.option("--outdir", type=click.Path(path_type=Path), default=Path("dist"), show_default=True)
def build(outdir: Path) -> None:
    """Build the sdist and wheel of generated/ into dist/ (reproducibly), and check them."""
    from generator.release.dist import build as build_dist

    config = load_config()
    dist = build_dist(config.output, outdir, config.package_name)
    for f in dist.files:
        click.echo(f"built {f}")


@click.command()
@click.option("--outdir", type=click.Path(path_type=Path), default=Path("dist"), show_default=True)
@click.option(
    "--repository-url",
    envvar="PUBLISH_REPOSITORY_URL",
    default="https://upload.pypi.org/legacy/",
    show_default=True,
    help="Upload URL ($PUBLISH_REPOSITORY_URL).",
)
@click.option(
    "--index-url",
    envvar="PUBLISH_INDEX_URL",
    help="Simple index to check for an existing version ($PUBLISH_INDEX_URL; default: derived).",
)
def publish(outdir: Path, repository_url: str, index_url: str | None) -> None:
    """Upload dist/ with twine, refusing a version the index already has.

    Credentials: $PUBLISH_TOKEN (an API token; user `__token__`), or $PUBLISH_USERNAME
    and $PUBLISH_PASSWORD."""
    from generator.release.dist import Dist, normalize_name
    from generator.release.dist import publish as upload

    config = load_config()
    files = tuple(sorted(p for p in outdir.glob("*") if p.suffix == ".whl" or p.name.endswith(".tar.gz")))
    wheel = next((f for f in files if f.suffix == ".whl"), None)
    if wheel is None:
        raise SdkgenError(f"{outdir}: no wheel to publish (run `make build`)")
    token = os.environ.get("PUBLISH_TOKEN")
    username = os.environ.get("PUBLISH_USERNAME") or "__token__"
    password = token or os.environ.get("PUBLISH_PASSWORD")
    if not password:
        raise SdkgenError("no credentials: set PUBLISH_TOKEN (or PUBLISH_USERNAME and PUBLISH_PASSWORD)")
    name, version = wheel.name.split("-")[:2]
    if normalize_name(name) != normalize_name(config.distribution_name):
        raise SdkgenError(f"{wheel}: not a build of {config.distribution_name}")
    click.echo(
        upload(Dist(normalize_name(name), version, files), repository_url, username, password, index_url)
    )
