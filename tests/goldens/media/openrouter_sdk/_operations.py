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
    "getFile": OperationInfo(
        operation_id="getFile",
        method="GET",
        path="/files/{file_id}",
        tag="files",
        summary="A file's metadata",
        deprecated=False,
        module="files",
        function_name="get_file",
        parameters=(_P("file_id", "file_id", "path", True),),
        body=None,
        streaming=False,
        client_method="files.get_file",
    ),
    "downloadFileContent": OperationInfo(
        operation_id="downloadFileContent",
        method="GET",
        path="/files/{file_id}/content",
        tag="files",
        summary="Download a file's content",
        deprecated=False,
        module="files",
        function_name="download_file_content",
        parameters=(_P("file_id", "file_id", "path", True),),
        body=None,
        streaming=False,
        client_method="files.download_file_content",
    ),
    "createSpeech": OperationInfo(
        operation_id="createSpeech",
        method="POST",
        path="/audio/speech",
        tag="audio",
        summary="Text to speech",
        deprecated=False,
        module="audio",
        function_name="create_speech",
        parameters=(
            _P("input", "input", "body", True),
            _P("voice", "voice", "body", True),
            _P("response_format", "response_format", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="audio.create_speech",
    ),
    "getExport": OperationInfo(
        operation_id="getExport",
        method="GET",
        path="/exports/{export_id}",
        tag="exports",
        summary="An export, as JSON while it runs, as its archive once done",
        deprecated=False,
        module="exports",
        function_name="get_export",
        parameters=(_P("export_id", "export_id", "path", True),),
        body=None,
        streaming=False,
        client_method="exports.get_export",
    ),
}
