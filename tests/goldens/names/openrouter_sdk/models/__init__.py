"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._dict import Dict as Dict
    from ._keys_get_parameters_query import KeysGetParametersQuery as KeysGetParametersQuery
    from ._keys_import_post_parameters_query import (
        KeysImportPostParametersQuery as KeysImportPostParametersQuery,
    )
    from ._list import List as List
    from ._model import Model as Model
    from ._responses_id_type_get_parameters_query import (
        ResponsesIdTypeGetParametersQuery as ResponsesIdTypeGetParametersQuery,
    )
    from ._type import Type as Type

_MODULES: dict[str, str] = {
    "Dict": "_dict",
    "KeysGetParametersQuery": "_keys_get_parameters_query",
    "KeysImportPostParametersQuery": "_keys_import_post_parameters_query",
    "List": "_list",
    "Model": "_model",
    "ResponsesIdTypeGetParametersQuery": "_responses_id_type_get_parameters_query",
    "Type": "_type",
}

__all__ = [
    "Dict",
    "KeysGetParametersQuery",
    "KeysImportPostParametersQuery",
    "List",
    "Model",
    "ResponsesIdTypeGetParametersQuery",
    "Type",
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
