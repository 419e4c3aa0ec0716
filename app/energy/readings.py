"""Charge-controller readings: one validated value type, and storage that refuses bad ones."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import unit_of_work
from db.models import EnergyReading
from i18n import N_, _


class ReadingError(ValueError):
    """A reading that can't be true; it is never stored."""


class ControllerSilentError(Exception):
    """The controller sent nothing usable within the timeout."""


class ChargeState(enum.Enum):
    OFF = "off"
    BULK = "bulk"
    ABSORPTION = "absorption"
    FLOAT = "float"
    STORAGE = "storage"
    EQUALIZE = "equalize"
    FAULT = "fault"
    OTHER = "other"
    UNKNOWN = ""

    @property
    def label(self) -> str:
        """The charge stage in the operator's language ("" when unknown); `value` is what is stored."""
        return _(_CHARGE_STATE_LABELS[self]) if self is not ChargeState.UNKNOWN else ""

    @property
    def is_curtailing(self) -> bool:
        """In these stages the battery, not the sky, limits the harvest: the PV power is censored."""
        return self in (ChargeState.ABSORPTION, ChargeState.FLOAT, ChargeState.STORAGE, ChargeState.EQUALIZE)


# The charge controllers' stage names, as the Energy screen and `heliofab energy` show them.
_CHARGE_STATE_LABELS = {
    ChargeState.OFF: N_("off"),
    ChargeState.BULK: N_("bulk"),
    ChargeState.ABSORPTION: N_("absorption"),
    ChargeState.FLOAT: N_("float"),
    ChargeState.STORAGE: N_("storage"),
    ChargeState.EQUALIZE: N_("equalize"),
    ChargeState.FAULT: N_("fault"),
    ChargeState.OTHER: N_("other"),
    ChargeState.UNKNOWN: "",
}


@dataclass(frozen=True)
class Reading:
    at_utc: datetime
    source: str  # vedirect, modbus-renogy, modbus-epever, manual, sim
    pv_w: float | None = None
    pv_v: float | None = None
    battery_v: float | None = None
    battery_a: float | None = None  # + charging
    load_w: float | None = None
    soc_pct: float | None = None
    charge_state: ChargeState = ChargeState.UNKNOWN
    yield_today_wh: float | None = None
    is_current_limited: bool = False
    error_code: int = 0

    @property
    def is_censored(self) -> bool:
        return self.charge_state.is_curtailing or self.is_current_limited or self.error_code != 0

    def to_json(self) -> dict[str, object]:
        return {
            "at_utc": self.at_utc.isoformat().replace("+00:00", "Z"),
            "source": self.source,
            "pv_w": self.pv_w,
            "pv_v": self.pv_v,
            "battery_v": self.battery_v,
            "battery_a": self.battery_a,
            "load_w": self.load_w,
            "soc_pct": self.soc_pct,
            "charge_state": self.charge_state.value,
            "yield_today_wh": self.yield_today_wh,
            "is_current_limited": self.is_current_limited,
            "error_code": self.error_code,
        }


# Plausible ranges for a small off-grid system (up to a 48 V bank and a few kW of panels).
_LIMITS: dict[str, tuple[float, float]] = {
    "pv_w": (0.0, 20_000.0),
    "pv_v": (0.0, 250.0),
    "battery_v": (5.0, 70.0),
    "battery_a": (-400.0, 400.0),
    "load_w": (0.0, 20_000.0),
    "soc_pct": (0.0, 100.0),
    "yield_today_wh": (0.0, 200_000.0),
}


def validate_reading(reading: Reading) -> None:
    if reading.at_utc.tzinfo is None:
        raise ReadingError(_("The reading has no time zone: readings are stamped in UTC."))
    for name, (low, high) in _LIMITS.items():
        value = getattr(reading, name)
        if value is None:
            continue
        if not math.isfinite(value) or not low <= value <= high:
            raise ReadingError(
                _("{field} = {value} is outside {low:g}…{high:g}: the reading was not stored; check the "
                  "controller's wiring and settings.").format(
                        field=name.replace('_', ' '), value=value, low=low, high=high)
            )
    if all(getattr(reading, name) is None for name in _LIMITS):
        raise ReadingError(_("The reading holds no values: it was not stored."))


def store_reading(session_factory: sessionmaker[Session], reading: Reading) -> int:
    """Validate, then insert in one unit of work; a bad reading raises ReadingError and writes nothing."""
    validate_reading(reading)
    with unit_of_work(session_factory) as session:
        row = EnergyReading(
            at_utc=reading.at_utc,
            source=reading.source,
            pv_w=reading.pv_w,
            pv_v=reading.pv_v,
            battery_v=reading.battery_v,
            battery_a=reading.battery_a,
            load_w=reading.load_w,
            soc_pct=reading.soc_pct,
            charge_state=reading.charge_state.value,
            yield_today_wh=reading.yield_today_wh,
        )
        session.add(row)
        session.flush()
        return int(row.id)


def load_readings(
    session_factory: sessionmaker[Session], *, since_utc: datetime | None = None, limit: int = 100_000
) -> list[Reading]:
    with session_factory() as session:
        query = select(EnergyReading).order_by(EnergyReading.at_utc)
        if since_utc is not None:
            query = query.where(EnergyReading.at_utc >= since_utc)
        return [_reading(row) for row in session.scalars(query.limit(limit))]


def latest_reading(session_factory: sessionmaker[Session]) -> Reading | None:
    with session_factory() as session:
        row = session.scalars(select(EnergyReading).order_by(EnergyReading.at_utc.desc()).limit(1)).first()
    return _reading(row) if row is not None else None


def _reading(row: EnergyReading) -> Reading:
    return Reading(
        at_utc=row.at_utc,
        source=row.source,
        pv_w=row.pv_w,
        pv_v=row.pv_v,
        battery_v=row.battery_v,
        battery_a=row.battery_a,
        load_w=row.load_w,
        soc_pct=row.soc_pct,
        charge_state=_state(row.charge_state),
        yield_today_wh=row.yield_today_wh,
    )


def _state(value: str) -> ChargeState:
    try:
        return ChargeState(value)
    except ValueError:
        return ChargeState.OTHER
