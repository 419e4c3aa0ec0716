"""Quitting mid-print, a shutdown signal, and resuming an interrupted print, against simulated printers."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from app.printing.runner import check_lines, store_checked_job
from app.services import Services
from db.models import JobState, PrintJob
from printers.sim.device import SimPrinterDevice, printer_for_url, stop_printer
from tests.app.test_print_recovery import gcode_lines
from ui.app import create_main_window, watch_shutdown_signals
from ui.main_window import MainWindow
from ui.screens.printers import PrintersScreen
from ui.screens.queue import QueueScreen

HEATERS_OFF = ("M104 S0", "M140 S0")


def _job_state(services: Services, job_id: int) -> JobState:
    with services.session_factory() as db:
        job = db.get(PrintJob, job_id)
        assert job is not None
        return job.state


def _printing_window(qtbot,
                     services: Services) -> tuple[MainWindow, SimPrinterDevice, int]:  # type: ignore[no-untyped-def]
    """A window and a real-time simulated printer busy heating up for its job (the bed takes ~40 s)."""
    port = services.printing.start_simulator(speed=1.0)
    printer = printer_for_url(port)
    services.printing.connect(port, baud=115200)
    job_id = store_checked_job(services.session_factory, services.blobs, check_lines("frame.gcode", gcode_lines(200)))
    services.printing.start_job(port, job_id)
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "M140 S60" in printer.executed_commands(), timeout=10_000)
    return window, printer, job_id


def _ends_cooled(printer: SimPrinterDevice) -> bool:
    commands = printer.executed_commands()
    start = commands.index("M104 S200")
    return all(c in commands[start:] for c in HEATERS_OFF) and printer.targets() == (0.0, 0.0)


def test_quitting_mid_print_asks_and_keep_printing_keeps_the_window(qtbot,
                                                                    services: Services) -> None:  # type: ignore[no-untyped-def]
    window, printer, job_id = _printing_window(qtbot, services)
    assert not window.close()  # the close button: asked, not closed
    box = window.quit_question
    assert box is not None and box.isVisible() and box.windowModality().name == "WindowModal"
    assert services.printing.printing_ports() and "Quitting stops it" in box.text()
    assert [b.text() for b in box.buttons()] == ["Keep printing", "Stop the print and quit"]
    assert box.escapeButton() is window.keep_printing_button
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape keeps printing
    qtbot.waitUntil(lambda: window.quit_question is None)
    assert window.isVisible()
    assert services.printing.printing_ports()
    assert printer.targets() != (0.0, 0.0)  # still heating for the job
    assert _job_state(services, job_id) is JobState.PRINTING


def test_ctrl_q_then_stop_the_print_parks_cools_and_closes(qtbot,
                                                           services: Services) -> None:  # type: ignore[no-untyped-def]
    window, printer, job_id = _printing_window(qtbot, services)
    [quit_action] = [a for a in window.actions() if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)]
    quit_action.trigger()
    qtbot.waitUntil(lambda: window.quit_question is not None and window.quit_question.isVisible())
    window.stop_print_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=40_000)
    assert _ends_cooled(printer), printer.executed_commands()[-12:]
    tail = printer.executed_commands()[printer.executed_commands().index("M104 S200"):]
    assert any(c.startswith("G1 Z") for c in tail[tail.index("M104 S200"):])  # lifted off the part (parked)
    # The session's thread commits the outcome just after it reports the job ended.
    qtbot.waitUntil(lambda: _job_state(services, job_id) is JobState.CANCELLED, timeout=5_000)


@pytest.fixture
def restore_signals() -> Iterator[None]:
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    yield
    for signum, handler in saved.items():
        signal.signal(signum, handler)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)


@pytest.mark.skipif(sys.platform == "win32", reason="os.kill with SIGTERM ends the process on Windows")
def test_sigterm_stops_the_print_and_closes_without_asking(qtbot, services: Services,
                                                           restore_signals: None) -> None:  # type: ignore[no-untyped-def]
    window, printer, job_id = _printing_window(qtbot, services)
    watch_shutdown_signals(window)
    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=40_000)
    assert window.quit_question is None
    assert _ends_cooled(printer), printer.executed_commands()[-12:]
    # The session's thread commits the outcome just after it reports the job ended.
    qtbot.waitUntil(lambda: _job_state(services, job_id) is JobState.CANCELLED, timeout=5_000)


def test_closing_with_no_print_running_closes_and_the_printer_cools(qtbot,
                                                                    services: Services) -> None:  # type: ignore[no-untyped-def]
    port = services.printing.start_simulator(speed=0.0)
    printer = printer_for_url(port)
    services.printing.connect(port, baud=115200)
    services.printing.set_temperatures(port, hotend_c=180, bed_c=50)
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: printer.targets() == (180.0, 50.0))
    assert window.close() and window.quit_question is None
    services.printing.disconnect(port)  # what closing the services after the window does, printer by printer
    qtbot.waitUntil(lambda: printer.executed_commands()[-3:] == ["M104 S0", "M140 S0", "M107"])
    assert printer.targets() == (0.0, 0.0)


# ---- resuming after a printer restart ------------------------------------------------------------


def _job_commands(commands: list[str]) -> list[str]:
    """What would come from resuming the job: heat-up, homing, moves."""
    return [c for c in commands if c.startswith(("G1", "G28", "G92", "M109", "M190")) or c in ("M104 S200", "M140 S60")]


@pytest.fixture
def restarted_job(services: Services) -> Iterator[tuple[str, int]]:
    """A job interrupted at line ~300 by a printer that restarted (its record holds its own port)."""
    port = "sim://restarts?speed=0&seed=3&faults=reset@300"
    printer_for_url(port)
    job_id = store_checked_job(services.session_factory, services.blobs, check_lines("restart.gcode", gcode_lines(600)))
    services.printing.connect(port, baud=115200)
    services.printing.start_job(port, job_id)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and _job_state(services, job_id) is not JobState.INTERRUPTED:
        time.sleep(0.05)
    assert _job_state(services, job_id) is JobState.INTERRUPTED
    services.printing.disconnect(port)
    yield port, job_id
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.done(0)  # a question left open by a failed test must not hold its worker
    services.printing.close()
    stop_printer(port)


def test_queue_shows_the_interrupted_print_and_resumes_it_on_its_own_port_after_asking(  # type: ignore[no-untyped-def]
    qtbot, services: Services, restarted_job: tuple[str, int]
) -> None:
    port, job_id = restarted_job
    printer = printer_for_url(port)
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.show()
    screen = window.show_area("queue")
    assert isinstance(screen, QueueScreen)
    qtbot.waitUntil(lambda: screen.interrupted_list.count() == 1, timeout=10_000)
    text = screen.interrupted_list.item(0).text()
    assert f"#{job_id}" in text and "interrupted at line" in text and "of 6" in text and "height" in text
    assert screen.interrupted_box.isVisible()
    executed_before = len(printer.executed_commands())

    screen.resume_button.click()
    qtbot.waitUntil(lambda: screen.resume_flow.question is not None, timeout=15_000)
    question = screen.resume_flow.question
    assert question is not None and port in question.text() and " mm (layer " in question.text()
    assert "Is the part still on the bed" in question.informativeText()
    assert _job_commands(printer.executed_commands()[executed_before:]) == []  # asked before anything of the job
    [yes] = [b for b in question.buttons() if "The part is in place" in b.text()]
    yes.click()
    qtbot.waitUntil(lambda: _job_state(services, job_id) is JobState.DONE, timeout=30_000)
    assert services.printing.connected_ports() == [port]  # the job's own port, no default
    assert "G28 X Y" in printer.executed_commands()[executed_before:]


def test_declining_leaves_the_job_interrupted_and_sends_nothing(
    qtbot, services: Services, restarted_job: tuple[str, int]
) -> None:  # type: ignore[no-untyped-def]
    port, job_id = restarted_job
    printer = printer_for_url(port)
    window = create_main_window(services)
    qtbot.addWidget(window)
    screen = window.show_area("queue")
    assert isinstance(screen, QueueScreen)
    qtbot.waitUntil(lambda: screen.interrupted_list.count() == 1, timeout=10_000)
    executed_before = len(printer.executed_commands())
    screen.resume_button.click()
    qtbot.waitUntil(lambda: screen.resume_flow.question is not None, timeout=15_000)
    question = screen.resume_flow.question
    assert question is not None
    [no] = [b for b in question.buttons() if b.text() == "Don't resume"]
    no.click()
    qtbot.waitUntil(lambda: "stays interrupted" in screen.progress_label.text(), timeout=15_000)
    assert _job_state(services, job_id) is JobState.INTERRUPTED
    assert _job_commands(printer.executed_commands()[executed_before:]) == []


def test_a_missing_port_is_chosen_not_defaulted(qtbot, services: Services,
                                                restarted_job: tuple[str, int]) -> None:  # type: ignore[no-untyped-def]
    port, job_id = restarted_job
    with services.session_factory() as db:
        job = db.get(PrintJob, job_id)
        assert job is not None
        stored = dict(job.machine_state or {})
    from db.engine import unit_of_work

    with unit_of_work(services.session_factory) as db:
        job = db.get(PrintJob, job_id)
        assert job is not None
        job.machine_state = {**stored, "port": "/dev/ttyUSB-heliofab-unplugged"}
    window = create_main_window(services)
    qtbot.addWidget(window)
    screen = window.show_area("printers")
    assert isinstance(screen, PrintersScreen)
    qtbot.waitUntil(lambda: screen.interrupted_table.rowCount() == 1, timeout=10_000)
    assert "not plugged in" in screen.interrupted_table.item(0, 3).text()
    screen.interrupted_table.selectRow(0)
    screen.resume_job_button.click()
    qtbot.waitUntil(lambda: screen.resume_flow.port_chooser is not None, timeout=10_000)  # ports listed by a worker
    chooser = screen.resume_flow.port_chooser
    assert chooser is not None and chooser.isVisible() and "/dev/ttyUSB-heliofab-unplugged" in chooser.labelText()
    assert "/dev/ttyUSB-heliofab-unplugged" not in chooser.comboBoxItems()  # never offered the missing port
    chooser.setTextValue(port)
    chooser.accept()
    qtbot.waitUntil(lambda: screen.resume_flow.question is not None, timeout=15_000)
    question = screen.resume_flow.question
    assert question is not None
    [yes] = [b for b in question.buttons() if "The part is in place" in b.text()]
    yes.click()
    qtbot.waitUntil(lambda: _job_state(services, job_id) is JobState.DONE, timeout=30_000)
