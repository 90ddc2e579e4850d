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
        "rules": {rule: {"breaking": bool, "description": str}}
      }
"""

from __future__ import annotations

import json

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
        "summary": result.summary,
        "version": JSON_VERSION,
    }


def render_json(result: DiffResult) -> str:
    return json.dumps(as_json(result), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
