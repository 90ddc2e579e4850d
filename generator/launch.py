"""The `sdkgen` command as installed (and `python -m generator`): the command line of
generator.cli, with one head start for `generate`.

Why: on a small document most of `generate`'s wall time is datamodel-code-generator's
imports, in the child that build.parallel.warm_up forks. Forked here, before click and the
command line are even imported, that child starts about a tenth of a second sooner than it
would from the command (which still warms one up when called in-process, as tests do).
"""

from __future__ import annotations

import sys


def main() -> None:
    if subcommand(sys.argv[1:]) == "generate":
        from generator.build import parallel
        from generator.models.warm import preload_models

        parallel.warm_up(preload_models)
    try:
        from generator.cli import main as command_line

        command_line()
    finally:
        # A child left unused (--help, a usage error, a no-op run) must not outlive the
        # command: it holds the command's stdout and stderr open.
        if "generator.build.parallel" in sys.modules:
            sys.modules["generator.build.parallel"].discard_warm()


def subcommand(args: list[str]) -> str | None:
    """The command `sdkgen ARGS` runs: the first argument that is not an option (the
    group's options, --verbose, --version and --help, take no value)."""
    return next((arg for arg in args if not arg.startswith("-")), None)
