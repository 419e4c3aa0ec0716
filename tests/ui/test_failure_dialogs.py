"""Failures in the window reach the operator as a dialog naming the log, not only a console line."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.logs import LOG_FILE_NAME, start_logging
from ui import failure_dialogs
from ui.entry import main


class Shown:
    def __init__(self) -> None:
        self.dialogs: list[tuple[str, str]] = []

    def capture(self, _parent: object, title: str, text: str, *args: object) -> int:
        self.dialogs.append((title, text))
        return 0


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    record = Shown()
    monkeypatch.setattr(failure_dialogs.QMessageBox, "critical", record.capture)
    monkeypatch.setattr(failure_dialogs.QMessageBox, "warning", record.capture)
    return record


def test_start_up_failure_shows_a_dialog_and_the_log(
    qapp: object, shown: Shown, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "lab"
    data_dir.mkdir()
    (data_dir / "heliofab.sqlite").write_bytes(b"\x00garbage" * 10)
    assert main(["--data-dir", str(data_dir)]) == 1
    assert len(shown.dialogs) == 1
    title, text = shown.dialogs[0]
    assert title == "Heliofab could not start"
    first_line = text.splitlines()[0]
    assert "is not a Heliofab database" in first_line and "--data-dir" in first_line
    assert str(data_dir / "logs" / LOG_FILE_NAME) in text
    # Said on the console too, for whoever started it from one.
    assert "not a Heliofab database" in capsys.readouterr().err
    log_text = (data_dir / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Start: desktop app;" in log_text and "Start-up refused (NotADatabaseError)" in log_text


def test_start_up_failure_without_a_log_file_says_so(
    qapp: object, shown: Shown, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert main(["--data-dir", str(blocker / "lab")]) == 1
    _title, text = shown.dialogs[0]
    assert "--data-dir" in text.splitlines()[0]
    assert "No log file could be written" in text


def test_no_dialog_where_no_window_can_open(monkeypatch: pytest.MonkeyPatch, shown: Shown) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert failure_dialogs.show_startup_failure("The database is locked.") is False
    assert shown.dialogs == []


@pytest.mark.qt_no_exception_capture  # the reporter is the one handling it here
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_unhandled_exceptions_show_where_the_log_is(qtbot: QtBot, shown: Shown, tmp_path: Path) -> None:
    process_log = start_logging(tmp_path)
    reporter = failure_dialogs.CrashReporter()
    try:
        try:
            raise KeyError("slot without a job")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: len(shown.dialogs) == 1)
        title, text = shown.dialogs[0]
        assert title == "Heliofab: something went wrong"
        assert "Something went wrong: 'slot without a job'" in text
        assert str(tmp_path / "logs" / LOG_FILE_NAME) in text

        thread = threading.Thread(target=lambda: 1 / 0, name="serial-reader")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(shown.dialogs) == 2)
        assert "division by zero" in shown.dialogs[1][1]
    finally:
        reporter.uninstall()
        reporter.deleteLater()
        process_log.close()
    log_text = (tmp_path / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "KeyError: 'slot without a job'" in log_text
    assert "Unhandled exception in thread serial-reader" in log_text and "ZeroDivisionError" in log_text
