"""The document as the generator sees it: parsed safely, the overlays applied, then
normalized and missing operationIds filled in (spec.opids). Every stage that reads a spec
(generate, diff, the tests) loads it here."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.paths import display_path
from generator.spec.checks import check_document
from generator.spec.normalize import normalize
from generator.spec.operations import count_operations as operation_count
from generator.spec.opids import fill_operation_ids
from generator.spec.overlay import apply_overlays
from generator.spec.parse import check_openapi, load_spec, parse_document


def load_document(spec: Path, overlays: tuple[Path, ...]) -> dict[str, Any]:
    """A spec file with `overlays` applied, normalized (not yet checked: see spec.checks)."""
    return _prepared(load_spec(spec), overlays)


def load_source(source: str, overlays: tuple[Path, ...], shown: str) -> dict[str, Any]:
    """A spec given as a path, a file:// URL or an http(s) URL, loaded like load_document and
    checked like `generate` checks it. Problems are reported against `shown`, the name the
    user gave."""
    return prepare_source(read_document(source, shown), overlays, shown)


def read_document(source: str, shown: str) -> dict[str, Any]:
    """A spec given as a path or URL, parsed, before any overlay (the first half of
    `load_source`)."""
    from generator.spec.source import read_source

    return parse_document(read_source(source), shown)


def prepare_source(doc: dict[str, Any], overlays: tuple[Path, ...], shown: str) -> dict[str, Any]:
    """A document from `read_document`, checked, with `overlays` applied (the second half
    of `load_source`)."""
    check_openapi(doc, shown)
    doc = _prepared(doc, overlays)
    check_document(doc, shown)
    return doc


def display_source(source: str) -> str:
    """How a spec is named in reports and errors: URLs as given, paths as a user would type them."""
    if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        return source
    return display_path(Path(source))


def count_operations(doc: dict[str, Any], overlays: tuple[Path, ...] = ()) -> int:
    """Operations in a raw document once `overlays` are applied."""
    if overlays:
        doc = apply_overlays(doc, list(overlays))
    return operation_count(doc)


def _prepared(doc: dict[str, Any], overlays: tuple[Path, ...]) -> dict[str, Any]:
    if overlays:
        doc = apply_overlays(doc, list(overlays))
    return fill_operation_ids(normalize(doc))
