"""Renders a `DiffResult` (see generator/diff/document.py) as text, Markdown or JSON.

- text: one screen for a terminal: the counts, every breaking change (up to a limit), the
  non-breaking ones with long runs of one kind collapsed into a line, documentation-only
  changes as one line, and the SDK surface in one line.
- markdown: a pull-request comment. It starts with the summary table (breaking,
  non-breaking and docs-only counts, operations added and removed, schemas, SDK); then the
  breaking changes; then, folded in <details>, the non-breaking changes, the
  documentation-only changes, the SDK surface and the table of the rules used (each change's
  rule links to its row, `#rule-<id>`).
- json: stable for machines and tests; keys sorted, changes sorted by path, at, kind, detail (then rule,
operations, items):

      {
        "version": 1,
        "old": "<spec as given>", "new": "<spec as given>",
        "summary": {"breaking": n, "non_breaking": n, "docs_only": n, "docs_fields": n,
                    "by_kind": {kind: n}, "by_rule": {rule: n},
                    "operations": {"before", "after", "added": ["METHOD /path (operationId)"],
                                   "removed": [...], "deprecated": [...], "changed": n},
                    "schemas": {"before", "after", "added", "removed", "changed"},
                    "sdk": {"functions_added", ..., "models_changed"}},
        "changes": [{"kind", "path", "at", "detail", "breaking", "rule",
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
from collections import Counter, defaultdict
from typing import Any

from generator.diff.result import Change, DiffResult
from generator.diff.rules import RULES

FORMATS = ("text", "markdown", "json")
JSON_VERSION = 1


def render(result: DiffResult, fmt: str) -> str:
    if fmt == "json":
        return render_json(result)
    if fmt == "markdown":
        return render_markdown(result)
    return render_text(result)


# ---------------------------------------------------------------- shared


def _order(change: Change) -> tuple[Any, ...]:
    """Operations before components, then by place."""
    return (1 if change.path.startswith("#") else 0, *change.sort_key())


def _where(change: Change) -> str:
    return f"{change.path} {change.at}" if change.at else change.path


def _ops(change: Change, limit: int = 3) -> str:
    ops = change.operations
    if not ops or (len(ops) == 1 and ops[0] == change.path):
        return ""
    if len(ops) <= limit:
        return ", ".join(ops)
    return f"{len(ops)} operations"


def _docs_keys(changes: list[Change]) -> str:
    keys: Counter[str] = Counter()
    for change in changes:
        for item in change.items:
            keys[item.rsplit(": ", 1)[-1]] += 1
    return ", ".join(f"{k} x{n}" for k, n in sorted(keys.items(), key=lambda kv: (-kv[1], kv[0])))


# ---------------------------------------------------------------- text


def render_text(result: DiffResult, *, limit: int = 12) -> str:
    s = result.summary
    ops, schemas, sdk = s["operations"], s["schemas"], s["sdk"]
    lines = [
        f"sdkgen diff: {result.old} -> {result.new}",
        f"  operations {ops['before']} -> {ops['after']} (+{len(ops['added'])} -{len(ops['removed'])}, "
        f"{ops['changed']} changed); schemas {schemas['before']} -> {schemas['after']} "
        f"(+{schemas['added']} -{schemas['removed']}, {schemas['changed']} changed)",
        f"  {s['breaking']} breaking, {s['non_breaking']} non-breaking, {s['docs_only']} docs-only",
    ]
    if not result.changes:
        lines.append("  no changes")
        return "\n".join(lines) + "\n"

    breaking = sorted(result.breaking, key=_order)
    lines.append("")
    lines.append(f"Breaking changes ({len(breaking)}):" if breaking else "Breaking changes: none")
    for change in breaking[:limit]:
        lines.append(_text_line(change))
    if len(breaking) > limit:
        lines.append(f"  ... and {len(breaking) - limit} more ({_kinds(breaking[limit:])})")

    rest = sorted(result.non_breaking, key=_order)
    if rest:
        lines.append("")
        lines.append(f"Non-breaking changes ({len(rest)}):")
        lines.extend(_collapsed(rest, limit))

    if result.docs:
        lines.append("")
        lines.append(
            f"Docs-only: {len(result.docs)} places, {s['docs_fields']} fields ({_docs_keys(result.docs)})"
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
    tail = f"  [{change.rule}{'; ' + ops if ops else ''}]"
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
    listed.sort(key=_order)
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


# ---------------------------------------------------------------- markdown

# GitHub comments hold 65,536 characters: what each part may take.
_MD_BREAKING, _MD_OTHER, _MD_DOCS = 30_000, 16_000, 6_000


def _md(text: str) -> str:
    """Text for a table cell."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "\\|")
        .replace("\n", " ")
    )


def _code(text: str) -> str:
    text = text.replace("|", "\\|").replace("\n", " ")
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _rule_link(rule: str) -> str:
    return f"[{rule}](#rule-{rule})"


def _md_ops(change: Change) -> str:
    ops = change.operations
    if not ops:
        return "none"
    if len(ops) <= 3:
        return ", ".join(_code(o) for o in ops)
    return ", ".join(_code(o) for o in ops[:2]) + f" and {len(ops) - 2} more"


