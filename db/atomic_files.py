"""Atomic file writes and renames that survive Windows' antivirus and search indexer.

On Windows a file written a moment ago is often opened by an antivirus scan or the search indexer,
and `os.replace` onto it (or from it) then fails with WinError 5 (access denied) or 32 (sharing
violation) for a fraction of a second. Every final rename of the product goes through
`replace_with_retry`, which waits and tries again before giving up with a sentence an operator can act on.

Plain standard library: every layer (db, catalog, printers, app) may use it.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# Windows error codes an antivirus or indexer holding a file produces; they pass within a second or two.
_HELD_WINERRORS = frozenset({5, 32})
# 0.05 + 0.1 + 0.2 + 0.4 + 0.8 + 1.6 s: about 3 s in all, longer than a typical on-access scan.
RETRY_DELAYS_S = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)


class FileHeldError(PermissionError):
    """Another program kept a file open through every retry of a rename."""

    def __init__(self, path: Path) -> None:
        message = f"{path} is held by another program (often an antivirus scan): wait a moment and try again."
        super().__init__(errno.EACCES, message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return self.message


def is_held_by_another_program(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in _HELD_WINERRORS


def replace_with_retry(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    sleep: Callable[[float], None] | None = None,
) -> None:
    """`os.replace(source, target)`, retried while Windows reports the file as held by another program."""
    wait = sleep or time.sleep
    for delay_s in (*RETRY_DELAYS_S, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not is_held_by_another_program(exc):
                raise
            if delay_s is None:
                raise FileHeldError(Path(target)) from exc
            wait(delay_s)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable: the directory entry must reach the disk too."""
    if os.name == "nt":
        return  # NTFS and FAT on Windows commit a rename with the file's own flush; there is no directory handle
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (several FUSE drivers for sticks) cannot sync a directory; the rename
        # itself has happened, so this is not a reason to fail the write.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.ENOSYS, errno.EBADF):
            raise
    finally:
        os.close(fd)


def current_umask() -> int:
    """The process's umask, read without changing it where Linux shows it (`os.umask` alone must set one to read it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def give_new_file_mode(path: str | os.PathLike[str]) -> None:
    """Give a file made by `tempfile.mkstemp` (always 0600) the mode any new file would get: 0666 less the umask.

    For what is meant to be read by others (a catalogue or an installer on a stick formatted ext4 that
    another lab's account mounts). File systems without permissions (FAT, exFAT, Windows) ignore or
    refuse the change, which then matters to nobody.
    """
    if os.name == "nt":
        return  # Windows has no mode bits beyond read-only, and mkstemp's file is already writable
    try:
        os.chmod(path, 0o666 & ~current_umask())
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EINVAL, errno.ENOSYS, errno.EROFS):
            raise


def atomic_write_bytes(target: Path, data: bytes, *, is_private: bool = True) -> None:
    """Write via temp file + fsync + rename, so a crash leaves the old file or the new one, never half.

    The temporary file is private (mode 0600 where the file system has modes), and so is the result,
    unless `is_private` is False: the result then gets a new file's usual mode (see give_new_file_mode).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if not is_private:
            give_new_file_mode(tmp_name)
        replace_with_retry(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
