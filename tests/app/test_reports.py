from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

import pytest

from app.reports import build_lab_report, report_csv
from db.engine import unit_of_work
from db.models import Customer, JobState, PrintJob


def _job(name: str, state: JobState, finished: datetime | None, customer: Customer | None, **kw: float) -> PrintJob:
    return PrintJob(name=name, state=state, finished_at=finished, customer_id=customer.id if customer else None, **kw)


@pytest.fixture
def filled(services):  # type: ignore[no-untyped-def]
    with unit_of_work(services.session_factory) as session:
        ama = Customer(code="C-001", name="Ama")
        kofi = Customer(code="C-002", name="")
        session.add_all([ama, kofi])
        session.flush()
        session.add_all([
            _job("Round frame", JobState.DONE, datetime(2026, 10, 3, 10, tzinfo=timezone.utc), ama,
                 used_filament_g=13.0,
                 printed_minutes=95, used_energy_wh=120, energy_from_sun_wh=100, energy_from_battery_wh=20,
                 material_cost=0.26),
            _job("Kids frame", JobState.DONE, datetime(2026, 11, 5, 11, tzinfo=timezone.utc), kofi, used_filament_g=9.0,
                 printed_minutes=70, used_energy_wh=90, energy_from_sun_wh=90, material_cost=0.18),
            _job("Failed frame", JobState.FAILED, datetime(2026, 11, 6, 9, tzinfo=timezone.utc), ama,
                 used_filament_g=4.0,
                 printed_minutes=20, used_energy_wh=30, energy_from_battery_wh=30, material_cost=0.08),
            _job("Still queued", JobState.QUEUED, None, ama),
        ])
    return services


def test_totals_per_month_and_customer(filled) -> None:  # type: ignore[no-untyped-def]
    report = build_lab_report(filled.session_factory)
    assert [i.name for i in report.items] == ["Round frame", "Kids frame", "Failed frame"]
    months = {t.key: t for t in report.by_month}
    assert months["2026-10"].items_made == 1 and months["2026-10"].filament_g == 13.0
    assert months["2026-11"].items_made == 1 and months["2026-11"].failed_prints == 1
    assert months["2026-11"].energy_from_battery_wh == 30
    assert months["2026-11"].cost_per_item == pytest.approx(0.26)  # the failed print's cost lands on the good one
    customers = {t.key: t for t in report.by_customer}
    assert customers["Ama"].minutes == 115
    assert customers["C-002"].items_made == 1  # no name: shown by code


def test_filters_and_csv(filled) -> None:  # type: ignore[no-untyped-def]
    november = build_lab_report(filled.session_factory, month="2026-11")
    assert {i.name for i in november.items} == {"Kids frame", "Failed frame"}
    rows = list(csv.DictReader(io.StringIO(report_csv(november))))
    assert [r["outcome"] for r in rows] == ["done", "failed"]
    with pytest.raises(ValueError, match="YYYY-MM"):
        build_lab_report(filled.session_factory, month="November")


def test_report_cli_writes_csv(filled, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from ui.entry import main

    out = tmp_path / "report.csv"
    assert main(["--data-dir", str(filled.paths.root), "report", "--csv", str(out)]) == 0
    assert "Per month" in capsys.readouterr().out
    assert out.read_text().startswith("job_id,month")
    assert main(["--data-dir", str(filled.paths.root), "report", "--month", "soon"]) == 1
