"""Annotations compared as text, the way the SDK verdict (generator.diff.package) reads
them: union members, wrappers (`Sequence[...]`, `Required[...]`), widening, None allowed."""

from __future__ import annotations


def annotation_detail(where: str, before: str, after: str) -> str:
    """`ChatUsage.cost: float -> float | None`; for a long union, what it lost and gained,
    looking inside the one wrapper that changed (`Sequence[...] union lost A, gained B`)."""
    if len(before) + len(after) <= 160:
        return f"{where}: {before} -> {after}"
    inside = ""
    while True:
        lost, gained = sorted(members(before) - members(after)), sorted(members(after) - members(before))
        head = lost[0].split("[", 1)[0] if len(lost) == 1 == len(gained) else ""
        if not (head and lost[0].startswith(head + "[") and gained[0].startswith(head + "[")):
            break
        before, after, inside = unwrap(lost[0], head), unwrap(gained[0], head), f"{inside}{head}[...] "
    if lost or gained:
        lost_text, gained_text = " | ".join(lost) or "nothing", " | ".join(gained) or "nothing"
        return f"{where}: {inside}union lost {lost_text}, gained {gained_text}"
    return f"{where}: {before[:70]}... -> {after[:70]}..."


def none_allowed(annotation: str) -> bool:
    found = members(unwrap(annotation, "Required"))
    return "None" in found or "Any" in found


def widens(before: str, after: str) -> bool:
    """Every value `before` allows, `after` allows: each union member kept, or kept inside the
    same wrapper (`Sequence[A | B]` -> `Sequence[A | B | C]`); `Required[T]` may become `T`."""
    before, after = unwrap(before, "Required"), unwrap(after, "Required")
    kept = members(after)
    if "Any" in kept:  # `str | None -> Any | None`: anything goes
        return True
    for member in members(before):
        if member in kept:
            continue
        head = member.split("[", 1)[0]
        inner = unwrap(member, head)
        if inner == member or not any(
            widens(inner, unwrap(m, head)) for m in kept if m.startswith(head + "[")
        ):
            return False
    return True


def unwrap(annotation: str, head: str) -> str:
    if annotation.startswith(head + "[") and annotation.endswith("]"):
        return annotation[len(head) + 1 : -1]
    return annotation


def members(annotation: str) -> frozenset[str]:
    """The top-level members of a union written `A | B | None` (one member otherwise)."""
    depth, start, parts = 0, 0, []
    for i, ch in enumerate(annotation):
        depth += ch == "["
        depth -= ch == "]"
        if ch == "|" and depth == 0:
            parts.append(annotation[start:i].strip())
            start = i + 1
    parts.append(annotation[start:].strip())
    return frozenset(parts)
