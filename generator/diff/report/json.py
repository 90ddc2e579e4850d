"""The JSON report, stable for machines and tests: keys sorted, changes sorted by path, at,
kind, detail (then rule, operations, items):

      {
        "version": 1,
        "old": "<spec as given>", "new": "<spec as given>",
        "summary": {"breaking": n, "security": n, "non_breaking": n, "docs_only": n, "docs_fields": n,
                    "by_kind": {kind: n}, "by_rule": {rule: n},
                    "operations": {"before", "after", "added": ["METHOD /path (operationId)"],
                                   "removed": [...], "deprecated": [...], "changed": n},
                    "schemas": {"before", "after", "added", "removed", "changed"},
                    "sdk": {"functions_added", ..., "models_changed"}},
        "changes": [{"kind", "path", "at", "detail", "breaking", "rule",
                     "wire_breaking": (breaking for a raw HTTP caller, not only the SDK),
                     "security": (where credentials go: reported first),
                     "operations": ["METHOD /path", ...], "items": [...]}],
        "sdk": {"functions": {"added": ["module.function"], "removed": [...],
                              "changed": [{"name", "operation", "breaking",
                                           "parameters": {"added", "removed",
                                                          "now_required", "now_optional"}}]},
                "models": {"added": ["Class"], "removed": [...],
                           "changed": [{"name", "schema", "breaking"}]},
                "modules": {"added": [...], "removed": [...]}},
        "rules": {rule: {"breaking": bool, "description": str}},
        "sdk_verdict": {"breaking": bool, "breaks": ["<Python terms>", ...],
                        "packages_compared": bool (`--sdk`),
                        "package_breaks": [{"name", "kind", "detail", "breaking"}] (with --sdk)}
      }
"""

from __future__ import annotations

import json

from generator.diff.report.python import sdk_breaks
from generator.diff.result import DiffResult
from generator.diff.rules import RULES

JSON_VERSION = 1


def as_json(result: DiffResult) -> dict:
    return {
        "changes": [c.as_json() for c in result.changes],
        "new": result.new,
        "old": result.old,
        "rules": {rule: {"breaking": flag, "description": text} for rule, (flag, text) in RULES.items()},
        "sdk": result.sdk.as_json(),
        "sdk_verdict": {
            "breaking": bool(sdk_breaks(result)),
            "breaks": sdk_breaks(result),
            "packages_compared": result.package_breaks is not None,
            **(
                {"package_breaks": [b.as_json() for b in result.package_breaks]}
                if result.package_breaks is not None
                else {}
            ),
        },
        "summary": result.summary,
        "version": JSON_VERSION,
    }


def render_json(result: DiffResult) -> str:
    return json.dumps(as_json(result), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
