"""Hostile and pathological documents (tests/fixtures/hostile/): a spec is text we do not
control, turned into code that people import in CI jobs holding publishing credentials.

Every fixture ends in one of two outcomes:
- safe output: it compiles, imports (in a subprocess, every module), passes ruff, holds
  no raw bidi/zero-width characters, no spec text outside string literals, comments and
  docstrings (checked with tokenize), imports nothing the spec chose, and no payload ran
  (a canary file that any executed payload would create does not exist);
- or a clear refusal: exit 2, stderr lines `<file>: <pointer>: <message>` naming the right
  pointer, no output folder, `generated/` byte-identical, nothing fetched or read.

Bugs found here are strict xfails (the reason says what goes wrong): they fail loudly once
the generator is fixed, so the marker can go.
"""

from __future__ import annotations

import ast
import builtins
import errno
import importlib.util
import io
import json
import keyword
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import tokenize
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import tomllib
import yaml
from click.testing import CliRunner

from generator.build.format import ruff_bin
from generator.build.tree import read_tree
from generator.models.split import MAX_IMPORT_DEPTH
from tests.conftest import ROOT, SAME_NAMES, scratch_project

pytestmark = [pytest.mark.sdk, pytest.mark.slow]  # ~80 generator runs in subprocesses

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
PACKAGE = "openrouter_sdk"  # the defaults of a project that names none
CLIENT = "OpenRouter"
SDKGEN = [sys.executable, "-m", "generator"]
# Bidirectional controls, zero-width characters and NUL: never raw in a generated file.
INVISIBLE = re.compile("[\x00\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# The SDK's own keyword arguments: a spec parameter may never take one of these names.
CALL_OPTIONS = {
    "self",
    "client",
    "body",
    "extra_headers",
    "extra_query",
    "extra_body",
    "timeout",
    "max_retries",
}
# What generated code may import: the standard library, the SDK's dependencies, itself.
# The SDK's dependencies, and those of its `mcp` extra (the MCP server: mcp, uvicorn, anyio, jsonschema).
THIRD_PARTY = {"pydantic", "pydantic_core", "httpx", "typing_extensions", "annotated_types"}
THIRD_PARTY |= {"mcp", "uvicorn", "anyio", "jsonschema"}
PROBLEM_LINE = re.compile(r"(?P<file>.+?): (?P<pointer>#[^:\s]*): (?P<message>.+)")
WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
PROXY_VARS = {"http_proxy", "https_proxy", "all_proxy", "ftp_proxy", "no_proxy"}


# ----------------------------------------------------------------- the harness


def sdk_env(tmp: Path) -> dict[str, str]:
    """The environment of every generator run: no proxies (a fetch would have to reach our
    listener directly), and a TMPDIR we can check is left empty."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in PROXY_VARS}
    env.pop("SDKGEN_SPEC_SOURCE", None)
    env["NO_PROXY"] = env["no_proxy"] = "*"
    env["TMPDIR"] = str(tmp)
    return env


@dataclass
class Project:
    """A [tool.sdkgen] project in a temporary folder (real templates, empty model cache),
    the folder hostile specs are copied to, and where a payload that ran would leave a file."""

    base: Path  # the test's tmp_path
    root: Path  # the project
    specs: Path  # fixtures are materialized here (named `hostile`, for `../hostile/...` refs)
    tmp: Path  # TMPDIR of the generator: empty after every run
    canary: Path  # a payload that runs creates a file in here
    site: Path  # holds canary_module.py, put on sys.path of every import check

    @property
    def canary_prefix(self) -> str:
        return str(self.canary / "p")

    def run(
        self, *args: str, cwd: Path | None = None, timeout: float = 300
    ) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [*SDKGEN, *args],
            cwd=cwd or self.root,
            capture_output=True,
            text=True,
            check=False,
            env=sdk_env(self.tmp),
            timeout=timeout,
        )
        assert list(self.tmp.iterdir()) == [], (
            f"the generator left temporary files: {list(self.tmp.iterdir())}"
        )
        return proc

    def generate(
        self, spec: Path, out: Path, *extra: str, timeout: float = 300
    ) -> subprocess.CompletedProcess[str]:
        return self.run(
            "generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out), *extra, timeout=timeout
        )

    def materialize(self, name: str, text: str | None = None, **subs: str) -> Path:
        """Copy fixture `name` (or `text`) into the specs folder, placeholders replaced."""
        text = (HOSTILE / name).read_text(encoding="utf-8") if text is None else text
        for key, value in {"CANARY_PATH": self.canary_prefix, **subs}.items():
            text = text.replace(key, value)
        path = self.specs / name
        path.write_text(text, encoding="utf-8")
        return path

    def write_doc(self, name: str, doc: Any) -> Path:
        path = self.specs / name
        path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
        return path


def make_project(base: Path) -> Project:
    """The project under `base`. The canary folder is a short path of its own in /tmp:
    payloads carry it, and long payloads would otherwise trip the (separately tested)
    file-name-length bug."""
    root = scratch_project(base / "work")
    canary = Path(tempfile.mkdtemp(prefix="cn", dir="/tmp"))
    CANARIES.append(canary)
    project = Project(base, root, base / "hostile", base / "tmp", canary, base / "site")
    for folder in (project.specs, project.tmp, project.site):
        folder.mkdir()
    (project.site / "canary_module.py").write_text(
        "# Named by the spec (customBasePath, customTypePath, x-python-type): importing it\n"
        "# means the spec chose what the SDK imports.\n"
        "from pathlib import Path\n\n"
        f"Path({str(project.canary / 'canary_module-imported')!r}).touch()\n\n\n"
        "class Evil:\n    pass\n\n\n"
        "class EvilType(str):\n    pass\n\n\n"
        "EvilAnnotation = EvilType\nEvilImport = dict\n",
        encoding="utf-8",
    )
    return project


CANARIES: list[Path] = []


@pytest.fixture(scope="module", autouse=True)
def _remove_canary_folders() -> Iterator[None]:
    yield
    while CANARIES:
        shutil.rmtree(CANARIES.pop(), ignore_errors=True)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return make_project(tmp_path)


def snapshot(root: Path, skip: tuple[Path, ...] = ()) -> dict[str, Any]:
    """Every entry under `root` (hidden ones too): files by size and content, links by
    target. Named pipes are listed, never opened."""
    out: dict[str, Any] = {}
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = [d for d in dirs if here / d not in skip]
        for name in dirs:
            out[(here / name).relative_to(root).as_posix()] = "dir"
        for name in files:
            path = here / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                out[rel] = ("link", os.readlink(path))
            elif path.is_file():
                out[rel] = ("file", path.read_bytes())
            else:
                out[rel] = ("special",)
    return out


def problem_lines(stderr: str, spec: Path) -> list[tuple[str, str]]:
    """(pointer, message) of the stderr lines `<spec>: <pointer>: <message>`."""
    found = []
    for line in stderr.splitlines():
        m = PROBLEM_LINE.fullmatch(line)
        if m and m["file"] in (str(spec), spec.name):
            found.append((m["pointer"], m["message"]))
    return found


def assert_refused(
    proc: subprocess.CompletedProcess[str], spec: Path, out: Path, pointers: list[str] | None = None
) -> list[tuple[str, str]]:
    """Exit 2; every stderr line is `<spec>: ...` (the first one `<spec>: <pointer>: ...` when
    pointers are expected); no traceback; no output folder."""
    assert proc.returncode == 2, f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr[-3000:]}"
    lines = proc.stderr.splitlines()
    assert lines, "no error message"
    assert "Traceback" not in proc.stderr and "RecursionError" not in proc.stderr, proc.stderr[-3000:]
    for line in lines:
        assert line.startswith(f"{spec}: "), f"not a `<file>: ...` line: {line[:300]!r}"
    found = problem_lines(proc.stderr, spec)
    if pointers is not None:
        assert PROBLEM_LINE.fullmatch(lines[0]), f"first line is not `file: pointer: message`: {lines[0]!r}"
        for ptr in pointers:
            assert any(p == ptr for p, _ in found), f"no problem reported at {ptr}:\n{proc.stderr}"
    assert not out.exists(), f"{out} was created by a failed run"
    return found


# ----------------------------------------------------------------- generated-tree checks

NAME_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*")
MODULE_FILE = re.compile(r"[a-z_][a-z0-9_]*\.py")


def tree_problems(out: Path) -> list[str]:
    """Everything unsafe about a generated tree, as readable lines."""
    problems: list[str] = []
    seen_folded: dict[str, str] = {}
    root = out.resolve()
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out).as_posix()
        if "__pycache__" in rel or ".ruff_cache" in rel:
            continue
        if path.is_symlink():
            problems.append(f"{rel}: a symlink")
            continue
        if not path.resolve().is_relative_to(root):
            problems.append(f"{rel}: resolves outside the output folder")
        for part in rel.split("/"):
            if not NAME_PART.fullmatch(part) or part in (".", "..") or len(part.encode()) > 255:
                problems.append(f"{rel}: path component {part!r} is not a plain name")
        folded = rel.lower()
        if folded in seen_folded:
            problems.append(f"{rel}: same name as {seen_folded[folded]} on a case-insensitive file system")
        seen_folded[folded] = rel
        if not path.is_file():
            continue
        parts = rel.split("/")
        if len(parts) == 3 and parts[1] in ("api", "models") and parts[2].endswith(".py"):
            if not MODULE_FILE.fullmatch(parts[2]):
                problems.append(f"{rel}: module file name is not a lower-case identifier")
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(f"{rel}: not UTF-8 ({exc})")
            continue
        for m in INVISIBLE.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            problems.append(f"{rel}:{line}: raw invisible character U+{ord(m.group()):04X}")
        if rel.endswith(".py"):
            problems.extend(python_problems(rel, text))
    pyproject = out / "pyproject.toml"
    if pyproject.is_file():
        try:
            meta = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            if set(meta) != {"build-system", "project", "tool"}:
                problems.append(f"pyproject.toml: unexpected tables {sorted(meta)}")
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"pyproject.toml: not valid TOML ({exc})")
    manifest = out / PACKAGE / "_manifest.json"
    if manifest.is_file():
        json.loads(manifest.read_text(encoding="utf-8"))
    return problems


def python_problems(rel: str, text: str) -> list[str]:
    """Spec text may only be inside string literals, comments and docstrings; imports only
    of the standard library, the SDK's dependencies and the package itself."""
    problems = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError) as exc:
        return [f"{rel}: does not tokenize ({exc})"]
    for tok in tokens:
        if tok.type == tokenize.NAME and tok.string in ("__import__", "touch", "cycler", "canary_module"):
            problems.append(f"{rel}:{tok.start[0]}: spec text became code: {tok.line.strip()[:120]!r}")
    try:
        tree = ast.parse(text)
    except SyntaxError as exc:
        return [*problems, f"{rel}: does not parse ({exc})"]
    allowed = set(sys.stdlib_module_names) | THIRD_PARTY
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        for name in names:
            if name.split(".")[0] not in allowed:
                problems.append(f"{rel}:{node.lineno}: imports {name!r}, a module the spec chose")
    return problems


