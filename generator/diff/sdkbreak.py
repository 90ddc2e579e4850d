"""One break of the SDK verdict (generator.diff.package), in a module of its own: the
release and diff results name it without importing griffe (a tenth of a second at start)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SdkBreak:
    """One way a user's code can break: `name` in Python terms (`models.ChatUsage.cost`),
    `kind` (griffe's breakage kind, or `annotation-changed`), `detail` for people."""

    name: str
    kind: str
    detail: str
    breaking: bool = True

    def as_json(self) -> dict[str, Any]:
        return {"breaking": self.breaking, "detail": self.detail, "kind": self.kind, "name": self.name}
