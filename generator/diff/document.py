"""`diff_documents`: the whole comparison of two documents. Document-level changes
(security and servers, info, tags), the operations, the component schemas (each change once, at the
component), the documentation notes collapsed into one `docs-changed` entry per place, the
SDK surface, and the summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from generator.diff.context import DOC_NOTE, MOVED_NOTE, Context, Site, doc_note, notes, real
from generator.diff.operations import compare_operations
from generator.diff.reach import Op
from generator.diff.result import Change, DiffResult, SdkDiff
from generator.diff.schema import SCHEMA_PREFIX
from generator.diff.schemas import schema
from generator.diff.security import compare_security
from generator.diff.surface import diff_surfaces, sdk_surface
from generator.naming.words import class_name


def diff_documents(
    old: dict[str, Any], new: dict[str, Any], *, old_name: str = "old", new_name: str = "new"
) -> DiffResult:
    """Compare two normalized documents (as `load_source` returns them)."""
    ctx = Context.of(old, new)
    found = _document_level(ctx)
    found += compare_operations(ctx)
    found += _components(ctx, found)
    found += _collapse_docs(notes(found, DOC_NOTE))
    changes = sorted(dict.fromkeys(real(found)), key=Change.sort_key)
    sdk = diff_surfaces(sdk_surface(old, old_name), sdk_surface(new, new_name), changes)
    summary = _summary(ctx, changes, sdk)
    return DiffResult(old_name, new_name, changes, sdk, summary)


def _document_level(ctx: Context) -> list[Change]:
    old, new = ctx.old, ctx.new
    out = compare_security(ctx)
    site = Site("info", "", frozenset(), ())
    info_a, info_b = old.get("info") or {}, new.get("info") or {}
    for key in sorted(set(info_a) | set(info_b)):
        if info_a.get(key) != info_b.get(key):
            out.append(doc_note(site, "", key))
    tags_a = {t.get("name"): t for t in old.get("tags") or [] if isinstance(t, dict)}
    tags_b = {t.get("name"): t for t in new.get("tags") or [] if isinstance(t, dict)}
    tag_site = Site("tags", "", frozenset(), ())
    for name in sorted(set(tags_a) & set(tags_b), key=str):
        if tags_a[name] != tags_b[name]:
            out.append(doc_note(tag_site, str(name), "description"))
    for key in sorted(k for k in set(old) | set(new) if k.startswith("x-")):
        if old.get(key) != new.get(key):
            out.append(doc_note(Site(key, "", frozenset(), ()), "", key))
    return out


def _components(ctx: Context, before: list[Change]) -> list[Change]:
    """Shared schemas compared; added ones listing the inline schemas they replace (the moved
    notes of everything compared, `before` included), removed ones."""
    old, new = ctx.old_schemas, ctx.new_schemas
    out: list[Change] = []
    for name in sorted(set(old) & set(new)):
        out += schema(ctx, ctx.component_site(name), old[name], new[name], "")
    extracted: dict[str, set[str]] = {}  # new component -> places that held it inline
    for note in notes([*before, *out], MOVED_NOTE):
        extracted.setdefault(note.path, set()).add(note.detail)
    for name in sorted(set(new) - set(old)):
        site = ctx.component_site(name)
        places = sorted(extracted.get(name, ()))
        detail = f"new schema (model class {class_name(name)})"
        if places:
            what = "place" if len(places) == 1 else "places"
            detail += f", replacing the inline schema at {len(places)} {what}"
        out.append(
            Change("schema-added", site.owner, "", detail, "schema-added", site.operations, tuple(places))
        )
    for name in sorted(set(old) - set(new)):
        site = ctx.component_site(name)
        detail = f"schema removed (model class {class_name(name)})"
        out.append(
            Change("schema-removed", site.owner, "", detail, "schema-removed", site.operations, (name,))
        )
    return out


def _collapse_docs(doc_notes: list[Change]) -> list[Change]:
    """One `docs-changed` entry per operation or component, from its documentation notes."""
    by_owner: dict[str, tuple[tuple[str, ...], list[str]]] = {}
    for note in doc_notes:
        by_owner.setdefault(note.path, (note.operations, []))[1].append(note.detail)
    out: list[Change] = []
    for owner, (operations, entries) in by_owner.items():
        keys = Counter(e.rsplit(": ", 1)[-1] for e in entries)
        detail = ", ".join(f"{k} x{n}" if n > 1 else k for k, n in sorted(keys.items()))
        items = tuple(sorted(set(entries)))
        out.append(
            Change("docs-changed", owner, "", f"documentation only: {detail}", "docs-only", operations, items)
        )
    return out


def _summary(ctx: Context, changes: list[Change], sdk: SdkDiff) -> dict[str, Any]:
    old_ops, new_ops = ctx.old_ops, ctx.new_ops

    def ids(ops: dict[str, Op], labels: Iterable[str]) -> list[str]:
        return [f"{label} ({ops[label].node.get('operationId', '')})" for label in sorted(labels)]

    schemas_old, schemas_new = ctx.old_schemas, ctx.new_schemas
    kept = {SCHEMA_PREFIX + name for name in set(schemas_old) & set(schemas_new)}
    changed_schemas = {c.path for c in changes if c.path in kept}
    return {
        "breaking": sum(1 for c in changes if c.breaking),
        "security": sum(1 for c in changes if c.security),
        "non_breaking": sum(1 for c in changes if not c.breaking and not c.docs_only),
        "docs_only": sum(1 for c in changes if c.docs_only),
        "docs_fields": sum(len(c.items) for c in changes if c.docs_only),
        "by_kind": dict(sorted(Counter(c.kind for c in changes).items())),
        "by_rule": dict(sorted(Counter(c.rule for c in changes).items())),
        "operations": {
            "before": len(old_ops),
            "after": len(new_ops),
            "added": ids(new_ops, set(new_ops) - set(old_ops)),
            "removed": ids(old_ops, set(old_ops) - set(new_ops)),
            "deprecated": sorted(
                c.path for c in changes if c.kind == "operation-deprecated" and c.detail == "deprecated"
            ),
            "changed": len({c.path for c in changes if c.path in old_ops and c.path in new_ops}),
        },
        "schemas": {
            "before": len(schemas_old),
            "after": len(schemas_new),
            "added": len(set(schemas_new) - set(schemas_old)),
            "removed": len(set(schemas_old) - set(schemas_new)),
            "changed": len(changed_schemas),
        },
        "sdk": {
            "functions_added": len(sdk.functions_added),
            "functions_removed": len(sdk.functions_removed),
            "functions_changed": len(sdk.functions_changed),
            "models_added": len(sdk.models_added),
            "models_removed": len(sdk.models_removed),
            "models_changed": len(sdk.models_changed),
        },
    }
