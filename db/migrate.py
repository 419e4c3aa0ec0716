"""Bring the DB to the schema head at start-up, with a backup first; refuse to run on failure."""

from __future__ import annotations

import atexit
import contextlib
import functools
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import DatabaseTooNewError, MigrationError
from db.sqlite_copy import copy_database

if TYPE_CHECKING:
    # Annotations only: the profile reader imports SCHEMA_HEAD without loading SQLAlchemy.
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

MIGRATIONS_PACKAGE = "db.migrations"
# The newest migration's id (a test keeps it equal to the scripts' head). A start-up at head then
# needs one SELECT and no Alembic at all: every CLI command starts a few hundred ms sooner.
SCHEMA_HEAD = "0006_job_numbers_never_reused"


@functools.cache
def migrations_dir() -> Path:
    """The migrations as a real folder, found as package data (installed, editable or frozen alike).

    Alembic loads env.py and the versions from files on disk. Where the package is already files
    (a wheel install, a one-folder frozen build) as_file hands back that folder as it is; a reader
    that keeps them elsewhere gets them copied out once and removed when the process ends.
    """
    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return stack.enter_context(resources.as_file(resources.files(MIGRATIONS_PACKAGE)))


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_file: Path | None


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    # Config's default stream is whatever sys.stdout was when Alembic was first imported; pass today's.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def _script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script_directory().get_current_head()
    assert head is not None, "the migrations folder has no head revision"
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the DB, read with plain SQL (no Alembic needed)."""
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if has_table is None:
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def backup_database(db_file: Path, backups_dir: Path, reason: str) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL, unlike a file copy)."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"heliofab-{stamp}-before-{reason}.sqlite"
    copy_database(db_file, target)
    return target


def upgrade_to_head(engine: Engine, db_file: Path, backups_dir: Path) -> MigrationResult:
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return MigrationResult(current, SCHEMA_HEAD, None)
    from alembic import command

    script = _script_directory()
    head = head_revision()
    if current == head:
        return MigrationResult(current, head, None)
    if current is not None and not _is_known_revision(script, current):
        raise DatabaseTooNewError(
            f"The database {db_file} was written by a newer Heliofab (schema {current}): "
            "install that version or newer; your data was not touched."
        )
    backup = None
    if current is not None:
        backup = backup_database(db_file, backups_dir, f"upgrade-{current}")
    config = alembic_config(engine)
    try:
        with engine.connect() as connection:
            # SQLite can't alter most columns: batch migrations copy a table, drop it and rename the
            # copy. With foreign keys on, that drop would cascade (a job's events deleted, a fit's
            # jobs unlinked), so they are off while the schema changes and checked whole afterwards.
            # The pragma only takes effect outside a transaction.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
            try:
                with connection.begin():
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationError(f"the upgraded database has {len(broken)} rows pointing at nothing")
            finally:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
    except Exception as exc:
        where = f" A copy from before the upgrade is at {backup}." if backup else ""
        raise MigrationError(
            f"Updating the database {db_file} failed ({exc.__class__.__name__}: {exc}).{where} "
            "Heliofab will not start on a half-updated database: report this and keep that copy."
        ) from exc
    return MigrationResult(current, head, backup)


def _is_known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises its own ResolutionError family for unknown ids
        return False
