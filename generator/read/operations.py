"""Operations: their parameters, body, responses and security, in the document's order."""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.ir.api import Operation, Parameter, SecurityScheme, Stream
from generator.ir.types import Prim
from generator.read.bodies import read_bodies
from generator.read.examples import example_of
from generator.read.responses import read_pages, read_responses
from generator.read.types import schema_type
from generator.spec.operations import METHODS
from generator.spec.pathkey import PathKey, QueryPlan, query_plan, split_key
from generator.spec.pointer import join, resolve
from generator.spec.querykeys import declared_parameters
from generator.spec.security import choose

QUERY_STYLES = ("form", "spaceDelimited", "pipeDelimited", "deepObject")


def read_operations(doc: dict[str, Any]) -> list[Operation]:
    """Every operation the SDK has: one whose path key's query string cannot be read is
    none (spec.querykeys leaves it out with a warning; the diff reads whole documents)."""
    operations: list[Operation] = []
    for path, item in (doc.get("paths") or {}).items():
        item, _ = resolve(doc, item, pointer("paths", path))
        key = split_key(path)
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                ptr = pointer("paths", path, method)
                plan = query_plan(key, declared_parameters(doc, path, item, op, ptr))
                if not plan.problems:
                    operations.append(read_operation(doc, key, method, op, item, plan))
    return operations


def read_operation(
    doc: dict[str, Any], key: PathKey, method: str, op: dict[str, Any], item: dict[str, Any], plan: QueryPlan
) -> Operation:
    path = key.key
    ptr = pointer("paths", path, method)
    parameters = read_parameters(doc, path, op, item, ptr, plan)
    body, alternatives = read_bodies(doc, op, ptr)
    success, errors, stream = read_responses(doc, op, ptr)
    if stream is not None and body is not None and any(f.name == "stream" for f in body.fields):
        stream = Stream(stream.content_type, stream.event_type, "stream")
    return Operation(
        operation_id=op["operationId"],
        py_name="",
        method=method.upper(),
        path=key.path,
        fixed_query=key.fixed,
        tag=str((op.get("tags") or ["default"])[0]),
        module="",
        summary=str(op.get("summary") or "").strip(),
        description=str(op.get("description") or "").strip(),
        deprecated=bool(op.get("deprecated", False)),
        parameters=parameters,
        body=body,
        success=success,
        errors=errors,
        stream=stream,
        pages=read_pages(doc, parameters, success) if method == "get" else None,
        auth=requirement_scheme(doc, op.get("security", doc.get("security"))),
        pointer=ptr,
        alternatives=alternatives,
        name_hint=_hint(op, "x-speakeasy-name-override"),
        group_hint=_hint(op, "x-speakeasy-group"),
    )


def _hint(op: dict[str, Any], key: str) -> str:
    """A naming hint of the document; anything but a non-empty string is no hint."""
    value = op.get(key)
    return value.strip() if isinstance(value, str) else ""


def read_parameters(
    doc: dict[str, Any],
    path: str,
    op: dict[str, Any],
    item: dict[str, Any],
    ptr: str,
    plan: QueryPlan | None = None,
) -> tuple[Parameter, ...]:
    """The path item's and the operation's parameters (the operation's win), in the
    document's order; those the path key's query string takes (`plan`) are query
    parameters named as it names them, and its undeclared ones required strings, last."""
    merged = declared_parameters(doc, path, item, op, ptr)
    plan = plan or QueryPlan()
    wire = {source: name for name, source in plan.items if source is not None}
    out = []
    for (loc, name), (param, p_ptr) in merged.items():
        if (loc, name) in plan.consumed:
            out.append(_parameter(doc, "query", wire[(loc, name)], _as_query(param), p_ptr))
        else:
            out.append(_parameter(doc, loc, name, param, p_ptr))
    out += [Parameter(name, "", "query", True, Prim("str")) for name, source in plan.items if source is None]
    return tuple(out)


def _as_query(param: dict[str, Any]) -> dict[str, Any]:
    """A parameter declared `in: path` that the key's query string takes: a query
    parameter, required as a path parameter is (the key always sends it), its path styles
    (`simple`, `label`, `matrix`) read as `form`."""
    if param.get("in") != "path":
        return param
    query = {"required": True, **param}
    if query.get("style") not in QUERY_STYLES:
        query.pop("style", None)
    return query


def _parameter(doc: dict[str, Any], location: str, name: str, param: dict[str, Any], ptr: str) -> Parameter:
    schema = param.get("schema") or {}
    resolved, _ = resolve(doc, schema, join(ptr, "schema"))
    has_example, example = example_of(param)
    if not has_example and isinstance(resolved, dict):
        has_example, example = example_of(resolved)
    style_default = "simple" if location in ("path", "header") else "form"
    return Parameter(
        name=name,
        py_name="",
        location=location,  # type: ignore[arg-type]  # spec.checks allows path, query, header
        required=bool(param.get("required", location == "path")),
        type=schema_type(doc, schema, join(ptr, "schema")),
        description=str(param.get("description") or "").strip(),
        deprecated=bool(param.get("deprecated", False)),
        style=str(param.get("style", style_default)),
        explode=bool(param.get("explode", param.get("style", style_default) == "form")),
        default=resolved.get("default") if isinstance(resolved, dict) else None,
        has_default=isinstance(resolved, dict) and "default" in resolved,
        example=example,
        has_example=has_example,
    )


def requirement_scheme(doc: dict[str, Any], security: Any) -> SecurityScheme | None:
    """The scheme the SDK applies for a security requirement list (spec.security.choose);
    None for no security (absent, `[]`, only `{}`) or none the SDK can send."""
    applied = choose(doc, security).applied
    if applied is None:
        return None
    name, kind, parameter = applied
    return SecurityScheme(name, kind, parameter)  # type: ignore[arg-type]
