"""One process at a time writes to a data folder; readers go alongside; a dead holder blocks no one."""

from __future__ import annotations

import builtins
import errno
import json
import os
import signal
import subprocess
import sys
import types
from pathlib import Path

import pytest

from app.cli import main
from app.cli.common import CliContext
from app.lab_lock import (
    LOCK_FILE_NAME,
    DataFolderBusyError,
    acquire_data_folder,
    is_data_folder_busy,
    read_holder,
)

BUSY = "Heliofab is already running on this data folder"


def test_a_second_holder_is_refused_with_who_holds_the_folder(tmp_path: Path) -> None:
    with acquire_data_folder(tmp_path, "the window") as first:
        assert first.is_held
        with pytest.raises(DataFolderBusyError) as refused:
            acquire_data_folder(tmp_path, "heliofab lab run")
        assert str(refused.value) == (
            f"{BUSY} (the window, pid {os.getpid()}): close it first, or use --data-dir for another lab."
        )
        assert is_data_folder_busy(tmp_path)
        holder = read_holder(tmp_path)
        assert holder is not None and holder.pid == os.getpid() and holder.what == "the window"
    assert not is_data_folder_busy(tmp_path)
    assert read_holder(tmp_path) is None  # released: the file names no one
    with acquire_data_folder(tmp_path, "heliofab lab run") as second:
        assert second.holder.what == "heliofab lab run"


def test_a_folder_that_cannot_hold_a_lock_file_says_so(tmp_path: Path) -> None:
    from app.lab_lock import DataFolderLockError

    (tmp_path / "not-a-folder").write_text("x")
    with pytest.raises(DataFolderLockError, match=r"check that the data folder can be written|Can't open"):
        acquire_data_folder(tmp_path / "not-a-folder", "the window")


def test_lab_run_is_refused_while_the_folder_is_held_and_readers_still_work(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "printers", "add", "P1", "--port", "sim://lock-test",
                 "--profile", "creality-ender3"]) == 0
    capsys.readouterr()
    window = CliContext(data_dir=data_dir)
    window.hold_data_folder("the window")
    try:
        assert main(["--data-dir", str(data_dir), "lab", "run"]) == 1
        err = capsys.readouterr().err
        assert f"{BUSY} (the window, pid {os.getpid()}): close it first, or use --data-dir for another lab." in err
        assert main(["--data-dir", str(data_dir), "printers", "add", "P2", "--port", "COM7",
                     "--profile", "creality-ender3"]) == 1
        assert BUSY in capsys.readouterr().err
        # Commands that only read work beside the window.
        assert main(["--data-dir", str(data_dir), "printers", "list", "--json"]) == 0
        assert [p["name"] for p in json.loads(capsys.readouterr().out)] == ["P1"]
        assert main(["--data-dir", str(data_dir), "queue", "list"]) == 0
        capsys.readouterr()
        assert main(["--data-dir", str(data_dir), "lab", "status", "--json"]) == 0
        status = json.loads(capsys.readouterr().out)
        assert status["is_busy"] and status["holder"] == "the window" and status["pid"] == os.getpid()
    finally:
        window.close()
    assert main(["--data-dir", str(data_dir), "printers", "remove", "P1"]) == 0


