"""The composition root: one function builds every service from settings and hands them on by keyword."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.energy.monitor import EnergyMonitor
from app.paths import DataPaths, prepare_data_dir
from app.printer_profiles import ProfileStore
from app.printing.service import PrintingService
from app.settings import SettingsStore
from app.tasks import TaskRunner
from catalog.blobstore import BlobStore
from db.engine import make_engine, make_session_factory
from db.migrate import MigrationResult, upgrade_to_head


@dataclass(frozen=True)
class StartupOptions:
    data_dir: Path
    is_demo: bool = False
    run_migrations: bool = True
    task_workers: int = 2


@dataclass
class Services:
    paths: DataPaths
    options: StartupOptions
    engine: Engine
    session_factory: sessionmaker[Session]
    blobs: BlobStore
    settings: SettingsStore
    tasks: TaskRunner
    migration: MigrationResult | None
    profiles: ProfileStore
    printing: PrintingService
    energy: EnergyMonitor

    def close(self) -> None:
        self.energy.stop()
        self.printing.close()
        self.tasks.shutdown()
        self.engine.dispose()


def build_services(options: StartupOptions) -> Services:
    """Raises DataDirError, NotADatabaseError or MigrationError with an operator-readable message."""
    paths = prepare_data_dir(options.data_dir)
    engine = make_engine(paths.db_file)
    try:
        migration = upgrade_to_head(engine, paths.db_file, paths.backups_dir) if options.run_migrations else None
    except BaseException:
        engine.dispose()
        raise
    session_factory = make_session_factory(engine)
    blobs = BlobStore(paths.objects_dir)
    profiles = ProfileStore(session_factory)
    if options.run_migrations:
        profiles.seed_builtin()
    return Services(
        paths=paths,
        options=options,
        engine=engine,
        session_factory=session_factory,
        blobs=blobs,
        settings=SettingsStore(session_factory),
        tasks=TaskRunner(options.task_workers),
        migration=migration,
        profiles=profiles,
        printing=PrintingService(
            session_factory, blobs, profiles=profiles, is_finding_orphans=options.run_migrations
        ),
        energy=EnergyMonitor(session_factory),
    )
