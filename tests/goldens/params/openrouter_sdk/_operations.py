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
    "listItems": OperationInfo(
        operation_id="listItems",
        method="GET",
        path="/items",
        tag="items",
        summary="List catalog items",
        deprecated=False,
        module="items",
        function_name="list_items",
        parameters=(
            _P("X-Request-Id", "x_request_id", "header", False),
            _P("limit", "limit", "query", False),
            _P("status", "status", "query", False),
            _P("include_deleted", "include_deleted", "query", False),
            _P("tags", "tags", "query", False),
            _P("ids", "ids", "query", False),
        ),
        body=None,
        streaming=False,
        client_method="items.list_items",
    ),
    "getItem": OperationInfo(
        operation_id="getItem",
        method="GET",
        path="/items/{item_id}",
        tag="items",
        summary="Get an item",
        deprecated=False,
        module="items",
        function_name="get_item",
        parameters=(
            _P("item_id", "item_id", "path", True),
            _P("X-Request-Id", "x_request_id", "header", False),
            _P("expand", "expand", "query", False),
        ),
        body=None,
        streaming=False,
        client_method="items.get_item",
    ),
    "deleteItem": OperationInfo(
        operation_id="deleteItem",
        method="DELETE",
        path="/items/{item_id}",
        tag="items",
        summary="Delete an item",
        deprecated=False,
        module="items",
        function_name="delete_item",
        parameters=(
            _P("item_id", "item_id", "path", True),
            _P("Idempotency-Key", "idempotency_key", "header", True),
        ),
        body=None,
        streaming=False,
        client_method="items.delete_item",
    ),
    "getItemVersion": OperationInfo(
        operation_id="getItemVersion",
        method="GET",
        path="/items/{item_id}/versions/{version}",
        tag="items",
        summary="Get a specific item version",
        deprecated=False,
        module="items",
        function_name="get_item_version",
        parameters=(
            _P("item_id", "item_id", "path", True),
            _P("version", "version", "path", True),
            _P("format", "format", "query", True),
        ),
        body=None,
        streaming=False,
        client_method="items.get_item_version",
    ),
}