def test_a_reader_beside_the_owner_leaves_its_paused_jobs_alone(data_dir: Path) -> None:
    """Only the folder's owner marks jobs left printing as interrupted: a paused one is the owner's."""
    from app.queue.store import add_job
    from db.engine import unit_of_work
    from db.models import JobState, PrintJob

    owner = CliContext(data_dir=data_dir)
    owner.hold_data_folder("heliofab lab run")
    try:
        services = owner.services()
        job_id = add_job(services.session_factory, name="frame", duration_min=30, energy_wh=40, peak_w=200)
        with unit_of_work(services.session_factory) as session:
            job = session.get(PrintJob, job_id)
            assert job is not None
            job.state = JobState.PAUSED  # paused for the sun, hours ago: no fresh heartbeat
        reader = CliContext(data_dir=data_dir)
        try:
            assert not reader.services().options.is_owner
        finally:
            reader.close()
        with services.session_factory() as session:
            assert session.get(PrintJob, job_id).state is JobState.PAUSED  # type: ignore[union-attr]
    finally:
        owner.close()
    # With no owner left, the next process tidies up: the job was truly orphaned.
    later = CliContext(data_dir=data_dir)
    try:
        assert later.services().options.is_owner
        with later.services().session_factory() as session:
            assert session.get(PrintJob, job_id).state is JobState.INTERRUPTED  # type: ignore[union-attr]
    finally:
        later.close()


@pytest.mark.skipif(os.name != "posix", reason="kills a child process with SIGKILL")
def test_a_killed_lab_run_leaves_no_stale_block(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "printers", "add", "P1", "--port", "sim://killed",
                 "--profile", "creality-ender3"]) == 0
    child = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir), "lab", "run"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if "Dispatching" in line:
                break
        second = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "lab", "run"],
                                check=False, capture_output=True, text=True, timeout=120)
        assert second.returncode == 1
        assert f"{BUSY} (heliofab lab run, pid {child.pid}): close it first" in second.stderr
        reader = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "printers", "list"],
                                check=False, capture_output=True, text=True, timeout=120)
        assert reader.returncode == 0 and "sim://killed" in reader.stdout
        child.send_signal(signal.SIGKILL)  # a crash: nothing of its own clean-up runs
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()
        if child.stderr is not None:
            child.stderr.close()
    assert read_holder(data_dir) is not None  # the dead process's name is still written there...
    assert not is_data_folder_busy(data_dir)  # ...but the OS dropped its lock with it
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "printers", "remove", "P1"]) == 0


