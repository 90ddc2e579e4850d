"""How long `sdkgen diff` takes per pair of OpenRouter snapshots (issue 16's target: under
1 s a pair for the wire diff), what `--sdk` adds, and what the release path's SDK verdict
costs: printed figures, no verdict.

    .venv/bin/python bench/diff_speed.py [--repeats N]

Wire: in one process (imports aside), each pair's two documents loaded (overlays applied),
diffed and rendered as Markdown, median of N. `--sdk`: both documents generated and the
packages compared (generator.diff.sdkverdict), median of N. Release path: the
committed generated/ compared with itself with one module changed (a template change) and
with only README.md changed (griffe skipped), CPU time, median of N.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared" / "specs" / "openrouter"
PAIRS = [
    ("2026-04-07", "2026-04-08"),
    ("2026-04-08", "2026-04-09"),
    ("2026-04-09", "2026-04-10"),
    ("2026-06-28", "2026-07-31"),
    ("2026-03-27", "2026-07-31"),
]


def _median(run: object, repeats: int, clock: object = time.perf_counter) -> float:
    times = []
    for _ in range(repeats):
        start = clock()  # type: ignore[operator]
        run()  # type: ignore[operator]
        times.append(clock() - start)  # type: ignore[operator]
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    repeats = parser.parse_args().repeats
    start = time.perf_counter()
    from generator.config import load_config
    from generator.diff.document import diff_documents
    from generator.diff.report import render
    from generator.spec.document import load_source

    print(f"imports of the wire diff: {time.perf_counter() - start:.2f} s")
    config = load_config(ROOT)

    def wire(old: str, new: str) -> None:
        a = load_source(str(SPECS / f"openapi-{old}.json"), config.overlays, old)
        b = load_source(str(SPECS / f"openapi-{new}.json"), config.overlays, new)
        render(diff_documents(a, b, old_name=old, new_name=new), "markdown")

    from generator.diff.sdkverdict import sdk_breaks

    for old, new in PAIRS:
        w = _median(lambda old=old, new=new: wire(old, new), repeats)
        s = _median(
            lambda old=old, new=new: sdk_breaks(
                config, SPECS / f"openapi-{old}.json", SPECS / f"openapi-{new}.json"
            ),
            1,
        )
        print(f"{old} -> {new}: wire {w:.2f} s; --sdk adds {s:.2f} s ({(w + s) / w:.0f}x the wire diff)")

    from generator.build.tree import read_tree
    from generator.diff.package import compare_trees

    output = ROOT / "generated"
    tree = read_tree(output)
    module = f"{config.package_name}/_errors.py"
    one = {**tree, module: tree[module] + b"\n# changed\n"}
    docs = {**tree, "README.md": tree["README.md"] + b"\n"}
    for label, new_tree in (("one module changed", one), ("README.md only", docs)):
        cpu = _median(
            lambda new_tree=new_tree: compare_trees(tree, new_tree, config.package_name, old_root=output),
            repeats,
            time.process_time,
        )
        print(f"release path SDK verdict, {label}: {cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
