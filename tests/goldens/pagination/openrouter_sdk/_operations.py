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
    "listCustomers": OperationInfo(
        operation_id="listCustomers",
        method="GET",
        path="/customers",
        tag="customers",
        summary="List customers",
        deprecated=False,
        module="customers",
        function_name="list_customers",
        parameters=(
            _P("offset", "offset", "query", False),
            _P("limit", "limit", "query", False),
            _P("email", "email", "query", False),
        ),
        body=None,
        streaming=False,
        client_method="customers.list_customers",
    ),
    "listCustomerOrders": OperationInfo(
        operation_id="listCustomerOrders",
        method="GET",
        path="/customers/{customer_id}/orders",
        tag="orders",
        summary="List a customer's orders",
        deprecated=False,
        module="orders",
        function_name="list_customer_orders",
        parameters=(
            _P("customer_id", "customer_id", "path", True),
            _P("offset", "offset", "query", False),
            _P("limit", "limit", "query", False),
        ),
        body=None,
        streaming=False,
        client_method="orders.list_customer_orders",
    ),
}
