from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UtcDateTime


class EnergyReading(Base):
    """One validated reading from a charge controller (or typed in by hand)."""

    __tablename__ = "energy_readings"
    __table_args__ = (
        CheckConstraint("soc_pct IS NULL OR (soc_pct BETWEEN 0 AND 100)", name="soc_range"),
        CheckConstraint("pv_w IS NULL OR pv_w >= 0", name="pv_non_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at_utc: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    source: Mapped[str] = mapped_column(String(40))  # vedirect, modbus-renogy, modbus-epever, manual, sim
    pv_w: Mapped[float | None] = mapped_column(Float, nullable=True)
    pv_v: Mapped[float | None] = mapped_column(Float, nullable=True)
    battery_v: Mapped[float | None] = mapped_column(Float, nullable=True)
    battery_a: Mapped[float | None] = mapped_column(Float, nullable=True)
    load_w: Mapped[float | None] = mapped_column(Float, nullable=True)
    soc_pct: Mapped[float | None] = mapped_column(Float, nullable=True)
    charge_state: Mapped[str] = mapped_column(String(20), default="")  # bulk, absorption, float, off, fault
    yield_today_wh: Mapped[float | None] = mapped_column(Float, nullable=True)
