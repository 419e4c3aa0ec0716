"""Typed settings: dataclasses with units in their names, stored as JSON sections in the DB."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from db.engine import unit_of_work
from db.models import SiteSetting

T = TypeVar("T")


@dataclass(frozen=True)
class UiSettings:
    language: str = ""  # "" follows the system
    font_scale: float = 1.0
    has_completed_first_run: bool = False
    window_geometry: str = ""  # Qt's saveGeometry, base64: the window opens where it was closed


@dataclass(frozen=True)
class LabSettings:
    lab_name: str = "My fab lab"
    currency: str = "USD"  # ISO 4217; filament prices live in the material profiles
    currency_symbol: str = ""  # "" shows the currency's usual symbol (app.money)
    # What a new slice or frame is made of unless the operator picks another: PETG suits delivered frames,
    # many labs run PLA.
    default_material_id: str = "petg"


SECTION_KEYS: dict[type[Any], str] = {
    UiSettings: "ui",
    LabSettings: "lab",
}


def register_section(cls: type[Any], key: str) -> None:
    """Capabilities add their own settings sections (site, battery, …) under a key of their own."""
    SECTION_KEYS[cls] = key


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    # Unknown keys (from a newer Heliofab) are ignored; missing ones take their defaults.
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


class SettingsStore:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def load(self, cls: type[T]) -> T:
        key = SECTION_KEYS[cls]
        with self._session_factory() as session:
            row = session.get(SiteSetting, key)
            if row is None:
                return cls()
            return _from_dict(cls, row.value)

    def save(self, value: Any) -> None:
        key = SECTION_KEYS[type(value)]
        data = dataclasses.asdict(value)
        with unit_of_work(self._session_factory) as session:
            row = session.get(SiteSetting, key)
            if row is None:
                session.add(SiteSetting(key=key, value=data))
            else:
                row.value = data


__all__ = ["LabSettings", "SettingsStore", "UiSettings", "register_section"]
