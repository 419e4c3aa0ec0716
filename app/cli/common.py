"""What every sub-command shares: the context, the result type, and how results are printed."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from i18n import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.database import Database
    from app.lab_lock import DataFolderLock, LockHolder
    from app.printer_profiles import ProfileStore
    from app.profile_snapshot import ProfileReader
    from app.services import Services
    from catalog.blobstore import BlobStore

# How long a command waits for another command that holds the data folder (they take seconds).
COMMAND_TURN_WAIT_S = 30.0


class CliError(Exception):
    """A failure meant for the operator: printed as one line, exit code 1."""

    def __init__(self, message: str, *, exit_code: int = 1, data: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.data = data or {}


@dataclass
class CommandResult:
    data: Any
    text: str
    exit_code: int = 0


@dataclass
class CliContext:
    data_dir: Path
    is_demo: bool = False
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    _services: Services | None = None
    _database: Database | None = None
    _profiles: ProfileStore | None = None
    _blobs: BlobStore | None = None
    _lock: DataFolderLock | None = None

    def hold_data_folder(self, what: str) -> None:
        """Take the data folder for this process (the window, `lab run`, a command that writes);
        raises DataFolderBusyError naming the process that holds it."""
        if self._lock is None:
            from app.lab_lock import acquire_data_folder
            from app.paths import prepare_data_dir

            prepare_data_dir(self.data_dir)  # an unusable folder is said as such (DataDirError), not as a lock
            # Two commands typed at once (or scripted) take turns; the window and `lab run` are not waited for.
            self._lock = acquire_data_folder(
                self.data_dir, what, wait_behind_commands_s=COMMAND_TURN_WAIT_S, on_wait=_say_waiting
            )

    def profiles(self) -> ProfileStore:
        """Printer and material profiles, for commands that need nothing else (slicing, G-code checks):
        they open the database alone and skip loading the catalogue, printing and energy services."""
        if self._services is not None or self.is_demo:
            return self.services().profiles
        if self._profiles is None:
            from app.printer_profiles import ProfileStore

            self._profiles = ProfileStore(self.session_factory())
        return self._profiles

    def session_factory(self) -> sessionmaker[Session]:
        """The lab's database alone, for commands that only read and write rows (customers, fits, the
        queue list): the catalogue, printing and energy services and their imports are not loaded."""
        if self._services is not None or self.is_demo:
            return self.services().session_factory  # the demo lab is seeded by the full start-up
        return self._open_database().session_factory

    def blobs(self) -> BlobStore:
        """The lab's stored files (photos, G-code), beside a database opened as session_factory() does."""
        if self._services is not None or self.is_demo:
            return self.services().blobs
        if self._blobs is None:
            from catalog.blobstore import BlobStore

            self._blobs = BlobStore(self._open_database().paths.objects_dir)
        return self._blobs

    def _open_database(self) -> Database:
        if self._database is None:
            from app.database import open_database

            # As build_services does for the owner: a restore stopped halfway is finished before anything
            # reads the database, and jobs a stopped process left printing are marked interrupted.
            is_owner = self._is_owner()
            if is_owner:
                from app.lab_recovery import finish_stopped_work

                finish_stopped_work(self.data_dir)
            self._database = open_database(self.data_dir)
            if is_owner:
                from app.printing.orphans import mark_orphans_interrupted

                mark_orphans_interrupted(self._database.session_factory)
        return self._database

    def _is_owner(self) -> bool:
        from app.lab_lock import is_data_folder_busy

        # A reader beside the window or `lab run` must leave their printing jobs (and a restore) alone.
        return self._lock is not None or not is_data_folder_busy(self.data_dir)

    def profile_reader(self) -> ProfileReader:
        """Profiles for commands that only read them (slicing, G-code checks): straight from the
        database file when it is at this version's schema and seeded, else as profiles() opens them."""
        if self._services is None and self._profiles is None and not self.is_demo:
            from app.paths import DataPaths
            from app.profile_snapshot import read_profile_snapshot

            snapshot = read_profile_snapshot(DataPaths(self.data_dir).db_file)
            if snapshot is not None:
                return snapshot
        return self.profiles()

    def services(self) -> Services:
        if self._services is None:
            # Imported here: SQLAlchemy and Alembic cost ~0.5 s, and --help or --version need neither.
            from app.services import StartupOptions, build_services

            self._services = build_services(
                StartupOptions(data_dir=self.data_dir, is_demo=self.is_demo, is_owner=self._is_owner())
            )
            if self.is_demo:
                from app.demo import seed_demo_lab, seed_demo_order

                seed_demo_lab(self._services)
                seed_demo_order(self._services)
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None
        if self._database is not None:
            self._database.engine.dispose()
            self._database = None
            self._profiles = None
            self._blobs = None
        if self._lock is not None:
            # After everything above is closed, and before a demo folder is deleted (Windows).
            self._lock.release()
            self._lock = None
        if self.is_demo:
            # A demo lab is throw-away by design: the next --demo starts fresh again.
            shutil.rmtree(self.data_dir, ignore_errors=True)


