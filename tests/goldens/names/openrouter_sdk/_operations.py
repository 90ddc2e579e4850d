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
    "list": OperationInfo(
        operation_id="list",
        method="GET",
        path="/keys",
        tag="API Keys",
        summary="List API keys",
        deprecated=False,
        module="api_keys",
        function_name="list_api_keys",
        parameters=(
            _P("from", "from_", "query", False),
            _P("type", "type", "query", False),
            _P("class", "class_", "query", False),
            _P("page-size", "page_size", "query", False),
            _P("2fa", "n_2fa", "query", False),
        ),
        body=None,
        streaming=False,
        client_method="api_keys.list",
    ),
    "import": OperationInfo(
        operation_id="import",
        method="POST",
        path="/keys/import",
        tag="API Keys",
        summary="Import API keys",
        deprecated=False,
        module="api_keys",
        function_name="import_api_keys",
        parameters=(
            _P("body", "body_", "query", False),
            _P("timeout", "timeout_", "query", False),
            _P("extra_headers", "extra_headers_", "query", False),
            _P("client", "client_", "header", False),
            _P("id", "id", "body", True),
            _P("ID", "id_1", "body", True),
            _P("from", "from_", "body", False),
            _P("global", "global_", "body", False),
            _P("model_config", "model_config_", "body", False),
            _P("model_dump", "model_dump_", "body", False),
            _P("fooBar", "foo_bar", "body", False),
            _P("foo_bar", "foo_bar_1", "body", False),
            _P("type", "type", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="api_keys.import_",
    ),
    "getType": OperationInfo(
        operation_id="getType",
        method="GET",
        path="/responses/{id}/type",
        tag="beta.responses",
        summary="Get the type of a response",
        deprecated=False,
        module="beta_responses",
        function_name="get_type",
        parameters=(
            _P("id", "id", "path", True),
            _P("self", "self_", "query", False),
        ),
        body=None,
        streaming=False,
        client_method="beta.responses.get_type",
    ),
    "get_type": OperationInfo(
        operation_id="get_type",
        method="GET",
        path="/responses/{id}/type-info",
        tag="beta.responses",
        summary="Get type info for a response",
        deprecated=False,
        module="beta_responses",
        function_name="get_type_2",
        parameters=(_P("id", "id", "path", True),),
        body=None,
        streaming=False,
        client_method="beta.responses.get_type_2",
    ),
    "ID": OperationInfo(
        operation_id="ID",
        method="GET",
        path="/messages/{id}",
        tag="Anthropic Messages",
        summary="Get a message by ID",
        deprecated=False,
        module="anthropic_messages",
        function_name="id_anthropic_messages",
        parameters=(_P("id", "id", "path", True),),
        body=None,
        streaming=False,
        client_method="anthropic_messages.id",
    ),
}
