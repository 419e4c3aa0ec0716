"""One process at a time writes to a data folder: the window, `heliofab lab run`, or a command that writes.

The lock is an operating-system lock on `heliofab.lock` in the data folder, held for the life of the
process: the OS drops it when the process ends, however it ends, so a crash never leaves a stale
block behind. The file also says who holds it (pid, what), for the message a second process shows.

POSIX uses `fcntl.flock` on the whole file. Windows uses `msvcrt.locking` on one byte far past the
description: a byte range locked there can't be read by other processes, and they must read who
holds the lock.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from i18n import _

LOCK_FILE_NAME = "heliofab.lock"
# Where the Windows lock byte sits: past any description, so the description stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20
_MAX_DESCRIPTION_BYTES = 4096
# How a one-shot command names itself in the lock file: others may wait for it to end.
COMMAND_HOLDER_PREFIX = "the command "
# How `heliofab print` names itself: it holds the folder for the whole print, so no one waits for it.
PRINT_HOLDER_PREFIX = "heliofab print"
_TURN_POLL_S = 0.05

log = logging.getLogger(__name__)


class DataFolderLockError(Exception):
    """The data folder can't be locked (unwritable folder, a file where the folder should be)."""


class DataFolderBusyError(DataFolderLockError):
    """Another process holds the data folder."""

    def __init__(self, message: str, holder: LockHolder | None) -> None:
        super().__init__(message)
        self.holder = holder


@dataclass(frozen=True)
class LockHolder:
    pid: int
    what: str  # "the window", "heliofab lab run", "the command heliofab queue add"
    since_utc: str = ""

    @property
    def is_one_shot_command(self) -> bool:
        """A command that ends by itself in a moment (not the window, not `lab run`)."""
        return self.what.startswith(COMMAND_HOLDER_PREFIX)

    def describe(self) -> str:
        return f"{self.what}, pid {self.pid}" if self.pid > 0 else self.what


class DataFolderLock:
    """Held from `acquire_data_folder` until `release` (or the end of the process)."""

    def __init__(self, path: Path, fd: int, holder: LockHolder) -> None:
        self.path = path
        self.holder = holder
        self._fd: int | None = fd

    @property
    def is_held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            # Emptied first, while still held: a holder that is gone must not be named.
            os.ftruncate(fd, 0)
        except OSError:
            pass  # the next holder overwrites it anyway
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> DataFolderLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILE_NAME


def acquire_data_folder(
    data_dir: Path,
    what: str,
    *,
    wait_behind_commands_s: float = 0.0,
    on_wait: Callable[[LockHolder], None] | None = None,
) -> DataFolderLock:
    """Take the data folder for this process; raises DataFolderBusyError naming the holder.

    With `wait_behind_commands_s`, a folder held by another one-shot command (which ends in a moment)
    is waited for up to that long, and `on_wait(holder)` is told once, as the wait begins, so the
    operator is not left looking at a silent prompt; one held by the window, `lab run` or a print
    is refused at once.
    """
    deadline = time.monotonic() + wait_behind_commands_s
    is_wait_told = False
    while True:
        try:
            return _acquire_once(data_dir, what)
        except DataFolderBusyError as exc:
            # No name yet: the holder is between taking the lock and writing its name, or letting go.
            is_worth_waiting = exc.holder is None or exc.holder.is_one_shot_command
            if not is_worth_waiting or time.monotonic() >= deadline:
                raise
            if exc.holder is not None and on_wait is not None and not is_wait_told:
                is_wait_told = True
                on_wait(exc.holder)
        # OS locks have no portable "wait at most N seconds": poll, as file-lock libraries do.
        time.sleep(_TURN_POLL_S)


def _acquire_once(data_dir: Path, what: str) -> DataFolderLock:
    path = lock_path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise DataFolderLockError(
            f"Can't open the lock file {path} ({exc.strerror or exc}): check that the data folder can be written."
        ) from exc
    try:
        is_locked = _try_lock(fd)
    except OSError as exc:
        os.close(fd)
        raise DataFolderLockError(_("Can't lock the data folder {folder} ({reason}).").format(
            folder=data_dir, reason=exc.strerror or exc)) from exc
    if not is_locked:
        os.close(fd)
        holder = read_holder(data_dir)
        raise DataFolderBusyError(busy_message(holder), holder)
    holder = LockHolder(os.getpid(), what, datetime.now(timezone.utc).isoformat(timespec="seconds"))
    try:
        _write_description(fd, holder)
    except OSError:
        pass  # the lock itself holds; only the name in a second process's message is lost
    return DataFolderLock(path, fd, holder)


def busy_message(holder: LockHolder | None) -> str:
    who = f" ({holder.describe()})" if holder is not None else ""
    if holder is not None and holder.what.startswith(PRINT_HOLDER_PREFIX):
        return _("Heliofab is already running on this data folder{who}: wait for the print to end, or run the lab "
                 "with `heliofab lab run` to drive several printers and keep the queue open.").format(who=who)
    return _("Heliofab is already running on this data folder{who}: close it first, "
             "or use --data-dir for another lab.").format(who=who)


def read_holder(data_dir: Path) -> LockHolder | None:
    """Who the lock file names; None when it names no one (free, or a holder still writing its name)."""
    try:
        with lock_path(data_dir).open("rb") as fh:
            raw = fh.read(_MAX_DESCRIPTION_BYTES)
    except OSError:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockHolder(int(data["pid"]), str(data["what"]), str(data.get("since_utc", "")))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def is_data_folder_busy(data_dir: Path) -> bool:
    """Whether a process holds the data folder now (takes and drops the lock when it is free)."""
    if not lock_path(data_dir).exists():
        return False
    try:
        lock = acquire_data_folder(data_dir, "a check")
    except DataFolderBusyError:
        return True
    except DataFolderLockError:
        return False  # a folder no one can write to is no one's
    lock.release()
    return False


def _write_description(fd: int, holder: LockHolder) -> None:
    data = json.dumps({"pid": holder.pid, "what": holder.what, "since_utc": holder.since_utc}).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data[:_MAX_DESCRIPTION_BYTES])
    os.fsync(fd)


def _is_windows() -> bool:
    return sys.platform == "win32"


def _try_lock(fd: int) -> bool:
    """True when this process now holds the lock; False when another process does."""
    if _is_windows():
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            # LK_NBLCK raises at once when another handle holds the byte (EACCES or EDEADLOCK).
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import errno

    try:
        import fcntl
    except ImportError:
        # Neither Windows nor POSIX as Python knows them (a trimmed or emulated runtime): run, but say
        # the data folder is not guarded, rather than refuse to start.
        log.warning("This system has no file locks: nothing keeps a second Heliofab off this data folder")
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if _is_windows():
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            pass  # closing the handle releases it too
        return
    try:
        import fcntl
    except ImportError:
        return  # never locked (see _try_lock)
    fcntl.flock(fd, fcntl.LOCK_UN)
