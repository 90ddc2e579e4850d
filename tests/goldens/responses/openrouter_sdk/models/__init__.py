"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._error import Error as Error
    from ._legacy_widgets_get_response import LegacyWidgetsGetResponse as LegacyWidgetsGetResponse
    from ._widget import Widget as Widget
    from ._widget_input import WidgetInput as WidgetInput

_MODULES: dict[str, str] = {
    "Error": "_error",
    "LegacyWidgetsGetResponse": "_legacy_widgets_get_response",
    "Widget": "_widget",
    "WidgetInput": "_widget_input",
}

__all__ = [
    "Error",
    "LegacyWidgetsGetResponse",
    "Widget",
    "WidgetInput",
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
