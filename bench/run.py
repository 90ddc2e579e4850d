"""The benchmark behind `make bench`: each figure of the SDK beside a floor measured in
the same run, their ratio, the target, PASS or MISS; optionally written to BENCHMARKS.md.

    .venv/bin/python bench/run.py [--url URL] [--official-python PY] [--write FILE]

Without --url it starts bench/server.py (a local stand-in for the API) in its own
process and stops it at the end. Every figure runs in fresh processes:

- CPU figures (chat call, stream, /models) run in a worker process (this file with
  --worker) that times floor and SDK blocks alternately (ABBA), `REPEATS` of each, with
  `time.process_time()` (CPU of the worker only: the server is another process), and
  takes the median of the per-operation times; each block runs as many operations as
  fit in about `--budget` seconds of CPU.
- Import and cold start run a fresh interpreter per sample (`IMPORT_SAMPLES`,
  `COLD_SAMPLES`, interleaved with their floor), timed with `time.perf_counter()`
  inside it, median taken.

This is a benchmark, not a test: it exits 0 whatever the figures (unless --strict), and 1
only when a figure could not be measured at all (its worker failed).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SERVER = ROOT / "bench" / "server.py"

REPEATS = 5
IMPORT_SAMPLES = 31
COLD_SAMPLES = 9
API_KEY = "sk-or-bench-0000000000000000"
MODEL = "openai/gpt-4o-mini"
MESSAGES = [{"role": "user", "content": "What is the capital of France? Answer in two sentences."}]


# -- the worker: CPU per operation ------------------------------------------------


def block(fn: Callable[[], Any], n: int) -> float:
    """CPU seconds per call of `fn`, over `n` calls."""
    gc.collect()
    start = time.process_time()
    for _ in range(n):
        fn()
    return (time.process_time() - start) / n


def calibrate(fn: Callable[[], Any], budget: float) -> int:
    """How many calls of `fn` take about `budget` CPU seconds (after warming it up)."""
    for _ in range(3):
        fn()
    n, spent = 1, 0.0
    while spent < 0.05:
        spent = block(fn, n) * n
        if spent < 0.05:
            n *= 4
    return max(3, min(100_000, round(n * budget / max(spent, 1e-9))))


def gc_time(fn: Callable[[], Any], n: int) -> float:
    """Seconds per call of `fn` spent in the cyclic garbage collector (an untimed pass)."""
    spent = [0.0, 0.0]

    def callback(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            spent[1] = time.perf_counter()
        else:
            spent[0] += time.perf_counter() - spent[1]

    gc.collect()
    gc.callbacks.append(callback)
    try:
        for _ in range(n):
            fn()
    finally:
        gc.callbacks.remove(callback)
    return spent[0] / n


def compare(floor: Callable[[], Any], ours: Callable[[], Any], repeats: int, budget: float) -> dict[str, Any]:
    """Per-call CPU of both, alternating ABBA so drift hits both alike; then, untimed, the
    share of each spent in the garbage collector."""
    n_floor, n_ours = calibrate(floor, budget), calibrate(ours, budget)
    floors: list[float] = []
    oursl: list[float] = []
    for i in range(repeats):
        if i % 2 == 0:
            floors.append(block(floor, n_floor))
            oursl.append(block(ours, n_ours))
        else:
            oursl.append(block(ours, n_ours))
            floors.append(block(floor, n_floor))
    return {
        "floor": floors,
        "ours": oursl,
        "n_floor": n_floor,
        "n_ours": n_ours,
        "gc_floor": gc_time(floor, max(1, n_floor // 2)),
        "gc_ours": gc_time(ours, max(1, n_ours // 2)),
    }


def chat_calls(url: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
    """The chat figure's floor (httpx post + json.loads) and SDK call."""
    import httpx
    from openrouter_sdk import OpenRouter

    endpoint = url + "/api/v1/chat/completions"
    headers = {"Authorization": f"Bearer {API_KEY}"}
    body = {"model": MODEL, "messages": MESSAGES}
    raw = httpx.Client()
    client = OpenRouter(api_key=API_KEY, base_url=url + "/api/v1")

    def floor() -> Any:
        return json.loads(raw.post(endpoint, json=body, headers=headers).content)

    def ours() -> Any:
        return client.chat.send(model=MODEL, messages=MESSAGES)

    return floor, ours


