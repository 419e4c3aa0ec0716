"""Safe printing: a job knows the printer profile it was made for, is checked against the printer it
goes to, is claimed by one printer only, and books the energy its print really used."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text

from app.cli import main
from app.energy.readings import Reading, store_reading
from app.printing.accounting import EnergySource, PowerSample, book_energy, record_usage, run_intervals
from app.printing.jobs import (
    JobAlreadyClaimedError,
    JobFileChangedError,
    claim_job,
    load_job,
    release_claim,
)
from app.printing.runner import PrintRefusedError, start_print
from app.queue.intake import queue_gcode_file
from app.queue.service import plan_lab_queue
from app.queue.store import UnsafeQueueFileError, list_jobs
from app.services import Services, StartupOptions, build_services
from db.engine import make_engine, unit_of_work
from db.migrate import alembic_config
from db.models import JobEvent, JobState, Printer, PrintJob
from printers.sim.faults import FaultSpec
from printers.sim.printer import SimulatedPrinter
from printers.transport import PortError
from tests.printers.simulated import FAST_OPTIONS, FAST_SIM, HOUSEKEEPING

T0 = datetime(2026, 3, 4, 9, 0, tzinfo=timezone.utc)
PREAMBLE = ["M140 S60", "M104 S210", "M190 S60", "M109 S210", "G28", "G90", "M82", "G92 E0", ";LAYER:0", "G1 Z0.2 F600"]


def gcode(far_x_mm: float = 60.0) -> str:
    """A small print whose last perimeter reaches `far_x_mm`: inside a 220 mm bed or not."""
    moves = [f"G1 X{10 + i % 40} Y{10 + i % 30} E{0.05 * (i + 1):.3f} F1500" for i in range(60)]
    return "\n".join([*PREAMBLE, *moves, f"G1 X{far_x_mm:g} Y20 E3.5", "M104 S0", "M140 S0", "M84", ""])


def _queue_file(services: Services, path: Path, **options: Any) -> int:
    return queue_gcode_file(services.session_factory, services.blobs, services.profiles, path, **options)


def sunny_lab(services: Services) -> None:
    """A lab with a full battery, staffed around the clock: energy and hours never hold a job back here."""
    from app.energy.overview import add_manual_reading, save_site
    from app.energy.site import SiteSettings

    site = SiteSettings(latitude_deg=9.4, longitude_deg=-0.84, timezone="Africa/Accra", panels_wp=800,
                        battery_capacity_wh=5000, battery_reserve_pct=30, staffed_from_hour=0, staffed_to_hour=24)
    save_site(services.settings, site)
    add_manual_reading(services.session_factory, soc_pct=95, pv_w=None, battery_v=None)


def add_printer(services: Services, name: str, profile_id: str, port: str = "") -> None:
    services.profiles.seed_builtin()
    with unit_of_work(services.session_factory) as session:
        session.add(Printer(name=name, profile_id=profile_id, port=port))


@pytest.fixture
def sim() -> Iterator[SimulatedPrinter]:
    printer = SimulatedPrinter(FAST_SIM, faults=FaultSpec.parse(""), seed=3)
    printer.start()
    yield printer
    printer.stop()


def job_lines_sent(sim: SimulatedPrinter) -> list[str]:
    return [c for c in sim.executed_commands() if not c.startswith(HOUSEKEEPING)]


def job_state(services: Services, job_id: int) -> JobState:
    with services.session_factory() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None
        return job.state


# ---- the migration ----------------------------------------------------------------------------


def test_jobs_of_the_previous_release_survive_the_migration_and_print_as_generic(tmp_path: Path) -> None:
    data_dir = tmp_path / "lab"
    data_dir.mkdir()
    db_file = data_dir / "heliofab.sqlite"
    engine = make_engine(db_file)
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002_catalog")  # the schema of the current release
    engine.dispose()
    columns = "name, state, is_for_sale, licence, attribution, priority, is_pinned, duration_s, energy_wh, peak_w, " \
              "filament_g, material_cost, total_lines, plan_reason, last_acked_line, machine_state, printed_minutes, " \
              "used_filament_g, used_energy_wh, energy_from_battery_wh, energy_from_sun_wh, error, created_at"
    # sqlite3's own context manager commits but does not close: Python 3.13 warns about that.
    with closing(sqlite3.connect(db_file)) as connection, connection:
        connection.execute(
            f"INSERT INTO print_jobs ({columns}) VALUES ('Frames for Ama', 'QUEUED', 0, '', '', 0, 0, 3600, 90, 200, "
            "12, 0.3, 0, '', 0, '{}', 0, 0, 0, 0, 0, '', '2026-01-05 10:00:00')"
        )
        connection.execute(
            f"INSERT INTO print_jobs ({columns}, finished_at) VALUES ('Frames for Kofi', 'DONE', 0, '', '', 0, 0, "
            "4000, 122, 200, 13, 0.3, 500, '', 500, '{}', 67, 13, 122, 20, 102, '', '2026-01-04 10:00:00', "
            "'2026-01-04 12:00:00')"
        )
    services = build_services(StartupOptions(data_dir=data_dir))  # the production upgrade path
    try:
        assert list((data_dir / "backups").glob("*.sqlite")), "the upgrade keeps a copy from before"
        with services.session_factory() as session:
            rows = session.execute(
                text("SELECT name, state, printer_profile_id, material_id, energy_source, used_energy_wh FROM "
                     "print_jobs "
                     "ORDER BY id")
            ).all()
        assert [tuple(r) for r in rows] == [
            ("Frames for Ama", "QUEUED", None, None, "", 0.0),
            ("Frames for Kofi", "DONE", None, None, "estimate", 122.0),  # nothing lost, and how it was booked
        ]
        add_printer(services, "Workshop Ender", "creality-ender3")
        sunny_lab(services)
        plan, _ = plan_lab_queue(services.session_factory, services.settings, services.profiles)
        legacy = plan.assignment_for(1)
        assert legacy is not None and legacy.printer == "Workshop Ender"
        assert "no printer profile" in legacy.reason  # said so, not hidden
    finally:
        services.close()


# ---- queueing a file from elsewhere -------------------------------------------------------------


def test_a_removed_jobs_number_is_never_given_to_the_next_file(services: Services, tmp_path: Path) -> None:
    from app.queue.store import remove_job

    part = tmp_path / "part.gcode"
    part.write_text(gcode())
    first = _queue_file(services, part, printer_profile_id="creality-ender3")
    newest = _queue_file(services, part, printer_profile_id="creality-ender3")
    remove_job(services.session_factory, newest)
    after = _queue_file(services, part, printer_profile_id="creality-ender3")
    assert after not in (first, newest) and after > newest  # "job 2" in a note still means the removed one
    assert [j.id for j in list_jobs(services.session_factory)] == [first, after]


def test_queue_add_refuses_a_file_unsafe_for_its_profile_and_queues_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "lab")]
    wide = tmp_path / "wide.gcode"
    wide.write_text(gcode(far_x_mm=240.0))  # fits a 250 mm Prusa MK3 bed, not a 220 mm Ender 3
    assert main([*data, "queue", "add", str(wide), "--printer-profile", "creality-ender3"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Not queued" in err[0] and "Ender" in err[0] and "line 71" in err[0]
    assert main([*data, "queue", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"jobs": []}  # nothing queued
    assert main([*data, "queue", "add", str(wide), "--printer-profile", "no-such-printer"]) == 1
    assert "No printer profile is called 'no-such-printer'" in capsys.readouterr().err
    assert main([*data, "queue", "add", str(wide), "--printer-profile", "prusa-mk3", "--material", "petg",
                 "--json"]) == 0
    job = json.loads(capsys.readouterr().out)
    assert (job["printer_profile"], job["material"]) == ("prusa-mk3", "petg")


def test_window_and_cli_share_the_check(services: Services, tmp_path: Path) -> None:
    wide = tmp_path / "wide.gcode"
    wide.write_text(gcode(far_x_mm=240.0))
    stored_before = set(services.blobs.iter_shas())
    with pytest.raises(UnsafeQueueFileError, match="line 71"):
        _queue_file(services, wide, printer_profile_id="creality-ender3")
    assert list_jobs(services.session_factory) == []
    assert set(services.blobs.iter_shas()) == stored_before  # the file was not stored either


# ---- the planner --------------------------------------------------------------------------------


def test_planner_gives_a_job_only_to_printers_that_can_take_it(services: Services, tmp_path: Path) -> None:
    add_printer(services, "Small Ender", "creality-ender3")
    add_printer(services, "Big Prusa", "prusa-mk3")
    wide, small = tmp_path / "wide.gcode", tmp_path / "small.gcode"
    wide.write_text(gcode(far_x_mm=240.0))
    small.write_text(gcode())
    wide_id = _queue_file(services, wide, printer_profile_id="prusa-mk3")
    mini_ids = [_queue_file(services, small, printer_profile_id="prusa-mini", name=f"mini {i}") for i in range(2)]
    sunny_lab(services)
    plan, _ = plan_lab_queue(services.session_factory, services.settings, services.profiles)
    wide_at = plan.assignment_for(wide_id)
    assert wide_at is not None and wide_at.printer == "Big Prusa"  # the 220 mm Ender can't take a 250 mm job
    # A Prusa Mini job fits inside both bigger printers.
    assert {plan.assignment_for(i).printer for i in mini_ids} <= {"Small Ender", "Big Prusa"}  # type: ignore[union-attr]

    with unit_of_work(services.session_factory) as session:
        session.execute(text("UPDATE printers SET is_enabled = 0 WHERE name = 'Big Prusa'"))
    plan, _ = plan_lab_queue(services.session_factory, services.settings, services.profiles)
    reason = next(u.reason for u in plan.unscheduled if u.job == wide_id)
    assert "no printer of this lab can take a job made for" in reason and "Small Ender" in reason


def test_a_job_whose_profile_was_deleted_is_explained_not_lost(services: Services, tmp_path: Path) -> None:
    from dataclasses import replace

    add_printer(services, "Workshop Ender", "creality-ender3")
    custom = services.profiles.save_printer(replace(services.profiles.printer("creality-ender3"), id="my-ender",
                                                    name="My Ender", is_builtin=False))
    part = tmp_path / "part.gcode"
    part.write_text(gcode())
    job_id = _queue_file(services, part, printer_profile_id=custom.id)
    services.profiles.delete(custom.id)
    sunny_lab(services)
    plan, _ = plan_lab_queue(services.session_factory, services.settings, services.profiles)
    reason = next(u.reason for u in plan.unscheduled if u.job == job_id)
    assert "'my-ender', which has been deleted" in reason
    assert job_state(services, job_id) is JobState.QUEUED


# ---- starting a print ----------------------------------------------------------------------------


def test_start_is_refused_on_a_smaller_printer_before_any_line_is_sent(
    services: Services, sim: SimulatedPrinter, tmp_path: Path
) -> None:
    wide = tmp_path / "wide.gcode"
    wide.write_text(gcode(far_x_mm=240.0))
    job_id = _queue_file(services, wide, printer_profile_id="prusa-mk3")
    add_printer(services, "Small Ender", "creality-ender3", port=sim.port)
    with pytest.raises(PrintRefusedError) as refused:
        start_print(services.session_factory, services.blobs, job_id=job_id, port=sim.port, options=FAST_OPTIONS)
    assert "on Small Ender" in str(refused.value) and "line 71" in str(refused.value)
    assert job_lines_sent(sim) == [] and sim.executed_commands() == []  # not even connected
    assert job_state(services, job_id) is JobState.QUEUED  # nothing lost: it waits for a printer that can take it


@pytest.mark.skipif(not hasattr(__import__("os"), "symlink"), reason="needs symlinks")
def test_the_size_check_holds_when_the_port_is_spelt_through_a_link(
    services: Services, sim: SimulatedPrinter, tmp_path: Path
) -> None:
    wide = tmp_path / "wide.gcode"
    wide.write_text(gcode(far_x_mm=240.0))
    job_id = _queue_file(services, wide, printer_profile_id="prusa-mk3")
    add_printer(services, "Small Ender", "creality-ender3", port=sim.port)
    by_id = tmp_path / "usb-1a86_USB_Serial-if00-port0"  # as /dev/serial/by-id names a printer's device
    by_id.symlink_to(sim.port)
    with pytest.raises(PrintRefusedError, match="on Small Ender"):
        start_print(services.session_factory, services.blobs, job_id=job_id, port=str(by_id), options=FAST_OPTIONS)
    assert sim.executed_commands() == []
    assert job_state(services, job_id) is JobState.QUEUED


@pytest.mark.parametrize(("set_up", "typed"), [
    ("sim://p1", "sim://p1?speed=0"),
    ("sim://p1?speed=0", "sim://p1"),
    ("sim://p1", "SIM://p1/"),
    ("COM3", "com3"),
    ("COM3", "\\\\.\\COM3"),
    ("\\\\.\\com12", " COM12 "),
])
def test_the_lab_printer_on_a_port_is_found_however_the_port_is_spelt(
    services: Services, set_up: str, typed: str
) -> None:
    from app.printing.runner import lab_printer_on_port

    add_printer(services, "P1", "creality-ender3", port=set_up)
    assert lab_printer_on_port(services.session_factory, typed) == ("P1", "creality-ender3")
    assert lab_printer_on_port(services.session_factory, "sim://p2") is None
    assert lab_printer_on_port(services.session_factory, "COM4") is None


def test_print_refuses_a_file_too_big_for_the_printer_set_up_on_the_port_spelt_with_options(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wide = tmp_path / "wide.gcode"
    wide.write_text(gcode(far_x_mm=240.0))
    job_id = _queue_file(services, wide, printer_profile_id="prusa-mk3")
    services.close()
    data = ["--data-dir", str(services.paths.root)]
    assert main([*data, "printers", "add", "P1", "--port", "sim://size-check-p1", "--profile", "creality-ender3"]) == 0
    capsys.readouterr()
    assert main([*data, "print", "--job", str(job_id), "--port", "sim://size-check-p1?speed=0"]) == 1
    err = capsys.readouterr().err
    assert "Not printing on P1" in err and "No printer of this lab is set up" not in err


def test_cli_printer_flag_overrides_and_the_print_is_recorded(
    services: Services, sim: SimulatedPrinter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    part = tmp_path / "part.gcode"
    part.write_text(gcode())
    job_id = _queue_file(services, part, printer_profile_id="creality-ender3")
    services.close()
    data = ["--data-dir", str(services.paths.root)]
    assert main([*data, "print", "--job", str(job_id), "--port", sim.port, "--baud", "115200",
                 "--printer", "prusa-mini", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["outcome"] == "done"
    assert "M84" in job_lines_sent(sim)
    assert main([*data, "print", "--job", str(job_id), "--port", sim.port]) == 1
    assert "can't be started from the top" in capsys.readouterr().err


def test_a_file_changed_on_disk_is_refused(services: Services, sim: SimulatedPrinter, tmp_path: Path) -> None:
    part = tmp_path / "part.gcode"
    part.write_text(gcode())
    job_id = _queue_file(services, part, printer_profile_id="creality-ender3")
    with services.session_factory() as session:
        sha = session.get(PrintJob, job_id).gcode_sha256  # type: ignore[union-attr]
    stored = services.blobs.path_for(sha)
    stored.chmod(0o644)
    stored.write_text(gcode().replace("G1 X60 Y20", "G1 X60 Y20 Z0.1"))
    with pytest.raises(JobFileChangedError, match="changed on disk since it was queued"):
        start_print(services.session_factory, services.blobs, job_id=job_id, port=sim.port, options=FAST_OPTIONS)
    assert sim.executed_commands() == []
    assert job_state(services, job_id) is JobState.QUEUED


def test_two_starts_racing_for_one_job_exactly_one_wins(services: Services, tmp_path: Path) -> None:
    part = tmp_path / "part.gcode"
    part.write_text(gcode())
    for round_ in range(5):
        job_id = _queue_file(services, part, printer_profile_id="creality-ender3", name=f"race {round_}")
        barrier = threading.Barrier(2)
        won: list[str] = []
        lost: list[str] = []

        def start(printer: str, job_id: int, barrier: threading.Barrier, won: list[str], lost: list[str]) -> None:
            barrier.wait()
            try:
                claim_job(services.session_factory, job_id, printer=printer, port=f"/dev/{printer}",
                          from_states=(JobState.QUEUED, JobState.PLANNED))
                won.append(printer)
            except JobAlreadyClaimedError as exc:
                lost.append(str(exc))

        threads = [threading.Thread(target=start, args=(name, job_id, barrier, won, lost)) for name in ("P1", "P2")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(won) == 1 and len(lost) == 1
        assert lost[0] == f"Job {job_id} is already printing on {won[0]}."


def test_a_second_start_is_refused_and_a_failed_connection_releases_the_claim(
    services: Services, sim: SimulatedPrinter, tmp_path: Path
) -> None:
    part = tmp_path / "part.gcode"
    part.write_text(gcode())
    job_id = _queue_file(services, part, printer_profile_id="creality-ender3")
    with pytest.raises(PortError):
        start_print(services.session_factory, services.blobs, job_id=job_id, port=str(tmp_path / "no-such-port"),
                    options=FAST_OPTIONS)
    assert job_state(services, job_id) is JobState.QUEUED  # released: it can be started again
    add_printer(services, "P1", "creality-ender3", port=sim.port)
    claim = claim_job(services.session_factory, job_id, printer="P1", port=sim.port, from_states=(JobState.QUEUED,))
    with pytest.raises(JobAlreadyClaimedError, match=f"^Job {job_id} is already printing on P1.$"):
        start_print(services.session_factory, services.blobs, job_id=job_id, port=sim.port, options=FAST_OPTIONS)
    assert sim.executed_commands() == []
    release_claim(services.session_factory, claim, "test over")
    active = start_print(services.session_factory, services.blobs, job_id=job_id, port=sim.port, options=FAST_OPTIONS)
    result = active.session.wait_until_finished(30)
    active.session.close()
    assert result is not None and result.outcome.value == "done"
    view, _, _, _ = load_job(services.session_factory, services.blobs, job_id)
    assert view.state is JobState.DONE and view.last_acked_line == view.total_lines


# ---- energy ---------------------------------------------------------------------------------------


def test_energy_is_booked_from_the_actual_time_without_readings() -> None:
    # The estimate: 122 Wh over 67 minutes. The print ran 50 minutes, with a 10-minute pause (heaters off).
    events = [(T0, "started"), (T0 + timedelta(minutes=20), "paused"), (T0 + timedelta(minutes=30), "printing"),
              (T0 + timedelta(minutes=60), "done")]
    intervals = run_intervals(events, T0, T0 + timedelta(minutes=60))
    booking = book_energy([], intervals, estimated_draw_w=122.0 / (67 / 60))
    assert booking.minutes == pytest.approx(50.0)
    assert booking.total_wh == pytest.approx(122.0 * 50 / 67)
    assert booking.sun_wh == 0.0 and booking.source is EnergySource.ESTIMATE


def test_energy_is_booked_from_the_readings_where_there_are_any() -> None:
    intervals = [(T0, T0 + timedelta(hours=1))]
    # First half hour: a shunt reads the battery discharging 80 W while the panels give 50 W and the
    # lights take 20 W: the printer drew 30 W of sun and 80 W from the battery.
    dim = [PowerSample(T0 + timedelta(minutes=m), pv_w=50.0, load_w=20.0, battery_w=-80.0) for m in (-2, 10, 20)]
    # Then a bright sky: 300 W of sun, the battery charging; the printer's draw is the estimate's.
    bright = [PowerSample(T0 + timedelta(minutes=m), pv_w=300.0, load_w=20.0, battery_w=150.0) for m in (30, 40, 50)]
    samples = dim + bright
    booking = book_energy(samples, intervals, estimated_draw_w=100.0)
    assert booking.source is EnergySource.READINGS
    assert booking.sun_wh == pytest.approx(30 * 0.5 + 100 * 0.5)
    assert booking.battery_wh == pytest.approx(80 * 0.5)
    # A reading describes 15 minutes at most: beyond that the estimate is booked to the battery.
    late = book_energy(samples[:1], intervals, estimated_draw_w=100.0)
    assert late.source is EnergySource.PARTLY_READINGS
    assert late.battery_wh == pytest.approx(80 * 13 / 60 + 100 * 47 / 60)


def test_a_finished_job_books_readings_and_says_so_on_the_order(services: Services) -> None:
    from app.fitting.customers import add_customer, get_customer
    from app.fitting.values import CustomerInput

    customer = add_customer(services.session_factory, CustomerInput(name="Ama Mensah"))
    for minute in range(0, 60, 5):
        store_reading(services.session_factory, Reading(T0 + timedelta(minutes=minute), "vedirect", pv_w=250.0,
                                                        load_w=10.0, battery_v=12.8, battery_a=5.0))
    with unit_of_work(services.session_factory) as session:
        job = PrintJob(name="Frames for Ama", state=JobState.DONE, customer_id=customer.id, duration_s=67 * 60,
                       energy_wh=122.0, filament_g=13.0, started_at=T0)
        session.add(job)
        session.flush()
        session.add(JobEvent(job_id=job.id, kind="started", at=T0))
        session.add(JobEvent(job_id=job.id, kind="done", at=T0 + timedelta(minutes=50)))
        session.flush()
        session.refresh(job)
        record_usage(session, job, fraction_done=1.0, finished_at=T0 + timedelta(minutes=50))
    order = get_customer(services.session_factory, customer.id).orders[0]
    assert order.energy_source == "readings" and order.printed_minutes == pytest.approx(50.0)
    assert order.energy_from_sun_wh == pytest.approx(122.0 * 50 / 67, rel=1e-3)  # the sun covered it all
    assert order.energy_from_battery_wh == pytest.approx(0.0)


def test_the_customers_order_shows_how_its_energy_was_booked(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.fitting.customers import add_customer
    from app.fitting.values import CustomerInput

    customer = add_customer(services.session_factory, CustomerInput(name="Kofi Boateng"))
    with unit_of_work(services.session_factory) as session:
        job = PrintJob(name="Frames for Kofi", state=JobState.DONE, customer_id=customer.id, duration_s=3600,
                       energy_wh=100.0, started_at=T0)
        session.add(job)
        session.flush()
        session.refresh(job)
        record_usage(session, job, fraction_done=1.0, finished_at=T0 + timedelta(minutes=30))
    services.close()
    assert main(["--data-dir", str(services.paths.root), "customers", "show", str(customer.id)]) == 0
    out = capsys.readouterr().out
    assert "50 (0/50), estimated" in out  # 30 minutes at the estimate's 100 W, all from the battery
