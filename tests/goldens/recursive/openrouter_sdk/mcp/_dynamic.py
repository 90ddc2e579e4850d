"""The `dynamic` mode's three tools: find operations by keywords, describe one (its input
and output schemas and hints), invoke one. Three small tools in the context instead of one
per operation; the invoked call runs as the operation's own tool does (`_server.call`).
Plain data and functions: no import of the `mcp` SDK."""

from __future__ import annotations

import re
from typing import Any

from ..tools import TOOLS

SEARCH, DESCRIBE, INVOKE = "search_operations", "describe_operation", "invoke_operation"
_NAME = {"type": "string", "description": "An operation's name, as search_operations gives it"}
_READ = {
    "readOnlyHint": True,
    "destructiveHint": False,
    "idempotentHint": True,
    "openWorldHint": False,
}

DYNAMIC: dict[str, dict[str, Any]] = {
    SEARCH: {
        "name": SEARCH,
        "description": f"Find operations of the Recursive Fixture API by keywords ({len(TOOLS)} in all): their names, what they do, whether they only read. Then {DESCRIBE}, then {INVOKE}.",
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {
                    "type": "string",
                    "description": "Keywords, e.g. 'models pricing'; empty lists all",
                },
                "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10},
            },
            "required": ["query"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "operations": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "name": {"type": "string"},
                            "description": {"type": "string"},
                            "readOnlyHint": {"type": "boolean"},
                        },
                    },
                },
                "total": {"type": "integer"},
            },
        },
        "annotations": _READ,
    },
    DESCRIBE: {
        "name": DESCRIBE,
        "description": f"The input schema (the arguments {INVOKE} takes), output schema and hints of one operation.",
        "input_schema": {
            "type": "object",
            "properties": {"name": _NAME},
            "required": ["name"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "description": {"type": "string"},
                "inputSchema": {"type": "object"},
                "outputSchema": {"type": "object"},
                "annotations": {"type": "object"},
            },
        },
        "annotations": _READ,
    },
    INVOKE: {
        "name": INVOKE,
        "description": f"Call one operation with its arguments (as {DESCRIBE} gives their schema); returns its result.",
        "input_schema": {
            "type": "object",
            "properties": {
                "name": _NAME,
                "arguments": {"type": "object", "description": "The operation's arguments"},
            },
            "required": ["name"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": True,  # it may call any operation, deletions too
            "idempotentHint": False,
            "openWorldHint": True,
        },
    },
}


def _words(text: str) -> list[str]:
    """Lower-case words, a plural's trailing s dropped ("models" finds "model")."""
    return [
        w[:-1] if len(w) > 3 and w.endswith("s") else w
        for w in re.findall(r"[a-z0-9]+", text.lower())
    ]


def search(query: str, limit: int = 10) -> dict[str, Any]:
    """The operations whose name, description, operationId or client method mention the
    query's words, the best first (a word in the name counts double); all for no words."""
    wanted = _words(query)
    scored: list[tuple[int, int, dict[str, Any]]] = []
    for index, tool in enumerate(TOOLS.values()):
        name = " ".join(_words(tool["name"].replace("_", " ")))
        text = " ".join(
            (
                name,
                " ".join(_words(tool["description"])),
                tool["operation_id"].lower(),
                tool["client_method"].lower(),
            )
        )
        score = sum(2 if w in name else 1 for w in wanted if w in text)
        if score or not wanted:
            scored.append((-score, index, tool))
    scored.sort(key=lambda s: (s[0], s[1]))
    found = [
        {
            "name": t["name"],
            "description": t["description"],
            "readOnlyHint": t["annotations"]["readOnlyHint"],
        }
        for _, _, t in scored[: max(1, limit)]
    ]
    return {"operations": found, "total": len(scored)}


def arguments_error(name: str, arguments: dict[str, Any]) -> str | None:
    """What is wrong with the arguments of dynamic tool `name`, or None."""
    schema = DYNAMIC[name]["input_schema"]
    unknown = sorted(set(arguments) - set(schema["properties"]))
    if unknown:
        return f"{name}: unknown argument {unknown[0]!r}"
    missing = [key for key in schema["required"] if key not in arguments]
    if missing:
        return f"{name}: missing argument {missing[0]!r}"
    for key, value in arguments.items():
        if value is None and key not in schema["required"]:
            continue  # null: not given
        kind = schema["properties"][key]["type"]
        ok = {"string": str, "object": dict}.get(kind)
        if (ok is not None and not isinstance(value, ok)) or (
            kind == "integer" and type(value) is not int
        ):
            return f"{name}: {key!r} must be a{'n' if kind[0] in 'aeiou' else ''} {kind}"
    return None
