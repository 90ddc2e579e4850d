"""Where each operation sits on the client: its group (`client.beta.responses`) and its
method there (`send`), decided once for the whole document.

Priority: `[tool.sdkgen.names]` (operationId -> "group.method") > the document's hints
(`x-speakeasy-group`, else the tag, for the group; `x-speakeasy-name-override` for the
method) > the operationId. With `naming = "operation-ids"` the hints are ignored.
Groups are named by naming.groups (dotted groups nest: `beta.responses`; acronyms stay
whole: `oauth`). A hint-derived name that collides (two operations on one method, a shadowed
client or group attribute, a keyword) falls back to the operationId form with a
warning, for every operation involved, so document order never picks a winner; an
explicit name that collides is refused, naming both operations by JSON pointer.
"""

from __future__ import annotations

import keyword
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from generator.errors import ConfigError
from generator.ir.api import Operation
from generator.naming.groups import GroupNames
from generator.naming.words import snake_case

MODES = ("hints", "operation-ids")


class NamingWarning(UserWarning):
    """A hinted name was not used (the CLI prints these as warnings)."""


@dataclass(frozen=True)
class NamingOptions:
    mode: str = "hints"
    names: Mapping[str, str] = field(default_factory=dict)  # operationId -> "group.method"
    source: str = "[tool.sdkgen.names]"  # where `names` comes from, for messages


Place = tuple[tuple[str, ...], str]  # (group, method)


def method_word(name: str) -> str:
    name = snake_case(name) or "unnamed"
    return f"n_{name}" if name[0].isdigit() else name


