"""Faults while printing: a progress record that can't be saved pauses the print; nothing kills a
session thread without the heaters going off."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator

import pytest

from app.printing.jobs import JobRecorder
from app.printing.record_faults import DATABASE_LOCKED, DISK_FAILED, DISK_FULL, recording_failure
from app.printing.runner import check_lines, store_checked_job
from app.printing.service import PrintingService
from app.services import Services
from db.models import JobState, PrintJob
from printers.session import JobOutcome, SessionCallbacks, SessionState
from printers.sim.device import printer_for_url, stop_printer
from tests.app.test_print_recovery import gcode_lines
from tests.printers.simulated import FAST_OPTIONS, job_commands, make_session, make_sim  # noqa: F401


def _wait(predicate: Callable[[], bool], timeout_s: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def _moves(commands: list[str]) -> list[str]:
    """The job's extruding moves: each is distinct, so a doubled or lost one shows."""
    return [c for c in commands if c.startswith("G1 X") and " E" in c]


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """While `is_full`, every commit of a job's progress fails as SQLite does on a full disk."""
    state = {"is_full": False}
    commit = JobRecorder._commit

    def failing_commit(self: JobRecorder, *args: object, **kwargs: object) -> None:
        if state["is_full"]:
            raise sqlite3.OperationalError("database or disk is full")
        commit(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(JobRecorder, "_commit", failing_commit)
    return state


@pytest.fixture
def printing(services: Services) -> Iterator[tuple[PrintingService, str]]:
    port = "sim://faults?speed=0&seed=4"
    printer_for_url(port)
    service = PrintingService(services.session_factory, services.blobs, options=FAST_OPTIONS)
    service.connect(port, baud=115200)
    yield service, port
    service.close()
    stop_printer(port)


def test_a_full_disk_pauses_the_print_parked_and_cold_and_resume_goes_on_once_freed(
    services: Services, printing: tuple[PrintingService, str], full_disk: dict[str, bool]
) -> None:
    service, port = printing
    printer = printer_for_url(port)
    lines = gcode_lines(20000)  # long enough that the fault comes well before the end
    job_id = store_checked_job(services.session_factory, services.blobs, check_lines("full.gcode", lines))
    service.start_job(port, job_id)
    assert _wait(lambda: service.snapshot(port).confirmed_line > 400)
    full_disk["is_full"] = True
    assert _wait(lambda: service.snapshot(port).state is SessionState.PAUSED)
    snap = service.snapshot(port)
    assert snap.hold_kind == DISK_FULL and "free some space" in snap.hold_message
    assert "disk of the data folder is full" in snap.message  # what the printers screen shows
    executed = printer.executed_commands()
    # Parked (lifted) with the heaters off, as an unattended pause does: the last commands say so.
    tail = executed[-6:]
    assert "M104 S0" in tail and "M140 S0" in tail and any(c.startswith("G1 Z") for c in executed[-10:])
    assert printer.targets() == (0.0, 0.0)
    assert service.session_for(port).state is SessionState.PAUSED  # the threads are alive and waiting

    service.resume(port)  # still full: held again, nothing printed in between
    assert _wait(lambda: service.snapshot(port).state is SessionState.PAUSED
                 and service.snapshot(port).hold_kind == DISK_FULL)
    full_disk["is_full"] = False
    service.resume(port)
    with services.session_factory() as db:
        assert _wait(lambda: db.get(PrintJob, job_id, populate_existing=True).state is JobState.DONE, 60.0)  # type: ignore[union-attr]
    assert _moves(printer.executed_commands()) == _moves(lines)  # nothing doubled, nothing lost
    assert service.snapshot(port).hold_kind == ""


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (sqlite3.OperationalError("database or disk is full"), DISK_FULL),
        (sqlite3.OperationalError("database is locked"), DATABASE_LOCKED),
        (sqlite3.OperationalError("disk I/O error"), DISK_FAILED),
        (OSError(28, "No space left on device"), DISK_FULL),
    ],
)
def test_recording_failures_are_named_for_the_operator(exc: BaseException, kind: str) -> None:
    found, message = recording_failure(exc)
    assert found == kind and "then resume the print" in message


def test_an_unexpected_error_on_the_writer_thread_switches_the_heaters_off(
    make_sim, make_session, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    sim = make_sim()
    errors: list[str] = []
    session = make_session(sim.port, callbacks=SessionCallbacks(on_error=errors.append))
    session.connect()
    session.start_job(["M104 S200", "M140 S60", "G28", "G90", *job_commands(4000)])
    assert _wait(lambda: session.progress().confirmed_index > 200)
    original = session._advance_locked

    def broken(now: float) -> None:
        raise RuntimeError("a bug in the job's bookkeeping")

    monkeypatch.setattr(session, "_advance_locked", broken)
    result = session.wait_until_finished(10)
    monkeypatch.setattr(session, "_advance_locked", original)
    assert result is not None and result.outcome is JobOutcome.INTERRUPTED
    assert session.state is SessionState.ERROR
    assert _wait(lambda: bool(errors))  # reported just after the job's end is
    assert "unexpected error" in errors[-1] and "heaters are switched off" in errors[-1]
    assert _wait(lambda: sim.targets() == (0.0, 0.0))
    assert sim.executed_commands()[-3:] == ["M104 S0", "M140 S0", "M107"]
