"""What a finished print used: filament, minutes, watt-hours, and how much came from the sun.

Energy is booked from what happened, not from the slicer's estimate alone:
- the time is the print's own: the intervals it really ran, from its start/resume to its
  pause/interruption/end events (a paused printer has its heaters off, so a pause costs nothing);
- over that time, each charge-controller reading describes the lab from its time stamp until the
  next one (for at most READING_HOLD). The sun left after the lab's other loads (PV − load output)
  goes to the printer first. When the reading shows the battery discharging (a net battery current
  below zero, as a shunt reports it), the printer drew that spare sun plus the battery's discharge
  not needed by the other loads: that is measured. Otherwise (a charge controller reports only what
  it puts into the battery, never what leaves it) the printer's draw is the estimate's mean power,
  split between the measured spare sun and the battery;
- where no reading covers a stretch, the estimate's mean power is booked to the battery: the
  cautious answer for an off-grid lab.
The job records which of these was used (`energy_source`), and the customer's order shows it.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import EnergyReading, JobState, PrintJob

READING_HOLD = timedelta(minutes=15)  # controllers report every second to every few minutes

# Job events that start the printer working, and those that stop it (see app.printing.jobs.JobRecorder).
_RUN_EVENTS = frozenset({"started", "resumed", "printing"})
_STOP_EVENTS = frozenset({"paused", "interrupted", "offline", "done", "failed", "cancelled"})


class EnergySource(enum.Enum):
    READINGS = "readings"  # every minute of the print is covered by controller readings
    PARTLY_READINGS = "partly_readings"  # some of it is
    ESTIMATE = "estimate"  # no reading during the print: the G-code estimate over the actual time

    def describe(self) -> str:
        return {
            EnergySource.READINGS: "from the charge controller's readings",
            EnergySource.PARTLY_READINGS: "partly from the charge controller's readings, partly estimated",
            EnergySource.ESTIMATE: "estimated from the G-code (no controller readings during the print)",
        }[self]


@dataclass(frozen=True)
class PowerSample:
    """What one reading says about the lab's power, held until the next reading."""

    at_utc: datetime
    pv_w: float | None
    load_w: float | None
    battery_w: float | None  # + charging, − discharging; None when the reading has no battery current

    @property
    def has_data(self) -> bool:
        return self.pv_w is not None or self.battery_w is not None


@dataclass(frozen=True)
class EnergyBooking:
    sun_wh: float
    battery_wh: float
    minutes: float
    source: EnergySource

    @property
    def total_wh(self) -> float:
        return self.sun_wh + self.battery_wh


def run_intervals(events: Sequence[tuple[datetime, str]], started_at: datetime | None,
                  finished_at: datetime) -> list[tuple[datetime, datetime]]:
    """The stretches the printer was printing, from the job's events (in order)."""
    intervals: list[tuple[datetime, datetime]] = []
    running_since: datetime | None = None
    for at, kind in events:
        if kind in _RUN_EVENTS and running_since is None:
            running_since = at
        elif kind in _STOP_EVENTS and running_since is not None:
            if at > running_since:
                intervals.append((running_since, at))
            running_since = None
    if running_since is not None and finished_at > running_since:
        intervals.append((running_since, finished_at))
    # A job recorded without events (an older Heliofab): from its start to its end.
    has_run_events = any(kind in _RUN_EVENTS for _, kind in events)
    if not intervals and not has_run_events and started_at is not None and finished_at > started_at:
        intervals.append((started_at, finished_at))
    return intervals


def book_energy(samples: Sequence[PowerSample], intervals: Sequence[tuple[datetime, datetime]],
                estimated_draw_w: float) -> EnergyBooking:
    """Sun and battery watt-hours over the print's intervals; `samples` sorted by time."""
    sun_wh = battery_wh = 0.0
    covered_s = total_s = 0.0
    for start, end in intervals:
        total_s += (end - start).total_seconds()
        for piece_start, piece_end, sample in _pieces(samples, start, end):
            hours = (piece_end - piece_start).total_seconds() / 3600.0
            if sample is None:
                battery_wh += estimated_draw_w * hours
                continue
            covered_s += hours * 3600.0
            sun_w, battery_w = _split(sample, estimated_draw_w)
            sun_wh += sun_w * hours
            battery_wh += battery_w * hours
    if covered_s <= 0:
        source = EnergySource.ESTIMATE
    elif covered_s >= total_s - 1e-6:
        source = EnergySource.READINGS
    else:
        source = EnergySource.PARTLY_READINGS
    return EnergyBooking(sun_wh, battery_wh, total_s / 60.0, source)


