"""operationIds for operations that have none, from their method and path.

operationId is optional in OpenAPI 3.0 and 3.1, but every later stage keys on it (function
names, OPERATIONS, client methods, diff and surface keys). So a missing or empty one is
filled in once, when the document is loaded, and every stage sees the same name:

- the name is the method and the path's segments in snake_case, parameters without their
  braces: `GET /users/{id}/repos` -> `get_users_id_repos`, `GET /` -> `get_root`;
- a name already taken (by a real operationId, compared in snake_case since that is what a
  function is called, or by an earlier derived one) gets `_2`, `_3`, ...; derived names are
  handed out in the order of (path, method), not the document's, so reordering the
  document never renames an operation.

A path item given by `$ref` is left alone (its operations may be shared); the checks report
its operations without operationId.
"""

from __future__ import annotations

from typing import Any

from generator.naming.words import NameScope, identifier, snake_case
from generator.spec.operations import METHODS


def fill_operation_ids(doc: dict[str, Any]) -> dict[str, Any]:
    """`doc` (changed in place and returned) with an operationId on every operation."""
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return doc
    missing: list[tuple[str, int, dict[str, Any]]] = []
    taken: set[str] = set()
    for path, item in paths.items():
        if not isinstance(item, dict) or "$ref" in item:
            continue
        for order, method in enumerate(METHODS):
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            op_id = op.get("operationId")
            if op_id is None or (isinstance(op_id, str) and not op_id.strip()):
                missing.append((str(path), order, op))
            elif isinstance(op_id, str):
                taken.update((op_id, identifier(op_id)))
    scope = NameScope(taken)
    for path, order, op in sorted(missing, key=lambda m: (m[0], m[1])):
        op["operationId"] = scope.claim(derived_name(METHODS[order], path))
    return doc


def derived_name(method: str, path: str) -> str:
    """The name before collisions are resolved: `get` + `/users/{id}/repos` -> `get_users_id_repos`."""
    words = snake_case(path.replace("{", " ").replace("}", " "))
    return identifier(f"{method}_{words or 'root'}")
