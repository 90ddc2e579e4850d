"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._echo import Echo as Echo
    from ._pong import Pong as Pong
    from ._user import User as User
    from ._version_get_response import VersionGetResponse as VersionGetResponse

_MODULES: dict[str, str] = {
    "Echo": "_echo",
    "Pong": "_pong",
    "User": "_user",
    "VersionGetResponse": "_version_get_response",
}

__all__ = [
    "Echo",
    "Pong",
    "User",
    "VersionGetResponse",
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
