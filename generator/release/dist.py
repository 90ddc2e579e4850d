"""Building and publishing the generated package.

`build` makes an sdist and a wheel of `generated/` with the standard frontend
(`python -m build`, hatchling backend), reproducibly (a fixed SOURCE_DATE_EPOCH: two
builds of the same tree are byte-identical), checks them with `twine check --strict`
and checks that the wheel holds the package and its metadata only.

`publish` uploads them with twine, after asking the index whether that version is
already there: an index refuses to replace a file, and saying so before uploading
gives a clear message instead of a half-published release.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import httpx

from generator.errors import SdkgenError

# 1980-01-01, the earliest time a zip file can hold: builds do not depend on the clock.
SOURCE_DATE_EPOCH = "315532800"
PYPI_UPLOAD = "https://upload.pypi.org/legacy/"
PYPI_SIMPLE = "https://pypi.org/simple/"


@dataclass(frozen=True)
class Dist:
    name: str  # normalized distribution name
    version: str
    files: tuple[Path, ...]


def _run(args: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise SdkgenError(f"{Path(args[2] if args[1] == '-m' else args[0]).name} failed:\n{tail}")
    return proc.stdout


def normalize_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def build(project: Path, outdir: Path, package: str) -> Dist:
    """sdist + wheel of `project` into `outdir` (emptied first), checked."""
    if not (project / "pyproject.toml").is_file():
        raise SdkgenError(f"{project}: no pyproject.toml (run `make generate` first)")
    shutil.rmtree(outdir, ignore_errors=True)
    outdir.mkdir(parents=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), str(project)], env=env)
    files = tuple(sorted(outdir.iterdir()))
    _run([sys.executable, "-m", "twine", "check", "--strict", *map(str, files)])
    wheel = next((f for f in files if f.suffix == ".whl"), None)
    if wheel is None or not any(f.name.endswith(".tar.gz") for f in files):
        raise SdkgenError(f"{outdir}: the build did not produce both a wheel and an sdist")
    check_wheel(wheel, package)
    name, version = wheel.name.split("-")[:2]
    return Dist(normalize_name(name), version, files)


def check_wheel(wheel: Path, package: str) -> None:
    """Only the package (with py.typed) and the wheel's own metadata: no tests, caches
    or generator files."""
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    dist_info = wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1] + ".dist-info/"
    stray = [n for n in names if not (n.startswith(package + "/") or n.startswith(dist_info))]
    caches = [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    if stray or caches:
        raise SdkgenError(f"{wheel.name}: unexpected files in the wheel: {', '.join(stray + caches)}")
    if f"{package}/py.typed" not in names:
        raise SdkgenError(f"{wheel.name}: {package}/py.typed is missing")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.files: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.files.append(href.split("#")[0].rstrip("/").rsplit("/", 1)[-1])


def simple_index_for(upload_url: str) -> str:
    """The simple index that goes with an upload URL (PyPI's, or `<server>/simple/`)."""
    if upload_url.rstrip("/") == PYPI_UPLOAD.rstrip("/"):
        return PYPI_SIMPLE
    if "test.pypi.org" in upload_url:
        return "https://test.pypi.org/simple/"
    base = re.sub(r"/(legacy|upload)/?$", "", upload_url.rstrip("/"))
    return base + "/simple/"


def published_files(index_url: str, name: str, timeout: float = 30.0) -> list[str]:
    """File names the index lists for a project (empty when it does not know it)."""
    url = index_url.rstrip("/") + "/" + normalize_name(name) + "/"
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise SdkgenError(f"{url}: cannot ask the index which versions exist: {exc}") from exc
    if response.status_code == 404:
        return []
    if response.status_code >= 400:
        raise SdkgenError(f"{url}: the index answered HTTP {response.status_code}")
    links = _Links()
    links.feed(response.text)
    return links.files


def _version_of(filename: str, name: str) -> str | None:
    stem = re.sub(r"(\.tar\.gz|\.zip|\.whl)$", "", filename)
    prefix = re.sub(r"[-_.]+", "_", name).lower() + "-"
    normalized = re.sub(r"[-_.]+", "_", stem.split("-", 1)[0]).lower() + "-" + stem.split("-", 1)[-1]
    if not normalized.startswith(prefix):
        return None
    return normalized[len(prefix) :].split("-")[0]


def publish(
    dist: Dist, repository_url: str, username: str, password: str, index_url: str | None = None
) -> str:
    index = index_url or simple_index_for(repository_url)
    existing = {_version_of(f, dist.name) for f in published_files(index, dist.name)}
    if dist.version in existing:
        raise SdkgenError(
            f"{dist.name} {dist.version} is already published on {index}: an index never "
            "replaces a release; regenerate after a spec change (which bumps the version) "
            "before publishing again"
        )
    _run(
        [
            sys.executable,
            "-m",
            "twine",
            "upload",
            "--non-interactive",
            "--disable-progress-bar",
            "--repository-url",
            repository_url,
            *map(str, dist.files),
        ],
        # Credentials through the environment, never on a command line others can read.
        env={**os.environ, "TWINE_USERNAME": username, "TWINE_PASSWORD": password},
    )
    return f"published {dist.name} {dist.version} to {repository_url}"
