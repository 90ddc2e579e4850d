"""Whole-document validation, run once before anything reads the document: every problem
the generator would meet, each a value with its JSON pointer, reported together.

What passes here can be read without further checks (generator.read assumes it).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from generator.errors import Problem, SpecError, pointer
from generator.spec.cycles import pure_reference_cycles
from generator.spec.operations import METHODS
from generator.spec.pathkey import split_key
from generator.spec.pointer import is_external_ref, is_local_ref, join, lookup, resolve
from generator.spec.security import choose

# Real documents nest about 20 levels deep (OpenRouter's: 22); far deeper ones are
# refused before model generation, whose recursion they would exhaust.
MAX_DEPTH = 150

SUPPORTED_LOCATIONS = ("path", "query", "header")


def check_document(doc: dict[str, Any], source: str) -> None:
    """Raise SpecError with every problem of a normalized document; return if it has none."""
    problems = document_problems(doc, source)
    if problems:
        raise SpecError(problems)


def document_problems(doc: dict[str, Any], source: str) -> list[Problem]:
    """Every problem of a normalized document (none: it can be read)."""
    return [
        *_check_tree(doc, source),
        *pure_reference_cycles(doc, source),
        *_check_servers(doc, source),
        *_check_operations(doc, source),
    ]


class _Report:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def __call__(self, ptr: str, message: str) -> None:
        self.problems.append(Problem(self.source, ptr, message))


def _check_tree(doc: dict[str, Any], source: str) -> list[Problem]:
    """References (local, resolving, no cycles), nesting depth, text, allOf contradictions."""
    report = _Report(source)
    stack: list[tuple[Any, tuple[str, ...]]] = [(doc, ())]
    too_deep = False
    while stack:
        node, path = stack.pop()
        if len(path) > MAX_DEPTH and isinstance(node, (dict, list)):
            if not too_deep:  # once: the rest of such a document says nothing new
                report(pointer(*path), f"nested too deeply (more than {MAX_DEPTH} levels)")
            too_deep = True
            continue
        if isinstance(node, dict):
            _check_node(doc, node, path, report)
            for k, v in node.items():
                if isinstance(v, (dict, list)):
                    stack.append((v, (*path, k)))
                elif isinstance(v, str) or isinstance(k, str):
                    _check_text(k, v, path, report)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                if isinstance(v, (dict, list)):
                    stack.append((v, (*path, str(i))))
                elif isinstance(v, str):
                    _check_text(str(i), v, path, report)
    return report.problems


def _check_node(doc: dict[str, Any], node: dict[str, Any], path: tuple[str, ...], report: _Report) -> None:
    if isinstance(node.get("allOf"), list):
        _check_all_of(doc, node["allOf"], path, report)
    for keyword in ("$dynamicRef", "$recursiveRef"):
        other = node.get(keyword)
        if isinstance(other, str) and not other.startswith("#"):
            report(pointer(*path), f"external reference {other!r} is refused (only '#/...' is followed)")
    _check_mapping(doc, node.get("discriminator"), path, report)
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return
    if not ref.startswith("#"):
        report(pointer(*path), f"external reference {ref!r} is refused (only '#/...' is followed)")
    elif ref != "#" and lookup(doc, ref) is None:
        report(pointer(*path), f"dangling reference {ref!r}")
    elif not ref.startswith("#/components/schemas/"):  # schema cycles: spec.cycles
        _check_chain(doc, node, pointer(*path), report)


def _check_mapping(doc: dict[str, Any], discriminator: Any, path: tuple[str, ...], report: _Report) -> None:
    """A discriminator's mapping names schemas: by name, or by a reference that must be
    local and resolve (one to another document would be dropped, and the tag mislabeled)."""
    mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
    if not isinstance(mapping, dict):
        return
    for tag, target in mapping.items():
        ptr = pointer(*path, "discriminator", "mapping", tag)
        if not isinstance(target, str) or not ("#" in target or "/" in target):
            continue  # a schema's name
        if not target.startswith("#"):
            report(ptr, f"external reference {target!r} is refused (only '#/...' is followed)")
        elif lookup(doc, target) is None:
            report(ptr, f"dangling reference {target!r}")


def _check_chain(doc: dict[str, Any], node: dict[str, Any], ptr: str, report: _Report) -> None:
    """A chain of references that comes back to itself names nothing."""
    seen: set[str] = set()
    while is_local_ref(node):
        ref = node["$ref"]
        if ref in seen:
            report(ptr, f"reference cycle through {ref!r}")
            return
        seen.add(ref)
        node = lookup(doc, ref)


def _check_all_of(doc: dict[str, Any], members: list[Any], path: tuple[str, ...], report: _Report) -> None:
    """An allOf of an enum and an object describes no value at all (and gives a class
    deriving from an enum, which Python refuses)."""
    resolved = [lookup(doc, m["$ref"]) if is_local_ref(m) else m for m in members]
    enum = any(isinstance(m, dict) and "enum" in m and m.get("type") != "object" for m in resolved)
    obj = any(isinstance(m, dict) and (m.get("type") == "object" or "properties" in m) for m in resolved)
    if enum and obj:
        report(pointer(*path, "allOf"), "allOf combines an enum with an object: no value can be both")


def _check_text(key: Any, value: Any, path: tuple[str, ...], report: _Report) -> None:
    """Text that is not valid Unicode (a lone surrogate from a JSON escape) cannot be
    written to a file."""
    for text in (key, value):
        if isinstance(text, str):
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                report(pointer(*path, str(key)), "text with a lone surrogate (not valid Unicode)")
                return


def server_url(doc: dict[str, Any]) -> str:
    """The first server's URL with its variables' defaults ("" without servers)."""
    servers = doc.get("servers") or []
    if not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url", ""))
    for name, var in (servers[0].get("variables") or {}).items():
        default = var.get("default", "") if isinstance(var, dict) else ""
        url = url.replace("{" + str(name) + "}", str(default))
    return url.rstrip("/")


def _check_servers(doc: dict[str, Any], source: str) -> list[Problem]:
    scheme = urlsplit(server_url(doc)).scheme.lower()
    if scheme and scheme not in ("http", "https"):
        return [Problem(source, pointer("servers", 0, "url"), f"server URL scheme {scheme!r} is not http(s)")]
    return []


def _check_operations(doc: dict[str, Any], source: str) -> list[Problem]:
    report = _Report(source)
    _check_security(doc, doc.get("security"), report)
    seen_ids: dict[str, str] = {}
    for path, item in (doc.get("paths") or {}).items():
        item_ptr = pointer("paths", path)
        if not isinstance(item, dict):
            report(item_ptr, "path item is not an object")
            continue
        item, _ = resolve(doc, item, item_ptr)
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            ptr = pointer("paths", path, method)
            if not isinstance(op, dict):
                report(ptr, "operation is not an object")
                continue
            op_id = op.get("operationId")
            if not isinstance(op_id, str) or not op_id.strip():  # filled in by spec.opids unless a $ref item
                wrong = op_id is not None and not isinstance(op_id, str)
                report(ptr, "operationId is not a string" if wrong else "operation has no operationId")
                continue
            if op_id in seen_ids:
                report(ptr + "/operationId", f"duplicate operationId {op_id!r} (also at {seen_ids[op_id]})")
                continue
            seen_ids[op_id] = ptr
            _check_parameters(doc, path, item, op, ptr, report)
            _check_body(doc, op, ptr, report)
            if not op.get("responses"):
                report(ptr + "/responses", "operation has no responses")
            if "security" in op:
                _check_security(doc, op["security"], report, ptr + "/security")
    return report.problems


def _check_parameters(
    doc: dict[str, Any], path: str, item: dict[str, Any], op: dict[str, Any], ptr: str, report: _Report
) -> None:
    key = split_key(path)
    declared = set(re.findall(r"{([^}]+)}", key.path))
    # Read as query parameters, or the operation is left out (spec.pathkey, spec.querykeys).
    in_query = set(re.findall(r"{([^}]+)}", key.key[len(key.path) :]))
    merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    for owner, owner_ptr in ((item, pointer("paths", path)), (op, ptr)):
        for i, raw in enumerate(owner.get("parameters") or []):
            p_ptr = f"{owner_ptr}/parameters/{i}"
            if is_external_ref(raw):
                continue  # reported where it stands
            param, _ = resolve(doc, raw, p_ptr)
            if not isinstance(param, dict) or "name" not in param or "in" not in param:
                report(p_ptr, "parameter needs 'name' and 'in'")
                continue
            merged[(param["in"], param["name"])] = (param, p_ptr)
    for (location, name), (_, p_ptr) in merged.items():
        if location not in SUPPORTED_LOCATIONS:
            report(p_ptr, f"parameters in {location!r} are not supported")
        elif location == "path" and name not in declared and name not in in_query:
            report(p_ptr, f"path parameter {name!r} does not appear in {key.path!r}")
    for name in sorted(declared - {n for (loc, n) in merged if loc == "path"}):
        report(ptr, f"path parameter {{{name}}} is not declared")


def _check_body(doc: dict[str, Any], op: dict[str, Any], ptr: str, report: _Report) -> None:
    raw = op.get("requestBody")
    if raw is None or is_external_ref(raw):
        return
    request, _ = resolve(doc, raw, join(ptr, "requestBody"))
    if not (isinstance(request, dict) and request.get("content")):
        report(join(ptr, "requestBody"), "request body has no content")


def _check_security(doc: dict[str, Any], security: Any, report: _Report, ptr: str = "#/security") -> None:
    """Every scheme a requirement names must be defined. What the SDK cannot send is no
    error of the document: spec.security leaves those operations out."""
    for scheme_ptr, message in choose(doc, security).undefined:
        report(scheme_ptr, message)
