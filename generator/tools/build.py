"""The agent tools of an API, computed once from the IR and the document: what the generated
`tools` module (OpenAI and Anthropic definitions, dispatch), the MCP server and SKILL.md
all read. One tool per operation that a model can call with JSON arguments."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator.errors import ConfigError
from generator.ir.api import Api, Operation
from generator.spec.pointer import lookup
from generator.tools.options import MAX_CURATED, Curated, ToolOptions
from generator.tools.output import output_schema
from generator.tools.schema import inline, nullable, short, strict

NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
SCHEMA_BUDGET = 6_000  # characters of an input schema chosen by size (no `fields` given)
EXTRA_NAMES = 24  # body fields named in the `extra` argument's description, at most


@dataclass(frozen=True)
class Tool:
    name: str
    operation_id: str
    client_method: str
    description: str
    input_schema: dict[str, Any]  # JSON Schema 2020-12: MCP and Anthropic
    strict_schema: dict[str, Any]  # OpenAI strict mode
    output_schema: dict[str, Any]  # the outline of the structured result (generator.tools.output)
    annotations: dict[str, bool]
    arguments: tuple[tuple[str, str], ...]  # (wire name, keyword of the client method)
    extra: tuple[tuple[str, str], ...]  # body fields reached through `extra` (wire, keyword)
    curated: bool
    stream: str = ""  # the keyword that asks the client method for a stream ("" for none)
    question: str = ""
    example: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """A JSON value: what the generated `_tools_data` module holds per tool."""
        return {
            "name": self.name,
            "operation_id": self.operation_id,
            "client_method": self.client_method,
            "description": self.description,
            "input_schema": self.input_schema,
            "strict_schema": self.strict_schema,
            "output_schema": self.output_schema,
            "annotations": self.annotations,
            "arguments": dict(self.arguments),
            "extra": dict(self.extra),
            "curated": self.curated,
            "stream": self.stream,
        }


def annotations(method: str, overrides: dict[str, bool] | None = None) -> dict[str, bool]:
    """MCP's hints as the HTTP method implies them (RFC 9110 safe and idempotent methods;
    PUT, PATCH and DELETE change what exists), then the configured overrides."""
    read_only = method in ("GET", "HEAD", "OPTIONS")
    hints = {
        "readOnlyHint": read_only,
        "destructiveHint": method in ("PUT", "PATCH", "DELETE"),
        "idempotentHint": method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE"),
        "openWorldHint": True,  # every call reaches the API's service
    }
    return {**hints, **(overrides or {})}


def tool_name(client_method: str) -> str:
    name = re.sub(r"[^a-zA-Z0-9_-]", "_", client_method.replace(".", "_"))[:64]
    return name or "tool"


def _unique(name: str, taken: set[str]) -> str:
    """A derived name another tool has (two long client methods cut at 64 characters):
    `_2`, `_3`, ... in the document's order, within the 64 characters."""
    n = 2
    while f"{name[: 64 - len(str(n)) - 1]}_{n}" in taken:
        n += 1
    return f"{name[: 64 - len(str(n)) - 1]}_{n}"


def build_tools(
    api: Api, doc: dict[str, Any], options: ToolOptions, where: str = "[tool.sdkgen.mcp]"
) -> list[Tool]:
    """Every callable operation's tool, curated ones first (in the table's order). Without
    a curated table (or for a document it does not fit) the first MAX_CURATED are curated."""
    by_id = {op.operation_id: op for op in api.operations}
    missing = [c.operation_id for c in options.curated if c.operation_id not in by_id]
    if missing:
        raise ConfigError(f"{where}: curated operations not in the document: {', '.join(missing)}")
    chosen = {c.operation_id: c for c in options.curated}
    order = [by_id[c.operation_id] for c in options.curated] + [
        op for op in api.operations if op.operation_id not in chosen
    ]
    tools: list[Tool] = []
    names: set[str] = set()
    for op in order:
        curated = chosen.get(op.operation_id) or (None if chosen else Curated(op.operation_id))
        tool = _tool(op, doc, curated, options.hints.get(op.operation_id))
        if tool is None:
            if op.operation_id in chosen:
                raise ConfigError(f"{where}: {op.operation_id} cannot be a tool (its body is not JSON)")
            continue
        if tool.name in names and not (curated and curated.name):
            tool = Tool(**{**tool.__dict__, "name": _unique(tool.name, names)})
        if tool.name in names or not NAME.match(tool.name):
            raise ConfigError(f"{where}: tool name {tool.name!r} of {op.operation_id} is taken or invalid")
        names.add(tool.name)
        tools.append(tool)
    if not chosen:  # no table: the first ones
        tools = [_with_curated(t, i < MAX_CURATED) for i, t in enumerate(tools)]
    return tools


def _with_curated(tool: Tool, curated: bool) -> Tool:
    return tool if tool.curated == curated else Tool(**{**tool.__dict__, "curated": curated})


