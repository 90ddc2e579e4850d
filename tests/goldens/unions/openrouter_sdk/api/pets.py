"""Operations tagged pets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import (
        AsyncResponseContextManager,
        AsyncStreamedResponse,
        ResponseContextManager,
        StreamedResponse,
    )

_Any = Any
__all__ = [
    "create_pet",
    "create_pet_async",
    "PetsAPI",
    "AsyncPetsAPI",
    "RawPetsAPI",
    "AsyncRawPetsAPI",
    "StreamingPetsAPI",
    "AsyncStreamingPetsAPI",
]

_CREATE_PET = _Endpoint(
    "POST",
    "/pets",
    auth=False,
    json=lambda m: m.PetsPostResponse,
    args=_Arguments("create_pet", required="body", kind="json"),
)


def create_pet(
    client: OpenRouter | PetsAPI,
    *,
    body: _m.PetsPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.PetsPostResponse:
    """Create a pet

    Creates a dog or a cat; both extend the common Pet base.

    POST /pets
    """
    return client._request(_CREATE_PET, {**params, "body": body})


async def create_pet_async(
    client: AsyncOpenRouter | AsyncPetsAPI,
    *,
    body: _m.PetsPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.PetsPostResponse:
    """Create a pet

    Creates a dog or a cat; both extend the common Pet base.

    POST /pets
    """
    return await client._request(_CREATE_PET, {**params, "body": body})


class PetsAPI(_Namespace):
    """`client.pets`: the pets operations as methods."""

    create_pet = create_pet


class AsyncPetsAPI(_Namespace):
    """`client.pets` of the async client: the pets operations as methods."""

    create_pet = create_pet_async


class RawPetsAPI(_Namespace):
    """`client.with_raw_response.pets`: each operation's `APIResponse`."""

    def create_pet(
        self, *, body: _m.PetsPostRequest | Mapping[str, Any], **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.PetsPostResponse]:
        """Create a pet"""
        return self._raw(_CREATE_PET, params)


class AsyncRawPetsAPI(_Namespace):
    """`client.with_raw_response.pets` of the async client."""

    async def create_pet(
        self, *, body: _m.PetsPostRequest | Mapping[str, Any], **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.PetsPostResponse]:
        """Create a pet"""
        return await self._raw(_CREATE_PET, params)


class StreamingPetsAPI(_Namespace):
    """`client.with_streaming_response.pets`: each operation's response, its body unread, in a `with` block."""

    def create_pet(
        self, *, body: _m.PetsPostRequest | Mapping[str, Any], **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.PetsPostResponse]]:
        """Create a pet"""
        return self._streamed(_CREATE_PET, params)


class AsyncStreamingPetsAPI(_Namespace):
    """`client.with_streaming_response.pets` of the async client (`async with`)."""

    def create_pet(
        self, *, body: _m.PetsPostRequest | Mapping[str, Any], **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.PetsPostResponse]]:
        """Create a pet"""
        return self._streamed_async(_CREATE_PET, params)
