"""The SDK surface, and how it changed: functions, their keyword arguments, model classes
and modules.

Besides the API changes, `sdk_surface()` lists what the generated package offers: functions
as `module.function` (from the IR; every function also has an `_async` twin), their keyword
parameters (the operation's parameters, `body` and, for a JSON object body, its top-level
properties), and model classes (one per component schema, named as datamodel-code-generator's
full-path naming names them: the schema name in PascalCase). The diff runs no models, so body
property keywords follow the generator's own rules (snake_case of the wire name) where the
models' field names would decide (they differ only for names pydantic reserves).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.diff.result import Change, SdkDiff
from generator.diff.schema import SCHEMA_PREFIX
from generator.emit.templates import reserved_names
from generator.naming.operations import name_api
from generator.read.document import read_api
from generator.surface import Surface, api_surface

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def sdk_surface(doc: dict[str, Any], source: str = "spec") -> Surface:
    """Functions, keyword parameters and model classes the generated SDK offers for `doc`:
    the named IR's surface (generator.surface), as the generator's own templates name it."""
    return api_surface(name_api(read_api(doc), reserved_names(TEMPLATES)))


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
        # A method that moves on the client (a changed x-speakeasy-name-override) breaks its callers.
        moved = bool(fa.client_method and fb.client_method and fa.client_method != fb.client_method)
        if added or removed or required or optional or moved or fa.operation != fb.operation:
            breaking = bool(
                removed or required or moved or any(pb[p] for p in added) or fa.operation != fb.operation
            )
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
            if moved:
                entry["client_method"] = {"before": fa.client_method, "after": fb.client_method}
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
