"""JSON pointers into the document and the local `$ref`s that use them (RFC 6901)."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from generator.errors import pointer


def tokens(ref: str) -> tuple[str, ...]:
    """The reference tokens of a local pointer (`#/a/b~1c` -> `("a", "b/c")`)."""
    if ref in ("#", "#/"):
        return ()
    return tuple(t.replace("~1", "/").replace("~0", "~") for t in ref[2:].split("/"))


def lookup(doc: Any, ref: str) -> Any:
    """The node a local pointer names, or None when there is none. A `$ref` is a URI
    fragment, so its pointer may be percent-encoded (`~1%7Bid%7D` for `/{id}`, RFC 6901
    section 6): when the pointer as written names nothing, its decoded form is tried."""
    node = _walk(doc, tokens(ref))
    if node is None and "%" in ref:
        node = _walk(doc, tokens(unquote(ref)))
    return node


def _walk(doc: Any, path: tuple[str, ...]) -> Any:
    node = doc
    for token in path:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def resolve(doc: Any, node: Any, ptr: str) -> tuple[Any, str]:
    """Follow local `$ref`s from `node` (at `ptr`): the target and its pointer. A reference
    that leads nowhere (external, dangling, a cycle; spec.checks reports each) gives `{}`."""
    seen: set[str] = set()
    while is_local_ref(node):
        ref = node["$ref"]
        if ref in seen:
            return {}, ptr
        seen.add(ref)
        target = lookup(doc, ref)
        if target is None:
            return {}, ptr
        node, ptr = target, ref
    if is_external_ref(node):
        return {}, ptr
    return node, ptr


def is_local_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")


def is_external_ref(node: Any) -> bool:
    """A reference to another document (refused by spec.checks)."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    return isinstance(ref, str) and not ref.startswith("#")


def join(ptr: str, *more: object) -> str:
    """`ptr` extended by more reference tokens."""
    tail = pointer(*more)
    return ptr + tail[1:] if ptr != "#" else tail
