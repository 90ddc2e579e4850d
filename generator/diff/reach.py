"""Which operations reach each component schema, and in which direction: following `$ref`s
from an operation's parameters and request body (request) and its responses (response),
through component parameters, bodies and responses, and transitively through schemas."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from generator.diff.rules import REQUEST, RESPONSE
from generator.diff.schema import ref_name, resolve
from generator.spec.operations import METHODS
from generator.spec.pathkey import split_key

# component schema -> {operation label -> {"request", "response"}}
Reach = dict[str, dict[str, set[str]]]


def _schema_refs(node: Any) -> set[str]:
    """Names of the component schemas a subtree refers to (examples are data, not schemas)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            name = ref_name(item.get("$ref"))
            if name is not None:
                found.add(name)
            for key, value in item.items():
                if key not in ("example", "examples") and isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))
    return found


def _deep_refs(doc: dict[str, Any], node: Any) -> set[str]:
    """Schema names referred to by a part of an operation, following its `$ref`s to component
    parameters, request bodies and responses."""
    names: set[str] = set()
    stack, seen = [node], set()
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                name = ref_name(ref)
                if name is not None:
                    names.add(name)
                elif ref not in seen:
                    seen.add(ref)
                    stack.append(resolve(doc, item))
            for key, value in item.items():
                if key not in ("example", "examples") and isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))
    return names


@dataclass
class Op:
    label: str  # "GET /path"
    method: str
    path: str
    node: dict[str, Any]
    item: dict[str, Any]


def index_operations(doc: dict[str, Any]) -> dict[str, Op]:
    """The operations by label, `METHOD path`. A path key with a query string is labelled
    by its path and fixed items (`GET /search?type=icon`, spec.pathkey), so that a query
    parameter added to the key is a parameter added, not an operation replaced; keys of
    one method that differ only in their query parameters keep their whole key each."""
    found: list[tuple[str, str, str, dict[str, Any], dict[str, Any]]] = []
    for path, item in (doc.get("paths") or {}).items():
        item = resolve(doc, item)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found.append((f"{method.upper()} {split_key(str(path)).target}", method, path, op, item))
    shared = Counter(label for label, *_ in found)
    ops: dict[str, Op] = {}
    for label, method, path, op, item in found:
        label = label if shared[label] == 1 else f"{method.upper()} {path}"
        ops[label] = Op(label, method, path, op, item)
    return ops


def reach_map(doc: dict[str, Any], ops: dict[str, Op]) -> Reach:
    """component schema -> {operation label -> {"request", "response"}} through $refs."""
    schemas = (doc.get("components") or {}).get("schemas") or {}
    graph = {name: _schema_refs(schema) for name, schema in schemas.items()}
    reach: Reach = {}
    for label, op in ops.items():
        request_roots = _deep_refs(doc, [op.item.get("parameters"), op.node.get("parameters")])
        request_roots |= _deep_refs(doc, op.node.get("requestBody"))
        response_roots = _deep_refs(doc, op.node.get("responses"))
        for direction, roots in ((REQUEST, request_roots), (RESPONSE, response_roots)):
            seen: set[str] = set()
            stack = list(roots)
            while stack:
                name = stack.pop()
                if name in seen:
                    continue
                seen.add(name)
                stack.extend(graph.get(name, ()))
            for name in seen:
                reach.setdefault(name, {}).setdefault(label, set()).add(direction)
    return reach
