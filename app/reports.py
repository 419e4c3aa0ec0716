"""The lab report: what the lab made, per month and per customer, for its community and funders."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Customer, JobState, PrintJob
from i18n import _

FINISHED_STATES = (JobState.DONE, JobState.FAILED, JobState.CANCELLED)


@dataclass(frozen=True)
class ReportItem:
    job_id: int
    month: str  # YYYY-MM, in UTC
    finished_at: str
    name: str
    customer: str
    design_id: str
    licence: str
    outcome: str  # done, failed, cancelled
    filament_g: float
    minutes: float
    energy_wh: float
    energy_from_sun_wh: float
    energy_from_battery_wh: float
    material_cost: float
    energy_source: str = ""  # readings, partly_readings or estimate (app.printing.accounting.EnergySource)


@dataclass
class ReportTotals:
    key: str
    items_made: int = 0
    failed_prints: int = 0
    filament_g: float = 0.0
    minutes: float = 0.0
    energy_wh: float = 0.0
    energy_from_sun_wh: float = 0.0
    energy_from_battery_wh: float = 0.0
    material_cost: float = 0.0

    @property
    def cost_per_item(self) -> float:
        return self.material_cost / self.items_made if self.items_made else 0.0

    def add(self, item: ReportItem) -> None:
        if item.outcome == "done":
            self.items_made += 1
        else:
            self.failed_prints += 1
        self.filament_g += item.filament_g
        self.minutes += item.minutes
        self.energy_wh += item.energy_wh
        self.energy_from_sun_wh += item.energy_from_sun_wh
        self.energy_from_battery_wh += item.energy_from_battery_wh
        self.material_cost += item.material_cost

    def to_json(self) -> dict[str, float | int | str]:
        data = asdict(self)
        data["cost_per_item"] = round(self.cost_per_item, 4)
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in data.items()}


@dataclass(frozen=True)
class LabReport:
    items: list[ReportItem]
    by_month: list[ReportTotals] = field(default_factory=list)
    by_customer: list[ReportTotals] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "items": [asdict(item) for item in self.items],
            "by_month": [t.to_json() for t in self.by_month],
            "by_customer": [t.to_json() for t in self.by_customer],
        }


def build_lab_report(
    session_factory: sessionmaker[Session], *, month: str | None = None, customer_id: int | None = None
) -> LabReport:
    """Finished jobs (done, failed or cancelled), optionally one month (YYYY-MM) or one customer."""
    if month is not None:
        _parse_month(month)
    with session_factory() as session:
        query = (
            select(PrintJob, Customer)
            .outerjoin(Customer, PrintJob.customer_id == Customer.id)
            .where(PrintJob.state.in_(FINISHED_STATES), PrintJob.finished_at.is_not(None))
            .order_by(PrintJob.finished_at, PrintJob.id)
        )
        if customer_id is not None:
            query = query.where(PrintJob.customer_id == customer_id)
        items = [_item(job, customer) for job, customer in session.execute(query)]
    if month is not None:
        items = [item for item in items if item.month == month]
    return LabReport(items, _totals(items, lambda i: i.month), _totals(items, lambda i: i.customer))


def _item(job: PrintJob, customer: Customer | None) -> ReportItem:
    assert job.finished_at is not None
    return ReportItem(
        job_id=job.id,
        month=job.finished_at.strftime("%Y-%m"),
        finished_at=job.finished_at.isoformat(),
        name=job.name,
        customer=(customer.name or customer.code) if customer else "",
        design_id=job.design_id or "",
        licence=job.licence,
        outcome=job.state.value,
        filament_g=job.used_filament_g,
        minutes=job.printed_minutes,
        energy_wh=job.used_energy_wh,
        energy_from_sun_wh=job.energy_from_sun_wh,
        energy_from_battery_wh=job.energy_from_battery_wh,
        material_cost=job.material_cost,
        energy_source=job.energy_source,
    )


def _totals(items: list[ReportItem], key_of) -> list[ReportTotals]:  # type: ignore[no-untyped-def]
    groups: dict[str, ReportTotals] = defaultdict(lambda: ReportTotals(""))
    for item in items:
        key = key_of(item) or "(walk-in)"
        totals = groups[key]
        totals.key = key
        totals.add(item)
    return [groups[k] for k in sorted(groups)]


def _parse_month(month: str) -> datetime:
    try:
        return datetime.strptime(month, "%Y-%m")
    except ValueError as exc:
        raise ValueError(_("'{month}' is not a month: write it as YYYY-MM, e.g. 2026-11.").format(month=month)) from exc


def report_csv(report: LabReport) -> str:
    out = io.StringIO()
    names = list(ReportItem.__dataclass_fields__)
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    for item in report.items:
        writer.writerow(asdict(item))
    return out.getvalue()
