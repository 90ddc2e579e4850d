"""How fast the generator itself is, against datamodel-code-generator alone, measured
in the same run on a copy of the project (the real .cache/ and generated/ are not
touched). Prints a table and, with --write, replaces the generator section of
BENCHMARKS.md.

Figures (wall time of a whole command, median of several runs):
- datamodel-code-generator alone: its Python API on the normalized pinned spec with
  the generator's options, in a fresh interpreter (the floor);
- a full `sdkgen generate` with an empty cache: target <= the floor + 1 s, checked on
  the median difference of floor and full runs taken in turns (this machine's speed
  drifts by more than a second between minutes);
- a template-only change (models cached): target <= 1.5 s;
- a no-op run: target <= 0.5 s;
- with --openapi-python-client BINARY: that generator on the same spec (without our
  overlay), its wall and CPU time, and how many of the spec's operations it generates;
- a 2,000-operation spec: generate (time, peak memory of its largest process: the
  models are generated in a forked child, which shares the parent's pages), import every
  module and build every model (time, peak memory), `ruff check` of the output; no targets.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARK = "<!-- generator-benchmark -->"
CORPUS = "<!-- corpus-benchmark -->"

FLOOR = """
import json, sys, tempfile
from pathlib import Path
from generator.models.codegen import _options, _run_datamodel_codegen
doc = json.loads(Path(sys.argv[1]).read_text())
with tempfile.TemporaryDirectory() as tmp:
    _run_datamodel_codegen(doc, Path(tmp) / "m.py", Path(tmp) / "meta.json", _options("openrouter_sdk"))
