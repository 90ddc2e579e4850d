"""Comparing operations: added and removed, renamed, moved, deprecated; their
parameters, request bodies, responses and media types. The schemas inside are compared in
place (schemas.py), as requests for parameters and bodies and as responses for responses."""

from __future__ import annotations

from typing import Any

from generator.diff.context import Context, Site, doc_note
from generator.diff.reach import Op
from generator.diff.result import Change
from generator.diff.rules import REQUEST, RESPONSE
from generator.diff.schema import resolve
from generator.diff.schemas import schema
from generator.spec.pathkey import query_plan, split_key

NAME_HINTS = ("x-speakeasy-name-override", "x-speakeasy-group")


def compare_operations(ctx: Context) -> list[Change]:
    out: list[Change] = []
    for label in sorted(set(ctx.old_ops) | set(ctx.new_ops)):
        a, b = ctx.old_ops.get(label), ctx.new_ops.get(label)
        if a is None:
            assert b is not None
            op_id = b.node.get("operationId", "")
            out.append(_change("op-added", "operation-added", label, "", f"new operation {op_id}"))
        elif b is None:
            op_id = a.node.get("operationId", "")
            out.append(_change("op-removed", "operation-removed", label, "", f"operation {op_id} removed"))
        elif a.node != b.node or a.item.get("parameters") != b.item.get("parameters") or a.path != b.path:
            out += _operation(ctx, a, b)
    return out


def _change(rule: str, kind: str, label: str, at: str, detail: str) -> Change:
    """A change to the operation `label`, classified by `rule`."""
    return Change(kind, label, at, detail, rule, (label,))


def _operation(ctx: Context, a: Op, b: Op) -> list[Change]:
    label = a.label
    site = Site(label, "", frozenset({REQUEST}), (label,))
    oa, ob = a.node, b.node
    out: list[Change] = []
    if oa.get("operationId") != ob.get("operationId"):
        detail = f"operationId {oa.get('operationId')} -> {ob.get('operationId')}"
        out.append(_change("op-renamed", "operation-renamed", label, "", detail))
    tag_a, tag_b = (oa.get("tags") or ["default"])[0], (ob.get("tags") or ["default"])[0]
    if tag_a != tag_b:
        out.append(_change("op-moved", "operation-moved", label, "", f"tag {tag_a!r} -> {tag_b!r}"))
    if bool(oa.get("deprecated")) != bool(ob.get("deprecated")):
        detail = "deprecated" if ob.get("deprecated") else "no longer deprecated"
        out.append(_change("op-deprecated", "operation-deprecated", label, "", detail))
    for key in ("summary", "description", "externalDocs"):
        if oa.get(key) != ob.get(key):
            out.append(doc_note(site, "", key))
    for key in NAME_HINTS:  # where the client method is (generator/naming/methods.py)
        if oa.get(key) != ob.get(key):
            detail = f"{key} {oa.get(key)!r} -> {ob.get(key)!r}"
            out.append(_change("op-method-renamed", "operation-renamed", label, "", detail))
    for key in sorted(k for k in set(oa) | set(ob) if k.startswith("x-") and k not in NAME_HINTS):
        if oa.get(key) != ob.get(key):
            out.append(doc_note(site, "", key))
    # Security requirements are compared in security.py.
    out += _parameters(ctx, a, b)
    out += _request_body(ctx, a, b)
    out += _responses(ctx, a, b)
    return out


def _parameters(ctx: Context, a: Op, b: Op) -> list[Change]:
    label = a.label
    pa, pb = _params(ctx.old, a), _params(ctx.new, b)
    out: list[Change] = []
    for key in pb:
        if key not in pa:
            required = bool(pb[key].get("required", key[0] == "path"))
            rule = "param-added-required" if required else "param-added-optional"
            what = "required" if required else "optional"
            at = f"{key[0]} parameter {key[1]}"
            out.append(_change(rule, "parameter-added", label, at, f"{what} parameter added"))
    for key in pa:
        if key not in pb:
            at = f"{key[0]} parameter {key[1]}"
            out.append(_change("param-removed", "parameter-removed", label, at, "parameter removed"))
    for key in pa:
        if key not in pb:
            continue
        x, y = pa[key], pb[key]
        if x == y:
            continue
        at = f"{key[0]} parameter {key[1]}"
        site = Site(label, at, frozenset({REQUEST}), (label,))
        req_x, req_y = (
            bool(x.get("required", key[0] == "path")),
            bool(y.get("required", key[0] == "path")),
        )
        if req_x != req_y:
            rule = "param-became-required" if req_y else "param-became-optional"
            detail = "now required" if req_y else "now optional"
            out.append(_change(rule, "parameter-changed", label, at, detail))
        if bool(x.get("deprecated")) != bool(y.get("deprecated")):
            detail = "deprecated" if y.get("deprecated") else "no longer deprecated"
            out.append(_change("param-deprecated", "parameter-changed", label, at, detail))
        if (x.get("style"), x.get("explode")) != (y.get("style"), y.get("explode")):
            detail = "serialization (style/explode) changed"
            out.append(_change("param-style-changed", "parameter-changed", label, at, detail))
        for k in ("description", "example", "examples"):
            if x.get(k) != y.get(k):
                out.append(doc_note(site, "", k))
        out += schema(ctx, site, _param_schema(x), _param_schema(y), "")
    return out


