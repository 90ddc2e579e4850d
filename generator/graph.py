"""Strongly connected components of a directed graph (who refers to whom)."""

from __future__ import annotations

from collections.abc import Callable, Container, Hashable, Iterable, Iterator
from typing import TypeVar

Node = TypeVar("Node", bound=Hashable)


def strongly_connected(graph: dict[int, set[int]]) -> list[list[int]]:
    """Strongly connected components (Tarjan, iterative), each in ascending order,
    dependencies before dependents."""
    components = components_from(sorted(graph), lambda node: sorted(graph[node]))
    return [sorted(component) for component in components]


def components_from(
    roots: Iterable[Node],
    successors: Callable[[Node], Iterable[Node]],
    done: Container[Node] = frozenset(),
) -> list[list[Node]]:
    """The strongly connected components reachable from `roots` (Tarjan, iterative: no
    recursion limit), dependencies before dependents. `successors` is asked once per node
    reached; nodes in `done` (components found before) are not entered, so a graph can be
    explored a piece at a time."""
    index: dict[Node, int] = {}
    low: dict[Node, int] = {}
    on_stack: set[Node] = set()
    stack: list[Node] = []
    result: list[list[Node]] = []

    def enter(node: Node) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        work.append((node, iter(successors(node))))

    work: list[tuple[Node, Iterator[Node]]] = []
    for root in roots:
        if root in index or root in done:
            continue
        enter(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child in done:
                    continue
                if child not in index:
                    enter(child)
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(component)
    return result
