"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._address import Address as Address
    from ._profile import Profile as Profile
    from ._profile_pronouns import ProfilePronouns as ProfilePronouns
    from ._rating import Rating as Rating
    from ._visibility import Visibility as Visibility

_MODULES: dict[str, str] = {
    "Address": "_address",
    "Profile": "_profile",
    "ProfilePronouns": "_profile_pronouns",
    "Rating": "_rating",
    "Visibility": "_visibility",
}

__all__ = [
    "Address",
    "Profile",
    "ProfilePronouns",
    "Rating",
    "Visibility",
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
