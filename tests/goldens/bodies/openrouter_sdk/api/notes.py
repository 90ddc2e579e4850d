"""Operations tagged notes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Required, Unpack

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
    "CreateNoteParams",
    "create_note",
    "create_note_async",
    "UpdateNoteParams",
    "update_note",
    "update_note_async",
    "ShareNoteParams",
    "share_note",
    "share_note_async",
    "bulk_delete_notes",
    "bulk_delete_notes_async",
    "ArchiveNoteParams",
    "archive_note",
    "archive_note_async",
    "NotesAPI",
    "AsyncNotesAPI",
    "RawNotesAPI",
    "AsyncRawNotesAPI",
    "StreamingNotesAPI",
    "AsyncStreamingNotesAPI",
]

_CREATE_NOTE = _Endpoint(
    "POST",
    "/notes",
    auth=False,
    json=lambda m: m.Note,
    args=_Arguments(
        "create_note", body="title body_=body labels pinned", required="title", kind="object"
    ),
)

_UPDATE_NOTE = _Endpoint(
    "PATCH",
    "/notes/{note_id}",
    auth=False,
    json=lambda m: m.Note,
    args=_Arguments(
        "update_note",
        path="note_id",
        body="title body_=body labels pinned",
        required="note_id",
        kind="object",
    ),
)

_SHARE_NOTE = _Endpoint(
    "POST",
    "/notes/{note_id}/share",
    auth=False,
    args=_Arguments(
        "share_note",
        path="note_id",
        body="email role message",
        required="note_id email",
        kind="object",
    ),
)

_BULK_DELETE_NOTES = _Endpoint(
    "POST",
    "/notes/bulk-delete",
    auth=False,
    json=lambda m: m.NotesBulkDeletePostResponse,
    args=_Arguments("bulk_delete_notes", required="body", kind="json"),
)

_ARCHIVE_NOTE = _Endpoint(
    "POST",
    "/notes/{note_id}/archive",
    auth=False,
    json=lambda m: m.Note,
    args=_Arguments(
        "archive_note", path="note_id", body="reason", required="note_id", kind="object"
    ),
)


class CreateNoteParams(_CallOptions, total=False):
    """The keyword arguments of `create_note`."""

    title: Required[str]
    body_: str | None
    labels: Sequence[str] | None
    pinned: bool


@overload
def create_note(client: OpenRouter | NotesAPI, **params: Unpack[CreateNoteParams]) -> _m.Note: ...


@overload
def create_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.NoteCreate | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.Note: ...


def create_note(client: OpenRouter | NotesAPI, **params: Any) -> _m.Note:
    """Create a note

    Creates a note from a component schema body with one required field.

    POST /notes
    """
    return client._request(_CREATE_NOTE, params)


@overload
async def create_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI, **params: Unpack[CreateNoteParams]
) -> _m.Note: ...


@overload
async def create_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.NoteCreate | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.Note: ...


async def create_note_async(client: AsyncOpenRouter | AsyncNotesAPI, **params: Any) -> _m.Note:
    """Create a note

    Creates a note from a component schema body with one required field.

    POST /notes
    """
    return await client._request(_CREATE_NOTE, params)


class _UpdateNoteArgs(_CallOptions, total=False):
    """The parameters of `update_note` that go with `body=` too."""

    note_id: Required[str]


class UpdateNoteParams(_UpdateNoteArgs, total=False):
    """The keyword arguments of `update_note`."""

    title: str | None
    body_: str | None
    labels: Sequence[str] | None
    pinned: bool | None


@overload
def update_note(client: OpenRouter | NotesAPI, **params: Unpack[UpdateNoteParams]) -> _m.Note: ...


@overload
def update_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.NotePatch | Mapping[str, Any],
    **params: Unpack[_UpdateNoteArgs],
) -> _m.Note: ...


def update_note(client: OpenRouter | NotesAPI, **params: Any) -> _m.Note:
    """Partially update a note

    Only the fields present in the body are changed; all fields are optional.

    PATCH /notes/{note_id}
    """
    return client._request(_UPDATE_NOTE, params)


@overload
async def update_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI, **params: Unpack[UpdateNoteParams]
) -> _m.Note: ...


@overload
async def update_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.NotePatch | Mapping[str, Any],
    **params: Unpack[_UpdateNoteArgs],
) -> _m.Note: ...


async def update_note_async(client: AsyncOpenRouter | AsyncNotesAPI, **params: Any) -> _m.Note:
    """Partially update a note

    Only the fields present in the body are changed; all fields are optional.

    PATCH /notes/{note_id}
    """
    return await client._request(_UPDATE_NOTE, params)


class _ShareNoteArgs(_CallOptions, total=False):
    """The parameters of `share_note` that go with `body=` too."""

    note_id: Required[str]


class ShareNoteParams(_ShareNoteArgs, total=False):
    """The keyword arguments of `share_note`."""

    email: Required[str]
    """Address of the user to share with."""
    role: _m.NotesNoteIdSharePostRequestRole | str
    message: str | None
    """Optional note included in the invitation email."""


@overload
def share_note(client: OpenRouter | NotesAPI, **params: Unpack[ShareNoteParams]) -> None: ...


@overload
def share_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.NotesNoteIdSharePostRequest | Mapping[str, Any],
    **params: Unpack[_ShareNoteArgs],
) -> None: ...


def share_note(client: OpenRouter | NotesAPI, **params: Any) -> None:
    """Share a note

    Shares a note with another user. The body is defined inline.

    POST /notes/{note_id}/share
    """
    return client._request(_SHARE_NOTE, params)


@overload
async def share_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI, **params: Unpack[ShareNoteParams]
) -> None: ...


@overload
async def share_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.NotesNoteIdSharePostRequest | Mapping[str, Any],
    **params: Unpack[_ShareNoteArgs],
) -> None: ...


async def share_note_async(client: AsyncOpenRouter | AsyncNotesAPI, **params: Any) -> None:
    """Share a note

    Shares a note with another user. The body is defined inline.

    POST /notes/{note_id}/share
    """
    return await client._request(_SHARE_NOTE, params)


def bulk_delete_notes(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.NotesBulkDeletePostRequest,
    **params: Unpack[_CallOptions],
) -> _m.NotesBulkDeletePostResponse:
    """Delete several notes

    The request body is a bare JSON array of note ids.

    POST /notes/bulk-delete
    """
    return client._request(_BULK_DELETE_NOTES, {**params, "body": body})


async def bulk_delete_notes_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.NotesBulkDeletePostRequest,
    **params: Unpack[_CallOptions],
) -> _m.NotesBulkDeletePostResponse:
    """Delete several notes

    The request body is a bare JSON array of note ids.

    POST /notes/bulk-delete
    """
    return await client._request(_BULK_DELETE_NOTES, {**params, "body": body})


class _ArchiveNoteArgs(_CallOptions, total=False):
    """The parameters of `archive_note` that go with `body=` too."""

    note_id: Required[str]


class ArchiveNoteParams(_ArchiveNoteArgs, total=False):
    """The keyword arguments of `archive_note`."""

    reason: str | None
    """Free-form reason stored in the audit log."""


@overload
def archive_note(client: OpenRouter | NotesAPI, **params: Unpack[ArchiveNoteParams]) -> _m.Note: ...


@overload
def archive_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.ArchiveOptions | Mapping[str, Any],
    **params: Unpack[_ArchiveNoteArgs],
) -> _m.Note: ...


def archive_note(client: OpenRouter | NotesAPI, **params: Any) -> _m.Note:
    """Archive a note

    Archives a note. The body is optional and may carry a reason.

    POST /notes/{note_id}/archive
    """
    return client._request(_ARCHIVE_NOTE, params)


@overload
async def archive_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI, **params: Unpack[ArchiveNoteParams]
) -> _m.Note: ...


@overload
async def archive_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.ArchiveOptions | Mapping[str, Any],
    **params: Unpack[_ArchiveNoteArgs],
) -> _m.Note: ...


async def archive_note_async(client: AsyncOpenRouter | AsyncNotesAPI, **params: Any) -> _m.Note:
    """Archive a note

    Archives a note. The body is optional and may carry a reason.

    POST /notes/{note_id}/archive
    """
    return await client._request(_ARCHIVE_NOTE, params)


class NotesAPI(_Namespace):
    """`client.notes`: the notes operations as methods."""

    create_note = create_note

    update_note = update_note

    share_note = share_note

    bulk_delete_notes = bulk_delete_notes

    archive_note = archive_note


class AsyncNotesAPI(_Namespace):
    """`client.notes` of the async client: the notes operations as methods."""

    create_note = create_note_async

    update_note = update_note_async

    share_note = share_note_async

    bulk_delete_notes = bulk_delete_notes_async

    archive_note = archive_note_async


class RawNotesAPI(_Namespace):
    """`client.with_raw_response.notes`: each operation's `APIResponse`."""

    def create_note(self, **params: Unpack[CreateNoteParams]) -> APIResponse[_m.Note]:
        """Create a note"""
        return self._raw(_CREATE_NOTE, params)

    def update_note(self, **params: Unpack[UpdateNoteParams]) -> APIResponse[_m.Note]:
        """Partially update a note"""
        return self._raw(_UPDATE_NOTE, params)

    def share_note(self, **params: Unpack[ShareNoteParams]) -> APIResponse[None]:
        """Share a note"""
        return self._raw(_SHARE_NOTE, params)

    def bulk_delete_notes(
        self, *, body: _m.NotesBulkDeletePostRequest, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.NotesBulkDeletePostResponse]:
        """Delete several notes"""
        return self._raw(_BULK_DELETE_NOTES, params)

    def archive_note(self, **params: Unpack[ArchiveNoteParams]) -> APIResponse[_m.Note]:
        """Archive a note"""
        return self._raw(_ARCHIVE_NOTE, params)


