"""generated/ is what the generator makes of the pinned spec; `sdkgen check` and
`sdkgen generate` behave on a copy of the project; the output is deterministic; the
generated package's public surface is the documented one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build.pipeline import build, drift
from generator.build.tree import compare, read_tree, unified_diff
from generator.config import Config
from generator.spec.lock import read_lock
from tests.conftest import ROOT

PACKAGE = "openrouter_sdk"
SDKGEN = [sys.executable, "-m", "generator"]


def ensure_spec(config: Config) -> None:
    """A clean clone has no specs/openapi.json: fetch it (from the mirror in ../shared)."""
    if not config.spec.exists():
        from generator.spec.source import fetch_spec

        fetch_spec(config)


# ----------------------------------------------------------------- generated/ in sync


@pytest.mark.golden
def test_generated_is_up_to_date(config: Config) -> None:
    ensure_spec(config)
    current, fresh = drift(config)
    changes = compare(current, fresh)
    assert changes.empty, (
        "generated/ differs from what the generator produces now (run `make generate`):\n"
        f"{changes.summary()}\n{unified_diff(current, fresh, limit=150)}"
    )


@pytest.mark.golden
def test_manifest(config: Config) -> None:
    manifest = json.loads((config.output / PACKAGE / "_manifest.json").read_text(encoding="utf-8"))
    lock = read_lock(config.lock)
    assert manifest["spec"]["sha256"] == lock.sha256
    assert manifest["spec"]["file"] == config.spec.name
    assert manifest["operations"] == lock.operations == len(manifest["surface"]["functions"])
    assert config.overlays
    assert manifest["overlays"] == [
        {"path": path.relative_to(config.root).as_posix(), "sha256": _sha256(path)}
        for path in config.overlays
    ]
    assert manifest["generator"].startswith("sdkgen ")
    from generator import __version__

    assert manifest["generator"] == f"sdkgen {__version__}"
    # Nothing machine- or time-dependent in it.
    text = json.dumps(manifest)
    assert str(ROOT) not in text and "/tmp" not in text


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----------------------------------------------------------------- a copy of the project


def run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SDKGEN, *args],
        cwd=cwd,
        capture_output=True,
        check=False,
        text=True,
        env={**os.environ, **env},
    )


# The tests on a copy of the project are marked slow: the copy costs a full generation.
@pytest.fixture(scope="module")
def pristine(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A clean clone: pyproject.toml, specs/ (without the fetched openapi.json), templates/,
    generated/, with ../shared beside it; `sdkgen check` run once in it (which fetches the
    spec from the mirror and fills the copy's model cache)."""
    base = tmp_path_factory.mktemp("clone")
    (base / "shared").symlink_to(ROOT.parent / "shared", target_is_directory=True)
    root = base / "project"
    root.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(ROOT / "specs", root / "specs", ignore=shutil.ignore_patterns("openapi.json"))
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(
        ROOT / "generated",
        root / "generated",
        ignore=shutil.ignore_patterns("__pycache__", ".*cache"),
    )
    assert not (root / "specs" / "openapi.json").exists()
    first = run(["check"], root)
    return root, first


@pytest.fixture
def project(pristine: tuple[Path, subprocess.CompletedProcess[str]], tmp_path: Path) -> Path:
    """A private copy of the clean clone (its fetched spec and model cache included)."""
    root = tmp_path / "project"
    shutil.copytree(pristine[0], root, symlinks=True)
    (tmp_path / "shared").symlink_to(ROOT.parent / "shared", target_is_directory=True)
    return root


@pytest.mark.unit
@pytest.mark.slow
def test_check_on_a_clean_clone(
    pristine: tuple[Path, subprocess.CompletedProcess[str]], config: Config
) -> None:
    root, proc = pristine
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "up to date" in proc.stdout
    ensure_spec(config)
    assert (root / "specs" / "openapi.json").read_bytes() == config.spec.read_bytes()


