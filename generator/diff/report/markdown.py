"""The Markdown report, a pull-request comment. It starts with the summary table (breaking,
security, non-breaking and docs-only counts, operations added and removed, schemas, SDK);
then the security section (always, even when empty); then the other breaking changes;
then, folded in <details>, the non-breaking changes, the documentation-only changes, the
SDK surface and the table of the rules used with their counts (each change's rule links to
its row, `#rule-<id>`). Rows group a place's changes of one rule, the fields in one cell."""

from __future__ import annotations

import html
from collections import Counter

from generator.diff.report import escape
from generator.diff.report.common import Row, docs_keys, group, order
from generator.diff.report.python import sdk_breaks, verdicts
from generator.diff.result import Change, DiffResult
from generator.diff.rules import RULES

# GitHub comments hold 65,536 characters; the workflows' excerpt (scripts/excerpt.py, the
# Makefile's LIMIT) cuts at 60,000: the report fits that whole. What each part may take at
# scale 1; a larger report is rendered again with every budget scaled down until it fits, each
# part saying what it leaves out (by rule or kind), and `--format json` holds everything.
LIMIT = 60_000
_MD_BREAKING, _MD_OTHER, _MD_DOCS, _MD_PYTHON, _MD_SURFACE = 30_000, 16_000, 6_000, 8_000, 6_000


def _md(value: str) -> str:
    """Text for a table cell: spec strings render as typed (escape.py)."""
    return escape.text(value)


def _code(value: str) -> str:
    return escape.code(value)


def _rule_link(rule: str) -> str:
    return f"[{rule}](#rule-{rule})"


def _md_ops(operations: tuple[str, ...]) -> str:
    if not operations:
        return "none"
    if len(operations) <= 3:
        return ", ".join(_code(o) for o in operations)
    return ", ".join(_code(o) for o in operations[:2]) + f" and {len(operations) - 2} more"


def _md_table(changes: list[Change], budget: int) -> list[str]:
    """A table of changes, one row per place and rule (the fields in one cell), cut short
    after `budget` characters with a line that says how many rows are left out."""
    lines = ["| Where | Fields | Change | Rule | Operations |", "|---|---|---|---|---|"]
    used = 0
    rows = group(changes)
    for shown, row in enumerate(rows):
        fields = ", ".join(_code(at) for at in row.fields) or "(whole)"
        detail = "; ".join(_md(d) for d in row.details)
        count = f" ({len(row.changes)} changes)" if len(row.changes) > 1 else ""
        line = (
            f"| {_code(row.path)} | {fields} | {detail}{count} | {_rule_link(row.rule)}{_sdk_only(row)} | "
            f"{_md_ops(row.operations)} |"
        )
        used += len(line) + 1
        if used > budget:
            left = Counter(r.rule for r in rows[shown:] for _ in r.changes)
            by_rule = ", ".join(f"{_rule_link(rule)} {n}" for rule, n in sorted(left.items()))
            lines.append(
                f"\n{len(rows) - shown} more rows ({left.total()} changes: {by_rule}) not shown "
                "for GitHub's comment size; `sdkgen diff --format json` lists them all."
            )
            break
        lines.append(line)
    return lines


def _sdk_only(row: Row) -> str:
    """Breaking for the SDK's Python API, not for a raw HTTP caller (rules.SDK_ONLY)."""
    first = row.changes[0]
    return " (SDK only)" if first.breaking and not first.wire_breaking else ""


def render_markdown(result: DiffResult, limit: int = LIMIT) -> str:
    scale = 1.0
    while True:
        out = _render(result, scale)
        if len(out) <= limit or scale < 0.02:
            return out
        scale *= min(0.9, limit / len(out))


def _python_left(lines: list[str]) -> str:
    """What the Python list leaves out, by kind: `12 removed, 30 changed`."""
    removed = sum(1 for line in lines if line.endswith(" removed"))
    parts = [(removed, "removed"), (len(lines) - removed, "changed")]
    return ", ".join(f"{n} {what}" for n, what in parts if n)


