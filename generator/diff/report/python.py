""" "What breaks for SDK users", in Python terms, for the top of each report: from the
packages compared (`sdkgen diff --sdk`, generator.diff.package) when they were, else from
the SDK surface the spec diff derives (functions, parameters, model classes)."""

from __future__ import annotations

from generator.diff.result import DiffResult


def sdk_breaks(result: DiffResult) -> list[str]:
    """One line per break, e.g. `ChatUsage.cost: float -> float | None`."""
    if result.package_breaks is not None:
        return [b.detail for b in result.sdk_breaking]
    sdk = result.sdk
    lines = [f"{name} removed" for name in sdk.functions_removed]
    lines += [f"models.{name} removed" for name in sdk.models_removed]
    lines += [f"{name} removed" for name in sdk.modules_removed]
    for entry in sdk.functions_changed:
        if not entry["breaking"]:
            continue
        params = entry["parameters"]
        parts = [f"parameter {p} removed" for p in params["removed"]]
        parts += [f"parameter {p} now required" for p in params["now_required"]]
        parts += [f"new required parameter {p.split(' ')[0]}" for p in params["added"] if "(required)" in p]
        if "client_method" in entry:
            moved = entry["client_method"]
            parts.append(f"client.{moved['before']} is now client.{moved['after']}")
        lines.append(f"{entry['name']}: {', '.join(parts) or 'calls ' + entry['operation']}")
    return lines


def verdicts(result: DiffResult) -> str:
    """Both verdicts side by side: the wire (a raw HTTP caller) and the SDK (Python API)."""
    wire = sum(1 for c in result.changes if c.wire_breaking)
    sdk = len(sdk_breaks(result))
    compared = result.package_breaks is not None
    source = "packages compared" if compared else "from the spec; --sdk compares packages"
    wire_text = f"BREAKING ({wire})" if wire else "not breaking"
    sdk_text = f"BREAKING ({sdk})" if sdk else "not breaking"
    return f"wire: {wire_text} | SDK: {sdk_text} ({source})"