def _request_body(ctx: Context, a: Op, b: Op) -> list[Change]:
    label = a.label
    ra = resolve(ctx.old, a.node.get("requestBody")) if "requestBody" in a.node else None
    rb = resolve(ctx.new, b.node.get("requestBody")) if "requestBody" in b.node else None
    if ra is None and rb is None:
        return []
    if ra is None:
        assert rb is not None
        rule = "body-added-required" if rb.get("required") else "body-added-optional"
        return [_change(rule, "request-body-added", label, "request body", "request body added")]
    if rb is None:
        return [
            _change("body-removed", "request-body-removed", label, "request body", "request body removed")
        ]
    out: list[Change] = []
    if bool(ra.get("required")) != bool(rb.get("required")):
        rule = "body-became-required" if rb.get("required") else "body-became-optional"
        detail = "now required" if rb.get("required") else "now optional"
        out.append(_change(rule, "request-body-changed", label, "request body", detail))
    site = Site(label, "request body", frozenset({REQUEST}), (label,))
    if ra.get("description") != rb.get("description"):
        out.append(doc_note(site, "", "description"))
    out += _content(ctx, label, "request body", REQUEST, ra.get("content") or {}, rb.get("content") or {})
    return out


def _content(ctx: Context, label: str, prefix: str, direction: str, ca: dict, cb: dict) -> list[Change]:
    removed_rule = "request-media-type-removed" if direction == REQUEST else "response-media-type-removed"
    out: list[Change] = []
    for media in cb:
        if media not in ca:
            at, detail = f"{prefix} {media}", f"media type {media} added"
            out.append(_change("media-type-added", "media-type-added", label, at, detail))
    for media in ca:
        if media not in cb:
            at, detail = f"{prefix} {media}", f"media type {media} removed"
            out.append(_change(removed_rule, "media-type-removed", label, at, detail))
    for media in ca:
        if media in cb and ca[media] != cb[media]:
            x, y = ca[media] or {}, cb[media] or {}
            site = Site(label, f"{prefix} {media}", frozenset({direction}), (label,))
            for k in ("example", "examples"):
                if x.get(k) != y.get(k):
                    out.append(doc_note(site, "", k))
            out += schema(ctx, site, x.get("schema", {}), y.get("schema", {}), "")
    return out


def _responses(ctx: Context, a: Op, b: Op) -> list[Change]:
    label = a.label
    ra, rb = a.node.get("responses") or {}, b.node.get("responses") or {}
    out: list[Change] = []
    for status in rb:
        if status not in ra:
            at, detail = f"response {status}", f"response status {status} added"
            out.append(_change("status-added", "status-added", label, at, detail))
    for status in ra:
        if status not in rb:
            at, detail = f"response {status}", f"response status {status} removed"
            out.append(_change("status-removed", "status-removed", label, at, detail))
    for status in ra:
        if status not in rb or ra[status] == rb[status]:
            continue
        x, y = resolve(ctx.old, ra[status]), resolve(ctx.new, rb[status])
        prefix = f"response {status}"
        site = Site(label, prefix, frozenset({RESPONSE}), (label,))
        if x.get("description") != y.get("description"):
            out.append(doc_note(site, "", "description"))
        if (x.get("headers") or {}) != (y.get("headers") or {}):
            out.append(doc_note(site, "", "headers"))
        out += _content(ctx, label, prefix, RESPONSE, x.get("content") or {}, y.get("content") or {})
    return out


def _params(doc: dict[str, Any], op: Op) -> dict[tuple[str, str], dict[str, Any]]:
    """The parameters as the SDK sends them: those a path key's query string takes are
    query parameters by its names, the undeclared ones required strings (spec.pathkey)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for owner in (op.item, op.node):
        for raw in owner.get("parameters") or []:
            param = resolve(doc, raw)
            if isinstance(param, dict) and "name" in param and "in" in param:
                merged[(str(param["in"]), str(param["name"]))] = param
    plan = query_plan(split_key(op.path), merged)
    if plan.problems or not plan.items:
        return merged
    out = {key: param for key, param in merged.items() if key not in plan.consumed}
    for name, source in plan.items:
        taken = merged[source] if source is not None else {"schema": {"type": "string"}}
        required = taken.get("required", source is None or source[0] == "path")
        out[("query", name)] = {**taken, "name": name, "in": "query", "required": required}
    return out


def _param_schema(param: dict[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    content = param.get("content")
    if isinstance(content, dict) and content:
        return (next(iter(content.values())) or {}).get("schema", {})
    return {}
