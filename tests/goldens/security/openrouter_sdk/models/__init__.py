"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._admin_keys_get_response import AdminKeysGetResponse as AdminKeysGetResponse
    from ._admin_keys_post_request import AdminKeysPostRequest as AdminKeysPostRequest
    from ._api_key import ApiKey as ApiKey
    from ._error import Error as Error
    from ._health_get_response import HealthGetResponse as HealthGetResponse
    from ._health_get_response_status import HealthGetResponseStatus as HealthGetResponseStatus
    from ._user import User as User

_MODULES: dict[str, str] = {
    "AdminKeysGetResponse": "_admin_keys_get_response",
    "AdminKeysPostRequest": "_admin_keys_post_request",
    "ApiKey": "_api_key",
    "Error": "_error",
    "HealthGetResponse": "_health_get_response",
    "HealthGetResponseStatus": "_health_get_response_status",
    "User": "_user",
}

__all__ = [
    "AdminKeysGetResponse",
    "AdminKeysPostRequest",
    "ApiKey",
    "Error",
    "HealthGetResponse",
    "HealthGetResponseStatus",
    "User",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
