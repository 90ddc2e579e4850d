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
    "createWidget": OperationInfo(
        operation_id="createWidget",
        method="POST",
        path="/widgets",
        tag="widgets",
        summary="Create a widget",
        deprecated=False,
        module="widgets",
        function_name="create_widget",
        parameters=(
            _P("name", "name", "body", True),
            _P("color", "color", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="widgets.create_widget",
    ),
    "getWidget": OperationInfo(
        operation_id="getWidget",
        method="GET",
        path="/widgets/{widget_id}",
        tag="widgets",
        summary="Get a widget",
        deprecated=False,
        module="widgets",
        function_name="get_widget",
        parameters=(_P("widget_id", "widget_id", "path", True),),
        body=None,
        streaming=False,
        client_method="widgets.get_widget",
    ),
    "deleteWidget": OperationInfo(
        operation_id="deleteWidget",
        method="DELETE",
        path="/widgets/{widget_id}",
        tag="widgets",
        summary="Delete a widget",
        deprecated=False,
        module="widgets",
        function_name="delete_widget",
        parameters=(_P("widget_id", "widget_id", "path", True),),
        body=None,
        streaming=False,
        client_method="widgets.delete_widget",
    ),
    "refreshWidget": OperationInfo(
        operation_id="refreshWidget",
        method="POST",
        path="/widgets/{widget_id}/refresh",
        tag="widgets",
        summary="Refresh a widget",
        deprecated=False,
        module="widgets",
        function_name="refresh_widget",
        parameters=(_P("widget_id", "widget_id", "path", True),),
        body=None,
        streaming=False,
        client_method="widgets.refresh_widget",
    ),
    "getFeed": OperationInfo(
        operation_id="getFeed",
        method="GET",
        path="/feed.rss",
        tag="feeds",
        summary="Get the RSS feed",
        deprecated=False,
        module="feeds",
        function_name="get_feed",
        parameters=(),
        body=None,
        streaming=False,
        client_method="feeds.get_feed",
    ),
    "listLegacyWidgets": OperationInfo(
        operation_id="listLegacyWidgets",
        method="GET",
        path="/legacy/widgets",
        tag="legacy",
        summary="List widgets (legacy)",
        deprecated=True,
        module="legacy",
        function_name="list_legacy_widgets",
        parameters=(),
        body=None,
        streaming=False,
        client_method="legacy.list_legacy_widgets",
    ),
    "legacyExport": OperationInfo(
        operation_id="legacyExport",
        method="GET",
        path="/legacy/export",
        tag="legacy",
        summary="Export widgets (removed)",
        deprecated=True,
        module="legacy",
        function_name="legacy_export",
        parameters=(),
        body=None,
        streaming=False,
        client_method="legacy.legacy_export",
    ),
}