def _tool(
    op: Operation, doc: dict[str, Any], curated: Curated | None, hints: dict[str, bool] | None
) -> Tool | None:
    body = op.body
    if body is not None and body.kind != "json_object":
        if body.required:
            return None
        body = None
    if op.stream is not None and op.stream.switch is None:
        return None  # streams only: a tool call returns one result
    props: dict[str, Any] = {}
    required: list[str] = []
    arguments: list[tuple[str, str]] = []
    raw_params = _raw_parameters(doc, op)
    for param in op.parameters:
        if param.location not in ("path", "query"):
            continue
        schema = inline(doc, raw_params.get((param.name, param.location), {}).get("schema", {}))
        if param.description:
            schema["description"] = short(param.description)
        props[param.name] = schema
        arguments.append((param.name, param.py_name))
        if param.required:
            required.append(param.name)
    extra: list[tuple[str, str]] = []
    if body is not None:
        body_schema = inline(doc, _raw_body_schema(doc, op, body.content_type), -1)
        fields = body_schema.get("properties", {})
        wanted = curated.fields if curated is not None and curated.fields is not None else None
        size = len(json.dumps(props))
        for body_field in body.fields:
            if body_field.name == (op.stream.switch if op.stream else None) or body_field.name in props:
                continue
            schema = fields.get(body_field.name, {})
            cost = len(json.dumps(schema))
            keep = body_field.required or (
                body_field.name in wanted if wanted is not None else size + cost <= SCHEMA_BUDGET
            )
            if keep:
                props[body_field.name] = schema
                arguments.append((body_field.name, body_field.py_name))
                size += cost
                if body_field.required:
                    required.append(body_field.name)
            else:
                extra.append((body_field.name, body_field.py_name))
    input_schema: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        input_schema["required"] = required
    strict_schema = _strict_top(props, required)
    if extra:
        names = ", ".join(name for name, _ in extra[:EXTRA_NAMES]) + (
            ", ..." if len(extra) > EXTRA_NAMES else ""
        )
        input_schema["properties"]["extra"] = {
            "type": "object",
            "description": f"Further request fields: {names}",
        }
        strict_schema["properties"]["extra"] = {
            "type": ["string", "null"],
            "description": f"A JSON object of further request fields: {names}",
        }
        strict_schema["required"].append("extra")
    input_schema["additionalProperties"] = False
    name = (curated.name if curated and curated.name else "") or tool_name(op.client_method)
    stream = (
        next((f.py_name for f in body.fields if op.stream and f.name == op.stream.switch), "") if body else ""
    )
    description = (curated.description if curated and curated.description else "") or _describe(op)
    return Tool(
        name=name,
        operation_id=op.operation_id,
        client_method=op.client_method,
        description=description,
        input_schema=input_schema,
        strict_schema=strict_schema,
        output_schema=output_schema(doc, op, streams=bool(stream)),
        annotations=annotations(op.method, hints),
        arguments=tuple(arguments),
        extra=tuple(extra),
        curated=curated is not None,
        stream=stream,
        question=curated.question if curated else "",
        example=_example(op, curated, arguments),
    )


def _example(op: Operation, curated: Curated | None, arguments: list[tuple[str, str]]) -> dict[str, Any]:
    example = dict(curated.example) if curated else {}
    unknown = sorted(set(example) - {wire for wire, _ in arguments})
    if unknown:
        raise ConfigError(
            f"[tool.sdkgen.mcp.curated.{op.operation_id}]: 'example' names no argument: {unknown}"
        )
    return example


def _strict_top(props: dict[str, Any], required: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, schema in props.items():
        converted = strict(schema)
        if converted is None:
            converted = {"type": "string", "description": "JSON text"} if name in required else None
        if converted is not None:
            out[name] = converted if name in required else nullable(converted)
    return {"type": "object", "properties": out, "required": list(out), "additionalProperties": False}


def _describe(op: Operation) -> str:
    text = op.summary.strip().rstrip(".")
    detail = short(op.description)
    if detail and detail.rstrip(".").lower() != text.lower():
        text = f"{text}. {detail}" if text else detail
    return text or f"{op.method} {op.target}"


def _raw_parameters(doc: dict[str, Any], op: Operation) -> dict[tuple[str, str], dict[str, Any]]:
    """The document's parameter objects of `op` (the path item's too), refs resolved."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    item = lookup(doc, op.pointer.rsplit("/", 1)[0]) or {}
    operation = lookup(doc, op.pointer) or {}
    for param in [*item.get("parameters", []), *operation.get("parameters", [])]:
        while isinstance(param, dict) and "$ref" in param:
            param = lookup(doc, param["$ref"]) or {}
        if isinstance(param, dict) and "name" in param:
            found[(param["name"], param.get("in", ""))] = param
    return found


def _raw_body_schema(doc: dict[str, Any], op: Operation, content_type: str) -> dict[str, Any]:
    body = (lookup(doc, op.pointer) or {}).get("requestBody", {})
    while isinstance(body, dict) and "$ref" in body:
        body = lookup(doc, body["$ref"]) or {}
    return body.get("content", {}).get(content_type, {}).get("schema", {})
