"""Writing on ground Heliofab does not own (a USB stick, an output folder): never through a link.

A stick formatted ext4 or NTFS can hold symbolic links (and NTFS junctions); a folder named like
ours may be one, pointing at the operator's documents or at the lab's own store. Every folder a
write goes through is checked with lstat first, files are opened without following a final link
where the system can, and a staging folder is named after the process that made it, so the next
run can tell a leftover (its writer is gone) from the work of a process still running.
"""

from __future__ import annotations

import errno
import os
import socket
import stat
import sys
from pathlib import Path

# Windows: a junction or symbolic link is a reparse point (FILE_ATTRIBUTE_REPARSE_POINT).
_REPARSE_POINT = 0x400
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class LinkRefusedError(OSError):
    """A folder or file on the way to a write is a link (or not a folder): nothing is written through it."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(errno.ELOOP, message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return self.message


def is_link(st: os.stat_result) -> bool:
    """A symbolic link, or on Windows any reparse point (junctions are not S_ISLNK before Python 3.12)."""
    return stat.S_ISLNK(st.st_mode) or bool(getattr(st, "st_file_attributes", 0) & _REPARSE_POINT)


def lstat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None


def check_real_folder(path: Path) -> bool:
    """True when `path` is a real folder, False when it does not exist; raises LinkRefusedError otherwise."""
    st = lstat_or_none(path)
    if st is None:
        return False
    if is_link(st):
        raise LinkRefusedError(path,
                               f"{path} is a link to another place: Heliofab does not write through links; remove it "
                               "or use another stick or folder.")
    if not stat.S_ISDIR(st.st_mode):
        raise LinkRefusedError(path,
                               f"{path} is a file where Heliofab expects a folder: move it away or use another stick "
                               "or folder.")
    return True


def make_real_folder(path: Path) -> None:
    """Create `path` (its parent must already be checked) or accept it when it is a real folder."""
    try:
        os.mkdir(path)
    except FileExistsError:
        pass
    check_real_folder(path)


def make_real_folders(base: Path, relative_parts: tuple[str, ...]) -> Path:
    """`base/part1/part2…`, each created or checked in turn, so no step goes through a link."""
    current = base
    for part in relative_parts:
        current = current / part
        make_real_folder(current)
    return current


def is_regular_file(path: Path) -> bool:
    st = lstat_or_none(path)
    return st is not None and not is_link(st) and stat.S_ISREG(st.st_mode)


def read_file_nofollow(path: Path, limit_bytes: int) -> bytes:
    """The file's bytes, refusing a link at the last step where the OS can (O_NOFOLLOW) and lstat elsewhere."""
    if not _NO_FOLLOW and not is_regular_file(path):
        raise LinkRefusedError(path, f"{path} is not a regular file (a link?): refused.")
    fd = os.open(path, os.O_RDONLY | _NO_FOLLOW | _BINARY)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise LinkRefusedError(path, f"{path} is not a regular file: refused.")
        if st.st_size > limit_bytes:
            raise LinkRefusedError(path, f"{path} is too large to be what Heliofab wrote there: refused.")
        chunks: list[bytes] = []
        remaining = limit_bytes + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def remove_regular_file(path: Path, size: int | None = None) -> bool:
    """Delete `path` only when it is a regular file (and of `size` bytes when given); True when deleted."""
    st = lstat_or_none(path)
    if st is None or is_link(st) or not stat.S_ISREG(st.st_mode):
        return False
    if size is not None and st.st_size != size:
        return False
    try:
        os.unlink(path)
    except FileNotFoundError:
        return False
    return True


# ---- who made a staging folder ---------------------------------------------------------------------


def writer_tag() -> str:
    """`<host>-<pid>`: put in a staging name so a later run can ask whether its writer still runs."""
    host = "".join(ch for ch in socket.gethostname().lower() if ch.isalnum())[:20] or "host"
    return f"{host}-{os.getpid()}"


def is_writer_gone(tag: str) -> bool:
    """True when the tag names a process of this computer that has ended.

    A tag from another computer (a stick moved between laptops) or one that can't be read is never
    taken for gone: that work might still be running there.
    """
    host, _, pid_text = tag.rpartition("-")
    if not pid_text.isdigit() or host != writer_tag().rpartition("-")[0]:
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    return not is_process_alive(pid)


def is_process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another account's process: alive
    except OSError:
        return True
    return not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    # A killed child its parent has not reaped yet still answers kill(pid, 0); on Linux its state says Z.
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return text.rpartition(")")[2].split()[:1] == ["Z"]


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