def _split(sample: PowerSample, estimated_draw_w: float) -> tuple[float, float]:
    pv = sample.pv_w or 0.0
    other = sample.load_w or 0.0
    spare_w = max(0.0, pv - other)
    if sample.battery_w is not None and sample.battery_w < 0:
        # The battery was discharging: the printer had all the spare sun, and whatever the battery
        # gave beyond what the other loads needed past the sun.
        printer_w = spare_w + max(0.0, -sample.battery_w - max(0.0, other - pv))
    else:
        printer_w = estimated_draw_w
    sun_w = min(printer_w, spare_w)
    return sun_w, printer_w - sun_w


def _pieces(samples: Sequence[PowerSample], start: datetime, end: datetime
            ) -> list[tuple[datetime, datetime, PowerSample | None]]:
    """Cut [start, end) where readings change; each piece carries the reading in force (or None)."""
    pieces: list[tuple[datetime, datetime, PowerSample | None]] = []
    useful = [s for s in samples if s.has_data]
    current: PowerSample | None = None
    for sample in useful:
        if sample.at_utc <= start:
            current = sample
    cursor = start
    for sample in useful:
        if sample.at_utc <= start or sample.at_utc >= end:
            continue
        pieces.extend(_held(cursor, sample.at_utc, current))
        cursor, current = sample.at_utc, sample
    pieces.extend(_held(cursor, end, current))
    return pieces


def _held(start: datetime, end: datetime, sample: PowerSample | None
          ) -> list[tuple[datetime, datetime, PowerSample | None]]:
    """A reading describes the lab for READING_HOLD after it; beyond that nothing is known."""
    if end <= start:
        return []
    if sample is None:
        return [(start, end, None)]
    stale = sample.at_utc + READING_HOLD
    if stale >= end:
        return [(start, end, sample)]
    if stale <= start:
        return [(start, end, None)]
    return [(start, stale, sample), (stale, end, None)]


def load_samples(session: Session, start: datetime, end: datetime) -> list[PowerSample]:
    rows = session.scalars(
        select(EnergyReading)
        .where(EnergyReading.at_utc >= start - READING_HOLD, EnergyReading.at_utc <= end)
        .order_by(EnergyReading.at_utc)
    ).all()
    return [
        PowerSample(
            r.at_utc,
            r.pv_w,
            r.load_w,
            r.battery_v * r.battery_a if r.battery_v is not None and r.battery_a is not None else None,
        )
        for r in rows
    ]


def record_usage(session: Session, job: PrintJob, *, fraction_done: float, finished_at: datetime) -> None:
    """Book the job's use on its row (and so on the customer's order and the lab report)."""
    fraction = 1.0 if job.state is JobState.DONE else max(0.0, min(1.0, fraction_done))
    job.finished_at = finished_at
    job.used_filament_g = round(job.filament_g * fraction, 3)
    stamped = sorted((e for e in job.events if e.at is not None), key=lambda e: (e.at, e.id or 0))
    events = [(e.at, e.kind) for e in stamped]
    intervals = run_intervals(events, job.started_at, finished_at)
    draw_w = job.energy_wh / (job.duration_s / 3600.0) if job.duration_s > 0 else 0.0
    if intervals:
        samples = load_samples(session, intervals[0][0], intervals[-1][1])
        booking = book_energy(samples, intervals, draw_w)
        job.printed_minutes = round(booking.minutes, 3)
    else:
        # Nothing says when it ran: the estimate for the part that was printed, all from the battery.
        booking = EnergyBooking(0.0, job.energy_wh * fraction, job.printed_minutes, EnergySource.ESTIMATE)
    job.energy_from_sun_wh = round(booking.sun_wh, 3)
    job.energy_from_battery_wh = round(booking.battery_wh, 3)
    job.used_energy_wh = round(job.energy_from_sun_wh + job.energy_from_battery_wh, 3)
    job.energy_source = booking.source.value
