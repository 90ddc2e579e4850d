"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._item import Item as Item
    from ._item_status import ItemStatus as ItemStatus
    from ._items_get_parameters_query import ItemsGetParametersQuery as ItemsGetParametersQuery
    from ._items_get_parameters_query_status import (
        ItemsGetParametersQueryStatus as ItemsGetParametersQueryStatus,
    )
    from ._items_get_response import ItemsGetResponse as ItemsGetResponse
    from ._items_item_id_get_parameters_query import (
        ItemsItemIdGetParametersQuery as ItemsItemIdGetParametersQuery,
    )
    from ._items_item_id_versions_version_get_parameters_query import (
        ItemsItemIdVersionsVersionGetParametersQuery as ItemsItemIdVersionsVersionGetParametersQuery,
    )
    from ._items_item_id_versions_version_get_parameters_query_format import (
        ItemsItemIdVersionsVersionGetParametersQueryFormat as ItemsItemIdVersionsVersionGetParametersQueryFormat,
    )

_MODULES: dict[str, str] = {
    "Item": "_item",
    "ItemStatus": "_item_status",
    "ItemsGetParametersQuery": "_items_get_parameters_query",
    "ItemsGetParametersQueryStatus": "_items_get_parameters_query_status",
    "ItemsGetResponse": "_items_get_response",
    "ItemsItemIdGetParametersQuery": "_items_item_id_get_parameters_query",
    "ItemsItemIdVersionsVersionGetParametersQuery": "_items_item_id_versions_version_get_parameters_query",
    "ItemsItemIdVersionsVersionGetParametersQueryFormat": "_items_item_id_versions_version_get_parameters_query_format",
}

__all__ = [
    "Item",
    "ItemStatus",
    "ItemsGetParametersQuery",
    "ItemsGetParametersQueryStatus",
    "ItemsGetResponse",
    "ItemsItemIdGetParametersQuery",
    "ItemsItemIdVersionsVersionGetParametersQuery",
    "ItemsItemIdVersionsVersionGetParametersQueryFormat",
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
