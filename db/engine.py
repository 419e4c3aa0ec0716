"""The SQLite engine: WAL, foreign keys on every connection, one Session per unit of work."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.errors import DatabaseReplacedError, NotADatabaseError, disk_full_error

SQLITE_HEADER = b"SQLite format 3\x00"


def check_is_sqlite(db_file: Path) -> None:
    """Refuse a file that exists and is not SQLite, before SQLAlchemy touches (and maybe rewrites) it."""
    if not db_file.exists() or db_file.stat().st_size == 0:
        return
    with db_file.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{db_file} is not a Heliofab database (not SQLite): move it away or choose another --data-dir."
        )


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The pysqlite driver opens its own transactions lazily; pragmas must run outside one.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class _SameFileGuard:
    """Refuses to go on writing once the database file was replaced under this process.

    Another program (a restore, a copy over the file) can swap the file while connections are open:
    on POSIX they keep writing to the old, unlinked file, and everything saved afterwards is lost.
    Each transaction first checks the path still names the file the engine opened (one stat).
    """

    def __init__(self, db_file: Path) -> None:
        self.db_file = db_file
        self._identity: tuple[int, int] | None = None

    def _current(self) -> tuple[int, int] | None:
        try:
            stat = self.db_file.stat()
        except OSError:
            return None
        return (stat.st_dev, stat.st_ino)

    def on_connect(self, _dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        if self._identity is None:
            self._identity = self._current()

    def on_begin(self, _connection: Any) -> None:
        if self._identity is None:
            self._identity = self._current()
            return
        if self._current() != self._identity:
            raise DatabaseReplacedError(
                f"The database {self.db_file} was replaced by another program while Heliofab had it open, so "
                "nothing more is saved here: close Heliofab and start it again to work on the new database."
            )


def make_engine(db_file: Path) -> Engine:
    check_is_sqlite(db_file)
    # Row values stay out of error messages: they reach the log, and rows hold customers' names.
    engine = create_engine(f"sqlite:///{db_file}", future=True, hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    guard = _SameFileGuard(db_file)
    event.listen(engine, "connect", guard.on_connect)
    event.listen(engine, "begin", guard.on_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session], *, is_immediate: bool = False) -> Iterator[Session]:
    """Commit on success, roll back on any error: no half-written rows.

    `is_immediate` takes the write lock before the first read (BEGIN IMMEDIATE): a unit that reads a
    value and writes what follows from it (the next customer code) is then never interleaved with
    another process doing the same; a busy database is waited for (busy_timeout), not failed.
    A full disk is raised as DiskFullError, whatever part of the unit met it."""
    session = factory()
    try:
        if is_immediate:
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
        yield session
        session.commit()
    except BaseException as exc:
        session.rollback()
        full = disk_full_error(exc)
        if full is not None:
            raise full from exc
        raise
    finally:
        session.close()