"""

PEAK = """
import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
if proc.returncode:
    sys.exit(proc.stdout + proc.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def timed(args: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{proc.stdout}{proc.stderr}")
    return elapsed


def copy_project(base: Path) -> Path:
    project = base / "project"
    project.mkdir()
    (base / "shared").symlink_to(ROOT.parent / "shared")
    for name in ("pyproject.toml",):
        shutil.copy(ROOT / name, project)
    for name in ("templates", "specs", "generated"):
        shutil.copytree(ROOT / name, project / name, symlinks=True)
    return project


def measure(runs: int, opc: Path | None) -> list[tuple[str, float, str, str]]:
    sdkgen = [sys.executable, "-m", "generator"]
    rows: list[tuple[str, float, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="sdkgen-bench-") as tmp:
        project = copy_project(Path(tmp))
        timed([*sdkgen, "fetch"], project)
        normalized = Path(tmp) / "normalized.json"
        from generator.config import load_config
        from generator.spec.document import load_document

        config = load_config(project)
        normalized.write_text(json.dumps(load_document(config.spec, config.overlays)))

        # Floor and full runs alternate, so that a slow spell of this shared machine
        # weighs on both; the target is checked on the median of the paired differences.
        floors, fulls = [], []
        for _ in range(runs):
            floors.append(timed([sys.executable, "-c", FLOOR, str(normalized)], project))
            shutil.rmtree(project / ".cache", ignore_errors=True)
            fulls.append(timed([*sdkgen, "generate"], project))
        floor, full = statistics.median(floors), statistics.median(fulls)
        extra = [b - a for a, b in zip(floors, fulls, strict=True)]
        rows.append(("datamodel-code-generator alone (floor)", floor, "", ""))
        rows.append(("full `sdkgen generate`, empty cache", full, "", ""))
        rows.append(
            (
                f"full run minus floor: median of {runs} pairs (range {min(extra):.2f}-{max(extra):.2f} s)",
                statistics.median(extra),
                "<= 1 s",
                ok(statistics.median(extra) <= 1),
            )
        )

        types = project / "templates" / "package" / "_types.py"
        changes = []
        for i in range(runs):
            types.write_text(types.read_text() + f"\n# benchmark edit {i}\n")
            changes.append(timed([*sdkgen, "generate"], project))
        change = statistics.median(changes)
        rows.append(("template-only change (models cached)", change, "<= 1.5 s", ok(change <= 1.5)))

        noop = statistics.median(timed([*sdkgen, "generate"], project) for _ in range(max(runs, 3)))
        rows.append(("no-op run", noop, "<= 0.5 s", ok(noop <= 0.5)))

        if opc is not None:
            rows.append(openapi_python_client(opc, config.spec, Path(tmp), runs))

        scale = Path(tmp) / "scale.json"
        sys.path.insert(0, str(ROOT))
        from tests.conftest import SAME_NAMES  # the names the import check below expects
        from tests.gen_scale import scale_spec  # the same spec the scale test uses

        scale.write_text(json.dumps(scale_spec()))
        started = time.perf_counter()
        command = [*sdkgen, "generate", "--spec", str(scale), *SAME_NAMES, "--output", str(Path(tmp) / "big")]
        peak = subprocess.run(
            [sys.executable, "-c", PEAK, *command], cwd=project, capture_output=True, text=True, check=False
        )
        if peak.returncode:
            raise SystemExit(peak.stdout + peak.stderr)
        big = time.perf_counter() - started
        rows.append(
            (
                "2,000-operation spec, full generate",
                big,
                f"peak memory {int(peak.stdout) // 1024} MiB (largest process)",
                "info",
            )
        )
        from tests.test_scale import IMPORT_ALL  # every module imported, every model built

        started = time.perf_counter()
        imported = subprocess.run(
            [sys.executable, "-I", "-c", IMPORT_ALL, str(Path(tmp) / "big"), "openrouter_sdk"],
            capture_output=True,
            text=True,
            check=False,
        )
        if imported.returncode:
            raise SystemExit(imported.stderr)
        report = json.loads(imported.stdout)
        rows.append(
            (
                f"2,000-operation spec, import every module and build all {report['models']} models",
                time.perf_counter() - started,
                f"peak memory {report['peak_mb']:.0f} MiB",
                "info",
            )
        )
        ruff = [sys.executable, "-m", "ruff", "check", "--no-cache", "."]
        rows.append(("2,000-operation spec, `ruff check`", timed(ruff, Path(tmp) / "big"), "", "info"))
    return rows


def openapi_python_client(binary: Path, spec: Path, tmp: Path, runs: int) -> tuple[str, float, str, str]:
    """Its median wall time on the spec, with its CPU time and the operations it generated
    (one module per operation under api/); its own ruff formats its output."""
    from generator.spec.operations import METHODS
    from generator.spec.parse import load_spec

    doc = load_spec(spec)
    declared = sum(1 for item in doc["paths"].values() for method in METHODS if method in item)
    binary = binary.absolute()  # its ruff, which it runs in the output folder, is beside it
    env = {**os.environ, "PATH": f"{binary.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    name = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    walls, cpus, generated = [], [], 0
    for i in range(runs):
        out = tmp / f"opc-{i}"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        command = [binary, "generate", "--path", spec, "--meta", "none", "--output-path", out]
        proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if proc.returncode != 0:
            raise SystemExit(f"openapi-python-client failed:\n{(proc.stdout + proc.stderr)[-2000:]}")
        generated = sum(1 for f in out.glob("api/*/*.py") if f.name != "__init__.py")
    cpu = statistics.median(cpus)
    return (
        f"{name.replace(' version:', '')} on the same spec, without our overlay (CPU {cpu:.2f} s)",
        statistics.median(walls),
        f"generates {generated} of its {declared} operations",
        "info",
    )


def ok(passed: bool) -> str:
    return "PASS" if passed else "MISS"


def table(rows: list[tuple[str, float, str, str]]) -> str:
    lines = [
        MARK,
        "## The generator",
        "",
        "Written by `make bench` (bench/generator_speed.py): wall time of whole commands in a copy of",
        "the project, median of several runs, against datamodel-code-generator alone measured in",
        "the same run on the normalized pinned spec with the generator's options. Floor and full",
        "runs alternate, and the target is checked on the median of their paired differences:",
        "this machine's speed drifts by a second between minutes (the range shows how much).",
        "",
        "| figure | time | target | result |",
        "|---|---|---|---|",
    ]
    lines += [f"| {name} | {seconds:.2f} s | {target} | {result} |" for name, seconds, target, result in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", metavar="FILE", help="replace the generator section of this Markdown file")
    parser.add_argument(
        "--openapi-python-client", type=Path, metavar="BINARY", help="also time this openapi-python-client"
    )
    args = parser.parse_args()
    text = table(measure(args.runs, args.openapi_python_client))
    print(text)
    if args.write:
        path = Path(args.write)
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        head = current.split(MARK)[0].rstrip("\n")
        corpus = current[current.index(CORPUS) :] if CORPUS in current else ""  # bench/corpus.py's
        path.write_text(
            (head + "\n\n" if head else "") + text + ("\n" + corpus if corpus else ""), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
