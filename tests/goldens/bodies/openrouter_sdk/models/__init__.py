"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._archive_options import ArchiveOptions as ArchiveOptions
    from ._note import Note as Note
    from ._note_create import NoteCreate as NoteCreate
    from ._note_patch import NotePatch as NotePatch
    from ._notes_bulk_delete_post_request import (
        NotesBulkDeletePostRequest as NotesBulkDeletePostRequest,
    )
    from ._notes_bulk_delete_post_response import (
        NotesBulkDeletePostResponse as NotesBulkDeletePostResponse,
    )
    from ._notes_note_id_share_post_request import (
        NotesNoteIdSharePostRequest as NotesNoteIdSharePostRequest,
    )
    from ._notes_note_id_share_post_request_role import (
        NotesNoteIdSharePostRequestRole as NotesNoteIdSharePostRequestRole,
    )

_MODULES: dict[str, str] = {
    "ArchiveOptions": "_archive_options",
    "Note": "_note",
    "NoteCreate": "_note_create",
    "NotePatch": "_note_patch",
    "NotesBulkDeletePostRequest": "_notes_bulk_delete_post_request",
    "NotesBulkDeletePostResponse": "_notes_bulk_delete_post_response",
    "NotesNoteIdSharePostRequest": "_notes_note_id_share_post_request",
    "NotesNoteIdSharePostRequestRole": "_notes_note_id_share_post_request_role",
}

__all__ = [
    "ArchiveOptions",
    "Note",
    "NoteCreate",
    "NotePatch",
    "NotesBulkDeletePostRequest",
    "NotesBulkDeletePostResponse",
    "NotesNoteIdSharePostRequest",
    "NotesNoteIdSharePostRequestRole",
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
