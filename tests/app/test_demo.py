from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.demo import seed_demo_lab, seed_demo_order
from app.paths import fresh_demo_dir
from app.reports import build_lab_report
from db.models import Customer, JobState, LensStock
from printers.session import SessionState
from ui.entry import main


def test_seed_is_idempotent_and_fills_the_report(services) -> None:  # type: ignore[no-untyped-def]
    seed_demo_lab(services)
    seed_demo_lab(services)
    with services.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 4
        assert session.scalar(select(func.count()).select_from(LensStock)) >= 5
    report = build_lab_report(services.session_factory)
    assert sum(t.items_made for t in report.by_month) == 3
    assert sum(t.failed_prints for t in report.by_month) == 1


def test_demo_never_touches_the_real_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    real_home = tmp_path / "real-home"
    monkeypatch.setenv("HELIOFAB_HOME", str(real_home))
    demo_dirs: list[Path] = []

    def tracked() -> Path:
        demo_dirs.append(fresh_demo_dir())
        return demo_dirs[-1]

    monkeypatch.setattr("app.cli.fresh_demo_dir", tracked)
    assert main(["--demo", "report", "--json"]) == 0
    assert '"by_month"' in capsys.readouterr().out
    assert not real_home.exists()
    assert demo_dirs and not demo_dirs[0].exists()  # thrown away at exit


def test_demo_refuses_a_data_dir(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--demo", "--data-dir", str(tmp_path), "doctor"]) == 2
    assert "leave out --data-dir" in capsys.readouterr().err


def test_demo_order_is_a_sliced_job_for_a_sample_customer(services) -> None:  # type: ignore[no-untyped-def]
    from app.fitting.customers import get_customer, list_customers
    from app.queue.store import list_jobs

    seed_demo_lab(services)
    job_id = seed_demo_order(services)
    assert job_id is not None
    assert seed_demo_order(services) is None  # a job already waits: nothing more
    job = next(j for j in list_jobs(services.session_factory) if j.id == job_id)
    assert job.state is JobState.QUEUED and job.duration_min > 0 and job.energy_wh > 0
    ama = next(c for c in list_customers(services.session_factory) if c.code == "D-001")
    order = next(o for o in get_customer(services.session_factory, ama.id).orders if o.id == job_id)
    assert order.fit_id is not None and order.name.endswith("D-001")


def test_demo_devices_are_in_process_ports_not_pseudo_terminals(services) -> None:  # type: ignore[no-untyped-def]
    from app.demo import start_demo_devices
    from printers.ports import is_port_present

    seed_demo_lab(services)
    devices = start_demo_devices(services, printer_speed=0.0)
    try:
        assert devices.printer_port.startswith("sim://")
        assert devices.charger.port_path.startswith("simcharger://")
        assert is_port_present(devices.printer_port) and is_port_present(devices.charger.port_path)
        assert services.printing.snapshot(devices.printer_port).state is SessionState.OPERATIONAL
    finally:
        devices.stop(services)
    assert not services.energy.is_running
