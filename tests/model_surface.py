"""Measures of the public model names and classes of a generated package: what makes
the SDK surface unstable (names numbered by position) or noisy (repeated stems, empty
placeholder classes, a `model_config` that restates the base's)."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

# What SDKModel's own model_config already sets (templates/package/_base.py).
BASE_CONFIG = {"extra": "allow", "populate_by_name": True}

_WORDS = re.compile(r"[A-Z][a-z0-9]*|[a-z0-9]+")
_NUMBERED = re.compile(r"[A-Za-z]\d{1,3}$")  # longer: a version or date from a const


@dataclass
class Surface:
    classes: int = 0
    numbered: list[str] = field(default_factory=list)
    repeated_stems: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    redundant_config: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        return {
            "classes": self.classes,
            "numbered": len(self.numbered),
            "repeated_stems": len(self.repeated_stems),
            "empty": len(self.empty),
            "redundant_config": len(self.redundant_config),
        }


def has_repeated_stem(name: str) -> bool:
    """`ReasoningEffortReasoningEffort`: the name is a run of two or more words twice (a
    position number at the end is not part of the last word)."""
    words = _WORDS.findall(name.rstrip("0123456789"))
    for size in range(2, len(words) // 2 + 1):
        for start in range(len(words) - 2 * size + 1):
            if words[start : start + size] == words[start + size : start + 2 * size]:
                return True
    return False


def is_numbered(name: str) -> bool:
    """Ends in a position number (`Inputs1`), not a number that is part of a word
    (`Base64`, `Gpt4`-like names are counted too: they cannot be told apart by shape)."""
    return bool(_NUMBERED.search(name)) and not name.endswith(("64", "Utf8"))


def _config(node: ast.ClassDef) -> dict[str, object] | None:
    for stmt in node.body:
        if (
            isinstance(stmt, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "model_config" for t in stmt.targets)
            and isinstance(stmt.value, ast.Call)
        ):
            try:
                return {kw.arg: ast.literal_eval(kw.value) for kw in stmt.value.keywords if kw.arg}
            except ValueError:
                return {"<dynamic>": True}
    return None


def _is_empty(node: ast.ClassDef) -> bool:
    """A model with no field, no validator and no base but the SDK's."""
    bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
    if not bases <= {"SDKModel"}:
        return False
    for stmt in node.body:
        if isinstance(stmt, (ast.AnnAssign, ast.FunctionDef)):
            return False
    return True


def measure(models_dir: Path) -> Surface:
    surface = Surface()
    for path in sorted(models_dir.glob("*.py")):
        if path.name == "__init__.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            surface.classes += 1
            if is_numbered(node.name):
                surface.numbered.append(node.name)
            if has_repeated_stem(node.name):
                surface.repeated_stems.append(node.name)
            if _is_empty(node):
                surface.empty.append(node.name)
            config = _config(node)
            if config is not None and all(BASE_CONFIG.get(k) == v for k, v in config.items()):
                surface.redundant_config.append(node.name)
    return surface


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "generated/openrouter_sdk/models")
    result = measure(target)
    print(result.summary())
    for kind in ("numbered", "repeated_stems", "empty"):
        print(kind, " ".join(getattr(result, kind)))
