"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._cat import Cat as Cat
    from ._dog import Dog as Dog
    from ._event import Event as Event
    from ._events_get_response import EventsGetResponse as EventsGetResponse
    from ._payment_received_event import PaymentReceivedEvent as PaymentReceivedEvent
    from ._pet import Pet as Pet
    from ._pets_post_request import PetsPostRequest as PetsPostRequest
    from ._pets_post_response import PetsPostResponse as PetsPostResponse
    from ._setting_value import SettingValue as SettingValue
    from ._settings_key_put_request import SettingsKeyPutRequest as SettingsKeyPutRequest
    from ._user_created_event import UserCreatedEvent as UserCreatedEvent
    from ._user_deleted_event import UserDeletedEvent as UserDeletedEvent

_MODULES: dict[str, str] = {
    "Cat": "_cat",
    "Dog": "_dog",
    "Event": "_event",
    "EventsGetResponse": "_events_get_response",
    "PaymentReceivedEvent": "_payment_received_event",
    "Pet": "_pet",
    "PetsPostRequest": "_pets_post_request",
    "PetsPostResponse": "_pets_post_response",
    "SettingValue": "_setting_value",
    "SettingsKeyPutRequest": "_settings_key_put_request",
    "UserCreatedEvent": "_user_created_event",
    "UserDeletedEvent": "_user_deleted_event",
}

__all__ = [
    "Cat",
    "Dog",
    "Event",
    "EventsGetResponse",
    "PaymentReceivedEvent",
    "Pet",
    "PetsPostRequest",
    "PetsPostResponse",
    "SettingValue",
    "SettingsKeyPutRequest",
    "UserCreatedEvent",
    "UserDeletedEvent",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
