"""The text report: one screen for a terminal: the counts, every security change (where
credentials go), every other breaking change (up to a limit), the non-breaking ones with
long runs of one kind collapsed into a line, documentation-only changes as one line, and
the SDK surface in one line."""

from __future__ import annotations

from collections import Counter, defaultdict

from generator.diff.report.common import docs_keys, order
from generator.diff.report.python import sdk_breaks, verdicts
from generator.diff.result import Change, DiffResult


def render_text(result: DiffResult, *, limit: int = 12) -> str:
    s = result.summary
    ops, schemas, sdk = s["operations"], s["schemas"], s["sdk"]
    lines = [
        f"sdkgen diff: {result.old} -> {result.new}",
        f"  operations {ops['before']} -> {ops['after']} (+{len(ops['added'])} -{len(ops['removed'])}, "
        f"{ops['changed']} changed); schemas {schemas['before']} -> {schemas['after']} "
        f"(+{schemas['added']} -{schemas['removed']}, {schemas['changed']} changed)",
        f"  {s['breaking']} breaking, {s['non_breaking']} non-breaking, {s['docs_only']} docs-only; "
        + verdicts(result),
    ]
    python = sdk_breaks(result)
    head = len(lines)
    if python:
        lines.append("")
        lines.append(f"What breaks for SDK users ({len(python)}):")
        lines += [f"  {line}" for line in python[:5]]
        if len(python) > 5:  # the screen is shared with the wire changes
            lines.append(f"  ... and {len(python) - 5} more (--format json lists them all)")
    if not result.changes:
        lines.append("  no changes")
        return "\n".join(lines) + "\n"

    # One screen: the Python section's lines come off the wire lists below.
    limit = max(3, limit - (len(lines) - head))
    security = sorted(result.security, key=order)
    lines.append("")
    lines.append(f"Security, breaking ({len(security)}):" if security else "Security: no change")
    lines.extend(_text_line(change) for change in security)
    breaking = sorted((c for c in result.breaking if not c.security), key=order)
    lines.append("")
    title = "Other breaking changes" if security else "Breaking changes"
    lines.append(f"{title} ({len(breaking)}):" if breaking else f"{title}: none")
    for change in breaking[:limit]:
        lines.append(_text_line(change))
    if len(breaking) > limit:
        lines.append(f"  ... and {len(breaking) - limit} more ({_kinds(breaking[limit:])})")

    rest = sorted(result.non_breaking, key=order)
    if rest:
        lines.append("")
        lines.append(f"Non-breaking changes ({len(rest)}):")
        lines.extend(_collapsed(rest, limit))

    if result.docs:
        lines.append("")
        lines.append(
            f"Docs-only: {len(result.docs)} places, {s['docs_fields']} fields ({docs_keys(result.docs)})"
        )
    lines.append("")
    lines.append(
        "SDK: functions "
        f"+{sdk['functions_added']} -{sdk['functions_removed']} ~{sdk['functions_changed']}; "
        f"models +{sdk['models_added']} -{sdk['models_removed']} ~{sdk['models_changed']}"
        + _modules_text(result)
    )
    for name in result.sdk.functions_removed[:limit]:
        lines.append(f"  - {name}")
    for name in result.sdk.functions_added[:limit]:
        lines.append(f"  + {name}")
    hidden = max(0, len(result.sdk.functions_added) - limit) + max(
        0, len(result.sdk.functions_removed) - limit
    )
    if hidden:
        lines.append(f"  ... and {hidden} more functions")
    if len(result.changes) > 0 and (len(breaking) > limit or len(rest) > limit or result.docs):
        lines.append("(all changes: --format markdown or --format json)")
    return "\n".join(lines) + "\n"


def _text_line(change: Change) -> str:
    ops = _ops(change)
    sdk_only = " (SDK only)" if change.breaking and not change.wire_breaking else ""
    tail = f"  [{change.rule}{sdk_only}{'; ' + ops if ops else ''}]"
    return f"  {_where(change)}: {change.detail}{tail}"


def _kinds(changes: list[Change]) -> str:
    counts = Counter(c.kind for c in changes)
    return ", ".join(f"{n} {k}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


_NEVER_COLLAPSED = frozenset({"operation-added", "operation-removed", "operation-deprecated"})


def _collapsed(changes: list[Change], limit: int) -> list[str]:
    """Kinds with more than a few changes become one line each; the rest are listed."""
    by_kind: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        by_kind[change.kind].append(change)
    lines: list[str] = []
    listed: list[Change] = []
    for kind, group in sorted(by_kind.items(), key=lambda kv: kv[0]):
        if kind in _NEVER_COLLAPSED:
            listed.extend(group)
        elif len(group) > 4 or len(changes) > limit and len(group) > 1:
            names = list(dict.fromkeys(_short(c) for c in group))
            shown = ", ".join(names[:3]) + (f", ... (+{len(names) - 3})" if len(names) > 3 else "")
            lines.append(f"  {len(group)} x {kind}: {shown}")
        else:
            listed.extend(group)
    listed.sort(key=order)
    room = max(8, limit - len(lines))
    out = [_text_line(c) for c in listed[:room]]
    if len(listed) > room:
        out.append(f"  ... and {len(listed) - room} more ({_kinds(listed[room:])})")
    return out + lines


def _short(change: Change) -> str:
    """A change's place in a few words: the operation, or the schema's name and the field."""
    if change.path.startswith("#/components/schemas/"):
        name = change.path.rsplit("/", 1)[-1]
        return f"{name} {change.at}" if change.at else name
    return change.path


def _modules_text(result: DiffResult) -> str:
    parts = [f"+{m}" for m in result.sdk.modules_added] + [f"-{m}" for m in result.sdk.modules_removed]
    return f"; modules {' '.join(parts)}" if parts else ""


def _where(change: Change) -> str:
    return f"{change.path} {change.at}" if change.at else change.path


def _ops(change: Change, limit: int = 3) -> str:
    ops = change.operations
    if not ops or (len(ops) == 1 and ops[0] == change.path):
        return ""
    if len(ops) <= limit:
        return ", ".join(ops)
    return f"{len(ops)} operations"
