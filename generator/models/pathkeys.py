"""The path keys datamodel-code-generator names inline models by, without their query
parameters: it names a class by the full path of its schema (`/alerts?lat={lat}` gave
`AlertsLatLatGetResponse`), so a query parameter added to such a key (spec.pathkey)
would rename every model of its operation. The models see the key's path and fixed
items (`/alerts`: `AlertsGetResponse`), where no other key reads the same; the
metadata's pointers are mapped back to the document's keys."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from generator.spec.pathkey import split_key


def plain_keys(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """(the document with its query-string keys plain, plain key -> the document's)."""
    paths = doc.get("paths")
    if not isinstance(paths, dict) or not any("?" in str(k) for k in paths):
        return doc, {}
    plain = {key: split_key(str(key)).target for key in paths}
    taken = Counter(plain.values())
    renamed = {new: old for old, new in plain.items() if new != old and taken[new] == 1 and new not in paths}
    if not renamed or '"#/paths/' in json.dumps(doc):  # a reference into paths names the key
        return doc, {}
    back = {old: new for new, old in renamed.items()}
    return {**doc, "paths": {back.get(k, k): v for k, v in paths.items()}}, renamed


def restore_keys(meta: list[dict[str, Any]], renamed: dict[str, str]) -> list[dict[str, Any]]:
    """The models' metadata with the document's own keys in their pointers."""
    for entry in meta if renamed else ():
        where = entry.get("source_path")
        if isinstance(where, list) and len(where) > 1 and where[0] == "paths" and where[1] in renamed:
            entry["source_path"] = ["paths", renamed[where[1]], *where[2:]]
    return meta
