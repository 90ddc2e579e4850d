"""Lenient reading of responses, inside pydantic-core: one validation pass, whatever the
body holds.

The API sends what its document does not promise. Each model's validator is rebuilt
from its core schema (once, when pydantic completes the class) so that nothing a server
sends can fail it:

- a required field that is missing, or a field whose value is not its declared type,
  is left out of the instance (not presented as the declared type): reading it raises
  `FieldNotSentError` (an `AttributeError`), which names the model, the field and, for a
  value of another type, that value. A required field whose type admits None reads as
  None when missing (the annotation says so already).
- an unknown enum value is an `UNKNOWN` member (`_base.OpenEnum`); unknown fields are
  kept (`model_extra`).
- a tagged union's unknown variant (a tag added after generation) is a generic
  `SDKModel`; a member without its tag is read as the variant whose fields it has.

All of it is pydantic-core's own machinery (defaults, `on_error`, left-to-right unions):
a body that validates runs no Python, and a deviant one only a function per deviant
part. `__init__` keeps pydantic's strict validator: a model you build yourself still
raises for a missing field.
"""

from __future__ import annotations

import functools
import threading
import typing
from collections.abc import Callable
from typing import Any

from pydantic_core import PydanticOmit, SchemaValidator, core_schema

__all__ = ["FieldNotSentError", "RAW", "drain", "install", "lenient_schema", "lenient_validator"]

#: The `__dict__` key of an instance under which the raw values of its fields that were
#: not the declared type are kept (pydantic ignores keys that are not fields).
RAW = "__sdk_raw__"
_LOCK = threading.RLock()


class _NotSent:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<not sent>"


_NOT_SENT: Any = _NotSent()


class FieldNotSentError(AttributeError):
    """Reading a field of a response model that the server did not send, or sent as a
    value that is not the declared type (`value` holds it then; `sent` says which)."""

    def __init__(self, model: str, field: str, sent: bool = False, value: Any = None) -> None:
        self.model = model
        self.field = field
        self.sent = sent
        self.value = value
        if sent:
            text = repr(value)
            text = text if len(text) <= 80 else text[:77] + "..."
            message = (
                f"{model}.{field}: the server sent {text}, which is not the type this field "
                "declares; it is left out (the raw body: with_raw_response)"
            )
        else:
            message = (
                f"{model}.{field}: the server did not send this field (the API document "
                "calls it required); use getattr(obj, name, default) where it may be absent"
            )
        super().__init__(message, name=field, obj=None)

    def __reduce__(self) -> Any:
        return (type(self), (self.model, self.field, self.sent, self.value))


def not_sent(instance: Any, name: str) -> FieldNotSentError | None:
    """The error of reading field `name` of a model instance that lacks it, or None when
    `name` is no field of it."""
    cls = type(instance)
    if name not in getattr(cls, "__pydantic_fields__", ()):
        return None
    raw = instance.__dict__.get(RAW)
    if raw is not None and name in raw:
        return FieldNotSentError(cls.__name__, name, True, raw[name])
    return FieldNotSentError(cls.__name__, name)


# (instance dict, field) of each field that holds `_NOT_SENT`, per thread: pydantic-core
# puts a default in the dict it builds; `drain()`, after the outermost validation, takes
# the marker out again, so only the deviant parts of a body cost anything.
_STATE = threading.local()
_CAP = 1 << 16  # a validator used outside `drain()` (directly) must not grow it forever


def _pending() -> list[tuple[dict[str, Any], str]]:
    try:
        return _STATE.pending
    except AttributeError:
        _STATE.pending = pending = []
        return pending


def _mark(name: str, data: dict[str, Any]) -> Any:
    """`name` of the instance dict `data` holds the marker: `drain()` takes it out. As
    the default of a required field: `functools.partial(_mark, name)`."""
    try:  # _pending(), inlined: this runs once per field a body lacks
        pending = _STATE.pending
    except AttributeError:
        pending = _pending()
    if len(pending) >= _CAP:
        drain()
    pending.append((data, name))
    return _NOT_SENT


def _off_type(value: Any, info: core_schema.ValidationInfo) -> Any:
    """A field's value that is not its type: kept aside in the instance's dict (under
    RAW), and taken out of the field by `drain()`."""
    data, name = info.data, info.field_name
    if data is None or name is None:
        raise PydanticOmit
    data.setdefault(RAW, {})[name] = value
    return _mark(name, data)


def drain() -> None:
    """Take the markers of fields not sent out of the dicts of the instances just built:
    reading such a field then raises FieldNotSentError (SDKModel.__getattr__)."""
    pending = _pending()
    for data, name in pending:
        if data.get(name) is _NOT_SENT:
            del data[name]
    pending.clear()


def _or_raw(schema: Any) -> Any:
    return core_schema.union_schema(
        [typing.cast("Any", schema), core_schema.with_info_plain_validator_function(_off_type)],
        mode="left_to_right",
    )


def _field(name: str, schema: dict[str, Any]) -> Any:
    """A model field's schema, made so that it never fails (see the module docstring)."""
    if schema.get("type") == "default":  # optional: its default when missing
        return {**schema, "schema": _or_raw(schema["schema"])}
    if schema.get("type") == "nullable":  # required but nullable: None when missing
        return core_schema.with_default_schema(_or_raw(schema), default=None)
    return core_schema.with_default_schema(
        _or_raw(schema),
        default_factory=functools.partial(_mark, name),
        default_factory_takes_data=True,
    )


