"""Dialogs opened from bridged callbacks are window-modal and answered through a signal, so the
callbacks behind them (printers' and tasks' progress) keep reaching the window while they are open."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.queue.intake import ProfileChoice
from app.services import Services
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.screens.queue import QueueScreen
from ui.widgets.queue_file_dialog import QueueFileDialog

PROGRESS_STEPS = 30
WAIT_MS = 10_000


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    main = create_main_window(services)
    qtbot.addWidget(main)
    main.show()
    yield main
    services.tasks.shutdown()


@pytest.fixture
def queue(window: MainWindow) -> QueueScreen:
    screen = window.show_area("queue")
    assert isinstance(screen, QueueScreen)
    return screen


def _open_dialog(parent: QWidget, kind: type[QDialog], name: str) -> QDialog | None:
    return next((d for d in parent.findChildren(kind, name) if d.isVisible()), None)


def test_the_battery_question_lets_progress_through_while_it_waits(qtbot: QtBot, queue: QueueScreen) -> None:
    answers: list[bool] = []
    dispatcher = threading.Thread(target=lambda: answers.append(queue._ask_from_worker("Print on the battery?")))
    dispatcher.start()
    qtbot.waitUntil(lambda: _open_dialog(queue, QMessageBox, "batteryQuestion") is not None, timeout=WAIT_MS)
    box = _open_dialog(queue, QMessageBox, "batteryQuestion")
    assert isinstance(box, QMessageBox)
    assert box.windowModality() == Qt.WindowModality.WindowModal

    seen: list[tuple[int, bool]] = []
    report = queue.ctx.bridge.wrap(lambda step: seen.append((step, box.isVisible())))
    printer = threading.Thread(target=lambda: [report(step) for step in range(PROGRESS_STEPS)])
    printer.start()
    qtbot.waitUntil(lambda: len(seen) == PROGRESS_STEPS, timeout=WAIT_MS)
    assert seen == [(step, True) for step in range(PROGRESS_STEPS)]  # all delivered before the answer
    assert answers == []  # the dispatcher still waits for the operator

    box.button(QMessageBox.StandardButton.Yes).click()
    dispatcher.join(WAIT_MS / 1000)
    printer.join(WAIT_MS / 1000)
    assert answers == [True]


def test_dismissing_the_battery_question_counts_as_no(qtbot: QtBot, queue: QueueScreen) -> None:
    answers: list[bool] = []
    dispatcher = threading.Thread(target=lambda: answers.append(queue._ask_from_worker("Print on the battery?")))
    dispatcher.start()
    qtbot.waitUntil(lambda: _open_dialog(queue, QMessageBox, "batteryQuestion") is not None, timeout=WAIT_MS)
    box = _open_dialog(queue, QMessageBox, "batteryQuestion")
    assert box is not None
    box.reject()  # Escape, or the title bar's close button
    dispatcher.join(WAIT_MS / 1000)
    assert answers == [False]


def test_an_unanswered_battery_question_counts_as_no_and_goes_away(
    qtbot: QtBot, queue: QueueScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.screens.queue.BATTERY_QUESTION_WAIT_S", 0.0)
    answers: list[bool] = []
    dispatcher = threading.Thread(target=lambda: answers.append(queue._ask_from_worker("Print on the battery?")))
    dispatcher.start()
    dispatcher.join(WAIT_MS / 1000)
    assert answers == [False]
    # The question was posted before it was withdrawn: it opens, then the withdrawal closes it.
    qtbot.waitUntil(lambda: queue.findChildren(QMessageBox, "batteryQuestion") == [], timeout=WAIT_MS)


def test_the_profile_question_opens_without_waiting_and_queues_the_choice(
    qtbot: QtBot, queue: QueueScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    queued: list[tuple[Path, str, int, object]] = []
    monkeypatch.setattr(queue, "queue_file", lambda path, profile_id, *, priority, deadline_utc: queued.append(
        (path, profile_id, priority, deadline_utc)))
    choices = [ProfileChoice("prusa-mk3", "Prusa MK3", True), ProfileChoice("creality-ender3", "Ender 3", False)]
    gcode = tmp_path / "part.gcode"
    queue._ask_profile(gcode, choices)  # returns at once: the answer comes through the dialog's signal
    dialog = _open_dialog(queue, QueueFileDialog, "queueProfileChooser")
    assert isinstance(dialog, QueueFileDialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert "part.gcode" in dialog.findChild(QLabel).text()
    assert queued == []
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("creality-ender3"))
    dialog.terms.priority_spin.setValue(7)
    dialog.accept()
    assert queued == [(gcode, "creality-ender3", 7, None)]


def test_a_failed_task_is_shown_without_waiting_for_the_operator(qtbot: QtBot, window: MainWindow) -> None:
    window.ctx.tasks.task_failed.emit("Importing designs", "The file is not a 3MF archive: choose another file.")
    box = _open_dialog(window, QMessageBox, "taskError")
    assert isinstance(box, QMessageBox)
    assert box.text() == "The file is not a 3MF archive: choose another file."
    assert box.windowModality() == Qt.WindowModality.WindowModal
    box.accept()
