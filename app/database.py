"""Opening the lab's database: the data folder, the engine, migrations to head.

The one step every service needs, kept apart from the composition root so a command that only reads
profiles (slicing, G-code checks) opens the database without loading the whole app.
"""

from __future__ import annotations

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
    return Database(paths, engine, make_session_factory(engine), migration)
