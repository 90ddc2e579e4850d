"""A large synthetic OpenAPI document, built in code (too big to commit as a fixture).

`scale_spec()` gives 2,000 operations over 40 tags and 500 component schemas that refer
to each other (object properties, arrays, maps, allOf, nullable unions, enums, and
recursive cycles through objects), with path, query and header parameters, JSON request
bodies and error responses. Deterministic: the same arguments give the same document.

Run as a script to write it: `python -m tests.gen_scale out.json [operations] [schemas]`.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")


GROUP = 10  # schemas come in groups of 10: nine objects in a reference cycle, and an enum


def _schema(i: int, schemas: int, rng: random.Random) -> dict[str, Any]:
    """Schema `S{i}`. Objects refer to the next object of their group (a cycle of nine),
    to random members of their group and to earlier groups (so the reference graph between
    groups has no long chains); every 10th schema is an enum, and some objects extend the
    object before them with allOf."""
    group, member = divmod(i, GROUP)
    if member == GROUP - 1:
        return {"type": "string", "enum": [f"value_{i}_{k}" for k in range(4)]}

    def ref(j: int) -> dict[str, str]:
        return {"$ref": f"#/components/schemas/S{j}"}

    base = group * GROUP
    size = min(GROUP, schemas - base)
    objects = [base + k for k in range(size) if k != GROUP - 1]
    near = objects + ([i - GROUP - rng.randrange(min(group, 3)) * GROUP] if group else [])
    props: dict[str, Any] = {
        "id": {"type": "string", "description": f"Identifier of S{i}."},
        "count": {"type": "integer", "format": "int64", "minimum": 0},
        "ratio": {"type": ["number", "null"]},
        "tags": {"type": "array", "items": {"type": "string"}},
        "createdAt": {"type": "string", "format": "date-time"},
        "child": ref(objects[(objects.index(i) + 1) % len(objects)]),
        "others": {"type": "array", "items": ref(rng.choice(near))},
        "byName": {"type": "object", "additionalProperties": ref(rng.choice(near))},
        "maybe": {"anyOf": [ref(rng.choice(near)), {"type": "null"}]},
        "kind": ref(base + GROUP - 1) if base + GROUP - 1 < schemas else {"type": "string"},
    }
    schema: dict[str, Any] = {
        "type": "object",
        "description": f"Schema number {i}.",
        "required": ["id"],
        "properties": props,
    }
    if member % 4 == 3:  # extends the object before it
        return {"allOf": [ref(i - 1), schema]}
    return schema


def scale_spec(operations: int = 2000, schemas: int = 500, tags: int = 40, seed: int = 1) -> dict[str, Any]:
    rng = random.Random(seed)
    components = {f"S{i}": _schema(i, schemas, rng) for i in range(schemas)}
    object_schemas = [i for i in range(schemas) if i % GROUP != GROUP - 1]
    components["Error"] = {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
            }
        },
    }
    error = {
        "description": "Error",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    paths: dict[str, Any] = {}
    for n in range(operations):
        tag = f"tag{n % tags:02d}"
        resource = f"/{tag}/r{n // len(METHODS)}"
        method = METHODS[n % len(METHODS)]
        path = resource + "/{item_id}" if method != "post" else resource
        target = rng.choice(object_schemas)
        op: dict[str, Any] = {
            "operationId": f"{method}Resource{n}",
            "tags": [tag],
            "summary": f"Operation {n}",
            "parameters": [
                {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                {"name": "X-Trace-Id", "in": "header", "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/S{target}"}}},
                },
                "400": error,
                "429": error,
            },
        }
        if "{item_id}" in path:
            op["parameters"].insert(
                0, {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}}
            )
        if method in ("post", "put", "patch"):
            op["requestBody"] = {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/components/schemas/S{rng.choice(object_schemas)}"}
                    }
                },
            }
        paths.setdefault(path, {})[method] = op
    return {
        "openapi": "3.1.0",
        "info": {"title": "Scale", "version": "1.0.0"},
        "servers": [{"url": "https://scale.example.test/v1"}],
        "paths": paths,
        "components": {"schemas": components},
    }


def count_operations(doc: dict[str, Any]) -> int:
    return sum(1 for item in doc["paths"].values() for method in item if method in METHODS)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    args = [int(a) for a in sys.argv[2:4]]
    out.write_text(json.dumps(scale_spec(*args), indent=1), encoding="utf-8")
