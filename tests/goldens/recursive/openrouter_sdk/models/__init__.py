"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._folder import Document as Document
    from ._folder import Folder as Folder
    from ._tree_node import TreeNode as TreeNode
    from ._trees_tree_id_get_parameters_query import (
        TreesTreeIdGetParametersQuery as TreesTreeIdGetParametersQuery,
    )

_MODULES: dict[str, str] = {
    "Document": "_folder",
    "Folder": "_folder",
    "TreeNode": "_tree_node",
    "TreesTreeIdGetParametersQuery": "_trees_tree_id_get_parameters_query",
}

__all__ = [
    "Document",
    "Folder",
    "TreeNode",
    "TreesTreeIdGetParametersQuery",
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
