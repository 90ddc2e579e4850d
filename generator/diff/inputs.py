"""What `sdkgen diff` applies to the two documents it compares: the configured overlays
are written for the configured API, so they are applied only when one of the documents is
of that API (its `info.title` is the configured spec's), as `make report` compares
OpenRouter's documents; two documents of another API are compared as they are, and the
SDK verdict names their packages from the new document's title, as `generate --spec`
does."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.config import Config


def _title(doc: Mapping[str, Any]) -> str | None:
    info = doc.get("info")
    title = info.get("title") if isinstance(info, dict) else None
    return title if isinstance(title, str) else None


def configured_title(config: Config) -> str | None:
    """The configured spec's title; None when it is not there to read (a fresh project)."""
    try:
        doc = json.loads(config.spec.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return _title(doc) if isinstance(doc, dict) else None


def of_configured_api(config: Config, *docs: Mapping[str, Any]) -> bool:
    """Whether one of `docs` is a document of the configured API (unknown: assumed so)."""
    title = configured_title(config)
    return title is None or any(_title(doc) == title for doc in docs)


def diff_overlays(config: Config, given: tuple[Path, ...], configured: bool) -> tuple[Path, ...]:
    """The overlays applied to both documents: those given (`--overlay`), else the
    configured ones for documents of the configured API (`of_configured_api`), else none."""
    if given:
        return given
    return config.overlays if configured else ()


def verdict_config(config: Config, configured: bool, new_doc: Mapping[str, Any]) -> Config:
    """The configuration both packages of the SDK verdict are generated with."""
    if configured:
        return config
    from generator.build import sdk_names

    return sdk_names.for_document(config, new_doc, {})