@pytest.fixture
def windows_locks(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[int, int], int]:
    """Windows as far as the lock sees it: `sys.platform` says win32, `fcntl` can't be imported,
    and `msvcrt.locking` locks byte ranges per handle as Windows does."""
    held: dict[tuple[int, int], int] = {}  # (file, offset) → the descriptor holding it

    def locking(fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        key = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == fake.LK_NBLCK:
            if key in held and held[key] != fd:
                raise OSError(errno.EACCES, "Permission denied")
            held[key] = fd
        elif mode == fake.LK_UNLCK:
            if held.get(key) != fd:
                raise OSError(errno.EACCES, "Permission denied")
            del held[key]

    fake = types.ModuleType("msvcrt")
    fake.LK_NBLCK, fake.LK_UNLCK = 2, 0  # type: ignore[attr-defined]
    fake.locking = locking  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    real_import = builtins.__import__

    def no_posix_modules(name: str, *args: object, **kwargs: object) -> object:
        if name == "fcntl":
            raise ModuleNotFoundError("No module named 'fcntl'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_posix_modules)
    monkeypatch.setattr(sys, "platform", "win32")
    return held


def test_windows_locks_one_byte_past_the_description_so_others_can_read_it(
    tmp_path: Path, windows_locks: dict[tuple[int, int], int]
) -> None:
    from app.lab_lock import _WINDOWS_LOCK_OFFSET

    first = acquire_data_folder(tmp_path, "the window")
    assert [offset for _file, offset in windows_locks] == [_WINDOWS_LOCK_OFFSET]
    with pytest.raises(DataFolderBusyError, match=rf"\(the window, pid {os.getpid()}\)"):
        acquire_data_folder(tmp_path, "heliofab lab run")
    description = json.loads((tmp_path / LOCK_FILE_NAME).read_bytes())  # readable while held
    assert description["what"] == "the window"
    first.release()
    assert windows_locks == {}
    acquire_data_folder(tmp_path, "heliofab lab run").release()


def test_a_runtime_without_file_locks_runs_and_says_the_folder_is_not_guarded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real_import = builtins.__import__

    def no_fcntl(name: str, *args: object, **kwargs: object) -> object:
        if name == "fcntl":
            raise ModuleNotFoundError("No module named 'fcntl'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_fcntl)
    monkeypatch.setattr(sys, "platform", "linux")
    with acquire_data_folder(tmp_path, "the window") as lock:
        assert lock.is_held and read_holder(tmp_path) is not None
    assert "nothing keeps a second Heliofab off this data folder" in caplog.text


def test_a_command_waits_for_another_command_but_not_for_the_window(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import threading

    from app.lab_lock import COMMAND_HOLDER_PREFIX, DataFolderBusyError, acquire_data_folder

    data_dir = tmp_path / "lab"
    first = acquire_data_folder(data_dir, f"{COMMAND_HOLDER_PREFIX}heliofab customers add")
    releaser = threading.Timer(0.3, first.release)
    releaser.start()
    second = acquire_data_folder(data_dir, f"{COMMAND_HOLDER_PREFIX}heliofab customers add",
                                 wait_behind_commands_s=20.0)
    assert second.is_held and not first.is_held
    second.release()

    window = acquire_data_folder(data_dir, "the window")
    try:
        with pytest.raises(DataFolderBusyError, match="the window"):
            acquire_data_folder(data_dir, f"{COMMAND_HOLDER_PREFIX}heliofab queue add", wait_behind_commands_s=20.0)
    finally:
        window.release()


def test_a_print_holds_the_folder_for_hours_so_others_are_refused_at_once_with_a_way_out(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import build_parser
    from app.cli.folder_access import holder_name

    what = holder_name(build_parser().parse_args(["print", "--job", "7", "--port", "COM3"]))
    assert what == "heliofab print --job 7"
    printing = acquire_data_folder(data_dir, what)
    try:
        holder = read_holder(data_dir)
        assert holder is not None and not holder.is_one_shot_command
        assert main(["--data-dir", str(data_dir), "printers", "add", "P2", "--port", "COM7",
                     "--profile", "creality-ender3"]) == 1
        err = capsys.readouterr().err
        assert "Waiting for" not in err  # refused without waiting behind it
        assert f"{BUSY} (heliofab print --job 7, pid {os.getpid()}): wait for the print to end, or run the lab " \
               "with `heliofab lab run` to drive several printers and keep the queue open." in err
    finally:
        printing.release()


def test_a_command_waiting_behind_another_says_so_at_once(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.cli.common
    from app.lab_lock import COMMAND_HOLDER_PREFIX, LockHolder

    first = acquire_data_folder(data_dir, f"{COMMAND_HOLDER_PREFIX}heliofab customers add")
    told: list[str] = []

    def on_wait(holder: LockHolder) -> None:
        told.append(holder.what)
        first.release()  # the other command ends once this one has begun to wait

    second = acquire_data_folder(data_dir, f"{COMMAND_HOLDER_PREFIX}heliofab queue add", wait_behind_commands_s=20.0,
                                 on_wait=on_wait)
    second.release()
    assert told == [f"{COMMAND_HOLDER_PREFIX}heliofab customers add"]

    first = acquire_data_folder(data_dir, f"{COMMAND_HOLDER_PREFIX}heliofab customers add")
    say_waiting = app.cli.common._say_waiting

    def say_then_end_the_other(holder: LockHolder) -> None:
        say_waiting(holder)
        first.release()

    monkeypatch.setattr(app.cli.common, "_say_waiting", say_then_end_the_other)
    assert main(["--data-dir", str(data_dir), "printers", "add", "P1", "--port", "sim://wait-test",
                 "--profile", "creality-ender3"]) == 0
    err = capsys.readouterr().err
    assert err.count("Waiting for") == 1
    assert f"Waiting for the command heliofab customers add (pid {os.getpid()}) to finish…" in err
