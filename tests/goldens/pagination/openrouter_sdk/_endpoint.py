"""`Endpoint`: what the runtime needs to know about one operation, and the cached
parsers that read its bodies as the declared types.

The types are given as resolvers (functions of the models module), so that the models
load on first use, not when the API modules are imported.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Mapping
from operator import attrgetter
from types import ModuleType
from typing import Any

__all__ = ["Endpoint", "Resolver", "json_parser"]

Resolver = Callable[[Any], Any]


class Endpoint:
    """One operation. `json`, `stream` and the error resolvers take the models module
    and return a type, so models load lazily (`errors` may name models instead:
    `"400=BadRequestResponse 401=..."`). `accept` is the Accept header of an
    operation that answers other media types than JSON (the client's default); `args`
    where its keyword arguments go (`_arguments.Arguments`); `query` the fixed query
    string its path key carries (`type=icon&flat`), sent as written, before the call's
    own query parameters."""

    __slots__ = (
        "_parsers",
        "accept",
        "args",
        "auth",
        "binary",
        "empty",
        "errors",
        "json",
        "method",
        "path",
        "query",
        "stream",
        "text",
    )

    def __init__(
        self,
        method: str,
        path: str,
        *,
        query: str = "",
        auth: bool | tuple[str, str] = True,
        json: Resolver | None = None,
        stream: Resolver | None = None,
        text: bool = False,
        binary: bool = False,
        empty: bool = False,
        errors: Mapping[str, Resolver] | str | None = None,
        accept: str | None = None,
        args: Any = None,
    ) -> None:
        self.method = method
        self.path = path
        self.query = query
        self.auth = auth
        self.json = json
        self.stream = stream
        self.text = text
        self.binary = binary
        self.empty = empty or not (json or text or binary)  # a success without a body is declared
        if isinstance(errors, str):  # "400=BadRequestResponse ...": models by name
            pairs = (e.partition("=") for e in errors.split())
            errors = {status: attrgetter(name) for status, _, name in pairs}
        self.errors: Mapping[str, Resolver] = errors or {}
        self.accept = accept  # the success media types, when not only JSON
        self.args = args  # its keyword layout (an `_arguments.Arguments`)
        self._parsers: dict[str, Callable[[Any], Any]] = {}

    def parser(self, key: str, resolver: Resolver) -> Callable[[Any], Any]:
        """A cached function that reads JSON (bytes or str) as the resolved type, in one
        lenient validation pass in pydantic's core (see `_lenient`)."""
        parse = self._parsers.get(key)
        if parse is None:
            parse = self._parsers[key] = json_parser(resolver(_models()))
        return parse

    def chunk_parser(self) -> Callable[[Any], Any]:
        """The parser of a stream's chunks (the `data` of each event)."""
        if self.stream is None:
            raise TypeError(f"{self.method} {self.path} does not stream")
        return self.parser("stream", self.stream)


def json_parser(target: Any) -> Callable[[Any], Any]:
    """A function reading JSON as `target`, leniently (see `_lenient`), in one pass: a
    model's own validator is lenient; any other type gets a lenient validator of its own.
    Only a body that is not the declared kind of value raises (a ValueError)."""
    from ._base import build_models
    from ._lenient import drain, lenient_validator

    build_models(target)  # a model builds its own, leaves first (SDKModel.model_rebuild)
    if hasattr(target, "model_fields"):
        validate_json = target.__pydantic_validator__.validate_json
    else:
        from pydantic import TypeAdapter

        validate_json = lenient_validator(TypeAdapter(target).core_schema).validate_json

    def parse(data: Any) -> Any:
        # The cyclic collector is paused while the body is read: validation allocates
        # thousands of tracked objects (models, their dicts and lists), and without the
        # pause each few hundred start a collection, some of them over the whole heap,
        # which cost more than the validation itself on a 300-model body. The objects
        # read form no cycles and are freed by reference counting as ever; a result kept
        # alive is looked at once by the next young-generation collection. A collector
        # paused by someone else stays paused.
        collecting = gc.isenabled()
        if collecting:
            gc.disable()
        try:
            return validate_json(data)
        finally:
            drain()
            if collecting:
                gc.enable()

    return parse


def _models() -> ModuleType:
    """The package's generated models module (imported on first use)."""
    return importlib.import_module(".models", __package__)
