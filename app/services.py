"""The composition root: one function builds every service from settings and hands them on by keyword."""

from __future__ import annotations

import logging
import threading
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
from app.printing.orphans import mark_orphans_interrupted
from app.settings import SettingsStore
from app.tasks import TaskRunner
from catalog.blobstore import BlobStore
from db.migrate import MigrationResult

if TYPE_CHECKING:
    from app.printing.service import PrintingService
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
    energy: EnergyMonitor
    catalog: CatalogService
    # The printing service and the dispatcher are built on first use: a command that prints nothing
    # (the catalogue, the queue list, a report) never loads the serial stack.
    _printing: PrintingService | None = field(default=None, init=False, repr=False)
    _dispatch: DispatchService | None = field(default=None, init=False, repr=False)
    _building: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def printing(self) -> PrintingService:
        """The connected printers and their print sessions."""
        with self._building:  # the window's worker threads may ask at once: one service, never two
            if self._printing is None:
                from app.printing.service import PrintingService

                # Jobs a stopped process left printing were marked interrupted by build_services.
                self._printing = PrintingService(
                    self.session_factory, self.blobs, profiles=self.profiles, is_checking_orphans=False
                )
            return self._printing

    @property
    def dispatch(self) -> DispatchService:
        """Starts due prints and pauses them for the battery; idle until started (the window's toggle, `lab run`)."""
        printing = self.printing
        with self._building:
            if self._dispatch is None:
                from app.queue.dispatch_service import DispatchService

                self._dispatch = DispatchService(
                    session_factory=self.session_factory, settings=self.settings, profiles=self.profiles,
                    printing=printing, energy=self.energy,
                )
            return self._dispatch

    def close(self) -> None:
        # First: no print may start on a printer that is being disconnected.
        if self._dispatch is not None:
            self._dispatch.stop()
        self.energy.stop()
        if self._printing is not None:
            self._printing.close()
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
        energy=EnergyMonitor(session_factory),
        catalog=catalog,
    )
    # Only the owner: a reader's "printing" jobs may be the window's, live or held paused for the sun.
    orphans = mark_orphans_interrupted(session_factory) if options.is_owner else 0
    if orphans:
        logging.getLogger(__name__).warning(
            "%d print job(s) were left printing by a process that stopped: marked interrupted, resumable", orphans
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