def _usable(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_")


def decide_places(
    operations: Iterable[Operation],
    options: NamingOptions,
    client_attributes: frozenset[str],
    group_attributes: frozenset[str],
    groups: GroupNames | None = None,
) -> dict[str, Place]:
    """operationId -> (group, method) for every operation; `groups` names the tags (by
    default in the order of the operations)."""
    ops = list(operations)
    groups = groups or GroupNames(op.tag for op in ops)
    by_id = {op.operation_id: op for op in ops}
    unknown = sorted(set(options.names) - set(by_id))
    if unknown:
        raise ConfigError(f"{options.source}: no operation has the operationId {', '.join(unknown)}")
    places: dict[str, Place] = {}
    explicit = {op_id: _explicit(op_id, value, options.source) for op_id, value in options.names.items()}
    taken: dict[Place, str] = {}
    for op_id, place in sorted(explicit.items()):
        problem = _shadowing(place, client_attributes, group_attributes)
        if problem:
            raise ConfigError(f"{options.source}: {op_id} = {'.'.join(place[0] + (place[1],))!r}: {problem}")
        if place in taken:
            other = taken[place]
            raise ConfigError(
                f"{options.source}: {other} and {op_id} are both {'.'.join(place[0] + (place[1],))!r}: "
                f"{by_id[other].pointer} and {by_id[op_id].pointer}"
            )
        taken[place] = op_id
        places[op_id] = place
    hinted = {
        op.operation_id: _hinted(op, options.mode, groups) for op in ops if op.operation_id not in places
    }
    fallback = {op_id: _safe(_operation_id_form(by_id[op_id], groups), client_attributes) for op_id in hinted}
    pointers = {op.operation_id: op.pointer for op in ops}
    paged = {op.operation_id for op in ops if op.pages is not None}  # these get `<method>_iter` too
    rejected = _colliding(hinted, pointers, paged, taken, client_attributes, group_attributes)
    for op_id, reason in rejected.items():
        if hinted[op_id] != fallback[op_id]:
            warnings.warn(
                NamingWarning(
                    f"{by_id[op_id].pointer}: {'.'.join(hinted[op_id][0] + (hinted[op_id][1],))} {reason}; "
                    f"named {'.'.join(fallback[op_id][0] + (fallback[op_id][1],))} from its operationId"
                ),
                stacklevel=2,
            )
    used = set(taken)
    for op in ops:  # the document's order decides only among names that are all fallbacks
        op_id = op.operation_id
        if op_id in places:
            continue
        group, method = fallback[op_id] if op_id in rejected else hinted[op_id]
        n = 1
        while (group, method) in used or _shadowing((group, method), client_attributes, group_attributes):
            n += 1
            method = f"{fallback[op_id][1]}_{n}"
        used.add((group, method))
        places[op_id] = (group, method)
    return _flatten_parents(places, set(explicit), options.source, pointers)


def _explicit(op_id: str, value: str, source: str) -> Place:
    parts = value.split(".")
    if len(parts) < 2 or not all(_usable(p) for p in parts):
        raise ConfigError(
            f'{source}: {op_id} = {value!r}: expected "group.method"'
            " (dotted identifiers, no keyword, no leading _)"
        )
    return tuple(parts[:-1]), parts[-1]


def _hinted(op: Operation, mode: str, groups: GroupNames) -> Place:
    if mode == "operation-ids":
        return _operation_id_form(op, groups)
    group = groups.hint(op.group_hint) if op.group_hint else groups.of(op.tag)
    return group, method_word(op.name_hint or op.operation_id)


def _operation_id_form(op: Operation, groups: GroupNames) -> Place:
    return groups.of(op.tag), method_word(op.operation_id)


def _safe(place: Place, client_attributes: frozenset[str]) -> Place:
    """A place made usable: keywords get a trailing `_`, a group named like a client
    attribute gets `_api` (`close` -> `close_api`)."""
    group, method = (tuple(_unkeyword(g) for g in place[0]), _unkeyword(place[1]))
    if group[0] in client_attributes:
        group = (f"{group[0]}_api", *group[1:])
    return group, method


def _unkeyword(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) else name


def _shadowing(place: Place, client_attributes: frozenset[str], group_attributes: frozenset[str]) -> str:
    """Why a place cannot be used on its own ("" when it can)."""
    group, method = place
    if group[0] in client_attributes:
        return f"group {group[0]!r} would shadow the client's attribute"
    for name in (*group, method):
        if not _usable(name):
            return f"{name!r} is not a usable Python name"
    if method in group_attributes:
        return f"method {method!r} would shadow the group's attribute"
    return ""


def _colliding(
    hinted: Mapping[str, Place],
    pointers: Mapping[str, str],
    paged: set[str],
    taken: Mapping[Place, str],
    client_attributes: frozenset[str],
    group_attributes: frozenset[str],
) -> dict[str, str]:
    """The hinted places that cannot be used, with the reason: they shadow something,
    an explicit name has them, two operations share them, or a method is a child group
    or the page iterator of another (`list` of a paged list also makes `list_iter`)."""
    reasons: dict[str, str] = {}
    owners: dict[Place, list[str]] = {}
    for op_id, place in hinted.items():
        owners.setdefault(place, []).append(op_id)
    groups = {place[0][:i] for place in (*hinted.values(), *taken) for i in range(1, len(place[0]) + 1)}
    owner = {**{p: o for o, p in hinted.items()}, **taken}
    pagers = {(p[0], f"{p[1]}_iter"): o for p, o in owner.items() if o in paged}
    for op_id, place in hinted.items():
        problem = _shadowing(place, client_attributes, group_attributes)
        if not problem and place in taken:
            problem = f"is named for {taken[place]} in the configuration"
        if not problem and len(owners[place]) > 1:
            others = ", ".join(f"{o} ({pointers[o]})" for o in owners[place] if o != op_id)
            problem = f"is also hinted for {others}"
        if not problem and (*place[0], place[1]) in groups:
            problem = "would shadow a group of the same name"
        if not problem and place in pagers:
            problem = f"would shadow the page iterator of {pagers[place]} ({pointers[pagers[place]]})"
        if problem:
            reasons[op_id] = problem
    return reasons


def _flatten_parents(
    places: dict[str, Place], explicit: set[str], source: str, pointers: Mapping[str, str]
) -> dict[str, Place]:
    """A group that has methods of its own keeps its subgroups as siblings
    (`beta` with methods: `beta.responses` -> `beta_responses`): a group's class holds
    either methods or subgroups. Refused when the configuration asks for both."""
    leaves = {group: op_id for op_id, (group, _) in places.items()}
    out = {}
    for op_id, (group, method) in places.items():
        for i in range(len(group) - 1, 0, -1):
            if group[:i] not in leaves:
                continue
            parent = leaves[group[:i]]
            dotted = ".".join(group)
            if op_id in explicit or parent in explicit:
                raise ConfigError(
                    f"{source}: {'.'.join(group[:i])!r} would hold both methods"
                    f" ({parent}, {pointers[parent]}) and the group {dotted!r} ({op_id}, {pointers[op_id]})"
                )
            group = (*group[: i - 1], "_".join(group[i - 1 :]))
            warnings.warn(
                NamingWarning(
                    f"{pointers[op_id]}: group {dotted} has methods of its own; named {'.'.join(group)}"
                ),
                stacklevel=3,
            )
            break
        out[op_id] = (group, method)
    return out