def _md_table(changes: list[Change], budget: int) -> list[str]:
    """A table of changes, cut short after `budget` characters."""
    lines = ["| Where | Change | Rule | Operations |", "|---|---|---|---|"]
    used = 0
    for shown, change in enumerate(changes):
        where = _code(change.path) + (f" {_code(change.at)}" if change.at else "")
        row = f"| {where} | {_md(change.detail)} | {_rule_link(change.rule)} | {_md_ops(change)} |"
        used += len(row) + 1
        if used > budget:
            lines.append(
                f"\n{len(changes) - shown} more not shown; `sdkgen diff --format json` lists them all."
            )
            break
        lines.append(row)
    return lines


def render_markdown(result: DiffResult) -> str:
    s = result.summary
    ops, schemas, sdk = s["operations"], s["schemas"], s["sdk"]
    breaking = sorted(result.breaking, key=_order)
    rest = sorted(result.non_breaking, key=_order)
    docs = sorted(result.docs, key=_order)
    added = ", ".join(_code(o) for o in ops["added"]) or "none"
    removed = ", ".join(_code(o) for o in ops["removed"]) or "none"
    lines = [
        f"| API diff {_code(result.old)} → {_code(result.new)} | |",
        "|---|---|",
        f"| **Breaking changes** | **{s['breaking']}** |",
        f"| Non-breaking changes | {s['non_breaking']} |",
        f"| Docs-only changes | {s['docs_only']} |",
        f"| Operations added | {len(ops['added'])}: {added} |"
        if ops["added"]
        else "| Operations added | 0 |",
        f"| Operations removed | {len(ops['removed'])}: {removed} |"
        if ops["removed"]
        else "| Operations removed | 0 |",
        f"| Operations | {ops['before']} → {ops['after']} ({ops['changed']} changed) |",
        "| Schemas added / removed / changed | "
        f"{schemas['added']} / {schemas['removed']} / {schemas['changed']} |",
        "| SDK functions added / removed / changed | "
        f"{sdk['functions_added']} / {sdk['functions_removed']} / {sdk['functions_changed']} |",
        "| SDK models added / removed / changed | "
        f"{sdk['models_added']} / {sdk['models_removed']} / {sdk['models_changed']} |",
        "",
    ]
    if breaking:
        lines.append(f"### Breaking changes ({len(breaking)})")
        lines.append("")
        lines.extend(_md_table(breaking, _MD_BREAKING))
    else:
        lines.append("### No breaking changes")
    lines.append("")
    if rest:
        lines.extend(_details(f"Non-breaking changes ({len(rest)})", _md_table(rest, _MD_OTHER)))
    if docs:
        body = [f"Fields: {_md(_docs_keys(docs))}", "", "| Where | Fields |", "|---|---|"]
        used = 0
        for shown, change in enumerate(docs):
            row = f"| {_code(change.path)} | {_md('; '.join(change.items))} |"
            used += len(row) + 1
            if used > _MD_DOCS:
                body.append(f"\n{len(docs) - shown} more not shown.")
                break
            body.append(row)
        lines.extend(_details(f"Documentation-only changes ({len(docs)})", body))
    lines.extend(_details("SDK surface", _md_sdk(result)))
    used = sorted({c.rule for c in result.changes})
    if used:
        table = ["| Rule | Breaking | When |", "|---|---|---|"]
        for rule in used:
            flag, text = RULES[rule]
            table.append(f'| <a id="rule-{rule}"></a>`{rule}` | {"yes" if flag else "no"} | {_md(text)} |')
        lines.extend(_details("Rules", table))
    return "\n".join(lines).rstrip() + "\n"


def _details(summary: str, body: list[str]) -> list[str]:
    return ["<details>", f"<summary>{_md(summary)}</summary>", "", *body, "", "</details>", ""]


def _md_sdk(result: DiffResult) -> list[str]:
    sdk = result.sdk
    lines: list[str] = []

    def names(title: str, values: list[str]) -> None:
        if values:
            lines.append(f"- {title} ({len(values)}): " + ", ".join(_code(v) for v in values))

    names("Modules added", sdk.modules_added)
    names("Modules removed", sdk.modules_removed)
    names("Functions added", sdk.functions_added)
    names("Functions removed", sdk.functions_removed)
    for entry in sdk.functions_changed:
        params = entry["parameters"]
        parts = [
            f"{label} {', '.join(_code(p) for p in params[key])}"
            for key, label in (
                ("added", "added"),
                ("removed", "removed"),
                ("now_required", "now required"),
                ("now_optional", "now optional"),
            )
            if params[key]
        ]
        flag = " (breaking)" if entry["breaking"] else ""
        lines.append(f"- {_code(entry['name'])}{flag}: keyword arguments " + "; ".join(parts))
    names("Models added", sdk.models_added)
    names("Models removed", sdk.models_removed)
    if sdk.models_changed:
        lines.append(
            f"- Models changed ({len(sdk.models_changed)}): "
            + ", ".join(
                _code(m["name"]) + (" (breaking)" if m["breaking"] else "") for m in sdk.models_changed
            )
        )
    return lines or ["No change to the SDK's functions, their arguments or its model classes."]


# ---------------------------------------------------------------- json


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