IMPORT_ALL = r"""
import importlib, json, operator, pkgutil, sys, warnings
out, site, package, payloads = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
sys.path[:0] = [out, site]
report = {"modules": [], "warnings": [], "errors": [], "operations": {}, "fields": {}, "roundtrip": {}}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pkg = importlib.import_module(package)
    for info in pkgutil.walk_packages(pkg.__path__, package + "."):
        importlib.import_module(info.name)
        report["modules"].append(info.name)
    models = importlib.import_module(package + ".models")
    for name in getattr(models, "__all__", []):
        obj = getattr(models, name)
        if hasattr(obj, "model_rebuild"):
            obj.model_rebuild()
            fields = obj.model_fields.items()
            report["fields"][name] = {k: (f.alias if f.alias is not None else k) for k, f in fields}
    client = getattr(pkg, sys.argv[5])(api_key="test", base_url="http://127.0.0.1:9")
    for op_id, info in pkg.OPERATIONS.items():
        assert callable(info.function) and callable(info.async_function), op_id
        group, _, method = info.client_method.rpartition(".")
        namespace = operator.attrgetter(group)(client)
        assert callable(getattr(namespace, method)), op_id
        report["operations"][op_id] = {
            "module": info.module,
            "function": info.function_name,
            "namespace": type(namespace).__name__,
            "client_method": info.client_method,
            "tag": info.tag,
            "path": info.path,
            "parameters": [[p.name, p.python_name, p.location, p.required] for p in info.parameters],
        }
    client.close()
    for name, payload in payloads.items():
        model = getattr(models, name)
        value = model.model_validate(payload)
        report["roundtrip"][name] = {
            "dump": value.model_dump(mode="json", by_alias=True, exclude_unset=True),
            "extra": value.model_extra or {},
        }
report["warnings"] = [f"{w.category.__name__}: {w.message}" for w in caught]
print(json.dumps(report))
"""


def import_all(project: Project, out: Path, payloads: dict[str, Any] | None = None) -> dict[str, Any]:
    """Import the package, every module of it and every model, in a fresh interpreter
    (isolated mode: the output folder and the canary site folder are its only extra paths)."""
    proc = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            IMPORT_ALL,
            str(out),
            str(project.site),
            PACKAGE,
            json.dumps(payloads or {}),
            CLIENT,
        ],
        cwd=project.base,
        capture_output=True,
        text=True,
        check=False,
        env=sdk_env(project.tmp),
        timeout=300,
    )
    assert proc.returncode == 0, f"importing the generated SDK failed:\n{proc.stderr[-4000:]}"
    return json.loads(proc.stdout)


