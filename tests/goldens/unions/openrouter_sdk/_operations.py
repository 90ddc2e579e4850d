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
    "listEvents": OperationInfo(
        operation_id="listEvents",
        method="GET",
        path="/events",
        tag="events",
        summary="List events",
        deprecated=False,
        module="events",
        function_name="list_events",
        parameters=(),
        body=None,
        streaming=False,
        client_method="events.list_events",
    ),
    "getEvent": OperationInfo(
        operation_id="getEvent",
        method="GET",
        path="/events/{event_id}",
        tag="events",
        summary="Get an event",
        deprecated=False,
        module="events",
        function_name="get_event",
        parameters=(_P("event_id", "event_id", "path", True),),
        body=None,
        streaming=False,
        client_method="events.get_event",
    ),
    "putSetting": OperationInfo(
        operation_id="putSetting",
        method="PUT",
        path="/settings/{key}",
        tag="settings",
        summary="Set a setting value",
        deprecated=False,
        module="settings",
        function_name="put_setting",
        parameters=(
            _P("key", "key", "path", True),
            _P("value", "value", "body", True),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="settings.put_setting",
    ),
    "createPet": OperationInfo(
        operation_id="createPet",
        method="POST",
        path="/pets",
        tag="pets",
        summary="Create a pet",
        deprecated=False,
        module="pets",
        function_name="create_pet",
        parameters=(),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="pets.create_pet",
    ),
}
