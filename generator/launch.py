"""The `sdkgen` command as installed (and `python -m generator`): the command line of
generator.cli, with one head start for `generate`.

Why: on a small document most of `generate`'s wall time is datamodel-code-generator's
imports, in the child that build.parallel.warm_up forks. Forked here, before click and the
command line are imported (which the child never needs), that child starts sooner than it
would from the command (which still warms one up when called in-process, as tests do).
"""

from __future__ import annotations

import gc
import os
import sys


def main() -> None:
    code: object = 0
    generate = subcommand(sys.argv[1:]) == "generate"
    if generate:
        gc.disable()  # for these imports only (they make no garbage); the child's preload too
        try:
            from generator.build import parallel

            # Imported here, before the fork: the child needs it at once and this process
            # soon after (imported twice, it would cost as much CPU again).
            from generator.models.codegen import preload

            parallel.warm_up(preload)
        finally:
            gc.enable()
    try:
        from generator.cli import main as command_line

        command_line()
    except SystemExit as exc:
        code = exc.code
    finally:
        # A child left unused (--help, a usage error, a no-op run) must not outlive the
        # command: it holds the command's stdout and stderr open.
        if "generator.build.parallel" in sys.modules:
            sys.modules["generator.build.parallel"].discard_warm()
    if not generate or (code is not None and not isinstance(code, int)):
        sys.exit(code)  # a message: the interpreter prints it
    # After `generate`, the interpreter's teardown of a few hundred modules (15 ms of a
    # small document's run) is skipped: by then every file is closed, every child
    # reaped, and nothing of the command is registered to run at exit.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)


def subcommand(args: list[str]) -> str | None:
    """The command `sdkgen ARGS` runs: the first argument that is not an option (the
    group's options, --verbose, --version and --help, take no value)."""
    return next((arg for arg in args if not arg.startswith("-")), None)
