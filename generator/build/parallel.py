"""A function run on the machine's other core while the caller goes on.

Why: most of a full run is datamodel-code-generator, single-threaded; the templates can
compile meanwhile, and later the models can be formatted and split while the rest of the
package renders. The function runs in a forked child: no new interpreter, no imports,
no copy of its arguments. Its result, or its exception with the child's traceback as the
cause, comes back pickled when `result()` is called.

`warm_up(prepare)` forks such a child at the start of a run, before the parent has even
read the document: it runs `prepare()` at once (datamodel-code-generator's imports, half a
second, most of its time on a median document) and then waits; the first Background takes
it and hands it its call (pickled through a scratch file, so that the parent never blocks
on a pipe while the child is still preparing). `discard_warm()` stops one left unused.

Where fork is missing (Windows) or unsafe (another thread is running: a fork copies only
the calling thread, and a lock another one held would never be released in the child),
the function runs in-process when its result is asked for: same result, no overlap.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import signal
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, NoReturn, TypeVar

from generator.errors import InternalError

T = TypeVar("T")


class RemoteTraceback(Exception):
    """The traceback of an exception raised in the child, as its text."""

    def __str__(self) -> str:
        return str(self.args[0])


class Background(Generic[T]):
    """`function(*args)`, started now; use as a context manager, so that a child whose
    result was not collected (the caller failed first) is stopped and reaped."""

    def __init__(self, function: Callable[..., T], *args: Any) -> None:
        self._call = (function, args)
        self._pid = 0
        self._read = -1
        self._scratch = ""  # the call handed to a warm child, removed once it is done
        if hasattr(os, "fork") and threading.active_count() == 1:
            self._start()

    def _start(self) -> None:
        function, args = self._call
        if _WARM:
            try:
                call = pickle.dumps((function, args), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001 - a call that does not pickle: a fresh fork has it
                discard_warm()
            else:
                self._pid, self._read, self._scratch = _hand_over(call)
                return
        sys.stdout.flush()  # else the child's copy of unwritten output is written twice
        sys.stderr.flush()
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read)
            _child(write, function, args)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> T:
        function, args = self._call
        if not self._pid:
            return function(*args)
        with os.fdopen(self._read, "rb") as pipe:
            self._read = -1
            data = pipe.read()  # all of it before waiting: a full pipe would block the child
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        self._remove_scratch()
        if not data:
            code = os.waitstatus_to_exitcode(status)
            how = f"signal {-code}" if code < 0 else f"exit code {code}"
            raise InternalError(f"{function.__qualname__} ended without a result ({how})")
        ok, value, text = pickle.loads(data)
        if ok:
            return value  # type: ignore[no-any-return]
        raise value from RemoteTraceback(text)

    def __enter__(self) -> Background[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._read >= 0:
            os.close(self._read)
            self._read = -1
        if self._pid:
            # SIGTERM: a warm child ends its preparation's `finally`s (its scratch folder).
            os.kill(self._pid, signal.SIGTERM)
            os.waitpid(self._pid, 0)
            self._pid = 0
        self._remove_scratch()

    def _remove_scratch(self) -> None:
        if self._scratch:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._scratch)
            self._scratch = ""


def _child(write: int, function: Callable[..., Any], args: tuple[Any, ...]) -> NoReturn:
    """Run the function and send back (ok, value, traceback text); then exit at once,
    without the parent's exit handlers or buffers."""
    code = 0
    try:
        try:
            payload = pickle.dumps((True, function(*args), ""))
        except BaseException as exc:  # noqa: BLE001 - every outcome goes back to the parent
            text = "".join(traceback.format_exception(exc))
            try:
                payload = pickle.dumps((False, exc, text))
                pickle.loads(payload)  # some exceptions pickle but cannot be rebuilt
            except Exception:  # noqa: BLE001 - an exception that does not pickle
                payload = pickle.dumps((False, InternalError(f"{type(exc).__name__}: {exc}"), text))
        with os.fdopen(write, "wb") as pipe:
            pipe.write(payload)
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # noqa: BLE001 - the parent reports an empty answer
        code = 1
    finally:
        os._exit(code)


_WARM: list[tuple[int, int, int]] = []  # the waiting child: (pid, request pipe, result pipe)


def warm_up(prepare: Callable[[], object]) -> None:
    """Fork a child that runs `prepare()` now and the next Background's call later."""
    if _WARM or not hasattr(os, "fork") or threading.active_count() != 1:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    request_read, request_write = os.pipe()
    result_read, result_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(request_write)
        os.close(result_read)
        _waiting_child(request_read, result_write, prepare)
    os.close(request_read)
    os.close(result_write)
    _WARM.append((pid, request_write, result_read))


def discard_warm() -> None:
    """Stop and reap a waiting child no Background took."""
    while _WARM:
        pid, request, result = _WARM.pop()
        os.close(request)
        os.close(result)
        os.kill(pid, signal.SIGTERM)  # it cleans up after its preparation
        os.waitpid(pid, 0)


def _hand_over(call: bytes) -> tuple[int, int, str]:
    """The pickled call to the waiting child: (its pid, the pipe its result comes back on,
    the scratch file that holds the call)."""
    pid, request, result = _WARM.pop()
    with tempfile.NamedTemporaryFile(prefix="sdkgen-call-", delete=False) as scratch:
        scratch.write(call)
    with os.fdopen(request, "wb") as pipe:
        pipe.write(scratch.name.encode())
    return pid, result, scratch.name


def _stop(signum: int, frame: object) -> NoReturn:
    raise SystemExit(1)


def _waiting_child(request: int, result: int, prepare: Callable[[], object]) -> NoReturn:
    signal.signal(signal.SIGTERM, _stop)  # stopped while preparing: its `finally`s still run
    try:
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                prepare()
        except Exception:  # noqa: BLE001, S110 - only a head start: the call says what fails
            pass
        with os.fdopen(request, "rb") as pipe:
            name = pipe.read().decode()
        if not name:  # discarded
            os._exit(0)
        with open(name, "rb") as scratch:
            function, args = pickle.load(scratch)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except BaseException:  # noqa: BLE001 - the parent reports an empty answer
        os._exit(1)
    _child(result, function, args)
