"""The composition root: one function builds every service from settings and hands them on by keyword."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.catalog_service import CatalogService
from app.database import open_database
from app.energy.monitor import EnergyMonitor
from app.lab_recovery import finish_stopped_work, record_lab_key_if_new
from app.paths import DataPaths
from app.printer_profiles import ProfileStore
from app.printing.service import PrintingService
from app.settings import SettingsStore
from app.tasks import TaskRunner
from catalog.blobstore import BlobStore
from db.migrate import MigrationResult

if TYPE_CHECKING:
    from app.queue.dispatch_service import DispatchService


@dataclass(frozen=True)
class StartupOptions:
    data_dir: Path
    is_demo: bool = False
    task_workers: int = 2
    # Upsert the bundled frame styles into the catalogue (one query when already done).
    seed_catalogue: bool = True
    # This process holds the data folder's lock (the window, `lab run`, a command that writes). A
    # reader (`queue list` while the window is open) must not mark jobs left printing as interrupted:
    # it would take a print the owner is running, or holding paused for the sun, for one a crash left.
    is_owner: bool = True


@dataclass
class Services:
    paths: DataPaths
    options: StartupOptions
    engine: Engine
    session_factory: sessionmaker[Session]
    blobs: BlobStore
    settings: SettingsStore
    tasks: TaskRunner
    migration: MigrationResult
    profiles: ProfileStore
    printing: PrintingService
    energy: EnergyMonitor
    catalog: CatalogService
    # Starts due prints and pauses them for the battery; idle until started (the window's toggle, `lab run`).
    dispatch: DispatchService = field(init=False)

    def close(self) -> None:
        # First: no print may start on a printer that is being disconnected.
        self.dispatch.stop()
        self.energy.stop()
        self.printing.close()
        self.tasks.shutdown()
        self.engine.dispose()


def build_services(options: StartupOptions) -> Services:
    """Raises DataDirError, NotADatabaseError or MigrationError with an operator-readable message."""
    if options.is_owner:
        finish_stopped_work(options.data_dir)
    database = open_database(options.data_dir)
    paths, session_factory = database.paths, database.session_factory
    blobs = BlobStore(paths.objects_dir)
    settings = SettingsStore(session_factory)
    profiles = ProfileStore(session_factory)
    catalog = CatalogService(session_factory=session_factory, blobs=blobs, paths=paths, settings=settings)
    profiles.seed_builtin()
    if options.is_owner:
        record_lab_key_if_new(paths, settings)
    _prepare_catalogue(catalog, seed=options.seed_catalogue)
    services = Services(
        paths=paths,
        options=options,
        engine=database.engine,
        session_factory=session_factory,
        blobs=blobs,
        settings=settings,
        tasks=TaskRunner(options.task_workers),
        migration=database.migration,
        profiles=profiles,
        printing=PrintingService(session_factory, blobs, profiles=profiles, is_checking_orphans=options.is_owner),
        energy=EnergyMonitor(session_factory),
        catalog=catalog,
    )
    # Imported here: the dispatcher's modules take Services in their signatures.
    from app.queue.dispatch_service import DispatchService

    services.dispatch = DispatchService(services)
    if services.printing.orphans_found:
        logging.getLogger(__name__).warning(
            "%d print job(s) were left printing by a process that stopped: marked interrupted, resumable",
            services.printing.orphans_found,
        )
    return services


def _prepare_catalogue(catalog: CatalogService, *, seed: bool) -> None:
    # A broken bundled style must not keep the lab from opening its own catalogue: log and go on.
    try:
        catalog.store.ensure_search_index()
        if seed:
            catalog.seed_bundled()
    except Exception:
        logging.getLogger(__name__).exception("Preparing the bundled catalogue failed; continuing without it")
