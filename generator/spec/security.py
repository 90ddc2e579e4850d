"""Which security scheme the SDK applies for a security requirement, and the operations
it cannot authenticate at all.

A requirement is a list of alternatives (any one suffices); an alternative maps scheme
names to scopes (all of them are needed at once). The SDK holds one credential, the
client's `api_key`, so it takes the first alternative made of one scheme it can send, else
the first whose schemes it can all send (then only the first is applied). An operation
none of whose alternatives the SDK can send (OAuth 1.0 signing, digest, mutual TLS) is
left out of the package with a warning that points at it; the rest generates.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from generator.errors import Problem, SpecError, pointer
from generator.spec.operations import METHODS
from generator.spec.pointer import resolve

SUPPORTED = (
    "http basic, bearer or another scheme of a static token, apiKey in header, query or cookie, "
    "oauth2, openIdConnect"
)
# HTTP schemes that answer a challenge or sign each request: no static credential does.
CHALLENGED = frozenset(
    {"digest", "negotiate", "ntlm", "hoba", "mutual", "oauth", "scram-sha-1", "scram-sha-256", "vapid"}
)


def scheme_kind(scheme: Any) -> tuple[str, str] | None:
    """(kind, header, query or cookie name) of a scheme the SDK can send its credential
    with: kind "bearer", "basic" (the credential is `user:password`), "http" (another
    scheme: its name), "header", "query" or "cookie"; None for any other."""
    if not isinstance(scheme, dict):
        return None
    kind = scheme.get("type")
    if kind == "http":
        written = str(scheme.get("scheme", "")).strip()
        http = written.lower()
        if http in ("bearer", "basic"):
            return (http, "Authorization")
        if not written or http in CHALLENGED or any(word in http for word in ("hmac", "sign", "aws4")):
            return None
        # Any other scheme of a static token (`Token`, `ApiKey`): `Authorization: <scheme> <key>`
        # (RFC 9110 section 11.4), the scheme as the document writes it.
        return ("http", written) if written.isascii() and written.replace("-", "").isalnum() else None
    if kind in ("oauth2", "openIdConnect"):
        return ("bearer", "Authorization")
    if kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie") and scheme.get("name"):
        return (str(scheme["in"]), str(scheme["name"]))
    return None


def describe(scheme: Any) -> str:
    if not isinstance(scheme, dict):
        return "is not an object"
    parts = [f"type {scheme.get('type')!r}"]
    if "scheme" in scheme:
        parts.append(f"scheme {scheme.get('scheme')!r}")
    if "in" in scheme:
        parts.append(f"in {scheme.get('in')!r}")
    return ", ".join(parts)


@dataclass(frozen=True)
class Choice:
    """What the SDK does for one requirement: `applied` is (scheme name, kind, parameter),
    None when the requirement asks for nothing or when nothing can be applied; `reasons`
    (pointer, message) says why nothing can, one per scheme; `undefined` names schemes the
    document does not define (pointer, message)."""

    applied: tuple[str, str, str] | None = None
    reasons: tuple[tuple[str, str], ...] = ()
    undefined: tuple[tuple[str, str], ...] = ()


def choose(doc: dict[str, Any], security: Any) -> Choice:
    if not isinstance(security, list):
        return Choice()
    alternatives = [a for a in security if isinstance(a, dict)]
    if not alternatives or any(not a for a in alternatives):
        # `{}` among them: no credential is needed (the SDK still sends one it has).
        optional = True
        alternatives = [a for a in alternatives if a]
        if not alternatives:
            return Choice()
    else:
        optional = False
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    kinds: dict[str, tuple[str, str] | None] = {}
    reasons, undefined = [], []
    for alternative in alternatives:
        for name in alternative:
            if name in kinds:
                continue
            ptr = pointer("components", "securitySchemes", name)
            if name not in schemes:
                undefined.append((ptr, f"security scheme {name!r} is not defined"))
                kinds[name] = None
                continue
            scheme, ptr = resolve(doc, schemes[name], ptr)
            kinds[name] = scheme_kind(scheme)
            if kinds[name] is None:
                reasons.append(
                    (ptr, f"security scheme {name!r} ({describe(scheme)}) is not supported ({SUPPORTED})")
                )
    usable = [a for a in alternatives if all(kinds[n] is not None for n in a)]
    best = next((a for a in usable if len(a) == 1), usable[0] if usable else None)
    if best is None:
        return Choice(None, () if optional else tuple(reasons), tuple(undefined))
    name = next(iter(best))
    kind, parameter = kinds[name]  # type: ignore[misc]
    return Choice((name, kind, parameter), (), tuple(undefined))


def drop_unauthenticatable(doc: dict[str, Any], source: str) -> tuple[dict[str, Any], list[Problem]]:
    """The document without the operations the SDK cannot authenticate, and a warning for
    each (the operation's pointer, and why, scheme by scheme). When that is every
    operation, nothing is left to generate: SpecError with them all."""
    dropped: list[Problem] = []
    paths = doc.get("paths") if isinstance(doc.get("paths"), dict) else {}  # else: a check's problem
    kept_paths: dict[str, Any] = {}
    remaining = 0
    for path, raw in paths.items():
        item, _ = resolve(doc, raw, pointer("paths", path))
        if not isinstance(item, dict):
            kept_paths[path] = raw
            continue
        left_out = []
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            remaining += 1
            choice = choose(doc, op.get("security", doc.get("security")))
            if choice.reasons:
                why = "; ".join(f"{ptr}: {message}" for ptr, message in choice.reasons)
                dropped.append(Problem(source, pointer("paths", path, method), f"left out: {why}"))
                left_out.append(method)
                remaining -= 1
        if left_out:
            item = {k: v for k, v in item.items() if k not in left_out}
            if any(m in item for m in METHODS):
                kept_paths[path] = item
        else:
            kept_paths[path] = raw
    if not dropped:
        return doc, []
    if not remaining:
        raise SpecError(dropped)
    out = copy.copy(doc)
    out["paths"] = kept_paths
    return out, dropped
