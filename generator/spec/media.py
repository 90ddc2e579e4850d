"""What a media type means to the SDK: JSON, text, an event stream, or bytes."""

from __future__ import annotations


def base(media: str) -> str:
    return media.split(";")[0].strip().lower()


def is_json(media: str) -> bool:
    b = base(media)
    return b == "application/json" or b.endswith("+json")


def is_text(media: str) -> bool:
    b = base(media)
    return b.startswith("text/") or b.endswith("xml") or b in ("application/yaml", "application/x-yaml")


def is_event_stream(media: str) -> bool:
    return base(media) == "text/event-stream"
