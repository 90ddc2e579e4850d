"""Operations tagged notes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from .._client import Endpoint as _Endpoint
from .._client import build_body as _build_body
from .._client import to_jsonable as _to_jsonable
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._types import RequestOptions as _RequestOptions

if TYPE_CHECKING:
    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "create_note",
    "create_note_async",
    "update_note",
    "update_note_async",
    "share_note",
    "share_note_async",
    "bulk_delete_notes",
    "bulk_delete_notes_async",
    "archive_note",
    "archive_note_async",
    "NotesAPI",
    "AsyncNotesAPI",
    "RawNotesAPI",
    "AsyncRawNotesAPI",
    "StreamingNotesAPI",
    "AsyncStreamingNotesAPI",
]

_CREATE_NOTE = _Endpoint("POST", "/notes", auth=False, json=lambda m: m.Note)

_UPDATE_NOTE = _Endpoint("PATCH", "/notes/{note_id}", auth=False, json=lambda m: m.Note)

_SHARE_NOTE = _Endpoint("POST", "/notes/{note_id}/share", auth=False)

_BULK_DELETE_NOTES = _Endpoint(
    "POST", "/notes/bulk-delete", auth=False, json=lambda m: m.NotesBulkDeletePostResponse
)

_ARCHIVE_NOTE = _Endpoint("POST", "/notes/{note_id}/archive", auth=False, json=lambda m: m.Note)


@overload
def create_note(
    client: OpenRouter | NotesAPI,
    *,
    title: str,
    body_: str | None | NotGiven = NOT_GIVEN,
    labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
    pinned: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


@overload
def create_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.NoteCreate | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


def create_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.NoteCreate | Mapping[str, Any] | None = None,
    title: str | NotGiven = NOT_GIVEN,
    body_: str | None | NotGiven = NOT_GIVEN,
    labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
    pinned: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note:
    """Create a note

    Creates a note from a component schema body with one required field.

    POST /notes
    """
    return client._request(
        _CREATE_NOTE,
        json=_build_body(body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    title: str,
    body_: str | None | NotGiven = NOT_GIVEN,
    labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
    pinned: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


@overload
async def create_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.NoteCreate | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


async def create_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.NoteCreate | Mapping[str, Any] | None = None,
    title: str | NotGiven = NOT_GIVEN,
    body_: str | None | NotGiven = NOT_GIVEN,
    labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
    pinned: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note:
    """Create a note

    Creates a note from a component schema body with one required field.

    POST /notes
    """
    return await client._request(
        _CREATE_NOTE,
        json=_build_body(body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def update_note(
    client: OpenRouter | NotesAPI,
    *,
    title: str | None | NotGiven = NOT_GIVEN,
    body_: str | None | NotGiven = NOT_GIVEN,
    labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
    pinned: bool | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


@overload
def update_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.NotePatch | Mapping[str, Any],
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


def update_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.NotePatch | Mapping[str, Any] | None = None,
    title: str | None | NotGiven = NOT_GIVEN,
    body_: str | None | NotGiven = NOT_GIVEN,
    labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
    pinned: bool | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note:
    """Partially update a note

    Only the fields present in the body are changed; all fields are optional.

    PATCH /notes/{note_id}
    """
    return client._request(
        _UPDATE_NOTE,
        path={"note_id": note_id},
        json=_build_body(body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def update_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    title: str | None | NotGiven = NOT_GIVEN,
    body_: str | None | NotGiven = NOT_GIVEN,
    labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
    pinned: bool | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


@overload
async def update_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.NotePatch | Mapping[str, Any],
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


async def update_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.NotePatch | Mapping[str, Any] | None = None,
    title: str | None | NotGiven = NOT_GIVEN,
    body_: str | None | NotGiven = NOT_GIVEN,
    labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
    pinned: bool | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note:
    """Partially update a note

    Only the fields present in the body are changed; all fields are optional.

    PATCH /notes/{note_id}
    """
    return await client._request(
        _UPDATE_NOTE,
        path={"note_id": note_id},
        json=_build_body(body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def share_note(
    client: OpenRouter | NotesAPI,
    *,
    email: str,
    role: _m.NotesNoteIdSharePostRequestRole | str | NotGiven = NOT_GIVEN,
    message: str | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None: ...


@overload
def share_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.NotesNoteIdSharePostRequest | Mapping[str, Any],
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None: ...


def share_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.NotesNoteIdSharePostRequest | Mapping[str, Any] | None = None,
    email: str | NotGiven = NOT_GIVEN,
    role: _m.NotesNoteIdSharePostRequestRole | str | NotGiven = NOT_GIVEN,
    message: str | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Share a note

    Shares a note with another user. The body is defined inline.

    Args:
        email: Address of the user to share with.
        message: Optional note included in the invitation email.

    POST /notes/{note_id}/share
    """
    return client._request(
        _SHARE_NOTE,
        path={"note_id": note_id},
        json=_build_body(body, {"email": email, "role": role, "message": message}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def share_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    email: str,
    role: _m.NotesNoteIdSharePostRequestRole | str | NotGiven = NOT_GIVEN,
    message: str | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None: ...


@overload
async def share_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.NotesNoteIdSharePostRequest | Mapping[str, Any],
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None: ...


async def share_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.NotesNoteIdSharePostRequest | Mapping[str, Any] | None = None,
    email: str | NotGiven = NOT_GIVEN,
    role: _m.NotesNoteIdSharePostRequestRole | str | NotGiven = NOT_GIVEN,
    message: str | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Share a note

    Shares a note with another user. The body is defined inline.

    Args:
        email: Address of the user to share with.
        message: Optional note included in the invitation email.

    POST /notes/{note_id}/share
    """
    return await client._request(
        _SHARE_NOTE,
        path={"note_id": note_id},
        json=_build_body(body, {"email": email, "role": role, "message": message}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def bulk_delete_notes(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.NotesBulkDeletePostRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.NotesBulkDeletePostResponse:
    """Delete several notes

    The request body is a bare JSON array of note ids.

    POST /notes/bulk-delete
    """
    return client._request(
        _BULK_DELETE_NOTES,
        json=_to_jsonable(body),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def bulk_delete_notes_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.NotesBulkDeletePostRequest,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.NotesBulkDeletePostResponse:
    """Delete several notes

    The request body is a bare JSON array of note ids.

    POST /notes/bulk-delete
    """
    return await client._request(
        _BULK_DELETE_NOTES,
        json=_to_jsonable(body),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def archive_note(
    client: OpenRouter | NotesAPI,
    *,
    reason: str | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


@overload
def archive_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.ArchiveOptions | Mapping[str, Any],
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


def archive_note(
    client: OpenRouter | NotesAPI,
    *,
    body: _m.ArchiveOptions | Mapping[str, Any] | None = None,
    reason: str | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note:
    """Archive a note

    Archives a note. The body is optional and may carry a reason.

    Args:
        reason: Free-form reason stored in the audit log.

    POST /notes/{note_id}/archive
    """
    return client._request(
        _ARCHIVE_NOTE,
        path={"note_id": note_id},
        json=_build_body(body, {"reason": reason}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def archive_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    reason: str | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


@overload
async def archive_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.ArchiveOptions | Mapping[str, Any],
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note: ...


async def archive_note_async(
    client: AsyncOpenRouter | AsyncNotesAPI,
    *,
    body: _m.ArchiveOptions | Mapping[str, Any] | None = None,
    reason: str | None | NotGiven = NOT_GIVEN,
    note_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Note:
    """Archive a note

    Archives a note. The body is optional and may carry a reason.

    Args:
        reason: Free-form reason stored in the audit log.

    POST /notes/{note_id}/archive
    """
    return await client._request(
        _ARCHIVE_NOTE,
        path={"note_id": note_id},
        json=_build_body(body, {"reason": reason}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class NotesAPI:
    """`client.notes`: the notes operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create_note = create_note

    update_note = update_note

    share_note = share_note

    bulk_delete_notes = bulk_delete_notes

    archive_note = archive_note


class AsyncNotesAPI:
    """`client.notes` of the async client: the notes operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create_note = create_note_async

    update_note = update_note_async

    share_note = share_note_async

    bulk_delete_notes = bulk_delete_notes_async

    archive_note = archive_note_async


class RawNotesAPI:
    """`client.with_raw_response.notes`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create_note(
        self,
        *,
        body: _m.NoteCreate | Mapping[str, Any] | None = None,
        title: str | NotGiven = NOT_GIVEN,
        body_: str | None | NotGiven = NOT_GIVEN,
        labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        pinned: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Note]:
        """Create a note"""
        return self._client._request(
            _CREATE_NOTE,
            json=_build_body(
                body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def update_note(
        self,
        *,
        body: _m.NotePatch | Mapping[str, Any] | None = None,
        title: str | None | NotGiven = NOT_GIVEN,
        body_: str | None | NotGiven = NOT_GIVEN,
        labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        pinned: bool | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Note]:
        """Partially update a note"""
        return self._client._request(
            _UPDATE_NOTE,
            path={"note_id": note_id},
            json=_build_body(
                body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def share_note(
        self,
        *,
        body: _m.NotesNoteIdSharePostRequest | Mapping[str, Any] | None = None,
        email: str | NotGiven = NOT_GIVEN,
        role: _m.NotesNoteIdSharePostRequestRole | str | NotGiven = NOT_GIVEN,
        message: str | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Share a note"""
        return self._client._request(
            _SHARE_NOTE,
            path={"note_id": note_id},
            json=_build_body(body, {"email": email, "role": role, "message": message}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def bulk_delete_notes(
        self,
        *,
        body: _m.NotesBulkDeletePostRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.NotesBulkDeletePostResponse]:
        """Delete several notes"""
        return self._client._request(
            _BULK_DELETE_NOTES,
            json=_to_jsonable(body),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def archive_note(
        self,
        *,
        body: _m.ArchiveOptions | Mapping[str, Any] | None = None,
        reason: str | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Note]:
        """Archive a note"""
        return self._client._request(
            _ARCHIVE_NOTE,
            path={"note_id": note_id},
            json=_build_body(body, {"reason": reason}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawNotesAPI:
    """`client.with_raw_response.notes` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def create_note(
        self,
        *,
        body: _m.NoteCreate | Mapping[str, Any] | None = None,
        title: str | NotGiven = NOT_GIVEN,
        body_: str | None | NotGiven = NOT_GIVEN,
        labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        pinned: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Note]:
        """Create a note"""
        return await self._client._request(
            _CREATE_NOTE,
            json=_build_body(
                body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def update_note(
        self,
        *,
        body: _m.NotePatch | Mapping[str, Any] | None = None,
        title: str | None | NotGiven = NOT_GIVEN,
        body_: str | None | NotGiven = NOT_GIVEN,
        labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        pinned: bool | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Note]:
        """Partially update a note"""
        return await self._client._request(
            _UPDATE_NOTE,
            path={"note_id": note_id},
            json=_build_body(
                body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def share_note(
        self,
        *,
        body: _m.NotesNoteIdSharePostRequest | Mapping[str, Any] | None = None,
        email: str | NotGiven = NOT_GIVEN,
        role: _m.NotesNoteIdSharePostRequestRole | str | NotGiven = NOT_GIVEN,
        message: str | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Share a note"""
        return await self._client._request(
            _SHARE_NOTE,
            path={"note_id": note_id},
            json=_build_body(body, {"email": email, "role": role, "message": message}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def bulk_delete_notes(
        self,
        *,
        body: _m.NotesBulkDeletePostRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.NotesBulkDeletePostResponse]:
        """Delete several notes"""
        return await self._client._request(
            _BULK_DELETE_NOTES,
            json=_to_jsonable(body),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def archive_note(
        self,
        *,
        body: _m.ArchiveOptions | Mapping[str, Any] | None = None,
        reason: str | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Note]:
        """Archive a note"""
        return await self._client._request(
            _ARCHIVE_NOTE,
            path={"note_id": note_id},
            json=_build_body(body, {"reason": reason}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingNotesAPI:
    """`client.with_streaming_response.notes`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create_note(
        self,
        *,
        body: _m.NoteCreate | Mapping[str, Any] | None = None,
        title: str | NotGiven = NOT_GIVEN,
        body_: str | None | NotGiven = NOT_GIVEN,
        labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        pinned: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Note]]:
        """Create a note"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_NOTE,
                json=_build_body(
                    body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def update_note(
        self,
        *,
        body: _m.NotePatch | Mapping[str, Any] | None = None,
        title: str | None | NotGiven = NOT_GIVEN,
        body_: str | None | NotGiven = NOT_GIVEN,
        labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        pinned: bool | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Note]]:
        """Partially update a note"""

        def _send() -> Any:
            return self._client._request(
                _UPDATE_NOTE,
                path={"note_id": note_id},
                json=_build_body(
                    body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def share_note(
        self,
        *,
        body: _m.NotesNoteIdSharePostRequest | Mapping[str, Any] | None = None,
        email: str | NotGiven = NOT_GIVEN,
        role: _m.NotesNoteIdSharePostRequestRole | str | NotGiven = NOT_GIVEN,
        message: str | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[None]]:
        """Share a note"""

        def _send() -> Any:
            return self._client._request(
                _SHARE_NOTE,
                path={"note_id": note_id},
                json=_build_body(body, {"email": email, "role": role, "message": message}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def bulk_delete_notes(
        self,
        *,
        body: _m.NotesBulkDeletePostRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.NotesBulkDeletePostResponse]]:
        """Delete several notes"""

        def _send() -> Any:
            return self._client._request(
                _BULK_DELETE_NOTES,
                json=_to_jsonable(body),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def archive_note(
        self,
        *,
        body: _m.ArchiveOptions | Mapping[str, Any] | None = None,
        reason: str | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Note]]:
        """Archive a note"""

        def _send() -> Any:
            return self._client._request(
                _ARCHIVE_NOTE,
                path={"note_id": note_id},
                json=_build_body(body, {"reason": reason}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingNotesAPI:
    """`client.with_streaming_response.notes` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def create_note(
        self,
        *,
        body: _m.NoteCreate | Mapping[str, Any] | None = None,
        title: str | NotGiven = NOT_GIVEN,
        body_: str | None | NotGiven = NOT_GIVEN,
        labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        pinned: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Note]]:
        """Create a note"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_NOTE,
                json=_build_body(
                    body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def update_note(
        self,
        *,
        body: _m.NotePatch | Mapping[str, Any] | None = None,
        title: str | None | NotGiven = NOT_GIVEN,
        body_: str | None | NotGiven = NOT_GIVEN,
        labels: Sequence[str] | None | NotGiven = NOT_GIVEN,
        pinned: bool | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Note]]:
        """Partially update a note"""

        def _send() -> Any:
            return self._client._request(
                _UPDATE_NOTE,
                path={"note_id": note_id},
                json=_build_body(
                    body, {"title": title, "body": body_, "labels": labels, "pinned": pinned}
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def share_note(
        self,
        *,
        body: _m.NotesNoteIdSharePostRequest | Mapping[str, Any] | None = None,
        email: str | NotGiven = NOT_GIVEN,
        role: _m.NotesNoteIdSharePostRequestRole | str | NotGiven = NOT_GIVEN,
        message: str | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Share a note"""

        def _send() -> Any:
            return self._client._request(
                _SHARE_NOTE,
                path={"note_id": note_id},
                json=_build_body(body, {"email": email, "role": role, "message": message}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def bulk_delete_notes(
        self,
        *,
        body: _m.NotesBulkDeletePostRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.NotesBulkDeletePostResponse]]:
        """Delete several notes"""

        def _send() -> Any:
            return self._client._request(
                _BULK_DELETE_NOTES,
                json=_to_jsonable(body),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def archive_note(
        self,
        *,
        body: _m.ArchiveOptions | Mapping[str, Any] | None = None,
        reason: str | None | NotGiven = NOT_GIVEN,
        note_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Note]]:
        """Archive a note"""

        def _send() -> Any:
            return self._client._request(
                _ARCHIVE_NOTE,
                path={"note_id": note_id},
                json=_build_body(body, {"reason": reason}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