@pytest.mark.unit
@pytest.mark.slow
def test_check_in_sync(project: Path) -> None:
    proc = run(["check"], project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip() == "generated: up to date"


@pytest.mark.unit
@pytest.mark.slow
def test_check_reports_an_edited_file(project: Path) -> None:
    target = project / "generated" / PACKAGE / "_client.py"
    target.write_text(target.read_text(encoding="utf-8") + "\nHAND_EDITED = True\n", encoding="utf-8")
    proc = run(["check"], project)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"changed  {PACKAGE}/_client.py" in proc.stdout
    assert f"--- a/{PACKAGE}/_client.py" in proc.stdout
    assert f"+++ b/{PACKAGE}/_client.py" in proc.stdout
    assert "-HAND_EDITED = True" in proc.stdout
    assert "_manifest.json" not in proc.stdout


@pytest.mark.unit
@pytest.mark.slow
def test_check_reports_a_deleted_file(project: Path) -> None:
    (project / "generated" / PACKAGE / "api" / "chat.py").unlink()
    proc = run(["check"], project)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"{PACKAGE}/api/chat.py" in proc.stdout
    assert f"+++ b/{PACKAGE}/api/chat.py" in proc.stdout


@pytest.mark.unit
@pytest.mark.slow
def test_check_reports_an_extra_file(project: Path) -> None:
    (project / "generated" / PACKAGE / "stale.py").write_text("X = 1\n", encoding="utf-8")
    proc = run(["check"], project)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"{PACKAGE}/stale.py" in proc.stdout


def mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in sorted(root.rglob("*"))}


@pytest.mark.unit
@pytest.mark.slow
def test_generate_twice_is_a_no_op(project: Path) -> None:
    first = run(["generate"], project)
    assert first.returncode == 0, first.stdout + first.stderr
    before = mtimes(project / "generated")
    inode = (project / "generated").stat().st_ino
    second = run(["generate"], project)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "up to date" in second.stdout
    operations = read_lock(project / "specs" / "openapi.lock.json").operations
    assert second.stdout.strip() == f"generated: up to date ({operations} operations)"
    assert mtimes(project / "generated") == before
    assert (project / "generated").stat().st_ino == inode
    assert sorted(p.name for p in project.iterdir()) == sorted(
        [".cache", "generated", "pyproject.toml", "specs", "templates"]
    )


FORMATTED = """
import json
import generator.build.pipeline as pipeline
from generator.cli import main
calls = []
original = pipeline.format_trees
def logged(trees):
    calls.extend(sorted(files) for files in trees)
    return original(trees)
pipeline.format_trees = logged
try:
    main(["generate"], standalone_mode=False)
finally:
    print(json.dumps(calls))
"""


@pytest.mark.unit
@pytest.mark.slow
def test_a_template_change_formats_only_what_it_changes(project: Path) -> None:
    """The last run's formatted files are cached: after an edit to one template file, only
    that file is formatted (and compile-checked) again, then the files carrying the new
    version; the result is what a run with no cache at all writes."""
    assert run(["generate"], project).returncode == 0
    types = project / "templates" / "package" / "_types.py"
    types.write_text(types.read_text(encoding="utf-8") + "\n\nTEMPLATE_EDIT = 1\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", FORMATTED], cwd=project, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    first, *release = json.loads(proc.stdout.splitlines()[-1])
    assert first == [f"{PACKAGE}/_types.py", "pyproject.toml"]
    assert release and all(f"{PACKAGE}/api/" not in name for call in release for name in call)
    assert "TEMPLATE_EDIT = 1" in (project / "generated" / PACKAGE / "_types.py").read_text(encoding="utf-8")
    shutil.rmtree(project / ".cache")
    proc = run(["check"], project)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.unit
