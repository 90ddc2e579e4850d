"""What `diff_documents` returns: the changes, the SDK surfaces compared, and their JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.diff.rules import SECURITY, is_breaking, is_wire_breaking
from generator.diff.sdkbreak import SdkBreak


@dataclass(frozen=True)
class Change:
    """One semantic change.

    kind: what happened (`operation-added`, `property-removed`, `enum-values-added`, ...);
    path: where, as an operation (`GET /chat/completions`), a component schema
      (`#/components/schemas/ChatRequest`) or `servers`;
    at: the place inside it (`query parameter offset`, `request body application/json:
      messages[].role`, `choices[].finish_reason`; empty for the whole thing);
    detail: one line for people; rule: the classification (see generator/diff/rules.py),
      which alone decides whether the change is breaking;
    operations: the operations affected (`METHOD /path`), sorted;
    items: the names involved when there are several (enum values, union members).
    """

    kind: str
    path: str
    at: str
    detail: str
    rule: str
    operations: tuple[str, ...] = ()
    items: tuple[str, ...] = ()

    @property
    def breaking(self) -> bool:
        return is_breaking(self.rule)

    @property
    def wire_breaking(self) -> bool:
        """Breaking for a caller of the HTTP API itself (not only for the SDK's names)."""
        return is_wire_breaking(self.rule)

    @property
    def security(self) -> bool:
        """A change to where credentials go: breaking, reported first."""
        return self.rule in SECURITY

    @property
    def docs_only(self) -> bool:
        return self.kind == "docs-changed"

    def sort_key(self) -> tuple[Any, ...]:
        return (self.path, self.at, self.kind, self.detail, self.rule, self.operations, self.items)

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "breaking": self.breaking,
            "detail": self.detail,
            "items": list(self.items),
            "kind": self.kind,
            "operations": list(self.operations),
            "path": self.path,
            "rule": self.rule,
            "security": self.security,
            "wire_breaking": self.wire_breaking,
        }


@dataclass
class SdkDiff:
    functions_added: list[str] = field(default_factory=list)
    functions_removed: list[str] = field(default_factory=list)
    functions_changed: list[dict[str, Any]] = field(default_factory=list)
    models_added: list[str] = field(default_factory=list)
    models_removed: list[str] = field(default_factory=list)
    models_changed: list[dict[str, Any]] = field(default_factory=list)
    modules_added: list[str] = field(default_factory=list)
    modules_removed: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> bool:
        return bool(
            self.functions_removed
            or self.models_removed
            or self.modules_removed
            or any(f["breaking"] for f in self.functions_changed)
            or any(m["breaking"] for m in self.models_changed)
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "functions": {
                "added": self.functions_added,
                "changed": self.functions_changed,
                "removed": self.functions_removed,
            },
            "models": {
                "added": self.models_added,
                "changed": self.models_changed,
                "removed": self.models_removed,
            },
            "modules": {"added": self.modules_added, "removed": self.modules_removed},
        }


@dataclass
class DiffResult:
    old: str
    new: str
    changes: list[Change]  # sorted by Change.sort_key
    sdk: SdkDiff
    summary: dict[str, Any]
    # The SDK verdict (the two generated packages compared, generator.diff.package); None
    # when it was not asked for (`sdkgen diff --sdk`).
    package_breaks: list[SdkBreak] | None = None

    @property
    def sdk_breaking(self) -> list[SdkBreak]:
        return [b for b in self.package_breaks or [] if b.breaking]

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def security(self) -> list[Change]:
        return [c for c in self.changes if c.security]

    @property
    def non_breaking(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking and not c.docs_only]

    @property
    def docs(self) -> list[Change]:
        return [c for c in self.changes if c.docs_only]
