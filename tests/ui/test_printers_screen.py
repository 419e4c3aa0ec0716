"""The printers screen against an in-process simulated printer."""

from __future__ import annotations

from pathlib import Path

from app.printing.jobs import JobRecorder
from app.printing.runner import check_lines, store_checked_job
from ui.app import create_main_window
from ui.screens.printers import PrintersScreen

GCODE = ["M140 S60", "M104 S200", "M190 S60", "M109 S200", "G28", "G90", "M82", "G92 E0", "G1 Z0.2 F600"]
GCODE += [f"G1 X{10 + i % 50} Y{10 + (i * 3) % 50} E{0.5 + i * 0.02:.2f} F1500" for i in range(400)]


def test_connect_print_and_show_progress(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 900)
    window.show()
    screen = window.show_area("printers")
    assert isinstance(screen, PrintersScreen)
    assert screen.empty_state.isVisible()

    port = services.printing.start_simulator(speed=0.0)
    screen.connect_port(port, 115200)
    qtbot.waitUntil(lambda: screen.printer_list.count() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "ready" in screen.status_label.text(), timeout=10_000)
    assert not screen.empty_state.isVisible()

    screen.command_edit.setText("M104 S180")
    screen.send_button.click()
    qtbot.waitUntil(lambda: "180" in screen.temperatures.temp_label.text(), timeout=10_000)

    path = tmp_path / "frame.gcode"
    path.write_text("\n".join(GCODE) + "\n")
    screen.print_path(path)
    qtbot.waitUntil(lambda: "done" in screen.job_label.text(), timeout=20_000)
    assert screen.job_progress.value() == 1000
    assert screen.print_button.isEnabled()
    assert window.grab().save(str(tmp_path / "printers.png"))


def test_interrupted_jobs_are_listed_with_their_line(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    job_id = store_checked_job(services.session_factory, services.blobs, check_lines("left.gcode", GCODE))
    JobRecorder(services.session_factory, job_id, port="/dev/ttyUSB0").started(is_resume=False)
    from datetime import timedelta

    from db.engine import unit_of_work
    from db.models import PrintJob
    from db.types import utcnow

    with unit_of_work(services.session_factory) as session:
        job = session.get(PrintJob, job_id)
        job.last_acked_line = 120
        job.machine_state = {**job.machine_state, "heartbeat_utc": (utcnow() - timedelta(hours=1)).isoformat()}
    from app.printing.jobs import mark_orphans_interrupted

    mark_orphans_interrupted(services.session_factory)
    window = create_main_window(services)
    qtbot.addWidget(window)
    screen = window.show_area("printers")
    qtbot.waitUntil(lambda: screen.interrupted_table.rowCount() == 1)  # read in the background
    assert screen.interrupted_table.item(0, 1).text() == f"120 / {len(GCODE)}"
    assert "/dev/ttyUSB0" in screen.interrupted_table.item(0, 3).text()
    screen.interrupted_table.selectRow(0)
    screen.abandon_button.click()
    qtbot.waitUntil(lambda: screen.interrupted_table.rowCount() == 0)
