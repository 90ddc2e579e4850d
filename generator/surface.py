"""The generated SDK's public surface, derived once from the named IR: its API modules, its
functions (each with an `_async` twin and a client method) with their keyword parameters,
and its model classes. The spec diff, the version bump and the docs all read this."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.errors import pointer_escape
from generator.ir.api import Api
from generator.ir.negotiation import negotiated
from generator.naming.words import class_name

SCHEMAS = "#/components/schemas/"


@dataclass(frozen=True)
class Function:
    """An SDK function: `module.name`, for one operation, with its keyword parameters
    (name -> required)."""

    name: str
    operation: str  # "METHOD /path"
    parameters: dict[str, bool]
    deprecated: bool = False
    client_method: str = ""  # its path under a client ("chat.send"); "" in older manifests


@dataclass(frozen=True)
class Surface:
    functions: dict[str, Function]
    models: dict[str, str]  # class name -> component schema name
    modules: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "functions": {
                name: {
                    "operation": f.operation,
                    "parameters": dict(sorted(f.parameters.items())),
                    **({"deprecated": True} if f.deprecated else {}),
                    **({"client_method": f.client_method} if f.client_method else {}),
                }
                for name, f in sorted(self.functions.items())
            },
            "models": dict(sorted(self.models.items())),
            "modules": list(self.modules),
        }

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> Surface:
        functions = {
            name: Function(
                name,
                str(f["operation"]),
                dict(f["parameters"]),
                bool(f.get("deprecated", False)),
                str(f.get("client_method", "")),
            )
            for name, f in (data.get("functions") or {}).items()
        }
        return Surface(functions, dict(data.get("models") or {}), tuple(data.get("modules") or ()))


def api_surface(api: Api, classes: Mapping[str, str] | None = None) -> Surface:
    """The surface of a named IR. `classes` maps component schema pointers to the classes
    the models stage made for them; without models (the diff reads no models), a
    component's class is its name in PascalCase, as the models' naming makes it."""
    functions: dict[str, Function] = {}
    for op in api.operations:
        params = {p.py_name: p.required for p in op.parameters}
        if op.body is not None:
            if op.body.kind != "multipart":  # a form has keyword fields only
                params["body"] = op.body.required
            params.update({f.py_name: f.required for f in op.body.fields})
        for alternative in op.alternatives:  # a form's fields: optional unless the body has them
            params.update({f.py_name: params.get(f.py_name, False) for f in alternative.fields})
        if negotiated(op):  # another media type than JSON is asked for by `accept=`
            params["accept"] = False
        name = f"{op.module}.{op.py_name}"
        functions[name] = Function(name, f"{op.method} {op.target}", params, op.deprecated, op.client_method)
    if classes is None:
        models = {class_name(schema): schema for schema in api.schemas}
    else:
        models = {
            classes[SCHEMAS + pointer_escape(schema)]: schema
            for schema in api.schemas
            if SCHEMAS + pointer_escape(schema) in classes
        }
    return Surface(functions, models, tuple(sorted(tag.module for tag in api.tags)))