def _render(result: DiffResult, scale: float) -> str:
    s = result.summary
    ops, schemas, sdk = s["operations"], s["schemas"], s["sdk"]
    security = sorted(result.security, key=order)
    breaking = sorted((c for c in result.breaking if not c.security), key=order)
    rest = sorted(result.non_breaking, key=order)
    docs = sorted(result.docs, key=order)
    added = ", ".join(_code(o) for o in ops["added"]) or "none"
    removed = ", ".join(_code(o) for o in ops["removed"]) or "none"
    python = sdk_breaks(result)
    title = f"What breaks for SDK users ({len(python)})" if python else "Nothing breaks for SDK users"
    lines = [f"### {title}"]
    lines += ["", verdicts(result), ""]  # our words only: no spec string to escape
    for shown, line in enumerate(python):
        if sum(len(x) for x in lines) > _MD_PYTHON * scale:
            left = python[shown:]
            more = f"- ... and {len(left)} more ({_python_left(left)})"
            lines.append(f"{more}: `sdkgen diff --format json` lists them all.")
            break
        lines.append(f"- {_code(line)}")
    lines += [
        "",
        f"| API diff {_code(result.old)} → {_code(result.new)} | |",
        "|---|---|",
        f"| **Breaking changes** | **{s['breaking']}** |",
        f"| **Security changes** (breaking) | **{s['security']}** |",
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
    if security:
        lines.append(f"### Security: where credentials go ({len(security)}, breaking)")
        lines.append("")
        lines.extend(_md_table(security, _MD_BREAKING))  # never scaled down
    else:
        lines.append("### Security: no change to where credentials go")
    lines.append("")
    title = "Other breaking changes" if security else "Breaking changes"
    if breaking:
        lines.append(f"### {title} ({len(breaking)})")
        lines.append("")
        lines.extend(_md_table(breaking, int(_MD_BREAKING * scale)))
    else:
        lines.append(f"### No {title[0].lower()}{title[1:]}")
    lines.append("")
    if rest:
        lines.extend(_details(f"Non-breaking changes ({len(rest)})", _md_table(rest, int(_MD_OTHER * scale))))
    if docs:
        body = [f"Fields: {_md(docs_keys(docs))}", "", "| Where | Fields |", "|---|---|"]
        used = 0
        for shown, change in enumerate(docs):
            row = f"| {_code(change.path)} | {_md('; '.join(change.items))} |"
            used += len(row) + 1
            if used > _MD_DOCS * scale:
                body.append(f"\n{len(docs) - shown} more not shown.")
                break
            body.append(row)
        lines.extend(_details(f"Documentation-only changes ({len(docs)})", body))
    lines.extend(_details("SDK surface", _md_sdk(result, int(_MD_SURFACE * scale))))
    used = sorted({c.rule for c in result.changes})
    if used:
        counts = Counter(c.rule for c in result.changes)
        table = ["| Rule | Breaking | Changes | When |", "|---|---|---|---|"]
        for rule in used:
            flag, text = RULES[rule]
            anchor = f'<a id="rule-{rule}"></a>`{rule}`'
            table.append(f"| {anchor} | {'yes' if flag else 'no'} | {counts[rule]} | {_md(text)} |")
        lines.extend(_details("Rules", table))
    return "\n".join(lines).rstrip() + "\n"


def _details(summary: str, body: list[str]) -> list[str]:
    # An HTML block: backslashes would show; the summary is the report's own words.
    return ["<details>", f"<summary>{html.escape(summary)}</summary>", "", *body, "", "</details>", ""]


def _md_sdk(result: DiffResult, budget: int) -> list[str]:
    """The SDK surface's changes; each list of names cut after its share of `budget`, saying
    how many are left out."""
    sdk = result.sdk
    lines: list[str] = []

    def names(title: str, values: list[str], flags: list[str] | None = None) -> None:
        if not values:
            return
        shown: list[str] = []
        for value, flag in zip(values, flags or [""] * len(values), strict=True):
            if sum(len(v) + 2 for v in shown) > budget // 4:
                break
            shown.append(_code(value) + flag)
        more = f" and {len(values) - len(shown)} more" if len(shown) < len(values) else ""
        lines.append(f"- {title} ({len(values)}): " + ", ".join(shown) + more)

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
        what = ["keyword arguments " + "; ".join(parts)] if parts or "client_method" not in entry else []
        if "client_method" in entry:
            moved = entry["client_method"]
            what.append(
                f"client method {_code('client.' + moved['before'])} -> {_code('client.' + moved['after'])}"
            )
        lines.append(f"- {_code(entry['name'])}{flag}: " + "; ".join(what))
    names("Models added", sdk.models_added)
    names("Models removed", sdk.models_removed)
    names(
        "Models changed", [m["name"] + (" (breaking)" if m["breaking"] else "") for m in sdk.models_changed]
    )
    return lines or ["No change to the SDK's functions, their arguments or its model classes."]
