"""Refusing hostile input before anything is written: path tricks, reserved names, symlinks, zip bombs."""

from __future__ import annotations

import os
import re
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from i18n import _

MAX_ZIP_ENTRIES = 5_000
MAX_ENTRY_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# What one import may hold in memory at once (the files it will read, summed from their sizes before
# any is read): it keeps a laptop's peak memory bounded whatever a zip or folder claims.
MAX_IMPORT_BYTES = 256 * 1024 * 1024
_READ_CHUNK_BYTES = 1 << 20
MAX_RATIO = 200  # uncompressed / compressed, for entries larger than RATIO_FLOOR_BYTES
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_NAME_CHARS = 255
MAX_PATH_CHARS = 1024
FAT32_MAX_FILE_BYTES = 4 * 1024**3 - 1
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_FORBIDDEN_CHARS_RE = re.compile(r'[<>:"|?*\x00-\x1f\\]')
_UTF8_FLAG = 0x800


class ArchiveError(Exception):
    """A zip, folder or bundle with a hostile or broken entry; nothing from it is used."""


@dataclass(frozen=True)
class SafeEntry:
    name: str  # normalised relative POSIX path
    size_bytes: int


def check_relative_name(raw: str, where: str) -> str:
    """A relative path that stays inside its folder and is valid on FAT32 and Windows, or ArchiveError."""
    shown = raw.encode("utf-8", "backslashreplace").decode("utf-8")[:120]
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:  # undecodable bytes from the file system arrive as surrogates
        raise ArchiveError(_("{where} has a file name that is not UTF-8 ({shown!r}): refused.").format(
                where=where, shown=shown)) from exc
    if not raw or len(raw) > MAX_PATH_CHARS:
        raise ArchiveError(_("{where} has an entry with an empty or overlong name: refused.").format(
                where=where))
    if raw.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", raw):
        raise ArchiveError(_("{where} has an entry with an absolute path ({shown!r}): refused.").format(
                where=where, shown=shown))
    if "\\" in raw:
        raise ArchiveError(_("{where} has an entry with a backslash in its name ({shown!r}): refused.").format(
                where=where, shown=shown))
    parts = PurePosixPath(raw).parts
    if not parts:
        raise ArchiveError(_("{where} has an entry with no usable name ({shown!r}): refused.").format(
                where=where, shown=shown))
    for part in parts:
        if part in ("..", "."):
            raise ArchiveError(_("{where} has an entry that climbs out of its folder ({shown!r}): refused.").format(
                    where=where, shown=shown))
        if len(part) > MAX_NAME_CHARS:
            raise ArchiveError(_("{where} has a name longer than {MAX_NAME_CHARS} characters: refused.").format(
                    where=where, MAX_NAME_CHARS=MAX_NAME_CHARS))
        if _FORBIDDEN_CHARS_RE.search(part):
            raise ArchiveError(_("{where} has a name with characters Windows and FAT32 forbid ({shown!r}): "
                                 "refused.").format(
                    where=where, shown=shown))
        if part.endswith((" ", ".")):
            raise ArchiveError(_("{where} has a name ending in a dot or space ({shown!r}): refused.").format(
                    where=where, shown=shown))
        stem = part.split(".")[0].upper().rstrip(" ")
        if stem in _WINDOWS_RESERVED:
            raise ArchiveError(_("{where} has a reserved device name ({shown!r}): refused.").format(
                    where=where, shown=shown))
    return "/".join(parts)


def open_zip(source: str | Path | IO[bytes], where: str) -> zipfile.ZipFile:
    """A zip opened for checking; a damaged one raises zipfile.BadZipFile, one whose names cannot be
    read raises ArchiveError (zipfile decodes names marked UTF-8 as it opens the file)."""
    try:
        return zipfile.ZipFile(source)
    except UnicodeDecodeError as exc:
        raise ArchiveError(_("{where} has a file name that is not valid UTF-8: refused.").format(where=where)) from exc
    except (EOFError, ValueError, NotImplementedError) as exc:
        raise zipfile.BadZipFile(str(exc)) from exc


def check_import_budget(sizes: list[tuple[str, int]], where: str, limit_bytes: int | None = None) -> None:
    """Refuse, before anything is read, an import whose files would not fit the memory it may use."""
    limit_bytes = MAX_IMPORT_BYTES if limit_bytes is None else limit_bytes
    total = sum(size for _name, size in sizes)
    if total > limit_bytes:
        raise ArchiveError(
            _("{where} holds {value} MB of files to read, more than the {value2} MB one import may hold: "
              "import its designs a few at a time.").format(
                    where=where, value=total >> 20, value2=limit_bytes >> 20)
        )