@pytest.mark.slow
def test_generate_removes_a_stale_file(project: Path) -> None:
    expected = read_tree(project / "generated")
    stale = project / "generated" / PACKAGE / "stale.py"
    stale.write_text("X = 1\n", encoding="utf-8")
    proc = run(["generate"], project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"removed  {PACKAGE}/stale.py" in proc.stdout
    assert not stale.exists()
    assert read_tree(project / "generated") == expected
    assert not [p.name for p in project.iterdir() if p.name.startswith(".generated")]


@pytest.mark.unit
@pytest.mark.slow
def test_generate_with_a_broken_spec_changes_nothing(project: Path, tmp_path: Path) -> None:
    doc = json.loads((project / "specs" / "openapi.json").read_text(encoding="utf-8"))
    op = doc["paths"]["/credits"]["get"]
    op["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/NoSuchSchema"
    }
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    before = read_tree(project / "generated")
    times = mtimes(project / "generated")
    specs = read_tree(project / "specs")
    proc = run(["generate", "--spec", str(broken)], project)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    problem = (
        "#/paths/~1credits/get/responses/200/content/application~1json/schema: "
        "dangling reference '#/components/schemas/NoSuchSchema'"
    )
    # The file is named as given or by its name (the reader reports `spec.name`).
    lines = proc.stderr.splitlines()
    assert lines in ([f"{broken}: {problem}"], [f"{broken.name}: {problem}"]), proc.stderr
    assert "Traceback" not in proc.stderr
    assert read_tree(project / "generated") == before
    assert mtimes(project / "generated") == times
    assert read_tree(project / "specs") == specs
    assert not [p.name for p in project.iterdir() if p.name.startswith(".generated")]


# ----------------------------------------------------------------- determinism

BUILD = """
import json, sys
from pathlib import Path
from generator.config import load_config
from generator.build.pipeline import build
from generator.build.tree import write_files
config = load_config(Path.cwd())
result = build(config, config.spec, config.overlays, config.output)
write_files(Path(sys.argv[1]), result.files)
print(json.dumps({"cached": result.models_cached}))
"""


@pytest.mark.golden
@pytest.mark.slow
def test_byte_identical_output(
    pristine: tuple[Path, subprocess.CompletedProcess[str]], tmp_path: Path, config: Config
) -> None:
    """Same inputs, same bytes: uncached vs cached models, different hash seeds, other folder."""
    root = tmp_path / "project"
    shutil.copytree(pristine[0], root, symlinks=True, ignore=shutil.ignore_patterns(".cache"))
    (tmp_path / "shared").symlink_to(ROOT.parent / "shared", target_is_directory=True)
    trees = []
    for seed, cached in (("1", False), ("12345", True)):
        out = tmp_path / f"out-{seed}"
        proc = subprocess.run(
            [sys.executable, "-c", BUILD, str(out)],
            cwd=root,
            capture_output=True,
            check=False,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert json.loads(proc.stdout.splitlines()[-1]) == {"cached": cached}
        trees.append(read_tree(out))
    ensure_spec(config)
    here = build(config, config.spec, config.overlays, config.output).files
    for tree in trees:
        changes = compare(here, tree)
        assert changes.empty, changes.summary() + "\n" + unified_diff(here, tree, limit=100)
    assert here == read_tree(config.output)


# ----------------------------------------------------------------- public surface

EXCEPTIONS = {
    # name: parent
    "OpenRouterError": "Exception",
    "APIError": "OpenRouterError",
    "APIConnectionError": "APIError",
    "APITimeoutError": "APIConnectionError",
    "APIStatusError": "APIError",
    "BadRequestError": "APIStatusError",
    "AuthenticationError": "APIStatusError",
    "PaymentRequiredError": "APIStatusError",
    "PermissionDeniedError": "APIStatusError",
    "NotFoundError": "APIStatusError",
    "RequestTimeoutError": "APIStatusError",
    "ConflictError": "APIStatusError",
    "PayloadTooLargeError": "APIStatusError",
    "UnprocessableEntityError": "APIStatusError",
    "RateLimitError": "APIStatusError",
    "InternalServerError": "APIStatusError",
    "APIResponseValidationError": "APIError",
    "APIStreamError": "APIError",
    # Reading a response field the server did not send (an AttributeError, so hasattr works).
    "FieldNotSentError": "AttributeError",
}
STATUS = {
    "BadRequestError": 400,
    "AuthenticationError": 401,
    "PaymentRequiredError": 402,
    "PermissionDeniedError": 403,
    "NotFoundError": 404,
    "RequestTimeoutError": 408,
    "ConflictError": 409,
    "PayloadTooLargeError": 413,
    "UnprocessableEntityError": 422,
    "RateLimitError": 429,
}
PUBLIC = {
    "OpenRouter",
    "AsyncOpenRouter",
    *EXCEPTIONS,
    "OPERATIONS",
    "OperationInfo",
    "NOT_GIVEN",
    "NotGiven",
    "FileTypes",
    "Stream",
    "AsyncStream",
    "APIResponse",
    "StreamedResponse",
    "AsyncStreamedResponse",
    "__version__",
}

SURFACE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import openrouter_sdk
loaded = sorted(m for m in sys.modules if m.startswith("openrouter_sdk"))
names = list(openrouter_sdk.__all__)
tree = {}
for name in names:
    value = getattr(openrouter_sdk, name)
    if isinstance(value, type) and issubclass(value, BaseException):
        tree[name] = {
            "parent": value.__bases__[0].__name__,
            "bases": len(value.__bases__),
            "status": value.__dict__.get("status_code"),
        }
print(json.dumps({"file": openrouter_sdk.__file__, "loaded": loaded, "all": names, "tree": tree}))
"""


@pytest.fixture(scope="module")
def surface(config: Config) -> dict:
    out = config.output
    proc = subprocess.run(
        [sys.executable, "-c", SURFACE, str(out)],
        cwd=out,
        capture_output=True,
        check=False,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(proc.stdout)
    assert data["file"].startswith(str(out))
    return data


@pytest.mark.sdk
def test_public_names(surface: dict) -> None:
    assert len(surface["all"]) == len(set(surface["all"])), "duplicates in __all__"
    assert set(surface["all"]) == PUBLIC


@pytest.mark.sdk
def test_exception_tree(surface: dict) -> None:
    tree = surface["tree"]
    assert {name: t["parent"] for name, t in tree.items()} == EXCEPTIONS
    assert all(t["bases"] == 1 for t in tree.values())
    assert {n: t["status"] for n, t in tree.items() if t["status"] is not None} == STATUS


@pytest.mark.sdk
def test_import_is_lazy(surface: dict) -> None:
    loaded = surface["loaded"]
    assert f"{PACKAGE}.models" not in loaded, loaded
    assert not [m for m in loaded if m == f"{PACKAGE}.api" or m.startswith(f"{PACKAGE}.api.")], loaded


CLIENT_ATTRIBUTES = """
import json, sys
sys.path.insert(0, sys.argv[1])
import openrouter_sdk
sync, aio = openrouter_sdk.OpenRouter(api_key="k"), openrouter_sdk.AsyncOpenRouter(api_key="k")
print(json.dumps([
    sorted({a for c in (sync, aio) for a in dir(c) if not a.startswith("_")}),
    sorted({info.client_method.split(".")[0] for info in openrouter_sdk.OPERATIONS.values()}),
]))
"""


@pytest.mark.sdk
def test_the_clients_attributes_are_the_declared_ones(config: Config) -> None:
    """Groups become client attributes, so naming keeps clear of the client's own:
    those the templates declare (`sdkgen:reserved client_attributes`). Every public
    attribute of the clients is a group (the first part of a `client_method`) or a
    declared name."""
    from generator.emit.templates import reserved_names

    proc = subprocess.run(
        [sys.executable, "-c", CLIENT_ATTRIBUTES, str(config.output)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    attributes, groups = json.loads(proc.stdout)
    declared = reserved_names(config.templates).client_attributes
    assert {"chat", "models", "beta", "oauth"} <= set(groups)
    assert set(attributes) - set(groups) <= declared
    assert not set(groups) & declared
