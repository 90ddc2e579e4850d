"""Content negotiation: an operation that answers JSON and other media types returns the
JSON model unless the call asks for another (`accept=`). Read by emit (overloads, the
runtime layout) and by the SDK surface (the `accept` keyword)."""

from __future__ import annotations

from generator.ir.api import Operation


def negotiated(op: Operation) -> list[tuple[str, str]]:
    """The media types other than JSON of an operation that also answers JSON, with
    their result types ("str" for text, "bytes" for binary), in the document's order."""
    if not any(r.kind == "json" for r in op.success):
        return []
    types: dict[str, str] = {}
    for r in op.success:
        if r.kind in ("text", "binary") and r.content_type:
            types.setdefault(r.content_type, "str" if r.kind == "text" else "bytes")
    return list(types.items())
