"""Issue 15, item 6: `generate --spec` on a document that is not the configured one names
the SDK after the document (info.title), not OpenRouter; options name it by hand."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.build.sdk_names import document_names
from tests.test_cli import sdkgen, valid_doc, workdir, write

__all__ = ["workdir"]  # the fixture, imported for the tests below

pytestmark = pytest.mark.unit

# The base error of a package named after its document: raised without a base URL,
# the base of every API error and of the agent tools' error.
HIERARCHY = r"""
import importlib, sys
sys.path.insert(0, sys.argv[1])
pkg, client = importlib.import_module(sys.argv[2]), sys.argv[3]
base = getattr(pkg, client + "Error")
tools = importlib.import_module(sys.argv[2] + ".tools")
try:
    getattr(pkg, client)(api_key=None, base_url=None)
    raised = False
except base:
    raised = True
print(issubclass(pkg.APIStatusError, base), issubclass(tools.ToolCallError, base), raised)
"""


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
    del doc["servers"]  # a client without base_url= then raises the base error
    spec, out = write(tmp_path / "doc.json", doc), tmp_path / "out"
    assert sdkgen("generate", "--spec", str(spec), "--output", str(out), cwd=workdir).returncode == 0
    client = (out / "big_red_cloud_sdk" / "_client.py").read_text(encoding="utf-8")
    assert "class BigRedCloud(" in client and '"BIG_RED_CLOUD_BASE_URL"' in client
    assert '"BIG_RED_CLOUD_API_KEY"' in client
    pyproject = (out / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "big-red-cloud-sdk"' in pyproject
    files = [p for p in out.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    # Nothing of OpenRouter's anywhere: names, URLs, docstrings, README, SKILL.md.
    named = [str(p.relative_to(out)) for p in files if "openrouter" in p.read_text(encoding="utf-8").lower()]
    assert named == []
    errors = (out / "big_red_cloud_sdk" / "_errors.py").read_text(encoding="utf-8")
    assert "class BigRedCloudError(Exception):" in errors and "class APIError(BigRedCloudError):" in errors
    probe = subprocess.run(
        [sys.executable, "-c", HIERARCHY, str(out), "big_red_cloud_sdk", "BigRedCloud"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.stdout.split() == ["True", "True", "True"], probe.stderr

    asked = tmp_path / "asked"
    given = ["--package-name", "acme", "--client-name", "Acme", "--env-api-key", "ACME_KEY"]
    proc = sdkgen("generate", "--spec", str(spec), *given, "--output", str(asked), cwd=workdir)
    assert proc.returncode == 0, proc.stderr
    client = (asked / "acme" / "_client.py").read_text(encoding="utf-8")
    assert "class Acme(" in client and '"ACME_KEY"' in client and '"ACME_BASE_URL"' in client
    assert 'name = "acme"' in (asked / "pyproject.toml").read_text(encoding="utf-8")
    assert "class AcmeError(Exception):" in (asked / "acme" / "_errors.py").read_text(encoding="utf-8")


def test_a_client_named_like_a_runtime_error_keeps_the_errors_apart(workdir: Path, tmp_path: Path) -> None:
    spec, out = write(tmp_path / "doc.json", valid_doc()), tmp_path / "out"
    given = ["--package-name", "api_sdk", "--client-name", "API"]
    proc = sdkgen("generate", "--spec", str(spec), *given, "--output", str(out), cwd=workdir)
    assert proc.returncode == 0, proc.stderr
    errors = (out / "api_sdk" / "_errors.py").read_text(encoding="utf-8")
    assert "class APISDKError(Exception):" in errors and "class APIError(APISDKError):" in errors


def test_names_that_are_not_python_are_refused(workdir: Path, tmp_path: Path) -> None:
    spec = write(tmp_path / "doc.json", valid_doc())
    proc = sdkgen("generate", "--spec", str(spec), "--package-name", "my-sdk", "--output", "o", cwd=workdir)
    assert proc.returncode == 2
    assert "--package-name 'my-sdk' is not a Python identifier" in proc.stderr
