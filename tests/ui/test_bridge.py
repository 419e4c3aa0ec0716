"""The bridge hands callbacks from other threads to the GUI thread, in order, even while a dialog is open."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.bridge import GuiBridge

PROGRESS_STEPS = 50
WAIT_MS = 10_000


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def bridge(window: QWidget) -> GuiBridge:
    return GuiBridge(window)


@pytest.fixture
def run_in_worker() -> Iterator[Callable[[Callable[[], None]], None]]:
    threads: list[threading.Thread] = []

    def start(work: Callable[[], None]) -> None:
        thread = threading.Thread(target=work, name="test-worker", daemon=True)
        threads.append(thread)
        thread.start()

    yield start
    for thread in threads:
        thread.join(WAIT_MS / 1000)


def _message_box(parent: QWidget) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, "Battery", "Print on the battery?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def test_callbacks_run_on_the_gui_thread_in_the_order_posted(
    qtbot: QtBot, bridge: GuiBridge, run_in_worker: Callable[[Callable[[], None]], None]
) -> None:
    seen: list[tuple[int, int]] = []
    report = bridge.wrap(lambda step: seen.append((step, threading.get_ident())))

    def work() -> None:
        for step in range(PROGRESS_STEPS):
            report(step)

    run_in_worker(work)
    qtbot.waitUntil(lambda: len(seen) == PROGRESS_STEPS, timeout=WAIT_MS)
    assert [step for step, _thread in seen] == list(range(PROGRESS_STEPS))
    assert {thread for _step, thread in seen} == {threading.get_ident()}


def test_progress_arrives_while_a_window_modal_dialog_from_a_callback_is_open(
    qtbot: QtBot, window: QWidget, bridge: GuiBridge, run_in_worker: Callable[[Callable[[], None]], None]
) -> None:
    box = _message_box(window)
    opened = threading.Event()
    seen: list[tuple[int, bool]] = []

    def ask() -> None:
        box.open()
        opened.set()

    report = bridge.wrap(lambda step: seen.append((step, box.isVisible())))

    def work() -> None:
        bridge.post(ask)  # the question comes from a bridged callback, as the battery question does
        assert opened.wait(WAIT_MS / 1000)
        for step in range(PROGRESS_STEPS):
            report(step)

    run_in_worker(work)
    qtbot.waitUntil(lambda: len(seen) == PROGRESS_STEPS, timeout=WAIT_MS)
    assert box.isVisible()  # nobody has answered yet
    assert seen == [(step, True) for step in range(PROGRESS_STEPS)]
    box.done(QMessageBox.StandardButton.No)


def test_progress_is_not_held_back_by_a_dialog_running_its_own_event_loop_in_a_callback(
    qtbot: QtBot, window: QWidget, bridge: GuiBridge, run_in_worker: Callable[[Callable[[], None]], None]
) -> None:
    # The worst case: a callback that blocks in exec(). A polling bridge ran nothing more until the
    # dialog closed; the safety timer below closes it if progress never comes, and the order of the
    # record then shows it.
    box = _message_box(window)
    record: list[str] = []
    opened = threading.Event()

    def ask() -> None:
        QTimer.singleShot(0, opened.set)  # runs inside exec(), once the dialog's loop turns
        QTimer.singleShot(WAIT_MS, box.reject)
        record.append("opened")
        box.exec()
        record.append("closed")

    report = bridge.wrap(lambda step: record.append(f"progress {step} {'open' if box.isVisible() else 'shut'}"))

    def work() -> None:
        bridge.post(ask)
        assert opened.wait(WAIT_MS / 1000)
        for step in range(PROGRESS_STEPS):
            report(step)
        bridge.post(lambda: box.done(QMessageBox.StandardButton.Yes))  # the operator answers after the progress

    run_in_worker(work)
    qtbot.waitUntil(lambda: "closed" in record, timeout=2 * WAIT_MS)
    assert record == ["opened", *(f"progress {step} open" for step in range(PROGRESS_STEPS)), "closed"]
    assert box.result() == QMessageBox.StandardButton.Yes


def test_a_failing_callback_does_not_hold_back_the_ones_behind_it(qtbot: QtBot, bridge: GuiBridge) -> None:
    seen: list[str] = []

    def fails() -> None:
        raise ValueError("a callback's own error")

    with qtbot.captureExceptions() as exceptions:
        bridge.post(fails)
        bridge.post(lambda: seen.append("after"))
        qtbot.waitUntil(lambda: seen == ["after"], timeout=WAIT_MS)
    assert [str(exc[1]) for exc in exceptions] == ["a callback's own error"]


def test_posting_after_the_window_closed_is_harmless(
    qtbot: QtBot, run_in_worker: Callable[[Callable[[], None]], None]
) -> None:
    holder = QWidget()
    bridge = GuiBridge(holder)
    seen: list[int] = []
    report = bridge.wrap(seen.append)
    holder.deleteLater()
    qtbot.waitUntil(lambda: not _is_alive(holder), timeout=WAIT_MS)
    finished = threading.Event()

    def work() -> None:
        report(1)
        finished.set()

    run_in_worker(work)
    assert finished.wait(WAIT_MS / 1000)
    qtbot.wait(50)  # let any wrongly queued callback run, so the assertion below could see it
    assert seen == []


def _is_alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
