"""Iterating over every item of an offset-paginated list, page after page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

__all__ = ["iterate_pages", "iterate_pages_async"]


def _step(page: Any, field: str, offset: int, limit: int | None) -> tuple[list[Any], int | None]:
    """The page's items and the next offset (None when this was the last page)."""
    items = list(getattr(page, field, None) or [])
    if not items or (limit is not None and len(items) < limit):
        return items, None
    total = getattr(page, "total_count", None)
    following = offset + len(items)
    if isinstance(total, int) and following >= total:
        return items, None
    return items, following


def iterate_pages(
    fetch: Callable[[int], Any], field: str, start: int, limit: int | None
) -> Iterator[Any]:
    offset: int | None = start
    while offset is not None:
        items, offset = _step(fetch(offset), field, offset, limit)
        yield from items


async def iterate_pages_async(
    fetch: Callable[[int], Awaitable[Any]], field: str, start: int, limit: int | None
) -> AsyncIterator[Any]:
    offset: int | None = start
    while offset is not None:
        items, offset = _step(await fetch(offset), field, offset, limit)
        for item in items:
            yield item
