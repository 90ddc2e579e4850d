"""Every Python name of the API's IR, decided in one place: tag modules and their classes,
functions, keyword arguments. The reader leaves them empty; this fills them in.

- Operations are grouped as naming.methods places them on the client; each group
  becomes a module (`api_keys`, `beta_responses`) that keeps clear of the package's own
  sub-packages (`models` -> `models_api`) and of Windows device names; classes are the
  tag (or the group) in PascalCase + `API`.
- Functions are the operationId in snake_case; one that would be a keyword or shadow a
  builtin gets its module's name appended (`list` -> `list_api_keys`); each keeps its
  `_async` twin free.
- Parameters and body fields are snake_case; names equal to the SDK's own keyword
  arguments get a trailing `_` (`timeout` -> `timeout_`); collisions get `_2`, `_3` in the
  document's order (parameters first, then body fields).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import overload

from generator.ir.api import Api, Body, Operation, Tag
from generator.ir.types import FieldType
from generator.naming.groups import GroupNames
from generator.naming.methods import NamingOptions, decide_places
from generator.naming.words import BUILTINS, RESERVED, NameScope, class_name, identifier, short, snake_case

WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)


@dataclass(frozen=True)
class Reserved:
    """Names the templates take for themselves (see emit.templates.reserved_names)."""

    client_attributes: frozenset[str]  # attributes of the client classes
    module_names: frozenset[str]  # names an API module defines or imports
    call_options: frozenset[str]  # keyword arguments every operation function takes
    group_attributes: frozenset[str] = frozenset()  # attributes of every group class
    api_modules: frozenset[str] = frozenset()  # names no module under api/ may take


# The Python names the models gave the properties of the object schema at a pointer
# ({wire name: field name}): body fields are named like the fields of their model.
FieldNames = Callable[[str], Mapping[str, str]]


def no_models(owner: str) -> Mapping[str, str]:
    """Field names where there are no models (the diff): our own rules throughout."""
    return {}


def name_api(
    api: Api,
    reserved: Reserved,
    field_names: FieldNames = no_models,
    options: NamingOptions | None = None,
) -> Api:
    """The API named, its operations regrouped by their client group (naming.methods):
    each group is one module under `api/` and one namespace class."""
    names = GroupNames(tag.name for tag in api.tags)
    places = decide_places(
        api.operations,
        options or NamingOptions(),
        reserved.client_attributes,
        reserved.group_attributes,
        names,
    )
    descriptions = {tag.name: tag.description for tag in api.tags}
    grouped: dict[tuple[str, ...], list[Operation]] = {}
    for op in api.operations:
        grouped.setdefault(places[op.operation_id][0], []).append(op)
    modules = NameScope(reserved.api_modules | WINDOWS_DEVICES)
    classes = NameScope()
    tags = []
    for group, ops in grouped.items():
        module = "_".join(group)
        module = modules.claim(short(f"{module}_api" if module in reserved.api_modules else module))
        tag_names = list(dict.fromkeys(op.tag for op in ops))
        # A group that is its tag keeps the tag's name and class (`API Keys`, `APIKeysAPI`).
        own = len(tag_names) == 1 and names.of(tag_names[0]) == group
        name = tag_names[0] if own else ".".join(group)
        stem = class_name(tag_names[0]) if own else "".join(class_name(g) for g in group)
        functions = NameScope(reserved.module_names)
        operations = tuple(
            replace(
                _name_operation(op, module, functions, reserved, field_names),
                group=group,
                method_name=places[op.operation_id][1],
            )
            for op in ops
        )
        description = descriptions.get(tag_names[0], "") if len(tag_names) == 1 else ""
        tags.append(Tag(name, module, classes.claim(stem + "API"), description, operations, group))
    return replace(api, tags=tuple(tags), operations=tuple(op for tag in tags for op in tag.operations))


def _name_operation(
    op: Operation, module: str, functions: NameScope, reserved: Reserved, field_names: FieldNames
) -> Operation:
    name = identifier(op.operation_id)
    if name in BUILTINS or name in RESERVED or name.endswith("_"):
        name = f"{name.rstrip('_')}_{module}"
    py_name = functions.claim(name)
    while functions.taken(f"{py_name}_async"):  # keep the async twin free
        py_name = functions.claim(name)
    functions.claim(f"{py_name}_async")
    arguments = NameScope(reserved.call_options)  # claimed in the document's order
    named = [replace(p, py_name=arguments.claim(_avoid(identifier(p.name), reserved))) for p in op.parameters]
    # Required parameters first keeps signatures readable; the order is otherwise the document's.
    parameters = tuple(sorted(named, key=lambda p: (not p.required, p.location != "path")))
    body = _name_body(op.body, arguments, reserved, field_names)
    return replace(
        op,
        py_name=py_name,
        module=module,
        parameters=parameters,
        body=body,
        alternatives=tuple(_name_body(b, arguments, reserved, field_names, body) for b in op.alternatives),
    )


@overload
def _name_body(
    body: Body, arguments: NameScope, reserved: Reserved, field_names: FieldNames, primary: Body | None = None
) -> Body: ...
@overload
def _name_body(
    body: None, arguments: NameScope, reserved: Reserved, field_names: FieldNames, primary: Body | None = None
) -> None: ...
def _name_body(
    body: Body | None,
    arguments: NameScope,
    reserved: Reserved,
    field_names: FieldNames,
    primary: Body | None = None,
) -> Body | None:
    """The body's fields named; an alternative's field shares the keyword of the primary
    body's field of the same wire name (one keyword, whichever body is sent)."""
    if body is None or not body.fields:
        return body
    shared = {f.name: f.py_name for f in primary.fields} if primary is not None else {}
    keywords = {py_name.rstrip("_"): py_name for py_name in shared.values()}
    fields = []
    for f in body.fields:
        same = shared.get(f.name) or keywords.get(field_name(f.name).rstrip("_"))  # `tags[]` is `tags`
        if same is not None:
            fields.append(replace(f, py_name=same))
            continue
        model_name = field_names(f.type.owner).get(f.name) if isinstance(f.type, FieldType) else None
        fields.append(replace(f, py_name=arguments.claim(_avoid(field_name(f.name, model_name), reserved))))
    return replace(body, fields=tuple(fields))


def field_name(wire: str, model_name: str | None = None) -> str:
    """A body field's keyword: its model field's name, else snake_case of the wire name."""
    name = model_name or snake_case(wire) or wire
    return name if name.isidentifier() and name not in RESERVED else identifier(name)


def _avoid(name: str, reserved: Reserved) -> str:
    """A spec name equal to one of the SDK's own keyword arguments gets a trailing `_`."""
    return f"{name}_" if name in reserved.call_options else name
