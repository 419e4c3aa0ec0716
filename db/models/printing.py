from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Enum, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base
from db.types import JsonText, UtcDateTime, utcnow
from i18n import N_, _


class PrinterProfile(Base):
    """A printer or material preset; `data` holds the typed profile as JSON."""

    __tablename__ = "printer_profiles"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="printer")  # printer, material
    name: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)
    is_builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class Printer(Base):
    """A physical printer of this lab, bound to a profile and (when known) a port."""

    __tablename__ = "printers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    profile_id: Mapped[str] = mapped_column(ForeignKey("printer_profiles.id", ondelete="RESTRICT"))
    port: Mapped[str] = mapped_column(String(255), default="")
    baud: Mapped[int] = mapped_column(Integer, default=115200)
    is_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class JobState(enum.Enum):
    QUEUED = "queued"
    PLANNED = "planned"
    PRINTING = "printing"
    PAUSED = "paused"
    INTERRUPTED = "interrupted"  # the process or the link died; resumable from last_acked_line
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """The state in the operator's language (`value` stays the English word stored and exported)."""
        return _(_JOB_STATE_LABELS[self])


_JOB_STATE_LABELS = {
    JobState.QUEUED: N_("queued"),
    JobState.PLANNED: N_("planned"),
    JobState.PRINTING: N_("printing"),
    JobState.PAUSED: N_("paused"),
    JobState.INTERRUPTED: N_("interrupted"),
    JobState.DONE: N_("done"),
    JobState.FAILED: N_("failed"),
    JobState.CANCELLED: N_("cancelled"),
}


class PrintJob(Base):
    __tablename__ = "print_jobs"
    __table_args__ = (
        CheckConstraint("last_acked_line >= 0", name="last_acked_non_negative"),
        CheckConstraint("priority BETWEEN -100 AND 100", name="priority_range"),
        # A job number is never given again (SQLite would reuse the largest after a removal): an order,
        # a receipt or a note naming "job 7" must never come to mean another print.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    state: Mapped[JobState] = mapped_column(
        Enum(JobState, name="job_state", native_enum=False, length=20), default=JobState.QUEUED, index=True
    )
    design_id: Mapped[str | None] = mapped_column(ForeignKey("designs.id", ondelete="SET NULL"), nullable=True)
    fit_id: Mapped[int | None] = mapped_column(ForeignKey("fits.id", ondelete="SET NULL"), nullable=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), nullable=True, index=True
    )
    gcode_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), nullable=True)
    required_printer_id: Mapped[int | None] = mapped_column(
        ForeignKey("printers.id", ondelete="SET NULL"), nullable=True
    )
    # What the G-code was sliced (or, for a file from elsewhere, checked) for. Plain ids, not foreign
    # keys: a custom profile may be deleted later and the job must still say what it was made for.
    # NULL on jobs queued before Heliofab recorded them: checked as for a generic printer.
    printer_profile_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    material_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    is_for_sale: Mapped[bool] = mapped_column(Boolean, default=False)
    licence: Mapped[str] = mapped_column(String(60), default="")
    attribution: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(Integer, default=0)
    deadline_utc: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    is_pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    # Estimate, from the G-code analysis.
    duration_s: Mapped[float] = mapped_column(Float, default=0.0)
    energy_wh: Mapped[float] = mapped_column(Float, default=0.0)
    peak_w: Mapped[float] = mapped_column(Float, default=0.0)
    filament_g: Mapped[float] = mapped_column(Float, default=0.0)
    material_cost: Mapped[float] = mapped_column(Float, default=0.0)
    total_lines: Mapped[int] = mapped_column(Integer, default=0)
    # Plan.
    planned_printer_id: Mapped[int | None] = mapped_column(
        ForeignKey("printers.id", ondelete="SET NULL"), nullable=True
    )
    planned_start_utc: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    plan_reason: Mapped[str] = mapped_column(Text, default="")
    # Progress that must survive a crash: committed before the next line is acted on.
    last_acked_line: Mapped[int] = mapped_column(Integer, default=0)
    machine_state: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)  # position, temps, fan, modes
    # Outcome.
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    printed_minutes: Mapped[float] = mapped_column(Float, default=0.0)
    used_filament_g: Mapped[float] = mapped_column(Float, default=0.0)
    used_energy_wh: Mapped[float] = mapped_column(Float, default=0.0)
    energy_from_battery_wh: Mapped[float] = mapped_column(Float, default=0.0)
    energy_from_sun_wh: Mapped[float] = mapped_column(Float, default=0.0)
    # How the energy above was booked: EnergySource values (app.printing.accounting); "" before it is booked.
    energy_source: Mapped[str] = mapped_column(String(20), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    events: Mapped[list[JobEvent]] = relationship(
        back_populates="job", cascade="all, delete-orphan", order_by="JobEvent.id"
    )


class JobEvent(Base):
    __tablename__ = "job_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("print_jobs.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)

    job: Mapped[PrintJob] = relationship(back_populates="events")
