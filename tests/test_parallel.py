"""generator.build.parallel: a function run in a forked child gives back its result or its
exception, the child never outlives its job, and where forking is unsafe the function
runs in-process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from generator.build.parallel import Background, RemoteTraceback
from generator.errors import InternalError, Problem, SpecError

pytestmark = [
    pytest.mark.unit,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform"),
]


def pid_and_sum(numbers: list[int]) -> tuple[int, int]:
    return os.getpid(), sum(numbers)


def test_result_comes_from_another_process() -> None:
    with Background(pid_and_sum, list(range(1000))) as job:
        pid, total = job.result()
    assert pid != os.getpid()
    assert total == 499500


def big(size: int) -> bytes:
    return b"x" * size


def test_result_larger_than_a_pipe_buffer() -> None:
    with Background(big, 5_000_000) as job:
        assert job.result() == b"x" * 5_000_000


def spec_problems() -> None:
    raise SpecError([Problem("spec.yaml", "#/paths", "no paths"), Problem("spec.yaml", "#/a", "bad")])


def internal() -> None:
    raise InternalError("generated x.py:3: invalid syntax")


def test_exceptions_arrive_as_raised_with_the_childs_traceback() -> None:
    with Background(spec_problems) as job, pytest.raises(SpecError) as caught:
        job.result()
    assert str(caught.value) == "spec.yaml: #/a: bad\nspec.yaml: #/paths: no paths"
    assert caught.value.problems[0] == Problem("spec.yaml", "#/a", "bad")
    assert isinstance(caught.value.__cause__, RemoteTraceback)
    assert "in spec_problems" in str(caught.value.__cause__)

    with Background(internal) as job, pytest.raises(InternalError) as caught_internal:
        job.result()
    assert str(caught_internal.value) == str(InternalError("generated x.py:3: invalid syntax"))
    assert caught_internal.value.exit_code == 3


class Unpicklable(Exception):
    def __init__(self, a: int, b: int) -> None:  # pickle would call Unpicklable(message): TypeError
        super().__init__(f"{a}+{b}")


def raise_unpicklable() -> None:
    raise Unpicklable(1, 2)


def test_an_exception_that_does_not_pickle_is_reported_by_name() -> None:
    with Background(raise_unpicklable) as job, pytest.raises(InternalError) as caught:
        job.result()
    assert "Unpicklable: 1+2" in str(caught.value)
    assert "in raise_unpicklable" in str(caught.value.__cause__)


def die(code: int) -> None:
    os._exit(code)


def kill_self() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_child_that_dies_is_an_internal_error() -> None:
    with (
        Background(die, 5) as job,
        pytest.raises(InternalError, match=r"die ended without a result \(exit code 5\)"),
    ):
        job.result()
    with Background(kill_self) as job, pytest.raises(InternalError, match=r"without a result \(signal 9\)"):
        job.result()


def sleep_then_return(seconds: float) -> str:
    time.sleep(seconds)
    return "late"


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_an_abandoned_child_is_stopped_and_reaped() -> None:
    with pytest.raises(RuntimeError, match="the caller failed"), Background(sleep_then_return, 60) as job:
        pid = job._pid
        assert alive(pid)
        raise RuntimeError("the caller failed")
    assert not alive(pid)  # killed and reaped: not even a zombie is left
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_with_another_thread_running_it_runs_in_process() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        with Background(pid_and_sum, [1, 2]) as job:
            assert job._pid == 0
            assert job.result() == (os.getpid(), 3)
    finally:
        stop.set()
        thread.join()


SCRIPT = """
import sys
from generator.build.parallel import Background
sys.stdout.write("before ")  # still in the buffer when the child is forked
with Background(print, "from the child") as job:
    job.result()
print("after")
"""


def test_output_buffered_before_the_fork_is_written_once() -> None:
    root = Path(__file__).resolve().parents[1]
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=root, env=buffered, capture_output=True, text=True, check=True
    )
    assert proc.stdout.count("before") == 1
    assert proc.stdout.count("from the child") == 1
    assert proc.stdout.endswith("after\n")


_PREPARED: list[tuple[int, bool]] = []
_FLAG = Path(os.environ.get("TMPDIR", "/tmp")) / f"sdkgen-warm-flag-{os.getpid()}"


def prepare_slowly() -> None:
    """Waits (at most 10 s) until the test has handed the call over."""
    print("prepare says nothing")  # its output is swallowed
    deadline = time.monotonic() + 10
    while not _FLAG.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    _PREPARED.append((os.getpid(), _FLAG.exists()))


def prepared_by(numbers: list[int]) -> tuple[int, list[tuple[int, bool]], int]:
    return os.getpid(), list(_PREPARED), sum(numbers)


def test_a_warm_child_prepares_first_and_then_runs_the_next_call(capfd: pytest.CaptureFixture[str]) -> None:
    from generator.build.parallel import discard_warm, warm_up

    _FLAG.unlink(missing_ok=True)
    warm_up(prepare_slowly)
    try:
        with Background(prepared_by, list(range(100_000))) as job:  # larger than a pipe buffer
            _FLAG.touch()  # only now may the preparation end: handing over did not wait for it
            pid, prepared, total = job.result()
    finally:
        discard_warm()
        _FLAG.unlink(missing_ok=True)
    assert prepared == [(pid, True)] and pid != os.getpid()  # the same child prepared and ran it
    assert total == sum(range(100_000)) and _PREPARED == []
    assert "prepare says nothing" not in capfd.readouterr().out
    with Background(pid_and_sum, [1, 2]) as job:  # the next one forks as before
        assert job.result()[1] == 3


def test_an_unused_warm_child_is_stopped_and_reaped() -> None:
    from generator.build import parallel

    parallel.warm_up(prepare_slowly)
    pid = parallel._WARM[0][0]
    parallel.discard_warm()
    assert parallel._WARM == []
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped


def test_a_call_that_does_not_pickle_is_forked_fresh_and_the_warm_child_stopped() -> None:
    # What `generate --reset-names` hands its first job: arguments holding a weak reference.
    import weakref

    from generator.build import parallel

    parallel.warm_up(prepare_slowly)
    warm = parallel._WARM[0][0]
    holder = Path("x")
    try:
        with Background(pid_and_sum_ignoring, [1, 2, 3], weakref.ref(_Referent(holder))) as job:
            pid, total = job.result()
    finally:
        parallel.discard_warm()
    assert total == 6 and pid not in (warm, os.getpid())
    assert parallel._WARM == []
    with pytest.raises(ChildProcessError):
        os.waitpid(warm, os.WNOHANG)  # stopped and reaped, not left waiting


class _Referent:
    def __init__(self, value: object) -> None:
        self.value = value


def pid_and_sum_ignoring(numbers: list[int], _reference: object) -> tuple[int, int]:
    return os.getpid(), sum(numbers)