def worker_chat(url: str, repeats: int, budget: float) -> dict[str, Any]:
    from openrouter_sdk.models import ChatResult

    floor, ours = chat_calls(url)
    result = ours()
    if not isinstance(result, ChatResult):
        raise SystemExit(f"chat: expected a ChatResult, got {type(result).__name__}")
    return compare(floor, ours, repeats, budget)


def worker_stream(url: str, repeats: int, budget: float) -> dict[str, Any]:
    import httpx
    from openrouter_sdk import OpenRouter

    endpoint = url + "/api/v1/chat/completions"
    headers = {"Authorization": f"Bearer {API_KEY}", "Accept": "text/event-stream"}
    body = {"model": MODEL, "messages": MESSAGES, "stream": True}
    raw = httpx.Client()
    client = OpenRouter(api_key=API_KEY, base_url=url + "/api/v1")

    def floor() -> int:
        count = 0
        with raw.stream("POST", endpoint, json=body, headers=headers) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    data = line[6:]
                    if data == "[DONE]":
                        break
                    json.loads(data)
                    count += 1
        return count

    def ours() -> int:
        count = 0
        stream = client.chat.send(model=MODEL, messages=MESSAGES, stream=True)
        for _chunk in stream:
            count += 1
        return count

    try:
        from openrouter_sdk.models import ChatStreamChunk

        stream = client.chat.send(model=MODEL, messages=MESSAGES, stream=True)
        chunks = list(stream)
    except Exception as exc:  # noqa: BLE001 - reported as n/a, not a crash
        return {"na": f"streaming not available: {type(exc).__name__}: {str(exc)[:120]}"}
    if len(chunks) != floor() or not all(isinstance(c, ChatStreamChunk) for c in chunks):
        kinds = sorted({type(c).__name__ for c in chunks})
        return {"na": f"streaming not available: got {len(chunks)} items of {kinds}"}
    return {**compare(floor, ours, repeats, budget), "events": len(chunks)}


def worker_models(url: str, repeats: int, budget: float) -> dict[str, Any]:
    """Parsing the body alone: the SDK's response parser for GET /models (the one
    `client.models.list()` runs on the body) against `json.loads`."""
    import httpx
    from openrouter_sdk import models

    body = httpx.get(url + "/api/v1/models").content
    try:  # what the client runs on a 200 JSON body of GET /models
        from openrouter_sdk.api.models_api import _GET_MODELS

        parse = _GET_MODELS.parser("json", _GET_MODELS.json)
        how = "the SDK's response parser of GET /models"
    except (ImportError, AttributeError, TypeError):  # internals moved: the public model
        parse = models.ModelsListResponse.model_validate_json
        how = "ModelsListResponse.model_validate_json"
    result = parse(body)
    if not isinstance(result, models.ModelsListResponse) or not all(
        isinstance(m, models.Model) for m in result.data
    ):
        raise SystemExit(f"models: expected typed models, got {type(result).__name__}")
    return {
        **compare(lambda: json.loads(body), lambda: parse(body), repeats, budget),
        "kept": compare(kept(lambda: json.loads(body)), kept(lambda: parse(body)), repeats, budget),
        "how": how,
        "count": len(result.data),
        "bytes": len(body),
    }


def kept(fn: Callable[[], Any], alive: int = 3) -> Callable[[], None]:
    """`fn` whose last `alive` results stay referenced, as a program keeps what it read,
    and a list made after each call, as a program goes on allocating: the garbage
    collector then looks at each result at least once before it is freed."""
    ring: list[Any] = [None] * alive
    calls = [0]

    def call() -> None:
        calls[0] += 1
        ring[calls[0] % alive] = fn()
        ring.append([calls[0]])  # a tracked allocation with the collector running
        ring.pop()

    return call


#: Required fields of `Model` that are not nullable, dropped one per model in turn.
MISSING_CYCLE = (
    "canonical_slug",
    "context_length",
    "created",
    "links",
    "supported_parameters",
    "top_provider",
)