class AsyncRawNotesAPI(_Namespace):
    """`client.with_raw_response.notes` of the async client."""

    async def create_note(self, **params: Unpack[CreateNoteParams]) -> APIResponse[_m.Note]:
        """Create a note"""
        return await self._raw(_CREATE_NOTE, params)

    async def update_note(self, **params: Unpack[UpdateNoteParams]) -> APIResponse[_m.Note]:
        """Partially update a note"""
        return await self._raw(_UPDATE_NOTE, params)

    async def share_note(self, **params: Unpack[ShareNoteParams]) -> APIResponse[None]:
        """Share a note"""
        return await self._raw(_SHARE_NOTE, params)

    async def bulk_delete_notes(
        self, *, body: _m.NotesBulkDeletePostRequest, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.NotesBulkDeletePostResponse]:
        """Delete several notes"""
        return await self._raw(_BULK_DELETE_NOTES, params)

    async def archive_note(self, **params: Unpack[ArchiveNoteParams]) -> APIResponse[_m.Note]:
        """Archive a note"""
        return await self._raw(_ARCHIVE_NOTE, params)


class StreamingNotesAPI(_Namespace):
    """`client.with_streaming_response.notes`: each operation's response, its body unread, in a `with` block."""

    def create_note(
        self, **params: Unpack[CreateNoteParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Note]]:
        """Create a note"""
        return self._streamed(_CREATE_NOTE, params)

    def update_note(
        self, **params: Unpack[UpdateNoteParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Note]]:
        """Partially update a note"""
        return self._streamed(_UPDATE_NOTE, params)

    def share_note(
        self, **params: Unpack[ShareNoteParams]
    ) -> ResponseContextManager[StreamedResponse[None]]:
        """Share a note"""
        return self._streamed(_SHARE_NOTE, params)

    def bulk_delete_notes(
        self, *, body: _m.NotesBulkDeletePostRequest, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.NotesBulkDeletePostResponse]]:
        """Delete several notes"""
        return self._streamed(_BULK_DELETE_NOTES, params)

    def archive_note(
        self, **params: Unpack[ArchiveNoteParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Note]]:
        """Archive a note"""
        return self._streamed(_ARCHIVE_NOTE, params)


class AsyncStreamingNotesAPI(_Namespace):
    """`client.with_streaming_response.notes` of the async client (`async with`)."""

    def create_note(
        self, **params: Unpack[CreateNoteParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Note]]:
        """Create a note"""
        return self._streamed_async(_CREATE_NOTE, params)

    def update_note(
        self, **params: Unpack[UpdateNoteParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Note]]:
        """Partially update a note"""
        return self._streamed_async(_UPDATE_NOTE, params)

    def share_note(
        self, **params: Unpack[ShareNoteParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Share a note"""
        return self._streamed_async(_SHARE_NOTE, params)

    def bulk_delete_notes(
        self, *, body: _m.NotesBulkDeletePostRequest, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.NotesBulkDeletePostResponse]]:
        """Delete several notes"""
        return self._streamed_async(_BULK_DELETE_NOTES, params)

    def archive_note(
        self, **params: Unpack[ArchiveNoteParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Note]]:
        """Archive a note"""
        return self._streamed_async(_ARCHIVE_NOTE, params)
