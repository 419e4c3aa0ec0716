"""What a finished print used: filament, minutes, watt-hours, and how much came from the sun.

The estimate (grams, Wh) covers the whole job; a print that stopped part-way used its fraction.
The sun's share comes from the controller's readings during the print: the solar power left over
after the lab's other loads went to the printer first, the rest came from the battery. With no
readings at all, everything is booked to the battery: the cautious answer for an off-grid lab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import EnergyReading, JobState, PrintJob

READING_LOOKBACK = timedelta(minutes=15)


@dataclass(frozen=True)
class EnergySplit:
    sun_wh: float
    battery_wh: float


def split_energy(session: Session, start: datetime, end: datetime, energy_wh: float) -> EnergySplit:
    if energy_wh <= 0 or end <= start:
        return EnergySplit(0.0, max(energy_wh, 0.0))
    # Controllers report every few seconds to minutes; a reading shortly before the start still describes it.
    readings = session.scalars(
        select(EnergyReading).where(EnergyReading.at_utc >= start - READING_LOOKBACK, EnergyReading.at_utc <= end)
    ).all()
    spare_w = [max(0.0, (r.pv_w or 0.0) - (r.load_w or 0.0)) for r in readings if r.pv_w is not None]
    if not spare_w:
        return EnergySplit(0.0, energy_wh)
    hours = (end - start).total_seconds() / 3600.0
    mean_printer_w = energy_wh / hours
    sun_fraction = min(1.0, (sum(spare_w) / len(spare_w)) / mean_printer_w) if mean_printer_w > 0 else 0.0
    return EnergySplit(energy_wh * sun_fraction, energy_wh * (1.0 - sun_fraction))


def record_usage(session: Session, job: PrintJob, *, fraction_done: float, finished_at: datetime) -> None:
    """Book the job's use on its row (and so on the customer's order and the lab report)."""
    fraction = 1.0 if job.state is JobState.DONE else max(0.0, min(1.0, fraction_done))
    job.finished_at = finished_at
    job.used_filament_g = round(job.filament_g * fraction, 3)
    job.used_energy_wh = round(job.energy_wh * fraction, 3)
    if job.started_at is not None:
        elapsed_min = (finished_at - job.started_at).total_seconds() / 60.0
        job.printed_minutes = max(job.printed_minutes, round(elapsed_min, 3))
        split = split_energy(session, job.started_at, finished_at, job.used_energy_wh)
    else:
        split = EnergySplit(0.0, job.used_energy_wh)
    job.energy_from_sun_wh = round(split.sun_wh, 3)
    job.energy_from_battery_wh = round(split.battery_wh, 3)
