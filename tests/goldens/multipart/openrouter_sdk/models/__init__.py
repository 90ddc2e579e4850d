"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._files_post_request import FilesPostRequest as FilesPostRequest
    from ._files_post_request_purpose import FilesPostRequestPurpose as FilesPostRequestPurpose
    from ._input_audio import InputAudio as InputAudio
    from ._stored_file import StoredFile as StoredFile
    from ._transcription import Transcription as Transcription
    from ._transcription_request import TranscriptionRequest as TranscriptionRequest
    from ._transcription_request_timestamp_granularity import (
        TranscriptionRequestTimestampGranularity as TranscriptionRequestTimestampGranularity,
    )
    from ._transcriptions_post_request import TranscriptionsPostRequest as TranscriptionsPostRequest
    from ._transcriptions_post_request_timestamp_granularity import (
        TranscriptionsPostRequestTimestampGranularity as TranscriptionsPostRequestTimestampGranularity,
    )

_MODULES: dict[str, str] = {
    "FilesPostRequest": "_files_post_request",
    "FilesPostRequestPurpose": "_files_post_request_purpose",
    "InputAudio": "_input_audio",
    "StoredFile": "_stored_file",
    "Transcription": "_transcription",
    "TranscriptionRequest": "_transcription_request",
    "TranscriptionRequestTimestampGranularity": "_transcription_request_timestamp_granularity",
    "TranscriptionsPostRequest": "_transcriptions_post_request",
    "TranscriptionsPostRequestTimestampGranularity": "_transcriptions_post_request_timestamp_granularity",
}

__all__ = [
    "FilesPostRequest",
    "FilesPostRequestPurpose",
    "InputAudio",
    "StoredFile",
    "Transcription",
    "TranscriptionRequest",
    "TranscriptionRequestTimestampGranularity",
    "TranscriptionsPostRequest",
    "TranscriptionsPostRequestTimestampGranularity",
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