#: Keys of a core schema whose values are data, not schemas.
_OPAQUE = frozenset(
    {"cls", "config", "default", "expected", "function", "members", "metadata", "serialization"}
)


def _collect(node: Any, classes: dict[str, type]) -> None:
    """ref -> model class, for every model schema in the tree."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            current = typing.cast("dict[str, Any]", current)
            if current.get("type") == "model" and "ref" in current:
                classes[current["ref"]] = current["cls"]
            stack.extend(v for k, v in current.items() if k not in _OPAQUE)
        elif isinstance(current, list):
            stack.extend(typing.cast("list[Any]", current))


def _variant_class(schema: Any, classes: dict[str, type]) -> type | None:
    while isinstance(schema, dict):
        schema = typing.cast("dict[str, Any]", schema)
        kind = schema.get("type")
        if kind == "model":
            return schema["cls"]
        if kind == "definition-ref":
            return classes.get(schema["schema_ref"])
        if kind == "definitions":
            schema = schema["schema"]
        else:
            return None
    return None


def _tagged_fallback(node: dict[str, Any], classes: dict[str, type]) -> Callable[[Any], Any]:
    """What a tagged union's member is read as when no variant takes it."""
    keys = _tag_keys(node["discriminator"])
    variants = [c for c in (_variant_class(s, classes) for s in node["choices"].values()) if c]

    def fallback(value: Any) -> Any:
        from ._base import SDKModel

        if not isinstance(value, dict):
            raise ValueError("not an object")
        value = typing.cast("dict[str, Any]", value)
        if keys and not keys & value.keys() and variants:
            best = max(variants, key=lambda model: _fit(model, value))
            if _fit(best, value)[0]:
                return typing.cast("Any", best).model_validate(value)
        return SDKModel.model_construct(**value)  # e.g. an event type added after generation

    return fallback


def _tag_keys(discriminator: Any) -> set[str]:
    """The keys a tagged union reads its tag from: pydantic-core's `discriminator` is a
    key, or a list of lookup paths (`[['field_shape'], ['_shape']]` for an aliased field);
    empty for a function or a nested path."""
    if isinstance(discriminator, str):
        return {discriminator}
    if not isinstance(discriminator, list):
        return set()
    paths = typing.cast("list[Any]", discriminator)
    keys = {
        path[0]
        for path in paths
        if isinstance(path, list) and len(path) == 1 and isinstance(path[0], str)
    }
    return keys if len(keys) == len(paths) else set()


def _fit(model: Any, value: dict[str, Any]) -> tuple[int, int]:
    """(keys of `value` the model declares, minus the required fields `value` lacks)."""
    fields = model.model_fields.items()
    keys = {field.alias or name for name, field in fields}
    required = {field.alias or name for name, field in fields if field.is_required()}
    return len(keys & set(value)), -len(required - set(value))


def _lenient_already(cls: Any) -> bool:
    """A completed class with its lenient validator: a schema naming it is not rebuilt
    (a chain of models built leaves first then never nests deeper than one model)."""
    return "__sdk_strict__" in vars(cls) and vars(cls).get("__pydantic_complete__") is True


def _sdk_init(cls: Any) -> bool:
    return getattr(cls.__init__, "__qualname__", "") == "SDKModel.__init__"


def lenient_schema(schema: Any) -> Any:
    """A copy of a core schema that reads every model in it leniently."""
    classes: dict[str, type] = {}
    _collect(schema, classes)

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(v) for v in typing.cast("list[Any]", node)]
        if not isinstance(node, dict):
            return node
        node = typing.cast("dict[str, Any]", node)
        if node.get("type") == "model" and _lenient_already(node["cls"]):
            return node  # pydantic-core reuses the class's own (lenient) validator
        new = {k: (v if k in _OPAQUE else walk(v)) for k, v in node.items()}
        kind = new.get("type")
        if kind == "model" and new.get("custom_init") and _sdk_init(new["cls"]):
            new["custom_init"] = False  # SDKModel's own __init__ is pydantic's, strict
        elif kind == "model-fields":
            new["fields"] = {
                name: {**field, "schema": _field(name, field["schema"])}
                for name, field in new["fields"].items()
            }
        elif kind == "tagged-union":
            fallback = core_schema.no_info_plain_validator_function(_tagged_fallback(node, classes))
            outer = core_schema.union_schema(
                [typing.cast("Any", new), fallback], mode="left_to_right"
            )
            if "ref" in new:  # a definition: the reference names the lenient union
                outer["ref"] = new.pop("ref")
            return outer
        return new

    return walk(schema)


def lenient_validator(schema: Any, config: Any = None) -> SchemaValidator:
    return SchemaValidator(lenient_schema(schema), config)


def install(cls: Any) -> None:
    """Give a completed model class the lenient validator (once); its strict one stays
    as `__sdk_strict__`, for `__init__`."""
    with _LOCK:
        if "__sdk_strict__" in cls.__dict__ or not cls.__pydantic_complete__:
            return
        strict = cls.__pydantic_validator__
        schema = cls.__pydantic_core_schema__
        # pydantic-core reuses a completed class's own validator for its schema: not now.
        cls.__pydantic_complete__ = False
        try:
            validator = lenient_validator(schema, schema.get("config"))
        finally:
            cls.__pydantic_complete__ = True
        cls.__sdk_strict__ = strict
        cls.__pydantic_validator__ = validator