def check_zip(archive: zipfile.ZipFile, where: str) -> list[SafeEntry]:
    """Every entry checked before any is read; raises ArchiveError on the first hostile one."""
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise ArchiveError(_("{where} has more than {MAX_ZIP_ENTRIES} entries: refused.").format(
                where=where, MAX_ZIP_ENTRIES=MAX_ZIP_ENTRIES))
    entries: list[SafeEntry] = []
    seen: set[str] = set()
    total = 0
    for info in infos:
        if not info.flag_bits & _UTF8_FLAG and not info.filename.isascii():
            raise ArchiveError(_("{where} has a file name that is not UTF-8: refused.").format(where=where))
        mode = (info.external_attr >> 16) & 0o177777
        if stat.S_ISLNK(mode):
            raise ArchiveError(_("{where} contains a symbolic link ({value!r}): refused.").format(
                    where=where, value=info.filename[:80]))
        if info.flag_bits & 0x1:
            raise ArchiveError(_("{where} contains encrypted entries: refused.").format(where=where))
        name = check_relative_name(info.filename.rstrip("/") if info.is_dir() else info.filename, where)
        folded = name.casefold()
        if folded in seen:
            raise ArchiveError(_("{where} lists {name!r} twice: refused.").format(where=where, name=name))
        seen.add(folded)
        if info.is_dir():
            continue
        if info.file_size > MAX_ENTRY_BYTES:
            raise ArchiveError(_("{where}: {name} would unpack to {value} MB, over the limit: refused.").format(
                    where=where, name=name, value=info.file_size >> 20))
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ArchiveError(_("{where}: {name} is compressed suspiciously well (a zip bomb?): refused.").format(
                    where=where, name=name))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ArchiveError(_("{where} would unpack to more than {value} MB: refused.").format(
                    where=where, value=MAX_TOTAL_BYTES >> 20))
        entries.append(SafeEntry(name, info.file_size))
    return entries


def read_zip_entry(
    archive: zipfile.ZipFile, name: str, where: str, *, watch: Callable[[bytes], None] | None = None
) -> bytes:
    """Read one checked entry a chunk at a time, counting as it inflates: the count stops at the size
    the header declared (headers can lie), zipfile checks the CRC, and `watch` sees every chunk so a
    caller can refuse the content before the whole entry is in memory."""
    declared = archive.getinfo(name).file_size
    limit = min(declared, MAX_ENTRY_BYTES)
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(name) as fh:
            while chunk := fh.read(_READ_CHUNK_BYTES):
                total += len(chunk)
                if total > limit:
                    raise ArchiveError(_("{where}: {name} unpacks larger than it claims: refused.").format(
                            where=where, name=name))
                if watch is not None:
                    watch(chunk)
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise ArchiveError(_("{where}: {name} is damaged ({error}): copy the file again.").format(
                where=where, name=name, error=exc)) from exc
    return b"".join(chunks)


def walk_folder(root: Path, where: str, *, max_files: int = MAX_ZIP_ENTRIES) -> list[SafeEntry]:
    """Regular files under `root`, refusing symlinks and bad names; directories are not followed out."""
    entries: list[SafeEntry] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            items = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            raise ArchiveError(_("Cannot read {folder} ({strerror}): check the stick and try again.").format(
                    folder=folder, strerror=exc.strerror)) from exc
        for item in items:
            relative = os.path.relpath(item.path, root).replace(os.sep, "/")
            if item.is_symlink():
                raise ArchiveError(_("{where} contains a symbolic link ({relative}): refused.").format(
                        where=where, relative=relative))
            name = check_relative_name(relative, where)
            if item.is_dir(follow_symlinks=False):
                stack.append(Path(item.path))
            elif item.is_file(follow_symlinks=False):
                entries.append(SafeEntry(name, item.stat(follow_symlinks=False).st_size))
                if len(entries) > max_files:
                    raise ArchiveError(_("{where} holds more than {max_files} files: import a smaller "
                                         "folder.").format(
                            where=where, max_files=max_files))
            else:
                raise ArchiveError(_("{where} contains a device or pipe ({relative}): refused.").format(
                        where=where, relative=relative))
    return sorted(entries, key=lambda e: e.name)
