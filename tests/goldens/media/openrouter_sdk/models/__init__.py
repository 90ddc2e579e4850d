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
    from ._error_error import ErrorError as ErrorError
    from ._export_status import ExportStatus as ExportStatus
    from ._export_status_status import ExportStatusStatus as ExportStatusStatus
    from ._file_object import FileObject as FileObject
    from ._speech_request import SpeechRequest as SpeechRequest
    from ._speech_request_response_format import (
        SpeechRequestResponseFormat as SpeechRequestResponseFormat,
    )

_MODULES: dict[str, str] = {
    "Error": "_error",
    "ErrorError": "_error_error",
    "ExportStatus": "_export_status",
    "ExportStatusStatus": "_export_status_status",
    "FileObject": "_file_object",
    "SpeechRequest": "_speech_request",
    "SpeechRequestResponseFormat": "_speech_request_response_format",
}

__all__ = [
    "Error",
    "ErrorError",
    "ExportStatus",
    "ExportStatusStatus",
    "FileObject",
    "SpeechRequest",
    "SpeechRequestResponseFormat",
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
