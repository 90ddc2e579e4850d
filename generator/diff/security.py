"""What decides where credentials go: the security schemes (type, location, name, HTTP
scheme, token URLs), the default server's scheme and host, and which credentials each
operation requires. Any change to them is breaking and reported first (rules.SECURITY): a
key that moves into the query string ends up in URLs and logs; a server moved to another
host or to plain http receives the key."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from generator.diff.context import Context
from generator.diff.result import Change
from generator.diff.schema import canon

_SCHEME_KEYS = ("type", "in", "name", "scheme", "openIdConnectUrl", "flows")
SCHEMES = "#/components/securitySchemes/"


def compare_security(ctx: Context) -> list[Change]:
    return _server(ctx) + _schemes(ctx) + _operations(ctx)


def first_server(doc: dict[str, Any]) -> str:
    servers = doc.get("servers") or []
    return str(servers[0].get("url", "")) if servers and isinstance(servers[0], dict) else ""


def _server(ctx: Context) -> list[Change]:
    old, new = first_server(ctx.old), first_server(ctx.new)
    if old == new:
        return []
    detail = f"base URL {old or '(none)'} -> {new or '(none)'}"
    a, b = urlsplit(old), urlsplit(new)
    if (a.scheme.lower(), a.netloc.lower()) == (b.scheme.lower(), b.netloc.lower()):
        return [Change("server-changed", "servers", "", detail, "server-changed")]
    if a.scheme.lower() == "https" and b.scheme.lower() != "https":
        detail += ": credentials would travel unencrypted"
    elif a.netloc.lower() != b.netloc.lower():
        detail += f": credentials now go to {b.netloc or '(no host)'}"
    return [
        Change(
            "server-host-changed", "servers", "", detail, "server-host-changed", tuple(sorted(ctx.new_ops))
        )
    ]


def _schemes(ctx: Context) -> list[Change]:
    old = (ctx.old.get("components") or {}).get("securitySchemes") or {}
    new = (ctx.new.get("components") or {}).get("securitySchemes") or {}
    users = _users(ctx)
    out: list[Change] = []
    for name in sorted(set(old) | set(new)):
        path, ops = SCHEMES + name, tuple(sorted(users.get(name, ())))
        if name not in new:
            out.append(
                Change(
                    "security-scheme-removed",
                    path,
                    "",
                    "security scheme removed",
                    "security-scheme-removed",
                    ops,
                )
            )
        elif name not in old:
            out.append(
                Change(
                    "security-scheme-added", path, "", "security scheme added", "security-scheme-added", ops
                )
            )
        else:
            parts = [
                f"{key} {_show(old[name].get(key))} -> {_show(new[name].get(key))}"
                for key in _SCHEME_KEYS
                if _norm(key, old[name].get(key)) != _norm(key, new[name].get(key))
            ]
            if parts:
                if new[name].get("in") == "query" and old[name].get("in") != "query":
                    parts.append("the credential now goes into the URL")
                detail = "; ".join(parts)
                out.append(
                    Change("security-scheme-changed", path, "", detail, "security-scheme-changed", ops)
                )
    return out


def _operations(ctx: Context) -> list[Change]:
    out: list[Change] = []
    for label in sorted(set(ctx.old_ops) & set(ctx.new_ops)):
        sec_a = requirements(ctx.old, ctx.old_ops[label].node)
        sec_b = requirements(ctx.new, ctx.new_ops[label].node)
        if sec_a == sec_b:
            continue
        if _needs_auth(sec_b) and not _needs_auth(sec_a):
            rule, detail = "security-required", "now requires credentials"
        else:
            rule, detail = "security-changed", f"credentials {_alts(sec_a)} -> {_alts(sec_b)}"
        out.append(Change("security-changed", label, "", detail, rule, (label,)))
    return out


def requirements(doc: dict[str, Any], op: dict[str, Any]) -> frozenset[tuple[tuple[str, str], ...]]:
    """An operation's alternatives of credentials, each a set of (scheme, scopes), in any order."""
    security = op.get("security", doc.get("security"))
    if not isinstance(security, list):
        return frozenset()
    alts = set()
    for alt in security:
        if isinstance(alt, dict):
            alts.add(tuple(sorted((str(k), canon(sorted(map(str, v or [])))) for k, v in alt.items())))
    return frozenset(alts)


def _needs_auth(alts: frozenset[tuple[tuple[str, str], ...]]) -> bool:
    return bool(alts) and all(alts)


def _alts(alts: frozenset[tuple[tuple[str, str], ...]]) -> str:
    if not alts:
        return "(none)"
    shown = sorted(" + ".join(name for name, _ in alt) or "(anonymous)" for alt in alts)
    return " or ".join(shown)


def _users(ctx: Context) -> dict[str, set[str]]:
    users: dict[str, set[str]] = {}
    for doc, ops in ((ctx.old, ctx.old_ops), (ctx.new, ctx.new_ops)):
        for label, op in ops.items():
            for alt in requirements(doc, op.node):
                for name, _ in alt:
                    users.setdefault(name, set()).add(label)
    return users


def _norm(key: str, value: Any) -> Any:
    return value.lower() if key == "scheme" and isinstance(value, str) else canon(value)


def _show(value: Any) -> str:
    if value is None:
        return "(none)"
    return value if isinstance(value, str) else canon(value)