def missing_one(data: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each model without one field the document calls required (as real bodies are)."""
    return [
        {k: v for k, v in m.items() if k != MISSING_CYCLE[i % len(MISSING_CYCLE)]} for i, m in enumerate(data)
    ]


def deviant(data: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each model with every kind of deviation at once, about the size of the exact one: a
    required field renamed (missing, and an extra field), an unknown enum value and a leaf
    of the wrong type (the /models body has no tagged union; unknown variants are
    exercised by tests/test_lenient.py)."""
    out = []
    for i, model in enumerate(data):
        gone = MISSING_CYCLE[i % len(MISSING_CYCLE)]
        # the required field renamed: missing, and an extra field of the same size
        model = {(k if k != gone else k + "_v2"): v for k, v in model.items()}
        arch = dict(model["architecture"])
        arch["input_modalities"] = [*arch.get("input_modalities", []), "smell"]
        model["architecture"] = arch
        pricing = dict(model["pricing"])
        pricing["prompt"] = {"usd": pricing.get("prompt")}  # an object where a string goes
        model["pricing"] = pricing
        out.append(model)
    return out


def same_size(data: list[dict[str, Any]], size: int) -> bytes:
    """The spec-exact body serialized as the deviant one is, and padded to `size` bytes
    (the models' descriptions a little longer): the floor the issue names is a spec-exact
    body of the same size, so that the deviant one is not charged for more JSON."""
    body = json.dumps({"data": data}).encode()
    short = size - len(body)
    if short <= 0 or not data:
        return body
    padded = [dict(model) for model in data]
    for i, model in enumerate(padded):
        extra = short // len(padded) + (1 if i < short % len(padded) else 0)
        model["description"] = str(model.get("description", "")) + "." * extra
    return json.dumps({"data": padded}).encode()


def peak(fn: Callable[[], Any]) -> int:
    """tracemalloc's peak of one call, in bytes (what stays alive counts: the result)."""
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        result = fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        del result


def lenient_bodies(url: str) -> tuple[Callable[[bytes], Any], bytes, bytes, bytes]:
    """The parser of GET /models, and its bodies: the spec-exact one at the deviant one's
    size, the one with a required field missing per model, and the deviant one."""
    import httpx
    from openrouter_sdk.api.models_api import _GET_MODELS

    parse = _GET_MODELS.parser("json", _GET_MODELS.json)
    data = json.loads(httpx.get(url + "/api/v1/models").content)["data"]
    missing = json.dumps({"data": missing_one(data)}).encode()
    mixed = json.dumps({"data": deviant(data)}).encode()
    return parse, same_size(data, len(mixed)), missing, mixed


def worker_models_lenient(url: str, repeats: int, budget: float) -> dict[str, Any]:
    """The same parser on bodies that deviate from the document: one required field
    missing per model (against json.loads of that body), and every kind of deviation
    (against the spec-exact body: CPU and tracemalloc peak)."""
    from openrouter_sdk import models

    parse, exact, missing, mixed = lenient_bodies(url)
    data = json.loads(exact)["data"]
    for body in (exact, missing, mixed):
        result = parse(body)
        if not isinstance(result, models.ModelsListResponse) or len(result.data) != len(data):
            raise SystemExit(f"models_lenient: expected typed models, got {type(result).__name__}")
    parse(exact)
    memory = [(peak(lambda: parse(exact)), peak(lambda: parse(mixed))) for _ in range(3)]
    return {
        "missing": compare(lambda: json.loads(missing), lambda: parse(missing), repeats, budget),
        "mixed": compare(lambda: parse(exact), lambda: parse(mixed), repeats, budget),
        "memory": {"floor": min(m[0] for m in memory), "ours": min(m[1] for m in memory)},
        "bytes": {"exact": len(exact), "missing": len(missing), "deviant": len(mixed)},
    }


def worker_models_call(url: str, repeats: int, budget: float) -> dict[str, Any]:
    import httpx
    from openrouter_sdk import OpenRouter

    endpoint = url + "/api/v1/models"
    headers = {"Authorization": f"Bearer {API_KEY}"}
    raw = httpx.Client()
    client = OpenRouter(api_key=API_KEY, base_url=url + "/api/v1")
    return compare(
        lambda: json.loads(raw.get(endpoint, headers=headers).content),
        lambda: client.models.list(),
        repeats,
        budget,
    )


WORKERS = {
    "chat": worker_chat,
    "stream": worker_stream,
    "models": worker_models,
    "models_call": worker_models_call,
    "models_lenient": worker_models_lenient,
}


# -- fresh interpreters: import and cold start --------------------------------------

IMPORT_SNIPPET = """\
import time
t = time.perf_counter()
import {module}
print(time.perf_counter() - t)
"""

OURS_COLD = """\
import sys, time
t0 = time.perf_counter()
from openrouter_sdk import OpenRouter
t1 = time.perf_counter()
client = OpenRouter(api_key={key!r}, base_url=sys.argv[1] + "/api/v1")
t2 = time.perf_counter()
result = client.chat.send(model={model!r}, messages={messages!r})
t3 = time.perf_counter()
assert type(result).__name__ == "ChatResult" and result.choices[0].message.content
print(t1 - t0, t2 - t1, t3 - t2)
"""

DEPENDENCIES_COLD = """\
import sys, time
t0 = time.perf_counter()
import json
import httpx
t1 = time.perf_counter()
client = httpx.Client()
t2 = time.perf_counter()
response = client.post(
    sys.argv[1] + "/chat/completions",
    json={{"model": {model!r}, "messages": {messages!r}}},
    headers={{"Authorization": "Bearer {key}"}},
)
import pydantic

class ChatResult(pydantic.BaseModel):
    id: str
    choices: list[dict[str, object]]

result = ChatResult.model_validate(json.loads(response.content))
t3 = time.perf_counter()
assert result.choices[0]["message"]
print(t1 - t0, t2 - t1, t3 - t2)
"""

OFFICIAL_COLD = """\
import sys, time
t0 = time.perf_counter()
from openrouter import OpenRouter
t1 = time.perf_counter()
client = OpenRouter(api_key={key!r}, server_url=sys.argv[1] + "/api/v1")
t2 = time.perf_counter()
result = client.chat.send(model={model!r}, messages={messages!r})
t3 = time.perf_counter()
assert type(result).__name__ == "ChatResult" and result.choices[0].message.content
print(t1 - t0, t2 - t1, t3 - t2)
"""


#: The figures `instructions()` counts: name, unit, floor's name, target, how many
#: operations are counted per side.
INSTRUCTION_FIGURES = {
    "chat": ("chat completion call, instructions (callgrind)", "instructions/call",
             "httpx post + json.loads", 1.15, 20),
    "models_lenient": ("lenient: /models parse of a deviant body, instructions (callgrind)",
                       "instructions/parse", "a spec-exact body of the same size", 1.3, 10),
}  # fmt: skip

#: Run as `-c SNIPPET FIGURE SIDE N URL`: the side's setup, then N + 2 operations (two to
#: warm up: connection open, validators built, caches filled).
INSTRUCTIONS_SNIPPET = """\
import sys
sys.path.insert(0, {root!r})
from bench.run import instruction_sides
operation = instruction_sides(sys.argv[1], sys.argv[4])[sys.argv[2] == "ours"]
for _ in range(2 + int(sys.argv[3])):
    operation()
"""


def instruction_sides(figure: str, url: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
    """A figure's floor and SDK operations, the very ones its CPU worker times."""
    if figure == "chat":
        return chat_calls(url)
    parse, exact, _, mixed = lenient_bodies(url)
    return (lambda: parse(exact)), (lambda: parse(mixed))


def instructions(url: str, figure: str) -> tuple[float, float] | str:
    """Instructions per operation of a figure's floor and SDK sides (see
    `instruction_sides`), counted by valgrind's callgrind in this client process only
    (the server is another): about the same count on every run, whatever else the machine
    does. Each side runs N + 2 and 2 operations, in four interpreters (the CPU workers'
    Python), two at a time; per operation = the difference over N. A reason string when
    valgrind is missing or a run fails."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return "no valgrind"
    count = INSTRUCTION_FIGURES[figure][-1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    # No .pyc written: the runs of a pair start together, and one that found the other's
    # fresh .pyc files would count less compiling than its twin.
    env |= {"PYTHONPATH": str(GENERATED), "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    code = INSTRUCTIONS_SNIPPET.format(root=str(ROOT))
    counts: dict[tuple[str, int], int] = {}
    kinds = ("floor", "ours")
    for kind in kinds:
        started = {
            n: subprocess.Popen(
                [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null"]
                + [sys.executable, "-c", code, figure, kind, str(n), url],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in (0, count)
        }
        for n, process in started.items():
            _, err = process.communicate()
            found = re.search(r"Collected : (\d+)", err)
            if process.returncode != 0 or found is None:
                return f"callgrind run failed: {err.strip()[-160:]}"
            counts[(kind, n)] = int(found.group(1))
    floor, ours = ((counts[(kind, count)] - counts[(kind, 0)]) / count for kind in kinds)
    return floor, ours


def fresh(python: str, code: str, *args: str, ours: bool = True, cwd: str | None = None) -> list[float]:
    """Run `code` in a fresh interpreter; the floats it prints on its last line."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    if ours:
        env["PYTHONPATH"] = str(GENERATED)
    done = subprocess.run(
        [python, "-c", code, *args], env=env, cwd=cwd, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{python} failed:\n{done.stderr.strip()[-2000:]}")
    return [float(x) for x in done.stdout.split("\n")[-2].split()]


def interleaved(
    a: Callable[[], list[float]], b: Callable[[], list[float]], samples: int
) -> tuple[list[list[float]], list[list[float]]]:
    a(), b()  # warm up: .pyc files written, files in the page cache
    xs, ys = [], []
    for i in range(samples):
        if i % 2 == 0:
            xs.append(a())
            ys.append(b())
        else:
            ys.append(b())
            xs.append(a())
    return xs, ys


# -- the report ---------------------------------------------------------------------


@dataclass
class Figure:
    name: str
    target: float
    unit: str  # what a figure is: "CPU/call", "wall"
    ours: float | None = None
    floor: float | None = None
    floor_name: str = ""
    na: str = ""
    info: bool = False  # no target: shown for context
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.ours is None or not self.floor:
            return None
        return self.ours / self.floor

    @property
    def result(self) -> str:
        if self.na:
            return "n/a"
        if self.info:
            return "info"
        assert self.ratio is not None
        return "PASS" if self.ratio <= self.target else "MISS"


def human(seconds: float | None) -> str:
    if seconds is None:
        return "n/a"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds * 1e6:.3g} µs"


def millions(count: float | None) -> str:
    return "n/a" if count is None else f"{count / 1e6:.2f} M"


def size(count: float | None) -> str:
    return "n/a" if count is None else f"{count / 1e6:.2f} MB"


def row(f: Figure) -> str:
    if f.na:
        return f"| {f.name} | n/a ({f.na}) | {f.floor_name} | – | ≤ {f.target}x | n/a |"
    show = size if f.unit == "peak" else millions if f.unit.startswith("instructions") else human
    ours = f"{show(f.ours)} {f.unit}"
    floor = f"{show(f.floor)} ({f.floor_name})"
    target = "–" if f.info else f"≤ {f.target}x"
    return f"| {f.name} | {ours} | {floor} | {f.ratio:.2f}x | {target} | {f.result} |"


def machine(official_version: str | None) -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    for dist in ("httpx", "pydantic", "pydantic_core"):
        try:
            from importlib.metadata import version

            versions.append(f"{dist} {version(dist)}")
        except Exception:  # noqa: BLE001
            pass
    if official_version:
        versions.append(f"official `openrouter` {official_version}")
    return (
        f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}; " + ", ".join(versions)
    )


HOW = """\
## How each figure is measured

- The server, `bench/server.py`, runs in its own process and answers with bodies built once at start: a ChatResult (~200 characters of content); a stream of 1,000 ChatStreamChunk events, one HTTP chunk each, a `: OPENROUTER PROCESSING` comment first and `data: [DONE]` last; 300 models shaped like the spec's `Model` schema ({models_kb} kB).
- CPU figures run in a worker process that times SDK and floor blocks alternately, {repeats} of each, with `time.process_time()` (the client's CPU only, not the server's), each block about {budget} s of CPU. The table shows the medians of the per-operation times; ratio = ours / floor.
  - chat completion call: `client.chat.send(model=..., messages=[...])` to a typed `ChatResult`; floor: `httpx.Client.post(url, json=body)` + `json.loads(response.content)`.
  - chat stream: iterating `client.chat.send(..., stream=True)` to 1,000 typed `ChatStreamChunk`s; floor: `httpx.Client.stream` + `iter_lines()` + `json.loads` of each `data:` line.
  - /models parse: {models_how} on the body, to a typed `ModelsListResponse` of 300 `Model`s; floor: `json.loads(body)`.
  - /models parse, results kept alive (context, no target): the same two, each keeping its last 3 results referenced, as a program keeps what it read, so the garbage collector looks at every result before it is freed (the SDK pauses the collector while it reads a body; a result dropped at once is never looked at).
  - /models parse, one required field missing per model: the same parser on the body with one of `Model`'s required, non-nullable fields left out of each model (a different one in turn); floor: `json.loads` of that body.
  - lenient deviant parse: the same parser on a body whose every model lacks a required field, has an unknown enum value (in `architecture.input_modalities`), a leaf of the wrong type (`pricing.prompt` an object) and an extra field; floor: the same parser on a spec-exact body of the same size (serialized the same way, its descriptions padded to the deviant body's byte count, as the issue words the floor). Memory: `tracemalloc` peak of one parse (result alive), deviant against exact, the least of 3.
  - instructions (context, no target), for the chat call and the lenient deviant parse: the same floor and SDK operations (the two bodies, the two calls to the server), each side run N + 2 and 2 times in an interpreter under valgrind's callgrind (`PYTHONHASHSEED=0`, N = 20 calls or 10 parses), instructions per operation = the difference over N, of the client process only. A count, not a time: it barely moves with the load of a shared machine (which moved the CPU ratio of the deviant parse between 1.10x and 1.40x, and of the chat call between 1.13x and 1.23x, in runs of one afternoon here), so it shows what the SDK itself does; cache misses and memory stalls, which CPU time includes, it does not count.
  - /models call (context, no target): `client.models.list()`; floor: `httpx.Client.get` + `json.loads`.
- import: `time.perf_counter()` around `import openrouter_sdk` or `import httpx`, in a fresh interpreter each time; {imports} samples of each, interleaved, after one warm-up; median.
- cold start, dependencies alone (context): the same fresh interpreters running only what any SDK built on httpx and pydantic must do: `import httpx`, `httpx.Client()`, one POST, `import pydantic` and a two-field model validating the answer; against the official package again, interleaved. It shows how much of the target the two dependencies leave.
- cold start: in a fresh interpreter each time, from before the import to the first typed `ChatResult`: import, `OpenRouter(...)`, one chat call; wall time. Floor: the same with the official `openrouter` package (`bench/requirements-official.txt`, installed in `bench/.venv-official`): `OpenRouter(api_key=..., server_url=...)` and `client.chat.send(model=..., messages=[...])`. {colds} samples of each, interleaved, after one warm-up; median.
"""  # noqa: E501 (Markdown paragraphs, one line each)


def markdown(figures: list[Figure], machine_line: str, seconds: float, extra: dict[str, Any]) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (bench/run.py): the SDK's figures beside floors measured in",
        "the same run, on this machine. Regenerate rather than edit.",
        "",
        "| figure | ours | floor | ratio | target | result |",
        "|---|---|---|---|---|---|",
        *(row(f) for f in figures),
        "",
    ]
    for f in figures:
        if f.notes:
            lines.append(f"- {f.name}: " + "; ".join(f.notes) + ".")
    lines += [
        "",
        f"Machine: {machine_line}.",
        "",
        HOW.format(**extra),
        "## How to rerun",
        "",
        "```",
        "make bench",
        "```",
        "",
        "It sets up `.venv` and `bench/.venv-official` (the official package, never in `.venv`), "
        "then runs `.venv/bin/python bench/run.py --official-python "
        "bench/.venv-official/bin/python --write BENCHMARKS.md` "
        f"(about {round(seconds / 10) * 10 or 10} s here). `--url URL` uses a server already running, "
        "`--only chat,stream,...` runs some figures, `--quick` takes fewer samples "
        "(a smoke run, not figures to quote), `--strict` exits 1 when a figure misses its target.",
        "",
    ]
    return "\n".join(lines)


