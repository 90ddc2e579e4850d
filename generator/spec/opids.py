"""operationIds for operations that have none, from their method and path.

operationId is optional in OpenAPI 3.0 and 3.1, but every later stage keys on it (function
names, OPERATIONS, client methods, diff and surface keys). So a missing or empty one is
filled in once, when the document is loaded, and every stage sees the same name:

- the name is the method and the path's segments in snake_case, parameters without their
  braces: `GET /users/{id}/repos` -> `get_users_id_repos`, `GET /` -> `get_root`;
- a name already taken (by a real operationId, compared in snake_case since that is what a
  function is called, or by an earlier derived one) gets `_2`, `_3`, ...; derived names are
  handed out in the order of (path, method), not the document's, so reordering the
  document never renames an operation;
- a path key's query string (spec.pathkey) adds its fixed items only
  (`GET /search?type=icon&q={q}` -> `get_search_type_icon`); keys of one method that
  differ only in their query parameters add those (`GET /search?q={q}` and
  `GET /search?id={id}` -> `get_search_by_q`, `get_search_by_id`), the key without any
  keeping the plain name.

A path item given by `$ref` is left alone (its operations may be shared); the checks report
its operations without operationId.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator.naming.words import NameScope, identifier, snake_case
from generator.spec.operations import METHODS
from generator.spec.pathkey import split_key


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
    bases = Counter(derived_name(METHODS[order], path) for path, order, _ in missing)
    for path, order, op in sorted(missing, key=lambda m: (m[0], m[1])):
        name = derived_name(METHODS[order], path)
        templated = split_key(path).templated
        if bases[name] > 1 and templated:  # keys that differ only in their query parameters
            name = identifier(f"{name}_by_{'_and_'.join(snake_case(n) or 'value' for n, _ in templated)}")
        op["operationId"] = scope.claim(name)
    return doc


def derived_name(method: str, path: str) -> str:
    """The name before collisions are resolved: `get` + `/users/{id}/repos` -> `get_users_id_repos`;
    of a key with a query string, its path and fixed items: `/search?type=icon&term={term}`
    -> `get_search_type_icon` (a query parameter added to the key renames nothing)."""
    key = split_key(path)
    target = key.target.replace("?", " ").replace("&", " ").replace("=", " ")
    words = snake_case(target.replace("{", " ").replace("}", " "))
    return identifier(f"{method}_{words or 'root'}")
