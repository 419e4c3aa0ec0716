"""Opening the lab's database: the data folder, the engine, migrations to head.

The one step every service needs, kept apart from the composition root so a command that only reads
profiles (slicing, G-code checks) opens the database without loading the whole app.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.paths import DataPaths, prepare_data_dir
from db.engine import make_engine, make_session_factory
from db.migrate import MigrationResult, upgrade_to_head


@dataclass(frozen=True)
class Database:
    paths: DataPaths
    engine: Engine
    session_factory: sessionmaker[Session]
    migration: MigrationResult


def open_database(data_dir: Path) -> Database:
    """Raises DataDirError, NotADatabaseError or MigrationError with an operator-readable message."""
    paths = prepare_data_dir(data_dir)
    engine = make_engine(paths.db_file)
    try:
        migration = upgrade_to_head(engine, paths.db_file, paths.backups_dir)
    except BaseException:
        engine.dispose()
        raise
    _log_migration(migration, paths)
    return Database(paths, engine, make_session_factory(engine), migration)


def _log_migration(migration: MigrationResult, paths: DataPaths) -> None:
    log = logging.getLogger(__name__)
    if migration.from_revision == migration.to_revision:
        log.debug("Database schema %s is current", migration.to_revision)
    elif migration.from_revision is None:
        log.info("Created a new database %s at schema %s", paths.db_file, migration.to_revision)
    else:
        log.info(
            "Database migrated from schema %s to %s; copy from before at %s",
            migration.from_revision,
            migration.to_revision,
            migration.backup_file,
        )
