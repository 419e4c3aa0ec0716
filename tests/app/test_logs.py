"""The operator's log: created by the first command, rotated, crashes recorded, never in the way."""

from __future__ import annotations

import errno
import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.cli import main
from app.logs import CRASH_FILE_NAME, LOG_FILE_NAME, active_log_file, start_logging


def _log_text(data_dir: Path) -> str:
    return (data_dir / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")


def test_first_command_creates_the_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "lab"
    assert main(["--data-dir", str(data_dir), "doctor", "--json"]) == 0
    text = _log_text(data_dir)
    assert "Start: doctor --json; Heliofab" in text
    assert "Python" in text
    assert f"Data folder: {data_dir}" in text
    assert "Created a new database" in text
    assert "Finished with exit code 0" in text
    assert (data_dir / "logs" / CRASH_FILE_NAME).is_file()
    # The process is left as it was found: no handler of ours stays behind.
    assert active_log_file() is None


def test_each_command_appends_to_the_same_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "lab"
    main(["--data-dir", str(data_dir), "doctor"])
    main(["--data-dir", str(data_dir), "printers", "profiles"])
    text = _log_text(data_dir)
    assert text.count("Start: ") == 2
    assert "Start: printers profiles;" in text


def test_failures_are_logged_with_their_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "lab"
    data_dir.mkdir()
    (data_dir / "heliofab.sqlite").write_bytes(b"\x00garbage" * 10)
    assert main(["--data-dir", str(data_dir), "doctor"]) == 1
    text = _log_text(data_dir)
    assert "Start-up refused (NotADatabaseError)" in text and "not a Heliofab database" in text
    assert "Finished with exit code 1" in text
    # The console shows the reason once, not once more through the log.
    assert capsys.readouterr().err.count("not a Heliofab database") == 1


def test_customer_commands_never_put_names_in_the_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "lab"
    assert main(["--data-dir", str(data_dir), "customers", "add", "--name", "Quenby Zorathiel", "--pd-mm", "63"]) == 0
    assert main(["--data-dir", str(data_dir), "customers", "show", "Zorathiel Quenby"]) == 1
    text = _log_text(data_dir)
    assert "Start: customers add;" in text and "Start: customers show;" in text
    assert "Quenby" not in text and "Zorathiel" not in text


def test_log_rotates(tmp_path: Path) -> None:
    process_log = start_logging(tmp_path, max_bytes=2_000, backup_count=2)
    try:
        for n in range(200):
            logging.getLogger("app.test").info("line %03d of a long run", n)
    finally:
        process_log.close()
    folder = tmp_path / "logs"
    names = sorted(p.name for p in folder.iterdir())
    assert names == [CRASH_FILE_NAME, LOG_FILE_NAME, f"{LOG_FILE_NAME}.1", f"{LOG_FILE_NAME}.2"]
    for name in names[1:]:
        assert (folder / name).stat().st_size <= 2_000
    assert "line 199" in (folder / LOG_FILE_NAME).read_text(encoding="utf-8")


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_crash_in_a_thread_is_recorded(tmp_path: Path) -> None:
    def work() -> None:
        raise RuntimeError("slicer worker fell over")

    process_log = start_logging(tmp_path)
    try:
        thread = threading.Thread(target=work, name="slicing-worker")
        thread.start()
        thread.join()
    finally:
        process_log.close()
    text = _log_text(tmp_path)
    assert "CRITICAL" in text and "Unhandled exception in thread slicing-worker" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: slicer worker fell over" in text


@pytest.mark.qt_no_exception_capture  # pytest-qt would take the hook for itself
def test_an_uncaught_exception_is_recorded_and_hooks_are_restored(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    before_hook, before_thread_hook = sys.excepthook, threading.excepthook
    process_log = start_logging(tmp_path)
    try:
        assert sys.excepthook is not before_hook
        try:
            raise ValueError("a bad value nobody caught")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        process_log.close()
    assert sys.excepthook is before_hook and threading.excepthook is before_thread_hook
    assert "ValueError: a bad value nobody caught" in _log_text(tmp_path)
    # The console still shows it, as Python would have.
    assert "a bad value nobody caught" in capsys.readouterr().err


def test_a_fatal_crash_is_recorded_and_carried_into_the_log(tmp_path: Path) -> None:
    # A real segfault in a child process: faulthandler must write through a real file descriptor.
    code = (
        "import faulthandler, sys; from pathlib import Path; from app.logs import start_logging; "
        f"start_logging(Path({str(tmp_path)!r})); faulthandler._sigsegv()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    crash_file = tmp_path / "logs" / CRASH_FILE_NAME
    assert "Fatal Python error" in crash_file.read_text(encoding="utf-8")
    process_log = start_logging(tmp_path)
    process_log.close()
    text = _log_text(tmp_path)
    assert "A Heliofab process ended on a fatal error" in text and "Fatal Python error" in text
    assert crash_file.read_text(encoding="utf-8") == ""


def test_unwritable_log_folder_does_not_stop_a_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Tests run as root, where chmod can't refuse a write: a file where the folder should be refuses it.
    data_dir = tmp_path / "lab"
    data_dir.mkdir()
    (data_dir / "logs").write_text("in the way")
    assert main(["--data-dir", str(data_dir), "customers", "list", "--json"]) == 0
    err_lines = capsys.readouterr().err.strip().splitlines()
    assert len(err_lines) == 1
    assert "cannot write logs in" in err_lines[0] and "logging to the console instead" in err_lines[0]


def test_a_full_disk_is_reported_once_and_logging_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    process_log = start_logging(tmp_path)
    try:
        handler = next(h for h in logging.getLogger().handlers if h.__class__.__name__ == "LogFileHandler")

        def disk_full(record: logging.LogRecord) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(handler, "emit", lambda record: _call_and_handle(handler, disk_full, record))
        for n in range(5):
            logging.getLogger("app.test").warning("record %d", n)
    finally:
        process_log.close()
    err = capsys.readouterr().err
    assert err.count("No space left on device") == 1 and "carrying on without it" in err


def _call_and_handle(handler: logging.Handler, emit: object, record: logging.LogRecord) -> None:
    # As logging.FileHandler.emit does: any error goes to handleError.
    try:
        emit(record)  # type: ignore[operator]
    except OSError:
        handler.handleError(record)


def test_log_level_can_be_raised_for_support(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELIOFAB_LOG_LEVEL", "debug")
    process_log = start_logging(tmp_path)
    try:
        logging.getLogger("printers.test").debug("a detail for support")
        logging.getLogger("sqlalchemy.engine").info("library chatter")
    finally:
        process_log.close()
    text = _log_text(tmp_path)
    assert "a detail for support" in text and "library chatter" not in text


def test_no_console_at_all_and_no_log_folder_is_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pythonw on Windows (a shortcut) has sys.stderr = None: nothing may try to write there.
    monkeypatch.setattr(sys, "stderr", None)
    (tmp_path / "logs").write_text("in the way")
    process_log = start_logging(tmp_path)
    try:
        assert process_log.log_file is None and "cannot write logs in" in process_log.problem
        logging.getLogger("app.test").error("nobody can read this, and nothing breaks")
    finally:
        process_log.close()


def test_a_log_another_process_holds_open_keeps_growing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Windows refuses to rename a file another process has open (the window while a command runs).
    def refuse(source: str, dest: str) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    process_log = start_logging(tmp_path, max_bytes=1_000, backup_count=2)
    try:
        monkeypatch.setattr("os.rename", refuse)
        for n in range(50):
            logging.getLogger("app.test").info("line %03d while the file is held", n)
    finally:
        monkeypatch.undo()
        process_log.close()
    text = _log_text(tmp_path)
    assert "line 049" in text and not (tmp_path / "logs" / f"{LOG_FILE_NAME}.1").exists()
    err = capsys.readouterr().err
    assert err.count("cannot rotate the log") == 1
