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
    "createNote": OperationInfo(
        operation_id="createNote",
        method="POST",
        path="/notes",
        tag="notes",
        summary="Create a note",
        deprecated=False,
        module="notes",
        function_name="create_note",
        parameters=(
            _P("title", "title", "body", True),
            _P("body", "body_", "body", False),
            _P("labels", "labels", "body", False),
            _P("pinned", "pinned", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="notes.create_note",
    ),
    "updateNote": OperationInfo(
        operation_id="updateNote",
        method="PATCH",
        path="/notes/{note_id}",
        tag="notes",
        summary="Partially update a note",
        deprecated=False,
        module="notes",
        function_name="update_note",
        parameters=(
            _P("note_id", "note_id", "path", True),
            _P("title", "title", "body", False),
            _P("body", "body_", "body", False),
            _P("labels", "labels", "body", False),
            _P("pinned", "pinned", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="notes.update_note",
    ),
    "shareNote": OperationInfo(
        operation_id="shareNote",
        method="POST",
        path="/notes/{note_id}/share",
        tag="notes",
        summary="Share a note",
        deprecated=False,
        module="notes",
        function_name="share_note",
        parameters=(
            _P("note_id", "note_id", "path", True),
            _P("email", "email", "body", True),
            _P("role", "role", "body", False),
            _P("message", "message", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="notes.share_note",
    ),
    "bulkDeleteNotes": OperationInfo(
        operation_id="bulkDeleteNotes",
        method="POST",
        path="/notes/bulk-delete",
        tag="notes",
        summary="Delete several notes",
        deprecated=False,
        module="notes",
        function_name="bulk_delete_notes",
        parameters=(),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="notes.bulk_delete_notes",
    ),
    "archiveNote": OperationInfo(
        operation_id="archiveNote",
        method="POST",
        path="/notes/{note_id}/archive",
        tag="notes",
        summary="Archive a note",
        deprecated=False,
        module="notes",
        function_name="archive_note",
        parameters=(
            _P("note_id", "note_id", "path", True),
            _P("reason", "reason", "body", False),
        ),
        body=BodyInfo("application/json", False),
        streaming=False,
        client_method="notes.archive_note",
    ),
}
