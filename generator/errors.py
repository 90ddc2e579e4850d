"""Errors the generator reports to its user.

A spec problem is a value (file, JSON pointer, message), collected so that every
problem of a document is reported at once instead of a traceback on the first.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    pointer: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.pointer}" if self.pointer else self.file
        return f"{where}: {self.message}"


class SdkgenError(Exception):
    """Any failure with a message meant for the user (CLI exit code 2)."""

    exit_code = 2


class InternalError(SdkgenError):
    """The generator produced something it should not have: a bug in sdkgen."""

    exit_code = 3

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(
            f"sdkgen: internal error: {message}\n"
            "This is a bug in sdkgen; rerun with --verbose and report the output."
        )

    def __reduce__(self) -> tuple[type[InternalError], tuple[str]]:  # pickled by build.parallel
        return type(self), (self.message,)


class SpecError(SdkgenError):
    """One or more problems found in a spec document."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(
        self,
    ) -> tuple[type[SpecError], tuple[list[Problem]]]:  # pickled by build.parallel
        return type(self), (self.problems,)


class FetchError(SdkgenError):
    """The spec could not be fetched or verified; nothing was written."""


class ConfigError(SdkgenError):
    """The project's [tool.sdkgen] configuration is missing or wrong."""


def pointer_escape(token: str) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: object) -> str:
    return "#/" + "/".join(pointer_escape(str(t)) for t in tokens) if tokens else "#"
