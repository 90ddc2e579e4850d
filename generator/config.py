"""The project's configuration: `[tool.sdkgen]` in pyproject.toml."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomllib

from generator.errors import ConfigError


@dataclass(frozen=True)
class Config:
    root: Path
    spec: Path
    lock: Path
    overlays: tuple[Path, ...]
    output: Path
    templates: Path
    package_name: str = "openrouter_sdk"
    distribution_name: str = "openrouter-sdk"
    client_name: str = "OpenRouter"
    env_api_key: str = "OPENROUTER_API_KEY"
    license: str = "MIT"
    project_urls: dict[str, str] = field(default_factory=dict)
    # A folder whose files replace those of `templates` with the same relative path.
    template_overrides: Path | None = None
    # The names lock (generator.naming.lock): None, no lock is kept.
    names_lock: Path | None = None
    # Client method names from the document's hints ("hints") or its operationIds
    # ("operation-ids"); `names`: operationId -> "group.method", decided by hand.
    naming: str = "hints"
    names: dict[str, str] = field(default_factory=dict)
    # `[tool.sdkgen.mcp]` as written: the agent tools' options (generator.tools.options).
    mcp: dict[str, Any] | None = None

    @property
    def cache_dir(self) -> Path:
        return self.root / ".cache" / "sdkgen"

    def names_lock_for(self, spec: Path, output: Path) -> Path | None:
        """The names lock a generation keeps unless told otherwise: the configured one,
        for the project's own SDK only (its configured spec into its configured output).
        Any other document or output keeps none (`generate --names-lock FILE` asks)."""
        if self.names_lock is None:
            return None
        own = spec.resolve() == self.spec.resolve() and output.resolve() == self.output.resolve()
        return self.names_lock if own else None


# Keys of [tool.sdkgen] that are passed to Config as they are.
_NAMED = (
    "package_name",
    "distribution_name",
    "client_name",
    "env_api_key",
    "license",
    "project_urls",
    "naming",
    "names",
    "mcp",
)
NAMING_MODES = ("hints", "operation-ids")


def find_root(start: Path | None = None) -> Path:
    """The nearest folder at or above `start` whose pyproject.toml has [tool.sdkgen]."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "[tool.sdkgen]" in candidate.read_text(encoding="utf-8"):
            return folder
    raise ConfigError(f"{here}: no pyproject.toml with a [tool.sdkgen] table here or above")


def load_config(root: Path | None = None) -> Config:
    root = find_root(root)
    path = root / "pyproject.toml"
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))["tool"]["sdkgen"]
    except (tomllib.TOMLDecodeError, KeyError) as exc:
        raise ConfigError(f"{path}: cannot read [tool.sdkgen]: {exc}") from exc
    known = {"spec", "lock", "names_lock", "overlays", "output", "templates", "template_overrides", *_NAMED}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"{path}: [tool.sdkgen]: unknown keys {', '.join(unknown)}")
    names_lock = table.get("names_lock")
    if names_lock is not None and not isinstance(names_lock, str):
        raise ConfigError(f"{path}: [tool.sdkgen]: 'names_lock' must be a path string")
    for key in ("spec", "lock", "output", "templates"):
        if not isinstance(table.get(key), str):
            raise ConfigError(f"{path}: [tool.sdkgen]: '{key}' must be a path string")
    overrides = table.get("template_overrides")
    if overrides is not None and not isinstance(overrides, str):
        raise ConfigError(f"{path}: [tool.sdkgen]: 'template_overrides' must be a path string")
    names = {key: table[key] for key in _NAMED if key in table}
    if not isinstance(names.get("project_urls", {}), dict):
        raise ConfigError(f"{path}: [tool.sdkgen.project_urls] must be a table of name = URL")
    if names.get("naming", "hints") not in NAMING_MODES:
        raise ConfigError(
            f"{path}: [tool.sdkgen]: 'naming' must be one of {', '.join(map(repr, NAMING_MODES))}"
        )
    overrides_ = names.get("names", {})
    if not isinstance(overrides_, dict) or not all(isinstance(v, str) for v in overrides_.values()):
        raise ConfigError(f'{path}: [tool.sdkgen.names] must be a table of operationId = "group.method"')
    return Config(
        root=root,
        spec=root / table["spec"],
        lock=root / table["lock"],
        overlays=tuple(root / p for p in table.get("overlays", [])),
        output=root / table["output"],
        templates=root / table["templates"],
        template_overrides=root / overrides if overrides is not None else None,
        names_lock=root / names_lock if names_lock is not None else None,
        **names,
    )
