"""A function run on the machine's other core while the caller goes on.

Why: most of a full run is datamodel-code-generator, single-threaded; the templates can
compile meanwhile, and later the models can be formatted and split while the rest of the
package renders. The function runs in a forked child: no new interpreter, no imports,
no copy of its arguments. Its result, or its exception with the child's traceback as the
cause, comes back pickled when `result()` is called.

Where fork is missing (Windows) or unsafe (another thread is running: a fork copies only
the calling thread, and a lock another one held would never be released in the child),
the function runs in-process when its result is asked for: same result, no overlap.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
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
        if hasattr(os, "fork") and threading.active_count() == 1:
            self._start()

    def _start(self) -> None:
        function, args = self._call
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
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = 0


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
