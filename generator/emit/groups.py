"""The client's tree of groups, as `_client.py.jinja` renders it: a leaf is a group of
operations (its module's namespace classes); an inner node (`beta` of
`beta.responses`) is a small class of the client module with one attribute per child.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.api import Tag
from generator.naming.words import class_name


@dataclass(frozen=True)
class Child:
    attribute: str  # the attribute on its parent (client or inner node)
    stem: str  # class name without the variant prefix (Async, Raw, AsyncRaw, ...)
    tag: Tag | None  # a leaf: the group of operations (module, classes); None: an inner node
    doc: str


@dataclass(frozen=True)
class Node:
    """An inner node: classes `<prefix><stem>` defined in the client module."""

    path: tuple[str, ...]
    stem: str
    children: tuple[Child, ...]


def client_tree(tags: tuple[Tag, ...]) -> tuple[tuple[Child, ...], tuple[Node, ...]]:
    """The client's own group attributes, and every inner node (parents first)."""
    leaves = {tag.group: tag for tag in tags}
    paths: dict[tuple[str, ...], None] = {}
    for tag in tags:
        for i in range(1, len(tag.group) + 1):
            paths.setdefault(tag.group[:i])

    def child(path: tuple[str, ...]) -> Child:
        tag = leaves.get(path)
        if tag is not None:
            doc = tag.description or f"Operations tagged {tag.name}."
            return Child(path[-1], tag.class_name, tag, doc)
        below = ", ".join(f"`{'.'.join(p)}`" for p in paths if p[:-1] == path)
        return Child(path[-1], _stem(path), None, f"The `{'.'.join(path)}` groups: {below}.")

    roots = tuple(child(p) for p in paths if len(p) == 1)
    nodes = tuple(
        Node(p, _stem(p), tuple(child(c) for c in paths if len(c) == len(p) + 1 and c[: len(p)] == p))
        for p in paths
        if p not in leaves
    )
    return roots, nodes


def _stem(path: tuple[str, ...]) -> str:
    return "".join(class_name(p) for p in path) + "Group"