# -- the driver ---------------------------------------------------------------------


class Server:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER), "--port", "0", "--exit-on-eof"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("READY "):
            self.close()
            raise SystemExit(f"bench server did not start: {line!r}")
        self.url = line.split()[1]

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def run_worker(name: str, url: str, repeats: int, budget: float) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(GENERATED)}
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--worker",
            name,
            "--url",
            url,
            "--repeats",
            str(repeats),
            "--budget",
            str(budget),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        log(f"worker {name} failed:\n{done.stderr.strip()[-3000:]}")
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"na": f"failed: {last[:160]}", "failed": True}
    return json.loads(done.stdout.strip().splitlines()[-1])


def cpu_figure(
    name: str, target: float, unit: str, floor_name: str, data: dict[str, Any], **kw: Any
) -> Figure:
    if "na" in data:
        return Figure(name, target, unit, floor_name=floor_name, na=data["na"], **kw)
    figure = Figure(
        name,
        target,
        unit,
        ours=statistics.median(data["ours"]),
        floor=statistics.median(data["floor"]),
        floor_name=floor_name,
        **kw,
    )
    figure.notes.append(
        f"time in the garbage collector: ours {human(data['gc_ours'])}, "
        f"floor {human(data['gc_floor'])} per operation"
    )
    return figure


