"""The generated package's version and changelog follow what changed.

- breaking change (by the rules of generator/diff/rules.py) -> major;
- additions (operations, parameters, properties, schemas, enum values, union members,
  media types, statuses, bodies) -> minor;
- anything else that changes the output, a generator or template change included -> patch;
- whatever the spec says, the generated package breaking as a Python API (names removed,
  parameters made required, annotations changed; generator.diff.package) -> major, also when
  only the generator or templates changed.

The previous spec is needed to tell which: `sdkgen fetch --update` keeps it (see
build.output, which loads it and diffs: this module never reads a spec). Without it (say, a
lock edited by hand), the bump is read off the generated SDK surface instead: functions or
models removed -> major, added -> minor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.diff.result import DiffResult
from generator.diff.sdkbreak import SdkBreak
from generator.surface import Surface

# Non-breaking rules that add something a user can now use: a minor release.
ADDITIONS = frozenset(
    {
        "op-added",
        "param-added-optional",
        "body-added-optional",
        "media-type-added",
        "status-added",
        "schema-added",
        "request-property-added-optional",
        "response-property-added",
        "request-type-widened",
        "response-enum-value-added",
        "response-variant-added",
        "request-constraint-loosened",
    }
)


@dataclass
class Release:
    bump: str  # "major" | "minor" | "patch"
    notes: list[str] = field(default_factory=list)


def bump_version(version: str, bump: str) -> str:
    major, minor, patch = (int(x) for x in (version.split(".") + ["0", "0"])[:3])
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def unchanged_spec() -> Release:
    return Release("patch", ["Regenerated with a changed generator or templates; the spec is unchanged."])


def from_spec_diff(result: DiffResult) -> Release:
    """The release a spec diff calls for."""
    summary = result.summary
    if result.breaking:
        bump = "major"
    elif any(c.rule in ADDITIONS for c in result.non_breaking):
        bump = "minor"
    else:
        bump = "patch"
    ops = summary["operations"]
    notes = [
        f"{summary['breaking']} breaking, {summary['non_breaking']} non-breaking and "
        f"{summary['docs_only']} documentation-only changes in the spec."
    ]
    notes += [f"Added operation {op}." for op in ops["added"]]
    notes += [f"Removed operation {op}." for op in ops["removed"]]
    notes += [f"Deprecated operation {op}." for op in ops.get("deprecated", [])]
    for change in result.breaking[:15]:
        notes.append(f"Breaking: {change.path}: {change.detail} [{change.rule}]")
    if len(result.breaking) > 15:
        notes.append(f"... and {len(result.breaking) - 15} more breaking changes (see `sdkgen diff`).")
    return Release(bump, notes)


def from_surface(old: Surface | None, new: Surface) -> Release:
    """The release the SDK surfaces call for, where no spec diff can be had: a function,
    model class or parameter removed, or a parameter that is now required -> major;
    anything added -> minor. `old` is None when the previous generation recorded none."""
    notes = ["Version chosen from the generated SDK surface (the previous spec was not available)."]
    if old is None:
        notes.append("The previous generation recorded no surface to compare with.")
        return Release("patch", notes)
    breaks = [f"Removed {n}." for n in sorted(set(old.functions) - set(new.functions))]
    breaks += [f"Removed model {n}." for n in sorted(set(old.models) - set(new.models))]
    adds = [f"Added {n}." for n in sorted(set(new.functions) - set(old.functions))]
    adds += [f"Added model {n}." for n in sorted(set(new.models) - set(old.models))]
    for name in sorted(set(old.functions) & set(new.functions)):
        before, after = old.functions[name].parameters, new.functions[name].parameters
        for param in sorted(set(before) | set(after)):
            if param not in after:
                breaks.append(f"Removed parameter {param} of {name}.")
            elif after[param] and not before.get(param, False):
                breaks.append(f"Parameter {param} of {name} is now required.")
            elif param not in before:
                adds.append(f"Added parameter {param} of {name}.")
        moved = old.functions[name].client_method, new.functions[name].client_method
        if all(moved) and moved[0] != moved[1]:
            breaks.append(f"Client method client.{moved[0]} is now client.{moved[1]}.")
    return Release("major" if breaks else "minor" if adds else "patch", notes + breaks[:15] + adds[:15])


def with_names(release: Release, notes: list[str], removed: bool) -> Release:
    """The release with what the names lock found: a public name removed for good (no
    alias could keep it) is a breaking change; a renamed one, kept as a deprecated alias,
    is not."""
    bump = "major" if removed else release.bump
    return Release(bump, [*release.notes, *notes])


def with_sdk(release: Release, breaks: list[SdkBreak]) -> Release:
    """The release with the SDK verdict (the two generated packages compared, see
    generator.diff.package): a break of the Python API is a major release even when the
    spec is unchanged and only the generator or templates changed."""
    broken = [b for b in breaks if b.breaking]
    if not broken:
        return release
    notes = [f"The generated Python API breaks in {len(broken)} places:"]
    notes += [f"Breaking (SDK): {b.detail}" for b in broken[:15]]
    if len(broken) > 15:
        notes.append(f"... and {len(broken) - 15} more SDK breaks.")
    return Release("major", [*release.notes, *notes])


def changelog_entry(version: str, release: Release, spec_sha: str) -> str:
    lines = [f"## {version}", "", f"{release.bump.capitalize()} release. Spec sha256 `{spec_sha}`.", ""]
    lines += [f"- {note}" for note in release.notes]
    return "\n".join(lines) + "\n"


def initial_changelog(distribution: str, version: str, spec_sha: str, operations: int) -> str:
    return (
        f"# Changelog of {distribution}\n\nEach entry is written by `make generate` from the spec diff.\n\n"
        f"## {version}\n\nFirst release: {operations} operations. Spec sha256 `{spec_sha}`.\n"
    )


def prepend(changelog: str, entry: str) -> str:
    """The entry goes right after the title block, above the previous entries."""
    head, sep, rest = changelog.partition("\n## ")
    if not sep:
        return changelog.rstrip("\n") + "\n\n" + entry
    return head.rstrip("\n") + "\n\n" + entry + "\n## " + rest
