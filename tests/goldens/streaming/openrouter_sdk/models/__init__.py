"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._chat_chunk import ChatChunk as ChatChunk
    from ._chat_chunk_choice import ChatChunkChoice as ChatChunkChoice
    from ._chat_chunk_choice_delta import ChatChunkChoiceDelta as ChatChunkChoiceDelta
    from ._chat_completions_post_response import (
        ChatCompletionsPostResponse as ChatCompletionsPostResponse,
    )
    from ._chat_request import ChatRequest as ChatRequest
    from ._chat_response import ChatResponse as ChatResponse
    from ._chat_response_choice import ChatResponseChoice as ChatResponseChoice
    from ._error_response import ErrorResponse as ErrorResponse
    from ._error_response_error import ErrorResponseError as ErrorResponseError
    from ._message import Message as Message
    from ._message_role import MessageRole as MessageRole
    from ._usage import Usage as Usage

_MODULES: dict[str, str] = {
    "ChatChunk": "_chat_chunk",
    "ChatChunkChoice": "_chat_chunk_choice",
    "ChatChunkChoiceDelta": "_chat_chunk_choice_delta",
    "ChatCompletionsPostResponse": "_chat_completions_post_response",
    "ChatRequest": "_chat_request",
    "ChatResponse": "_chat_response",
    "ChatResponseChoice": "_chat_response_choice",
    "ErrorResponse": "_error_response",
    "ErrorResponseError": "_error_response_error",
    "Message": "_message",
    "MessageRole": "_message_role",
    "Usage": "_usage",
}

__all__ = [
    "ChatChunk",
    "ChatChunkChoice",
    "ChatChunkChoiceDelta",
    "ChatCompletionsPostResponse",
    "ChatRequest",
    "ChatResponse",
    "ChatResponseChoice",
    "ErrorResponse",
    "ErrorResponseError",
    "Message",
    "MessageRole",
    "Usage",
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
