"""`OPERATIONS`: every operation of the API, keyed by operationId.

Docs, tests and agent tooling read this registry; functions are imported on first
access, so reading it imports no API module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["OPERATIONS", "BodyInfo", "FormInfo", "OperationInfo", "ParameterInfo"]


@dataclass(frozen=True)
class ParameterInfo:
    name: str  # as the API spells it
    python_name: str  # the keyword argument
    location: Literal["path", "query", "header", "body"]
    required: bool


@dataclass(frozen=True)
class BodyInfo:
    content_type: str
    required: bool


@dataclass(frozen=True)
class FormInfo:
    """A multipart/form-data body: the operation's only one, or the one sent instead of
    JSON when `selector` (a keyword argument) is given."""

    fields: tuple[ParameterInfo, ...]
    files: tuple[str, ...]  # wire names of the file fields
    selector: str | None


@dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    deprecated: bool
    module: str
    function_name: str
    parameters: tuple[ParameterInfo, ...]
    body: BodyInfo | None
    streaming: bool
    form: FormInfo | None = None
    # The method's dotted path under a client: `client.chat.send` is "chat.send".
    client_method: str = ""

    @property
    def function(self) -> Callable[..., Any]:
        """The sync function, e.g. `api.chat.send_chat_completion_request`."""
        return getattr(
            importlib.import_module(f"..api.{self.module}", __name__), self.function_name
        )

    @property
    def async_function(self) -> Callable[..., Any]:
        return getattr(
            importlib.import_module(f"..api.{self.module}", __name__), self.function_name + "_async"
        )


_P = ParameterInfo

OPERATIONS: dict[str, OperationInfo] = {
    "uploadFile": OperationInfo(
        operation_id="uploadFile",
        method="POST",
        path="/files",
        tag="files",
        summary="Upload a file",
        deprecated=False,
        module="files",
        function_name="upload_file",
        parameters=(
            _P("file", "file", "body", True),
            _P("thumbnail", "thumbnail", "body", False),
            _P("purpose", "purpose", "body", True),
            _P("tags", "tags", "body", False),
            _P("metadata", "metadata", "body", False),
            _P("note", "note", "body", False),
        ),
        body=BodyInfo("multipart/form-data", True),
        streaming=False,
        client_method="files.upload_file",
        form=FormInfo(
            (
                _P("file", "file", "body", True),
                _P("thumbnail", "thumbnail", "body", False),
                _P("purpose", "purpose", "body", True),
                _P("tags", "tags", "body", False),
                _P("metadata", "metadata", "body", False),
                _P("note", "note", "body", False),
            ),
            (
                "file",
                "thumbnail",
            ),
            None,
        ),
    ),
    "createTranscription": OperationInfo(
        operation_id="createTranscription",
        method="POST",
        path="/transcriptions",
        tag="audio",
        summary="Transcribe audio",
        deprecated=False,
        module="audio",
        function_name="create_transcription",
        parameters=(
            _P("model", "model", "body", True),
            _P("input_audio", "input_audio", "body", True),
            _P("language", "language", "body", False),
            _P("timestamp_granularities", "timestamp_granularities", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="audio.create_transcription",
        form=FormInfo(
            (
                _P("file", "file", "body", True),
                _P("model", "model", "body", True),
                _P("language", "language", "body", False),
                _P("temperature", "temperature", "body", False),
                _P("timestamp_granularities[]", "timestamp_granularities", "body", False),
            ),
            ("file",),
            "file",
        ),
    ),
}