def _say_waiting(holder: LockHolder) -> None:
    # Two commands typed at once: say at once why this one sits there, not after the wait.
    who = f"{holder.what} (pid {holder.pid})" if holder.pid > 0 else holder.what
    print(f"Waiting for {who} to finish…", file=sys.stderr, flush=True)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON instead of text")


def print_result(result: CommandResult, *, as_json: bool, out: TextIO) -> None:
    if as_json:
        # ASCII-escaped JSON: names holding controls or direction overrides arrive as \\uXXXX, inert.
        json.dump(result.data, out, indent=2, sort_keys=True, default=str)
        out.write("\n")
    elif result.text:
        write_text(out, shown_text(result.text.rstrip("\n")) + "\n")
    out.flush()


def shown_text(text: str) -> str:
    """Text as it may reach a terminal: a name can't move the cursor, recolour the screen or reverse
    itself (escape sequences, controls and direction overrides go; newlines and tabs stay), and a
    file name whose bytes are not UTF-8 shows a replacement mark instead of failing."""
    from catalog.text_clean import shown

    return shown(text)


def write_text(out: TextIO, text: str) -> None:
    try:
        out.write(text)
    except UnicodeEncodeError:  # a terminal set to a legacy code page: show what it can
        encoding = getattr(out, "encoding", None) or "ascii"
        out.write(text.encode(encoding, "replace").decode(encoding))


def undecodable_argument(args: argparse.Namespace) -> str | None:
    """A one-line refusal when a text argument is not UTF-8 (a name typed in a Latin-1 terminal),
    or None. Such bytes reach Python as lone surrogates, which can be neither stored nor printed.
    A value naming a file that exists is a path, not text: the command opens it as it is."""
    import os

    from catalog.text_clean import has_surrogates

    for dest, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and has_surrogates(item) and not os.path.lexists(item):
                return (
                    f"The {dest.replace('_', ' ')} given is not UTF-8 text (the terminal uses another "
                    "encoding?): type it again in a UTF-8 terminal, or without accents."
                )
    return None


def format_table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def command_group(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The sub-command group `name` (e.g. `printers`), created once and shared by every module adding to it."""
    existing = subparsers.choices.get(name)
    if existing is None:
        existing = subparsers.add_parser(name, help=help_text)
        existing.set_defaults(func=lambda args, ctx, p=existing: _group_usage(p))
        existing.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
        group = existing.add_subparsers(dest=f"{name}_command", metavar="ACTION")
        existing.set_defaults(_group=group)
        return group
    return existing.get_default("_group")  # type: ignore[no-any-return]


def _group_usage(parser: argparse.ArgumentParser) -> CommandResult:
    raise CliError(_("Say what to do: {value}").format(value=parser.format_usage().strip()), exit_code=2)