def ruff_check(out: Path) -> None:
    proc = subprocess.run(
        [ruff_bin(), "check", "--no-cache", "."], cwd=out, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


def canary_files(project: Project) -> list[str]:
    return sorted(p.name for p in project.canary.iterdir())


def assert_safe_output(
    project: Project,
    proc: subprocess.CompletedProcess[str],
    out: Path,
    payloads: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Generation succeeded and its output is safe to import, lint and publish."""
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stderr[-4000:]}"
    assert canary_files(project) == [], "a payload ran while generating"
    problems = tree_problems(out)
    assert problems == [], "\n".join(problems[:50])
    report = import_all(project, out, payloads)
    assert canary_files(project) == [], f"a payload ran on import: {canary_files(project)}"
    assert report["warnings"] == [], report["warnings"]
    ruff_check(out)
    assert canary_files(project) == []
    return report


def load_fixture(name: str) -> dict[str, Any]:
    return yaml.safe_load((HOSTILE / name).read_text(encoding="utf-8"))


# ----------------------------------------------------------------- code injection


def test_injection_corpus_is_inert(project: Project) -> None:
    """A canary payload in every string position that reaches generated code, in every
    quoting variant: it stays data, and appears literally (Jinja does not render it)."""
    spec = project.materialize("injection.yaml")
    out = project.base / "out"
    before = snapshot(project.base, skip=(out, project.root / ".cache"))
    proc = project.generate(spec, out)
    report = assert_safe_output(project, proc, out)
    assert snapshot(project.base, skip=(out, project.root / ".cache")) == before
    text = "\n".join(p.read_text(encoding="utf-8") for p in out.rglob("*.py"))
    # Jinja saw the spec's text as values: tags and expressions arrive literally, unrendered.
    assert "{{ 7*7 }}" in text and "{% raw %}" in text and "{% endraw %}" in text
    assert "cycler.__init__.__globals__" in text
    # Wire names survive exactly, however hostile.
    params = {p[0] for op in report["operations"].values() for p in op["parameters"]}
    assert "q\"; __import__('pathlib').Path('" + project.canary_prefix + ".pname').touch(); \"" in params
    paths = {op["path"] for op in report["operations"].values()}
    assert any(p.startswith('/items/{item_id}/"""; __import__') for p in paths), paths


@pytest.mark.parametrize(
    "tag",
    [
        pytest.param("description", id="description-closes-docstring"),
        pytest.param("name", id="name-closes-docstring"),
        pytest.param("backslash", id="windows-path-in-description"),
    ],
)
def test_tag_text_cannot_close_the_api_docstring(project: Project, tag: str) -> None:
    spec = project.materialize("injection-tag-docstring.yaml")
    doc = yaml.safe_load(spec.read_text(encoding="utf-8"))
    payload = doc["tags"][0]["description"]
    if tag == "name":
        doc["tags"] = [{"name": payload}]
        doc["paths"]["/things"]["get"]["tags"] = [payload]
    elif tag == "backslash":
        doc["tags"][0]["description"] = r"Files live in C:\xampp\users; see \N and \u."
    spec = project.write_doc("tag-docstring.json", doc)
    out = project.base / "out"
    assert_safe_output(project, project.generate(spec, out), out)


def test_invisible_characters_in_enum_values(project: Project) -> None:
    spec = project.materialize("bidi-enum.yaml")
    out = project.base / "out"
    assert_safe_output(project, project.generate(spec, out), out)


def test_extensions_cannot_choose_imports(project: Project) -> None:
    """Either refused with a pointer, or generated without the spec's imports."""
    spec = project.materialize("extensions.yaml")
    out = project.base / "out"
    proc = project.generate(spec, out)
    if proc.returncode == 2:
        assert_refused(proc, spec, out, pointers=[])
    else:
        assert_safe_output(project, proc, out)
    assert canary_files(project) == []


def test_yaml_python_tags_are_refused(project: Project) -> None:
    spec = project.materialize("yaml-python-tag.yaml")
    out = project.base / "out"
    proc = project.generate(spec, out)
    assert_refused(proc, spec, out)
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    assert re.search(r"invalid YAML at line \d+ column \d+: .*python/object/apply", proc.stderr), proc.stderr
    assert canary_files(project) == []


def test_lone_surrogates(project: Project) -> None:
    """Escaped in the output, or refused with the pointer of the string."""
    spec = project.materialize("surrogate.json")
    out = project.base / "out"
    proc = project.generate(spec, out)
    if proc.returncode == 2:
        assert_refused(proc, spec, out, pointers=["#/info/title"])
    else:
        assert_safe_output(project, proc, out)


# ----------------------------------------------------------------- names


@dataclass
class Built:
    project: Project
    proc: subprocess.CompletedProcess[str]
    out: Path
    before: dict[str, Any]  # snapshot of everything but the output and the model cache, before
    report: dict[str, Any] | None = None

    def outside(self) -> dict[str, Any]:
        return snapshot(self.project.base, skip=(self.out, self.project.root / ".cache"))


def build_once(
    tmp_path_factory: pytest.TempPathFactory, fixture: str, change: Callable[[Any], Any] | None = None
) -> Built:
    project = make_project(tmp_path_factory.mktemp(fixture.split(".")[0]))
    spec = project.materialize(fixture)
    if change is not None:
        doc = change(yaml.safe_load(spec.read_text(encoding="utf-8")))
        spec = project.write_doc(spec.stem + ".json", doc)
    out = project.base / "out"
    before = snapshot(project.base, skip=(out, project.root / ".cache"))
    return Built(project, project.generate(spec, out), out, before)


def value_for(schema: dict[str, Any], wire: str) -> Any:
    return {"integer": 1, "boolean": True, "number": 1.5}.get(schema.get("type", "string"), f"<{wire}>")


def names_doc() -> dict[str, Any]:
    """names.yaml, whole (the builtin aliases and the empty property name included), as a
    fresh document that a test may change."""
    return load_fixture("names.yaml")


@pytest.fixture(scope="module")
def names_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    built = build_once(tmp_path_factory, "names.yaml", lambda _: names_doc())
    props = names_doc()["components"]["schemas"]["Model"]["properties"]
    payload = {wire: value_for(schema, wire) for wire, schema in props.items()}
    built.report = assert_safe_output(built.project, built.proc, built.out, {"Model": payload})
    return built


def assert_python_name(name: str, what: str) -> None:
    assert name.isidentifier(), f"{what}: {name!r} is not an identifier"
    assert not keyword.iskeyword(name), f"{what}: {name!r} is a keyword"
    assert not (name.startswith("__") and name.endswith("__")), f"{what}: {name!r} is a dunder"


def test_names_are_valid_unique_and_wire_exact(names_build: Built) -> None:
    assert names_build.outside() == names_build.before, "written outside the output folder"
    doc = names_doc()
    report = names_build.report
    assert report is not None
    ops = report["operations"]
    spec_ops = {
        op["operationId"]: (path, method, op)
        for path, item in doc["paths"].items()
        for method, op in item.items()
    }
    assert set(ops) == set(spec_ops), "operationIds are keys exactly as the spec spells them"
    model_wire = set(doc["components"]["schemas"]["Model"]["properties"])
    modules: dict[str, set[str]] = {}
    for op_id, info in ops.items():
        path, _, op = spec_ops[op_id]
        assert info["path"] == path and info["tag"] == op["tags"][0]
        assert_python_name(info["module"], f"module of {op_id}")
        assert_python_name(info["function"], f"function of {op_id}")
        assert info["function"] not in dir(builtins), f"{op_id}: function shadows builtin {info['function']}"
        assert "API" in info["namespace"], f"client.{info['module']} is not the tag's namespace"
        functions = modules.setdefault(info["module"], set())
        assert info["function"] not in functions, f"{op_id}: {info['function']} twice in {info['module']}"
        functions.add(info["function"])
        wire = [p[0] for p in info["parameters"] if p[2] != "body"]
        assert sorted(wire) == sorted(p["name"] for p in op.get("parameters", [])), op_id
        body = {p[0] for p in info["parameters"] if p[2] == "body"}
        assert body == (model_wire if "requestBody" in op else set()), op_id
        python = [p[1] for p in info["parameters"]]
        assert len(set(python)) == len(python), f"{op_id}: colliding argument names {python}"
        assert not set(python) & CALL_OPTIONS, f"{op_id}: arguments take the SDK's own names"
        for name in python:
            assert_python_name(name, f"argument of {op_id}")
    # Every client method is reachable (asserted by the report), Python, and unique.
    placed = [info["client_method"] for info in ops.values()]
    assert len(set(placed)) == len(placed), "two operations on one client method"
    for name in (part for method in placed for part in method.split(".")):
        assert_python_name(name, "client method")
    # Every function keeps its async twin free.
    for module, functions in modules.items():
        assert not {f + "_async" for f in functions} & functions, module


def test_model_fields_keep_wire_names_exact(names_build: Built) -> None:
    report = names_build.report
    assert report is not None
    props = names_doc()["components"]["schemas"]["Model"]["properties"]
    fields = report["fields"]["Model"]
    assert sorted(fields.values()) == sorted(props), "wire names (aliases) are the spec's, exactly"
    for python in fields:
        assert_python_name(python, "Model field")
        assert not python.startswith("model_") or python.endswith("_"), f"{python} is in pydantic's namespace"
    for model, model_fields in report["fields"].items():
        for python in model_fields:
            assert_python_name(python, f"{model} field")
    # Every wire name parses into its own field and serializes back unchanged.
    payload = {wire: value_for(schema, wire) for wire, schema in props.items()}
    assert report["roundtrip"]["Model"] == {"dump": payload, "extra": {}}


def test_names_are_deterministic(names_build: Built, tmp_path: Path) -> None:
    """A second run, in a fresh project (no model cache), gives the same bytes."""
    project = make_project(tmp_path)
    out = tmp_path / "out"
    proc = project.generate(project.write_doc("names.json", names_doc()), out)
    assert proc.returncode == 0, proc.stderr
    assert read_tree(out) == read_tree(names_build.out)


def test_empty_body_field_keeps_its_wire_name(project: Project) -> None:
    spec = project.materialize("names-empty.yaml")
    out = project.base / "out"
    report = assert_safe_output(project, project.generate(spec, out), out)
    body = [p for p in report["operations"]["createThing"]["parameters"] if p[2] == "body"]
    assert sorted(p[0] for p in body) == ["", " ", "name"]


def test_properties_named_like_builtins(project: Project) -> None:
    spec = project.materialize("names-builtins.yaml")
    out = project.base / "out"
    props = load_fixture("names-builtins.yaml")["components"]["schemas"]["Thing"]["properties"]
    payload = {wire: value_for(schema, wire) for wire, schema in props.items() if schema["type"] != "array"}
    payload |= {"items": ["a"], "map": {"k": "v"}}
    report = assert_safe_output(project, project.generate(spec, out), out, {"Thing": payload})
    assert report["roundtrip"]["Thing"] == {"dump": payload, "extra": {}}


def test_equal_operation_ids_are_refused(project: Project) -> None:
    """Exactly equal operationIds (the spec requires them unique) are refused with the
    pointer of the second and the location of the first; equal-after-snake-casing ones
    (fooBar, foo_bar, FooBar, foo-bar) get distinct names (above)."""
    doc = names_doc()
    doc["paths"]["/b"]["get"]["operationId"] = "fooBar"
    spec = project.write_doc("duplicate.json", doc)
    out = project.base / "out"
    found = assert_refused(project.generate(spec, out), spec, out, pointers=["#/paths/~1b/get/operationId"])
    assert any("duplicate" in m and "#/paths/~1a/get" in m for _, m in found), found


def test_generated_identifiers_are_ascii(names_build: Built) -> None:
    """Non-ASCII names are transliterated (`naïve` -> `naive`, `名前` -> `ming_qian`), class
    names too (`日本語` -> `RiBenYu`): Python would NFKC-normalize them otherwise."""
    bad = []
    for path in sorted(names_build.out.rglob("*.py")):
        for tok in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            if tok.type == tokenize.NAME and not tok.string.isascii():
                bad.append(f"{path.relative_to(names_build.out)}:{tok.start[0]}: {tok.string}")
    assert bad == []


def test_nfkc_equivalent_names_stay_distinct(project: Project) -> None:
    spec = project.materialize("names-nfkc.yaml")
    out = project.base / "out"
    payload = {"id": "a", "ｉｄ": 1, "ﬁle": "b", "file": True}
    report = assert_safe_output(project, project.generate(spec, out), out, {"Thing": payload})
    assert sorted(report["fields"]["Thing"].values()) == sorted(payload)
    assert report["roundtrip"]["Thing"] == {"dump": payload, "extra": {}}
    # The query parameters (ｌｉｍｉｔ, limit, foo-bar, foo_bar) are each a field of the
    # operation's parameter model and an argument of its function.
    wire = ["ｌｉｍｉｔ", "limit", "foo-bar", "foo_bar"]
    assert sorted(report["fields"]["ThingsPostParametersQuery"].values()) == sorted(wire)
    query = [p for p in report["operations"]["createThing"]["parameters"] if p[2] == "query"]
    assert sorted(p[0] for p in query) == sorted(wire)


def _load_naming(softkwlist: list[str]) -> Any:
    """A private copy of generator.naming.words, loaded as if on a Python with these soft keywords."""
    saved = keyword.softkwlist
    keyword.softkwlist = softkwlist
    try:
        spec = importlib.util.spec_from_file_location(
            "_naming_copy", ROOT / "generator" / "naming" / "words.py"
        )
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        keyword.softkwlist = saved


def test_names_do_not_depend_on_the_python_version() -> None:
    py311 = _load_naming(["_", "case", "match"])
    py312 = _load_naming(["_", "case", "match", "type"])
    for name in ("type", "match", "case", "_", "from", "class", "list", "Type"):
        assert py311.identifier(name) == py312.identifier(name), name


# ----------------------------------------------------------------- paths


@pytest.fixture(scope="module")
def paths_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    built = build_once(tmp_path_factory, "paths.yaml")
    built.report = assert_safe_output(built.project, built.proc, built.out)
    return built


def test_path_like_names_stay_inside_the_output(paths_build: Built) -> None:
    # Nothing was written outside the output folder (the model cache is the project's own).
    assert paths_build.outside() == paths_build.before
    doc = load_fixture("paths.yaml")
    assert paths_build.report is not None
    ops = paths_build.report["operations"]
    assert len(ops) == len(doc["paths"])
    # Tags keep their exact text; modules are derived.
    assert {op["tag"] for op in ops.values()} == {t["name"] for t in doc["tags"]}
    modules = {op["module"] for op in ops.values()}
    assert len(modules) == len(doc["tags"]), "every tag gets its own module"
    files = sorted(
        p.relative_to(paths_build.out).as_posix()
        for p in paths_build.out.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    for rel in files:
        assert ".." not in rel.split("/") and not rel.startswith("/"), rel
    api = {
        Path(f).stem for f in files if f.startswith(f"{PACKAGE}/api/") and f != f"{PACKAGE}/api/__init__.py"
    }
    assert api == modules
    for absolute in ("/etc/passwd.py", "/tmp/evil.py", "/evil.py"):
        assert not Path(absolute).exists(), absolute


def test_models_package_passes_ruff(project: Project) -> None:
    spec = project.materialize("names-natural-sort.yaml")
    out = project.base / "out"
    assert_safe_output(project, project.generate(spec, out), out)


def test_module_names_avoid_windows_device_names(paths_build: Built) -> None:
    files = [p for p in paths_build.out.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    stems = [p.stem.lower() for p in files]
    assert not set(stems) & WINDOWS_RESERVED


def test_dotted_schema_names_generate(project: Project) -> None:
    spec = project.materialize("paths-dotted.yaml")
    out = project.base / "out"
    before = snapshot(project.base, skip=(out, project.root / ".cache"))
    assert_safe_output(project, project.generate(spec, out), out)
    assert snapshot(project.base, skip=(out, project.root / ".cache")) == before


def test_long_names_give_short_file_names(project: Project) -> None:
    spec = project.materialize("paths-long.yaml")
    out = project.base / "out"
    report = assert_safe_output(project, project.generate(spec, out), out)
    assert len({op["module"] for op in report["operations"].values()}) == 3


@pytest.mark.parametrize("target", [".", "docs", "pyproject.toml"])
def test_output_never_replaces_what_is_not_a_generated_tree(project: Project, target: str) -> None:
    """A mistyped --output must be refused, not wipe the folder it names."""
    (project.root / "specs").mkdir()
    (project.root / "specs" / "keep.json").write_text("{}", encoding="utf-8")
    (project.root / "docs").mkdir()
    (project.root / "docs" / "notes.md").write_text("# notes\n", encoding="utf-8")
    before = snapshot(project.root)
    spec = project.materialize("refs-recursive.yaml")
    proc = subprocess.run(
        [*SDKGEN, "generate", "--spec", str(spec), *SAME_NAMES, "--output", target],
        cwd=project.root,
        capture_output=True,
        text=True,
        check=False,
        env=sdk_env(project.tmp),
        timeout=300,
    )
    assert project.root.is_dir() and snapshot(project.root, skip=(project.root / ".cache",)) == {
        k: v for k, v in before.items() if not k.startswith(".cache")
    }
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr


# ----------------------------------------------------------------- references


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.05)
        self.accepted: list[tuple[str, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.sock.getsockname()[1]}"

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, peer = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(peer)
            conn.close()

    def close(self) -> None:
        time.sleep(0.2)  # a connection attempt that is still on its way
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


class PipeWatch:
    """A named pipe that records whether anything opened it for reading: a reader blocks in
    open() until a writer comes, so polling with a non-blocking writer sees every reader."""

    def __init__(self, path: Path) -> None:
        self.path = path
        os.mkfifo(path)
        self.opened = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:  # ENXIO: no reader
                    return
                time.sleep(0.005)
                continue
            self.opened += 1
            try:
                os.write(fd, b"Fifo: {type: object}\n")
            finally:
                os.close(fd)
            time.sleep(0.05)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)


@pytest.fixture
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.close()


SECRET = "TOP-SECRET-c0ffee-4d1e"


@dataclass
class ExternalRefs:
    spec: Path
    secret: Path
    pipe: PipeWatch
    expected: dict[str, str]  # pointer -> the reference it holds


@pytest.fixture
def external_refs(project: Project, listener: Listener) -> Iterator[ExternalRefs]:
    secret = project.specs / "secret.yaml"
    secret.write_text(f"Thing: {{type: object, description: {SECRET}}}\n", encoding="utf-8")
    pipe = PipeWatch(project.specs / "secret-fifo.yaml")
    spec = project.materialize("refs-external.yaml", LISTENER=listener.address, SECRET_DIR=str(project.specs))
    schema = "responses/200/content/application~1json/schema"
    local = "#/components/schemas/Local/properties"
    where, sdir = listener.address, str(project.specs)
    expected = {
        f"#/paths/~1http/get/{schema}": f"http://{where}/schemas.yaml#/Thing",
        "#/paths/~1https/get/parameters/0": f"https://{where}/params.yaml#/Limit",
        "#/paths/~1file/post/requestBody": f"file://{sdir}/secret.yaml#/Body",
        "#/paths/~1relative": "secret.yaml#/PathItem",
        "#/paths/~1relative-dot/get/responses/200": "./secret.yaml#/Response",
        f"#/paths/~1parent/get/{schema}": "../hostile/secret.yaml",
        f"#/paths/~1protocol-relative/get/{schema}": f"//{where}/x.yaml#/X",
        f"{local}/remote": f"http://{where}/deep.yaml#/Remote",
        f"{local}/absolute": f"{sdir}/secret.yaml#/Thing",
        f"{local}/fifo": "secret-fifo.yaml#/Fifo",
        f"{local}/fifoAbsolute": f"file://{sdir}/secret-fifo.yaml",
        f"{local}/combined/allOf/0": f"https://{where}/all.yaml",
    }
    yield ExternalRefs(spec, secret, pipe, expected)
    pipe.close()


def test_external_refs_are_refused_never_fetched_or_read(
    project: Project, listener: Listener, external_refs: ExternalRefs
) -> None:
    out = project.base / "new" / "sdk"
    proc = project.generate(external_refs.spec, out, timeout=120)
    found = assert_refused(proc, external_refs.spec, out, pointers=list(external_refs.expected))
    for ptr, ref in external_refs.expected.items():
        messages = [m for p, m in found if p == ptr]
        assert any("external reference" in m and repr(ref) in m for m in messages), (ptr, ref, messages)
    assert SECRET not in proc.stdout + proc.stderr
    listener.close()
    assert listener.accepted == [], f"the generator connected to the listener: {listener.accepted}"
    assert external_refs.pipe.opened == 0, "the generator opened a local file named by a $ref"
    assert not (project.base / "new").exists()


def test_each_external_ref_is_reported_once(project: Project, external_refs: ExternalRefs) -> None:
    out = project.base / "out"
    proc = project.generate(external_refs.spec, out, timeout=120)
    found = assert_refused(proc, external_refs.spec, out, pointers=list(external_refs.expected))
    assert sorted(p for p, _ in found) == sorted(external_refs.expected), proc.stderr


def test_id_and_schema_urls_are_never_fetched(project: Project, listener: Listener) -> None:
    """`$id`, `$schema`, `$dynamicRef` and `jsonSchemaDialect` naming the listener: the
    outcome may be output or a refusal, but nothing connects."""
    spec = project.materialize("refs-id.yaml", LISTENER=listener.address)
    out = project.base / "out"
    proc = project.generate(spec, out, timeout=120)
    assert proc.returncode in (0, 2), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    if proc.returncode == 0:
        assert_safe_output(project, proc, out)
    else:
        assert not out.exists()
    listener.close()
    assert listener.accepted == []


def test_external_dynamic_ref_is_refused_with_its_pointer(project: Project, listener: Listener) -> None:
    spec = project.materialize("refs-id.yaml", LISTENER=listener.address)
    out = project.base / "out"
    proc = project.generate(spec, out, timeout=120)
    assert_refused(proc, spec, out, pointers=["#/components/schemas/Thing/properties/dynamic"])


def test_reference_cycles_are_reported(project: Project) -> None:
    spec = project.materialize("refs-cycle.yaml")
    out = project.base / "out"
    started = time.monotonic()
    proc = project.generate(spec, out, timeout=120)
    assert time.monotonic() - started < 60
    found = assert_refused(proc, spec, out, pointers=[])
    cycles = {p for p, m in found if "cycle" in m}
    assert cycles & {"#/components/parameters/P", "#/components/parameters/Q"}, proc.stderr
    assert "#/components/responses/R" in cycles, proc.stderr


def test_schema_reference_cycles_are_reported(project: Project) -> None:
    spec = project.materialize("refs-cycle-schemas.yaml")
    out = project.base / "out"
    found = assert_refused(project.generate(spec, out, timeout=120), spec, out, pointers=[])
    cycles = {p for p, m in found if "cycle" in m}
    assert cycles & {"#/components/schemas/A", "#/components/schemas/B"}, found
    assert "#/components/schemas/Self" in cycles, found


def test_recursive_models_work(project: Project) -> None:
    spec = project.materialize("refs-recursive.yaml")
    out = project.base / "out"
    tree: dict[str, Any] = {"name": "leaf"}
    for depth in range(60):
        tree = {"name": f"n{depth}", "children": [tree], "byKey": {"k": {"name": "x"}}, "parent": None}
    folder = {"id": "f", "documents": [{"id": "d", "folder": {"id": "g", "documents": []}}]}
    report = assert_safe_output(
        project, project.generate(spec, out), out, {"TreeNode": tree, "Folder": folder, "LabeledTree": tree}
    )
    assert report["roundtrip"]["TreeNode"] == {"dump": tree, "extra": {}}
    assert report["roundtrip"]["Folder"] == {"dump": folder, "extra": {}}


# ----------------------------------------------------------------- shape


def test_billion_laughs_is_refused_quickly(project: Project) -> None:
    spec = project.materialize("billion-laughs.yaml")
    out = project.base / "out"
    started = time.monotonic()
    proc = project.generate(spec, out, timeout=60)
    assert time.monotonic() - started < 30
    assert_refused(proc, spec, out)
    assert (
        proc.stderr == f"{spec}: invalid YAML at line 9 column 13: YAML aliases are not allowed (found *a)\n"
    )


BAD_DOCUMENTS = {
    "swagger2.json": r"#/swagger: Swagger 2\.0 documents are not supported; convert to OpenAPI 3\.x",
    "not-object.json": r"the document is a list, not an OpenAPI object",
    "no-paths.yaml": r"#: 'paths' is missing",
    "invalid.json": r"invalid JSON at line 5 column 39: .+",
    "invalid.yaml": r"invalid YAML at line 8 column 5: .+",
}


@pytest.mark.parametrize("name", list(BAD_DOCUMENTS))
def test_bad_documents_give_one_line(project: Project, name: str) -> None:
    spec = project.materialize(name)
    out = project.base / "new" / "sdk"
    proc = project.generate(spec, out)
    assert_refused(proc, spec, out)
    assert re.fullmatch(re.escape(f"{spec}: ") + BAD_DOCUMENTS[name] + "\n", proc.stderr), proc.stderr
    assert not (project.base / "new").exists()


def _servers() -> list[dict[str, Any]]:
    return load_fixture("bad-server.yaml")["servers"]


@pytest.mark.parametrize(
    "index",
    [
        pytest.param(
            i,
            id=s["url"].strip().split(":")[0].lower() or "variable",
        )
        for i, s in enumerate(_servers())
    ],
)
def test_server_url_scheme_must_be_http(project: Project, index: int) -> None:
    doc = load_fixture("bad-server.yaml")
    doc["servers"] = [doc["servers"][index]]
    spec = project.write_doc("bad-server.json", doc)
    out = project.base / "out"
    found = assert_refused(project.generate(spec, out), spec, out, pointers=["#/servers/0/url"])
    assert any("scheme" in m for p, m in found if p == "#/servers/0/url"), found


def nested(kind: str, depth: int) -> dict[str, Any]:
    """A document whose schema (or example) is nested `depth` levels deep."""
    schema: Any = {"type": "string"}
    for _ in range(depth if kind not in ("example", "param-example") else 0):
        if kind == "properties":
            schema = {"type": "object", "properties": {"p": schema}}
        elif kind == "items":
            schema = {"type": "array", "items": schema}
        elif kind == "additionalProperties":
            schema = {"type": "object", "additionalProperties": schema}
        elif kind == "allOf":
            schema = {"allOf": [schema]}
        elif kind == "anyOf":
            schema = {"anyOf": [schema, {"type": "null"}]}
    deep_value: Any = []
    for _ in range(depth):
        deep_value = [deep_value]
    if kind == "example":
        schema = {"type": "array", "example": deep_value}
    op: dict[str, Any] = {
        "operationId": "getDeep",
        "tags": ["deep"],
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Deep"}}},
            }
        },
    }
    if kind == "param-example":
        op["parameters"] = [
            {"name": "q", "in": "query", "required": True, "schema": {"type": "array"}, "example": deep_value}
        ]
    return {
        "openapi": "3.1.0",
        "info": {"title": "Deep", "version": "1"},
        "servers": [{"url": "https://deep.example.test"}],
        "paths": {"/deep": {"get": op}},
        "components": {"schemas": {"Deep": schema}},
    }


@pytest.mark.parametrize(
    "kind",
    [
        "properties",
        "allOf",
        "anyOf",
        pytest.param("items"),
        pytest.param("additionalProperties"),
        pytest.param("example"),
        pytest.param("param-example"),
    ],
)
def test_deep_nesting_ends_in_output_or_a_clear_error(project: Project, kind: str) -> None:
    """500 levels (built here, too big to commit): output, or exit 2 with a few
    `<file>: ...` lines; never exit 3, a traceback or a RecursionError."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))  # json.dumps of the document
    spec = project.write_doc("deep.json", nested(kind, 500))
    out = project.base / "out"
    proc = project.generate(spec, out)
    assert proc.returncode in (0, 2), f"exit {proc.returncode}: {proc.stderr[-2000:]}"
    assert "Traceback" not in proc.stderr and "ecursion" not in proc.stderr.replace(
        "nested too deeply", ""
    ), proc.stderr[-2000:]
    if proc.returncode == 0:
        assert_safe_output(project, proc, out)
    else:
        assert_refused(proc, spec, out)
        assert len(proc.stderr.splitlines()) <= 5, f"{len(proc.stderr.splitlines())} lines of stderr"


def chain_doc(length: int, cycle: bool, inline: bool = False) -> dict[str, Any]:
    """`length` object schemas, each with a property referring to the next (and the last to
    the first when `cycle`): every reference passes through an object, so this is valid.
    With `inline`, each reference passes through an inline object too (two models a schema)."""
    schemas: dict[str, Any] = {}
    for i in range(length):
        props: dict[str, Any] = {"name": {"type": "string"}}
        if i + 1 < length or cycle:
            props["next"] = {"$ref": f"#/components/schemas/S{(i + 1) % length}"}
            if inline:
                props["next"] = {"type": "object", "properties": {"via": props["next"]}}
        schemas[f"S{i}"] = {"type": "object", "properties": props}
    doc = nested("properties", 0)
    doc["paths"]["/deep"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/S0"
    }
    doc["components"]["schemas"] = schemas
    return doc


def chain_payload(depth: int) -> dict[str, Any]:
    payload: dict[str, Any] = {"name": f"s{depth}"}
    for i in reversed(range(depth)):
        payload = {"name": f"s{i}", "next": payload}
    return payload


@pytest.mark.parametrize(
    ("length", "cycle"),
    [
        pytest.param(300, False, id="chain-300"),
        pytest.param(40, True, id="cycle-40"),
        pytest.param(150, True, id="cycle-150"),  # more than _INLINE_DEPTH: the limit is raised
    ],
)
def test_long_reference_chains_import(project: Project, length: int, cycle: bool) -> None:
    """Every model imports and builds in a fresh interpreter, at Python's default recursion
    limit, from the top of the chain down (the deepest way): imports between model modules
    nest at most modsplit.MAX_IMPORT_DEPTH deep, and the SDK builds models leaves first."""
    spec = project.write_doc("chain.json", chain_doc(length, cycle))
    out = project.base / "out"
    report = assert_safe_output(project, project.generate(spec, out), out, {"S0": chain_payload(5)})
    assert report["roundtrip"]["S0"]["dump"] == chain_payload(5)
    assert len(report["fields"]) == length
    modules = [m.name for m in (out / PACKAGE / "models").glob("_*.py") if m.name != "__init__.py"]
    # A chain of modules as long as the chain of schemas is merged to MAX_IMPORT_DEPTH or
    # fewer; a cycle is one module.
    assert len(modules) <= (MAX_IMPORT_DEPTH if not cycle else 1), sorted(modules)


CALL_CHAIN = r"""
import json, sys
import httpx
sys.path[:0] = [sys.argv[1]]
from openrouter_sdk import OpenRouter
body = json.loads(sys.argv[2])
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
with httpx.Client(transport=transport) as http:
    client = OpenRouter(api_key="k", base_url="http://127.0.0.1:9", http_client=http, max_retries=0)
    result = client.deep.get_deep()
print(json.dumps([item.model_dump(mode="json", by_alias=True, exclude_unset=True) for item in result]))
"""


def test_long_reference_chain_in_a_response_parses(project: Project) -> None:
    """A response that is a list of the top of a 300-model chain (parsed through a type
    adapter, not a model's own validator) parses at the default recursion limit."""
    doc = chain_doc(300, cycle=False)
    content = doc["paths"]["/deep"]["get"]["responses"]["200"]["content"]["application/json"]
    content["schema"] = {"type": "array", "items": {"$ref": "#/components/schemas/S0"}}
    spec = project.write_doc("chain.json", doc)
    out = project.base / "out"
    proc = project.generate(spec, out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    body = [chain_payload(4), {"name": "alone"}]
    call = subprocess.run(
        [sys.executable, "-c", CALL_CHAIN, str(out), json.dumps(body)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert call.returncode == 0, call.stderr[-3000:]
    assert json.loads(call.stdout) == body


def via_payload(depth: int) -> dict[str, Any]:
    """chain_payload for a chain whose references pass through an inline object."""
    payload: dict[str, Any] = {"name": f"s{depth}"}
    for i in reversed(range(depth)):
        payload = {"name": f"s{i}", "next": {"via": payload}}
    return payload


@pytest.mark.parametrize(
    ("length", "inline"),
    [
        pytest.param(250, False, id="cycle-250"),
        pytest.param(120, True, id="cycle-120-inline"),  # 120 schemas, 240 models
    ],
)
def test_reference_cycles_of_any_length_build(project: Project, length: int, inline: bool) -> None:
    """pydantic builds the models of a cycle together, nesting about 11 frames per model: the
    SDK builds a cycle of more than 40 on a thread whose stack is sized for it (these were
    refused when cycles of more than 200 models were). Every model imports, builds and
    round-trips in a fresh interpreter at Python's default recursion limit."""
    spec = project.write_doc("cycle.json", chain_doc(length, cycle=True, inline=inline))
    out = project.base / "out"
    payload = via_payload(5) if inline else chain_payload(5)
    report = assert_safe_output(project, project.generate(spec, out), out, {"S0": payload})
    assert report["roundtrip"]["S0"]["dump"] == payload
    assert len(report["fields"]) >= length


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("enum-only.yaml"),
        pytest.param("allof-enum.yaml"),
    ],
)
def test_enum_shapes_import(project: Project, name: str) -> None:
    """Output that imports, or a refusal with a pointer."""
    spec = project.materialize(name)
    out = project.base / "out"
    proc = project.generate(spec, out)
    if proc.returncode == 2:
        assert_refused(proc, spec, out, pointers=[])
    else:
        assert_safe_output(project, proc, out)


# ----------------------------------------------------------------- atomicity


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated/ tree to copy into each project (generated here from a fixture of ours, so
    that the real generated/, which others may be regenerating, is never read)."""
    base = tmp_path_factory.mktemp("populated")
    project = make_project(base)
    out = base / "generated"
    proc = project.generate(project.materialize("refs-recursive.yaml"), out)
    assert proc.returncode == 0, proc.stderr
    (out / "LOCAL-NOTE.txt").write_text("a file the generator did not write\n", encoding="utf-8")
    return out


def refusal_spec(project: Project, name: str, listener: Listener) -> Path:
    if name == "refs-external.yaml":
        (project.specs / "secret.yaml").write_text(f"Thing: {{description: {SECRET}}}\n", encoding="utf-8")
        return project.materialize(name, LISTENER=listener.address, SECRET_DIR=str(project.specs))
    if name == "bad-server.yaml":
        doc = load_fixture(name)
        doc["servers"] = [s for s in doc["servers"] if s["url"].startswith("file:")]
        return project.write_doc("bad-server.json", doc)
    if name == "deep.json":
        return project.write_doc(name, nested("properties", 500))
    return project.materialize(name)


REFUSED = [
    "refs-external.yaml",
    "refs-cycle.yaml",
    "billion-laughs.yaml",
    "yaml-python-tag.yaml",
    "swagger2.json",
    "not-object.json",
    "no-paths.yaml",
    "invalid.json",
    "invalid.yaml",
    "bad-server.yaml",
    "deep.json",
]


@pytest.mark.parametrize("name", REFUSED)
def test_refusals_leave_generated_untouched(
    project: Project, populated: Path, listener: Listener, name: str
) -> None:
    """Into the project's own generated/ (no --output): byte-identical afterwards, and no
    staging or backup folder beside it."""
    shutil.copytree(populated, project.root / "generated")
    spec = refusal_spec(project, name, listener)
    before = snapshot(project.base, skip=(project.root / ".cache",))
    proc = project.run("generate", "--spec", str(spec), *SAME_NAMES)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert snapshot(project.base, skip=(project.root / ".cache",)) == before
    listener.close()
    assert listener.accepted == []


@pytest.mark.parametrize("existing", [False, True], ids=["new-output", "existing-output"])
def test_crash_while_writing_leaves_no_partial_tree(
    project: Project, populated: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    """A failure half-way through writing the new tree (disk full): the output is as it
    was (absent, or byte-identical), and no staging folder is left."""
    import generator.build.tree as writer

    out = project.base / ("sdk" if existing else "new") / "sdk"
    if existing:
        shutil.copytree(populated, out)
    spec = project.materialize("refs-recursive.yaml")
    before = snapshot(project.base, skip=(project.root / ".cache",))
    real_write = writer.write_files

    def failing_write(root: Path, files: dict[str, bytes]) -> None:
        if not root.name.startswith(f".{out.name}.new-"):
            return real_write(root, files)  # the formatter's scratch folder
        items = list(files.items())
        real_write(root, dict(items[: len(items) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer, "write_files", failing_write)
    monkeypatch.chdir(project.root)
    monkeypatch.setattr(tempfile, "tempdir", str(project.tmp))
    result = CliRunner().invoke(
        main_cli(), ["generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out)]
    )
    assert result.exit_code != 0, result.output
    assert "No space left on device" in result.stderr
    after = snapshot(project.base, skip=(project.root / ".cache",))
    # The parent folder --output asked for may stay (created, empty); nothing else may.
    if not existing:
        assert after.pop(out.parent.name, None) in (None, "dir")
    assert after == before


# ----------------------------------------------------------------- CLI manners


def test_verbose_shows_the_traceback(project: Project) -> None:
    spec = project.materialize("swagger2.json")
    out = project.base / "out"
    quiet = project.generate(spec, out)
    loud = project.run("--verbose", "generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out))
    assert quiet.returncode == loud.returncode == 2
    assert "Traceback" not in quiet.stderr
    assert "Traceback (most recent call last)" in loud.stderr
    assert loud.stderr.endswith(quiet.stderr), "the problem line still ends the output"
    assert not out.exists()


@pytest.mark.parametrize("verbose", [False, True], ids=["quiet", "verbose"])
def test_internal_error_says_it_is_a_bug(
    project: Project, monkeypatch: pytest.MonkeyPatch, verbose: bool
) -> None:
    import generator.build.pipeline as pipeline

    def crash(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("simulated crash in the generator")

    # What `sdkgen generate` calls, and the build inside it (whichever the pipeline uses).
    for name in ("generate", "build", "prepare"):
        monkeypatch.setattr(pipeline, name, crash, raising=False)
    monkeypatch.chdir(project.root)
    spec = project.materialize("refs-recursive.yaml")
    out = project.base / "out"
    args = ["--verbose"] if verbose else []
    result = CliRunner().invoke(
        main_cli(), [*args, "generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out)]
    )
    assert result.exit_code == 3, result.output
    assert "internal error: RuntimeError: simulated crash in the generator" in result.stderr
    assert "This is a bug in sdkgen" in result.stderr and "report" in result.stderr
    assert ("Traceback (most recent call last)" in result.stderr) is verbose
    assert not out.exists()


def test_a_crash_on_the_other_core_is_an_internal_error(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """datamodel-code-generator runs in a forked child (generator.build.parallel): its crash is
    reported like one in-process, and --verbose shows where in the child it happened."""
    import generator.models.codegen as models

    def crash(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("simulated crash in datamodel-code-generator")

    monkeypatch.setattr(models, "_run_datamodel_codegen", crash)
    monkeypatch.chdir(project.root)
    spec = project.materialize("refs-recursive.yaml")
    out = project.base / "out"
    for args, traceback in (([], False), (["--verbose"], True)):
        command = [*args, "generate", "--spec", str(spec), *SAME_NAMES, "--output", str(out)]
        result = CliRunner().invoke(main_cli(), command)
        assert result.exit_code == 3, result.output
        assert "internal error: RuntimeError: simulated crash in datamodel-code-generator" in result.stderr
        assert ("in _generate" in result.stderr) is traceback  # the child's frame
        assert not out.exists()


def main_cli() -> Callable[..., Any]:
    from generator.cli import main

    return main
