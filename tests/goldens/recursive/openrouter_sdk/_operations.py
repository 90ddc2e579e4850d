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
    "getTree": OperationInfo(
        operation_id="getTree",
        method="GET",
        path="/trees/{tree_id}",
        tag="trees",
        summary="Get a tree",
        deprecated=False,
        module="trees",
        function_name="get_tree",
        parameters=(
            _P("tree_id", "tree_id", "path", True),
            _P("depth", "depth", "query", False),
        ),
        body=None,
        streaming=False,
        client_method="trees.get_tree",
    ),
    "replaceTree": OperationInfo(
        operation_id="replaceTree",
        method="PUT",
        path="/trees/{tree_id}",
        tag="trees",
        summary="Replace a tree",
        deprecated=False,
        module="trees",
        function_name="replace_tree",
        parameters=(
            _P("tree_id", "tree_id", "path", True),
            _P("id", "id", "body", True),
            _P("label", "label", "body", True),
            _P("parent", "parent", "body", False),
            _P("children", "children", "body", True),
            _P("attributes", "attributes", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="trees.replace_tree",
    ),
    "getFolder": OperationInfo(
        operation_id="getFolder",
        method="GET",
        path="/folders/{folder_id}",
        tag="folders",
        summary="Get a folder",
        deprecated=False,
        module="folders",
        function_name="get_folder",
        parameters=(_P("folder_id", "folder_id", "path", True),),
        body=None,
        streaming=False,
        client_method="folders.get_folder",
    ),
}