def log(message: str) -> None:
    print(message, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a bench server already running (default: start one)")
    parser.add_argument("--official-python", help="python of a venv with the official `openrouter`")
    parser.add_argument(
        "--sdk-python", help="python of a venv with only the SDK's runtime dependencies (import, cold start)"
    )
    parser.add_argument("--write", metavar="FILE", help="write the Markdown report there")
    parser.add_argument("--quick", action="store_true", help="fewer samples: a smoke run")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure misses")
    parser.add_argument(
        "--only",
        help="comma-separated: chat,stream,models,models_lenient,models_call,instructions,import,cold",
    )
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=REPEATS, help=argparse.SUPPRESS)
    parser.add_argument("--budget", type=float, default=0.6, help="CPU seconds per timed block")
    args = parser.parse_args()

    if args.worker:
        print(json.dumps(WORKERS[args.worker](args.url, args.repeats, args.budget)))
        return 0

    started = time.perf_counter()
    repeats = 3 if args.quick else args.repeats
    budget = 0.1 if args.quick else args.budget
    imports = 5 if args.quick else IMPORT_SAMPLES
    colds = 3 if args.quick else COLD_SAMPLES
    only = set(args.only.split(",")) if args.only else None
    server = None if args.url else Server()
    url = args.url or server.url  # type: ignore[union-attr]
    figures: list[Figure] = []
    extra: dict[str, Any] = {"repeats": repeats, "budget": budget, "imports": imports, "colds": colds}
    official_version = None

    def wanted(name: str) -> bool:
        return only is None or name in only

    def show(f: Figure) -> None:
        figures.append(f)
        log(row(f))

    try:
        log(f"bench server: {url}")
        log("| figure | ours | floor | ratio | target | result |")
        if wanted("chat"):
            data = run_worker("chat", url, repeats, budget)
            show(
                cpu_figure("chat completion call (typed)", 1.15, "CPU/call", "httpx post + json.loads", data)
            )
        if wanted("stream"):
            data = run_worker("stream", url, repeats, budget)
            f = cpu_figure(
                "1,000-event chat stream (typed chunks)",
                1.4,
                "CPU/stream",
                "httpx iter_lines + json.loads",
                data,
            )
            if f.ours is not None:
                f.notes.insert(0, f"{human(f.ours / data['events'])} CPU per event")
            show(f)
        if wanted("models"):
            data = run_worker("models", url, repeats, budget)
            extra["models_how"] = data.get("how", "")
            extra["models_kb"] = round(data.get("bytes", 0) / 1000)
            show(cpu_figure("300-model /models parse (typed)", 2.0, "CPU/parse", "json.loads", data))
            if "kept" in data:
                show(
                    cpu_figure(
                        "300-model /models parse, the last 3 results kept alive (both sides)",
                        2.0,
                        "CPU/parse",
                        "json.loads",
                        data["kept"],
                        info=True,
                    )
                )
        if wanted("models_lenient"):
            data = run_worker("models_lenient", url, repeats, budget)
            if "na" in data:
                data = {"missing": data, "mixed": data, "memory": data}
            show(
                cpu_figure(
                    "300-model /models parse, one required field missing per model",
                    2.2,
                    "CPU/parse",
                    "json.loads of that body",
                    data["missing"],
                )
            )
            show(
                cpu_figure(
                    "lenient: /models parse of a deviant body",
                    1.3,
                    "CPU/parse",
                    "a spec-exact body of the same size",
                    data["mixed"],
                )
            )
            memory = data["memory"]
            show(
                Figure(
                    "lenient: memory of a deviant /models parse",
                    1.5,
                    "peak",
                    ours=memory.get("ours"),
                    floor=memory.get("floor"),
                    floor_name="a spec-exact body of the same size",
                    na=memory.get("na", ""),
                )
            )
        if wanted("models_call"):
            data = run_worker("models_call", url, repeats, budget)
            show(
                cpu_figure(
                    "300-model /models call (typed)",
                    2.5,
                    "CPU/call",
                    "httpx get + json.loads",
                    data,
                    info=True,
                )
            )
        ours_python = os.path.abspath(args.sdk_python) if args.sdk_python else sys.executable
        if wanted("instructions"):
            for figure, (name, unit, floor_name, target, _) in INSTRUCTION_FIGURES.items():
                counted = instructions(url, figure)
                measured = not isinstance(counted, str)
                show(
                    Figure(
                        name,
                        target,
                        unit,
                        ours=counted[1] if measured else None,
                        floor=counted[0] if measured else None,
                        floor_name=floor_name,
                        na="" if measured else counted,
                        info=True,
                    )
                )
        with tempfile.TemporaryDirectory() as empty:  # cwd of the fresh interpreters
            if wanted("import"):
                ours_i, floor_i = interleaved(
                    lambda: fresh(ours_python, IMPORT_SNIPPET.format(module="openrouter_sdk"), cwd=empty),
                    lambda: fresh(ours_python, IMPORT_SNIPPET.format(module="httpx"), cwd=empty),
                    imports,
                )
                show(
                    Figure(
                        "`import openrouter_sdk`",
                        1.1,
                        "wall",
                        ours=statistics.median(x[0] for x in ours_i),
                        floor=statistics.median(x[0] for x in floor_i),
                        floor_name="`import httpx`",
                    )
                )
            if wanted("cold"):
                f = Figure(
                    "import + client + first chat call", 0.4, "wall", floor_name="official `openrouter`"
                )
                official = args.official_python and os.path.abspath(args.official_python)
                deps: Figure | None = None
                if not official or not Path(official).exists():
                    f.na = "no --official-python"
                else:
                    official_version = subprocess.run(
                        [
                            official,
                            "-c",
                            "from importlib.metadata import version; print(version('openrouter'))",
                        ],
                        capture_output=True,
                        text=True,
                        check=True,
                    ).stdout.strip()
                    f.floor_name = f"official `openrouter` {official_version}"
                    fill = {"key": API_KEY, "model": MODEL, "messages": MESSAGES}
                    ours_c, floor_c = interleaved(
                        lambda: fresh(ours_python, OURS_COLD.format(**fill), url, cwd=empty),
                        lambda: fresh(official, OFFICIAL_COLD.format(**fill), url, ours=False, cwd=empty),
                        colds,
                    )
                    f.ours = statistics.median(sum(x) for x in ours_c)
                    f.floor = statistics.median(sum(x) for x in floor_c)

                    def parts(samples: list[list[float]]) -> str:
                        med = [statistics.median(x[i] for x in samples) for i in range(3)]
                        return (
                            f"import {human(med[0])}, construct {human(med[1])}, first call {human(med[2])}"
                        )

                    f.notes.append(f"medians, ours: {parts(ours_c)}; official: {parts(floor_c)}")
                    deps_c, floor_d = interleaved(
                        lambda: fresh(
                            ours_python, DEPENDENCIES_COLD.format(**fill), url + "/api/v1", cwd=empty
                        ),
                        lambda: fresh(official, OFFICIAL_COLD.format(**fill), url, ours=False, cwd=empty),
                        colds,
                    )
                    deps = Figure(
                        "the same with httpx + pydantic alone (no SDK: one POST, a two-field model)",
                        0.4,
                        "wall",
                        ours=statistics.median(sum(x) for x in deps_c),
                        floor=statistics.median(sum(x) for x in floor_d),
                        floor_name=f.floor_name,
                        info=True,
                    )
                    deps.notes.append(f"medians: {parts(deps_c)}")
                show(f)
                if deps is not None:
                    show(deps)
    finally:
        if server is not None:
            server.close()

    seconds = time.perf_counter() - started
    for f in figures:
        if f.notes:
            log(f"  {f.name}: " + "; ".join(f.notes))
    machine_line = machine(official_version)
    log(f"machine: {machine_line}")
    log(f"bench took {seconds:.0f} s")
    if args.write:
        extra.setdefault("models_how", "the SDK's response parser of GET /models")
        extra.setdefault("models_kb", "~400")
        path = Path(args.write)
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        # the sections other scripts write (generator_speed.py, corpus.py) are kept
        kept = [
            current.index(m)
            for m in ("<!-- generator-benchmark -->", "<!-- corpus-benchmark -->")
            if m in current
        ]
        tail = "\n" + current[min(kept) :] if kept else ""
        path.write_text(markdown(figures, machine_line, seconds, extra) + tail, encoding="utf-8")
        log(f"wrote {args.write}")
    if any(f.na.startswith("failed") for f in figures):
        return 1  # a broken figure is an error, unlike a slow one
    if args.strict and any(f.result == "MISS" for f in figures):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
