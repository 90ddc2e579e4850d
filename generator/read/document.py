"""The document into the IR: operations grouped by tag, the base URL and default security.

The document has passed spec.checks; nothing here validates, and nothing names: every
`py_name`, module and class name is left empty for generator.naming.
"""

from __future__ import annotations

from typing import Any

from generator.ir.api import Api, Operation, Tag
from generator.read.operations import read_operations, requirement_scheme
from generator.spec.checks import server_url


def read_api(doc: dict[str, Any]) -> Api:
    operations = read_operations(doc)
    tags = group_by_tag(doc, operations)
    info = doc.get("info") or {}
    return Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        description=str(info.get("description", "") or ""),
        base_url=server_url(doc),
        tags=tags,
        security=requirement_scheme(doc, doc.get("security")),
        operations=tuple(op for tag in tags for op in tag.operations),
        schemas=tuple(str(name) for name in (doc.get("components") or {}).get("schemas") or {}),
    )


def group_by_tag(doc: dict[str, Any], operations: list[Operation]) -> tuple[Tag, ...]:
    """One group per first tag: the tags the document declares first, in its order, then
    the others as operations name them."""
    declared = {
        t.get("name"): str(t.get("description") or "").strip()
        for t in doc.get("tags") or []
        if isinstance(t, dict)
    }
    order = [t for t in declared if any(op.tag == t for op in operations)]
    order += [t for t in dict.fromkeys(op.tag for op in operations) if t not in order]
    return tuple(
        Tag(tag, "", "", declared.get(tag, ""), tuple(op for op in operations if op.tag == tag))
        for tag in order
    )
