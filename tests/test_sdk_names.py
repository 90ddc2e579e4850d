"""Issue 15, item 6: `generate --spec` on a document that is not the configured one names
the SDK after the document (info.title), not OpenRouter; options name it by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build.sdk_names import document_names
from tests.test_cli import sdkgen, valid_doc, workdir, write

__all__ = ["workdir"]  # the fixture, imported for the tests below

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("title", "package", "client", "env"),
    [
        ("Big Red Cloud API", "big_red_cloud_sdk", "BigRedCloud", "BIG_RED_CLOUD_API_KEY"),
        ("flat.io REST API", "flat_io_sdk", "FlatIo", "FLAT_IO_API_KEY"),
        ("2fa", "n_2fa_sdk", "N2fa", "N_2FA_API_KEY"),
        ("", "api_sdk", "Api", "API_API_KEY"),
    ],
)
def test_names_from_the_title(title: str, package: str, client: str, env: str) -> None:
    names = document_names(title)
    assert (names["package_name"], names["client_name"], names["env_api_key"]) == (package, client, env)
    assert names["distribution_name"] == package.replace("_", "-") and names["project_urls"] == {}


def test_another_document_is_named_after_itself_or_as_asked(workdir: Path, tmp_path: Path) -> None:
    doc = valid_doc()
    doc["info"]["title"] = "Big Red Cloud API"
    spec, out = write(tmp_path / "doc.json", doc), tmp_path / "out"
    assert sdkgen("generate", "--spec", str(spec), "--output", str(out), cwd=workdir).returncode == 0
    client = (out / "big_red_cloud_sdk" / "_client.py").read_text(encoding="utf-8")
    assert "class BigRedCloud(" in client and '"BIG_RED_CLOUD_BASE_URL"' in client
    assert '"BIG_RED_CLOUD_API_KEY"' in client
    pyproject = (out / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "big-red-cloud-sdk"' in pyproject
    text = "".join(
        p.read_text(encoding="utf-8") for p in out.rglob("*") if p.suffix in (".py", ".toml", ".md")
    )
    # (the errors' base class is still `OpenRouterError`: templates/package/_errors.py is not
    # a template of names yet)
    for openrouter in (
        "openrouter_sdk",
        "OPENROUTER_",
        "openrouter.ai",
        "class OpenRouter(",
        "AsyncOpenRouter",
    ):
        assert openrouter not in text

    asked = tmp_path / "asked"
    given = ["--package-name", "acme", "--client-name", "Acme", "--env-api-key", "ACME_KEY"]
    proc = sdkgen("generate", "--spec", str(spec), *given, "--output", str(asked), cwd=workdir)
    assert proc.returncode == 0, proc.stderr
    client = (asked / "acme" / "_client.py").read_text(encoding="utf-8")
    assert "class Acme(" in client and '"ACME_KEY"' in client and '"ACME_BASE_URL"' in client
    assert 'name = "acme"' in (asked / "pyproject.toml").read_text(encoding="utf-8")


def test_names_that_are_not_python_are_refused(workdir: Path, tmp_path: Path) -> None:
    spec = write(tmp_path / "doc.json", valid_doc())
    proc = sdkgen("generate", "--spec", str(spec), "--package-name", "my-sdk", "--output", "o", cwd=workdir)
    assert proc.returncode == 2
    assert "--package-name 'my-sdk' is not a Python identifier" in proc.stderr
