"""The SDK surface, and how it changed: functions, their keyword arguments, model classes
and modules.

Besides the API changes, `sdk_surface()` lists what the generated package offers: functions
as `module.function` (from the IR; every function also has an `_async` twin), their keyword
parameters (the operation's parameters, `body` and, for a JSON object body, its top-level
properties), and model classes (one per component schema, named as datamodel-code-generator's
full-path naming names them: the schema name in PascalCase). Body property keywords are named
like the generator names them (snake_case of the wire name); the exact names come from
datamodel-code-generator, which the diff does not run.
"""

from __future__ import annotations

from typing import Any

from generator.diff.result import Change, Function, SdkDiff, Surface
from generator.diff.schema import SCHEMA_PREFIX, resolve, unwrap
from generator.diff.values import json_types
from generator.models.codegen import ModelIndex
from generator.naming.words import NameScope, class_name, snake_case
from generator.read.reader import CALL_OPTIONS, SpecReader, _avoid_options, _field_py_name


def sdk_surface(doc: dict[str, Any], source: str = "spec") -> Surface:
    """Functions, keyword parameters and model classes the generated SDK offers for `doc`."""
    api = SpecReader(doc, ModelIndex({}, {}, {}, {}), source).read()
    functions: dict[str, Function] = {}
    for op in api.operations:
        params = {p.py_name: p.required for p in op.parameters}
        item = resolve(doc, doc["paths"][op.path])
        raw = resolve(doc, (item.get(op.method.lower()) or {}).get("requestBody"))
        if op.body is not None:
            params["body"] = op.body.required
            for name, required in _body_fields(doc, raw, set(params)).items():
                params[name] = required
        name = f"{op.module}.{op.py_name}"
        functions[name] = Function(name, f"{op.method} {op.path}", params, op.deprecated)
    schemas = (doc.get("components") or {}).get("schemas") or {}
    models = {class_name(name): name for name in schemas}
    modules = tuple(sorted({tag.module for tag in api.tags}))
    return Surface(functions, models, modules)


def _body_fields(doc: dict[str, Any], request: Any, taken: set[str]) -> dict[str, bool]:
    """Keyword arguments for a JSON object body: its top-level properties (allOf merged)."""
    content = (request or {}).get("content") or {}
    media = next((m for m in content if _is_json(m)), None)
    if media is None:
        return {}
    schema = (content[media] or {}).get("schema") or {}
    props: dict[str, bool] = {}
    required: set[str] = set()
    seen: set[str] = set()

    def collect(node: Any, depth: int = 0) -> bool:
        core, _, _ = unwrap(node)
        ref = core.get("$ref")
        if isinstance(ref, str):
            if ref in seen or depth > 20:
                return True
            seen.add(ref)
            return collect(resolve(doc, core), depth + 1)
        if "anyOf" in core or "oneOf" in core:
            return False
        types = json_types(core)
        if types is not None and types != frozenset({"object"}) and "allOf" not in core:
            return False
        for part in core.get("allOf") or []:
            if not collect(part, depth + 1):
                return False
        for name in core.get("properties") or {}:
            props.setdefault(name, False)
        required.update(core.get("required") or ())
        return True

    if not collect(schema) or not props:
        return {}
    scope = NameScope(CALL_OPTIONS | taken)
    return {
        scope.claim(_avoid_options(_field_py_name(snake_case(name) or name))): name in required
        for name in props
    }


def _is_json(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def diff_surfaces(old: Surface, new: Surface, changes: list[Change]) -> SdkDiff:
    sdk = SdkDiff()
    sdk.functions_added = sorted(set(new.functions) - set(old.functions))
    sdk.functions_removed = sorted(set(old.functions) - set(new.functions))
    for name in sorted(set(old.functions) & set(new.functions)):
        fa, fb = old.functions[name], new.functions[name]
        pa, pb = fa.parameters, fb.parameters
        added = sorted(set(pb) - set(pa))
        removed = sorted(set(pa) - set(pb))
        required = sorted(p for p in set(pa) & set(pb) if pb[p] and not pa[p])
        optional = sorted(p for p in set(pa) & set(pb) if pa[p] and not pb[p])
        if added or removed or required or optional or fa.operation != fb.operation:
            breaking = bool(removed or required or any(pb[p] for p in added) or fa.operation != fb.operation)
            entry: dict[str, Any] = {
                "breaking": breaking,
                "name": name,
                "operation": fb.operation,
                "parameters": {
                    "added": [f"{p} (required)" if pb[p] else p for p in added],
                    "now_optional": optional,
                    "now_required": required,
                    "removed": removed,
                },
            }
            sdk.functions_changed.append(entry)
    sdk.models_added = sorted(set(new.models) - set(old.models))
    sdk.models_removed = sorted(set(old.models) - set(new.models))
    changed: dict[str, bool] = {}
    for change in changes:
        if change.path.startswith(SCHEMA_PREFIX) and change.kind not in (
            "docs-changed",
            "schema-added",
            "schema-removed",
        ):
            schema = change.path[len(SCHEMA_PREFIX) :]
            changed[schema] = changed.get(schema, False) or change.breaking
    for cls in sorted(set(old.models) & set(new.models)):
        schema = new.models[cls]
        if schema in changed:
            sdk.models_changed.append({"breaking": changed[schema], "name": cls, "schema": schema})
    sdk.modules_added = sorted(set(new.modules) - set(old.modules))
    sdk.modules_removed = sorted(set(old.modules) - set(new.modules))
    return sdk
