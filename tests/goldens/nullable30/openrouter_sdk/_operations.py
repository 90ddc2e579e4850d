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
    "getProfile": OperationInfo(
        operation_id="getProfile",
        method="GET",
        path="/profiles/{profile_id}",
        tag="profiles",
        summary="Get a profile",
        deprecated=False,
        module="profiles",
        function_name="get_profile",
        parameters=(_P("profile_id", "profile_id", "path", True),),
        body=None,
        streaming=False,
        client_method="profiles.get_profile",
    ),
    "replaceProfile": OperationInfo(
        operation_id="replaceProfile",
        method="PUT",
        path="/profiles/{profile_id}",
        tag="profiles",
        summary="Replace a profile",
        deprecated=False,
        module="profiles",
        function_name="replace_profile",
        parameters=(
            _P("profile_id", "profile_id", "path", True),
            _P("id", "id", "body", True),
            _P("display_name", "display_name", "body", True),
            _P("bio", "bio", "body", True),
            _P("nickname", "nickname", "body", False),
            _P("address", "address", "body", True),
            _P("visibility", "visibility", "body", False),
            _P("pronouns", "pronouns", "body", False),
            _P("age", "age", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="profiles.replace_profile",
    ),
    "rateProfile": OperationInfo(
        operation_id="rateProfile",
        method="POST",
        path="/profiles/{profile_id}/rating",
        tag="profiles",
        summary="Rate a profile",
        deprecated=False,
        module="profiles",
        function_name="rate_profile",
        parameters=(
            _P("profile_id", "profile_id", "path", True),
            _P("score", "score", "body", True),
            _P("weight", "weight", "body", False),
            _P("comment", "comment", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="profiles.rate_profile",
    ),
}
