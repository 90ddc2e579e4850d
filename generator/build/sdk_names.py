"""The SDK's names (package, distribution, client, environment variables, project URLs)
for a document that is not the configured one.

The configured names are OpenRouter's; `sdkgen generate --spec F` on another document
must not call its package `openrouter_sdk`, so there each name the user did not give
comes from the document's `info.title`, like the configured ones are spelled:
"Big Red Cloud API" -> `big_red_cloud_sdk`, `big-red-cloud-sdk`, `BigRedCloud`,
`BIG_RED_CLOUD_API_KEY` (so `BIG_RED_CLOUD_BASE_URL`), and no project URLs. A trailing
"API"/"REST API"/"OpenAPI" word is dropped; an empty title gives `api_sdk` / `Api`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from generator.config import Config
from generator.naming.words import class_name, identifier, snake_case

_TRAILING = re.compile(r"(_(rest|open|web|http))?_?(api|apis|openapi|service|spec|specification)$")
_MAX_WORDS = 5  # a sentence as a title still gives a name one can type

GIVEN = ("package_name", "distribution_name", "client_name", "env_api_key")


def document_names(title: object) -> dict[str, Any]:
    """Every name derived from a document title."""
    words = snake_case(title if isinstance(title, str) else "")
    words = "_".join(words.split("_")[:_MAX_WORDS])
    base = _TRAILING.sub("", words).strip("_") or "api"
    if base[0].isdigit():
        base = f"n_{base}"
    package = identifier(f"{base}_sdk")
    return {
        "package_name": package,
        "distribution_name": package.replace("_", "-"),
        "client_name": class_name(base),
        "env_api_key": f"{base.upper()}_API_KEY",
        "project_urls": {},
    }


def for_document(config: Config, doc: Mapping[str, Any], given: Mapping[str, str | None]) -> Config:
    """`config` with the names of `doc` (from its title) wherever `given` has None."""
    info = doc.get("info")
    derived = document_names(info.get("title") if isinstance(info, dict) else None)
    return with_given(dataclasses.replace(config, **derived), given)


def with_given(config: Config, given: Mapping[str, str | None]) -> Config:
    """`config` with the names the user gave on the command line; a package name given
    alone names the distribution too."""
    chosen = {k: v for k, v in given.items() if v is not None}
    if "package_name" in chosen and "distribution_name" not in chosen:
        chosen["distribution_name"] = chosen["package_name"].replace("_", "-")
    return dataclasses.replace(config, **chosen)


_VALID = {
    "package_name": (re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z"), "a Python identifier"),
    "distribution_name": (re.compile(r"[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?\Z"), "a distribution name"),
    "client_name": (re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z"), "a Python identifier"),
    "env_api_key": (re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z"), "an environment variable name"),
}


def invalid(given: Mapping[str, str | None]) -> list[str]:
    """What is wrong with the names given on the command line, one line each."""
    return [
        f"--{key.replace('_', '-')} {value!r} is not {what}"
        for key, value in given.items()
        if value is not None
        for pattern, what in (_VALID[key],)
        if not pattern.match(value)
    ]
