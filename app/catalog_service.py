"""The catalogue as the app uses it: search, designs with their licences, imports, USB sync, keys, backups.

Long operations take `progress(fraction, message)` and `is_cancelled()` callbacks, so the same calls
serve the CLI and the GUI's background tasks.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.design_edit import DesignDetailsEdit, check_edit
from app.paths import DataPaths
from app.settings import LabSettings, SettingsStore
from catalog import bundle as bundles
from catalog.backup import BackupReport, write_backup
from catalog.blobstore import BlobStore
from catalog.bundle import BundleError, ExportReport
from catalog.changes import ChangePlan, apply_plan, plan_changes
from catalog.licences import default_attribution
from catalog.records import (
    BundledDesign,
    DesignDetail,
    DesignSummary,
    ImportDefaults,
    ImportRefusedError,
    SearchQuery,
    SeedReport,
    TrustLevel,
)
from catalog.scad.render_cache import RenderCache
from catalog.signing import PRIVATE_KEY_FILE, LabKey, Publisher, SigningError, TrustList, format_fingerprint
from catalog.store import CatalogError, DesignStore
from catalog.text_clean import readable
from db.engine import unit_of_work
from db.migrate import current_revision
from db.models import PrinterProfile, SyncRecord
from i18n import _, ngettext

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]
RecordsFactory = Callable[[], Iterable[BundledDesign]]


log = logging.getLogger(__name__)


class CatalogImportError(Exception):
    """An import that was refused as a whole; the catalogue is unchanged."""


@dataclass(frozen=True)
class HeldBack:
    """The designs a default export leaves off the stick, and why: bundled ones travel with Heliofab
    itself; those of a publisher the lab does not trust it would otherwise vouch for by signing."""

    bundled: int
    untrusted: int


@dataclass(frozen=True)
class ImportOutcome:
    source: Path
    kind: str  # "bundle" or "files"
    plan: ChangePlan
    is_dry_run: bool
    publisher_name: str = ""
    warnings: tuple[str, ...] = ()
    bytes_copied: int = 0

    @property
    def fingerprint_readable(self) -> str:
        return format_fingerprint(self.plan.publisher_fingerprint) if self.plan.publisher_fingerprint else ""

    def to_json(self) -> dict[str, Any]:
        data = self.plan.to_json()
        data.update(
            {
                "source": str(self.source),
                "kind": self.kind,
                "dry_run": self.is_dry_run,
                "publisher_name": self.publisher_name,
                "publisher_fingerprint_readable": self.fingerprint_readable,
                "warnings": list(self.warnings),
                "bytes_copied": self.bytes_copied,
            }
        )
        return data


@dataclass(frozen=True)
class StickCatalogue:
    """What a stick or folder holds, as the Sync area says it: its catalogue and this lab's last export to it."""

    path: Path
    has_catalogue: bool
    design_count: int = 0
    publisher_name: str = ""
    problem: str = ""  # why the catalogue there cannot be read, if it cannot
    last_export_at: datetime | None = None  # this lab's last successful export to this place (UTC)
    last_export_designs: int = 0


@dataclass(frozen=True)
class PrinterBed:
    """A printer profile's build volume, for the "printable on this printer" filter."""

    profile_id: str
    name: str
    bed_mm: tuple[float, float, float]


@dataclass(frozen=True)
class KeyInfo:
    fingerprint: str
    public_key_b64: str
    lab_name: str

    @property
    def fingerprint_readable(self) -> str:
        return format_fingerprint(self.fingerprint)

    def to_json(self) -> dict[str, str]:
        return {
            "fingerprint": self.fingerprint,
            "fingerprint_readable": self.fingerprint_readable,
            "public_key": self.public_key_b64,
            "lab_name": self.lab_name,
        }


@dataclass
class CatalogService:
    session_factory: sessionmaker[Session]
    blobs: BlobStore
    paths: DataPaths
    settings: SettingsStore
    store: DesignStore = field(init=False)
    trust_list: TrustList = field(init=False)

    def __post_init__(self) -> None:
        self.store = DesignStore(self.session_factory, self.blobs)
        self.trust_list = TrustList(self.session_factory)

    # ---- reading ------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> list[DesignSummary]:
        return self.store.search(query)

    def count(self, query: SearchQuery) -> int:
        return self.store.count(query)

    def facets(self) -> dict[str, list[str]]:
        return self.store.facets()

    def printer_beds(self) -> list[PrinterBed]:
        """Printer profiles (printer_profiles, kind "printer") that state their bed size in mm."""
        beds: list[PrinterBed] = []
        with self.session_factory() as session:
            rows = session.execute(
                select(PrinterProfile).where(PrinterProfile.kind == "printer").order_by(PrinterProfile.name))
            for profile in rows.scalars():
                data = profile.data or {}
                try:
                    bed = (float(data["bed_x_mm"]), float(data["bed_y_mm"]), float(data["bed_z_mm"]))
                except (KeyError, TypeError, ValueError):
                    continue
                beds.append(PrinterBed(profile.id, profile.name, bed))
        return beds

    def printer_bed(self, id_or_name: str) -> PrinterBed:
        for bed in self.printer_beds():
            if id_or_name in (bed.profile_id, bed.name):
                return bed
        raise CatalogError(_("No printer profile {id_or_name!r} with a bed size: see the Printers area or "
                             "`heliofab printers`.").format(
                id_or_name=id_or_name))

    def get(self, design_id: str) -> DesignDetail:
        """The design with its licence info and attribution, which travel with it everywhere it is used."""
        return self.store.get(design_id)

    def thumbnail(self, design_id: str) -> tuple[bytes, str] | None:
        return self.store.thumbnail(design_id)

    def thumbnails(self, shas: Iterable[str]) -> dict[str, tuple[bytes, str]]:
        """Thumbnail bytes and media types by hash, for a grid page; missing or corrupt ones are left out."""
        return self.store.thumbnails_by_sha(list(shas))

    def edit(self, design_id: str, **changes: Any) -> DesignDetail:
        return self.store.edit(design_id, **changes)

    def edit_details(self, design_id: str, edit: DesignDetailsEdit) -> DesignDetail:
        """Change an imported design's name, author, licence, source or notes, as a new version that no
        import replaces silently; the credit line follows. Raises DesignEditError (bundled designs, bad
        values) or DesignNotFoundError, leaving the design as it was."""
        detail = self.store.get(design_id)
        checked = check_edit(detail, edit)
        s = detail.summary
        if (checked.title, checked.author, checked.licence, checked.source, checked.description) == (
                s.title, s.author, s.licence, detail.source, detail.description):
            return detail  # nothing changed: no new version
        attribution = default_attribution(checked.title, checked.author, checked.licence, checked.source)
        updated = self.store.edit(design_id, title=checked.title, author=checked.author, licence=checked.licence,
                                  source=checked.source, description=checked.description, attribution=attribution)
        log.info("Design %s details edited: version %d, licence %s", design_id, updated.summary.version,
                 checked.licence)
        return updated

    # ---- the bundled catalogue ----------------------------------------------------------------

    def seed_bundled(self, records: RecordsFactory | None = None, stamp: str | None = None) -> SeedReport:
        """Upsert the bundled designs; cheap (one query) when already seeded at this stamp."""
        if records is None:
            from app.bundled_designs import frame_records, frames_stamp

            return self.store.seed_bundled(frames_stamp(), frame_records)
        return self.store.seed_bundled(stamp or _stamp_of(records), records)

    # ---- keys ---------------------------------------------------------------------------------

    def lab_key(self) -> LabKey:
        return LabKey.load_or_create(self.paths.keys_dir)

    def has_signing_key(self) -> bool:
        """Whether the lab has made its signing key yet (at its first catalogue export): one file's stat."""
        return (self.paths.keys_dir / PRIVATE_KEY_FILE).is_file()

    def key_info(self) -> KeyInfo:
        key = self.lab_key()
        return KeyInfo(key.fingerprint, key.public_key_b64, self.settings.load(LabSettings).lab_name)

    def trusted_publishers(self) -> list[Publisher]:
        return self.trust_list.list()

    def trust_publisher(self, public_key_b64: str, name: str, confirm_fingerprint: str) -> Publisher:
        return self.trust_list.trust(public_key_b64, name, confirm_fingerprint)

    def trust_bundle_publisher(self, path: Path, name: str, confirm_fingerprint: str) -> Publisher:
        """Trust whoever signed the catalogue at `path`, once the operator typed the fingerprint they were read."""
        contents = bundles.read_bundle(path)
        if contents.public_key_b64 is None:
            raise SigningError(_("That catalogue is not signed: ask the other lab for its public key instead."))
        return self.trust_list.trust(contents.public_key_b64, name, confirm_fingerprint)

    def forget_publisher(self, fingerprint: str) -> None:
        self.trust_list.forget(fingerprint)

    # ---- import -------------------------------------------------------------------------------

    def import_path(
        self,
        path: Path,
        *,
        defaults: ImportDefaults = ImportDefaults(),
        is_dry_run: bool = False,
        replace_ids: frozenset[str] = frozenset(),
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> ImportOutcome:
        """A bundle folder, or STL/3MF files, folders and zips; one transaction, or nothing at all.

        Conflicts are reported and left alone, except those the operator names in `replace_ids`.
        """
        try:
            if bundles.is_bundle(path):
                outcome = self._import_bundle(path, is_dry_run, replace_ids, progress, is_cancelled)
            else:
                outcome = self._import_files(path, defaults, is_dry_run, replace_ids, progress)
        except (BundleError, ImportRefusedError, CatalogError) as exc:
            if not is_dry_run:
                self._record("import", path, "", "refused", {"reason": str(exc)})
                log.warning("Catalogue import from %s refused: %s", path, exc)
            raise CatalogImportError(str(exc)) from exc
        if not is_dry_run:
            log.info("Catalogue import from %s (%s): %s", path, outcome.kind, outcome.plan.summary())
        return outcome

    def _import_bundle(
        self,
        path: Path,
        is_dry_run: bool,
        replace_ids: frozenset[str],
        progress: ProgressFn | None,
        is_cancelled: CancelFn | None,
    ) -> ImportOutcome:
        contents = bundles.read_bundle(path)
        key = self.lab_key()
        with self.session_factory() as session:
            trusted = self.trust_list.trusted_fingerprints(session)
            trust = bundles.trust_level_for(contents, trusted, key.fingerprint)
            plan = plan_changes(self.store, session, contents.drafts, trust, contents.fingerprint, replace_ids)
        outcome = ImportOutcome(path, "bundle", plan, is_dry_run, contents.publisher_name)
        if is_dry_run or not (plan.to_write or contents.renders):
            if not is_dry_run:
                self._record("import", path, contents.fingerprint or "", "ok", plan.summary())
            return outcome
        needed: set[str] = set()
        for draft in plan.to_write:
            needed |= draft.object_shas()
        incoming_ids = {draft.id for draft in contents.drafts}
        needed |= {render.mesh_sha256 for render in contents.renders if render.design_id in incoming_ids}
        incoming = bundles.copy_objects_in(contents, needed, self.blobs, progress=progress, is_cancelled=is_cancelled)
        try:
            with unit_of_work(self.session_factory) as session:
                # Planned again inside the transaction: the catalogue may have changed while copying.
                plan = plan_changes(self.store, session, contents.drafts, trust, contents.fingerprint, replace_ids)
                apply_plan(self.store, session, plan)
                self._accept_renders(session, contents)
                session.add(_sync_record("import", path, contents.fingerprint or "", "ok", plan.summary()))
        except BaseException:
            incoming.discard(self.blobs)
            raise
        return ImportOutcome(path, "bundle", plan, False, contents.publisher_name, (), incoming.bytes_copied)

    def _accept_renders(self, session: Session, contents: bundles.BundleContents) -> None:
        """OpenSCAD renders on the stick, for the designs this catalogue now holds with the same files."""
        if not contents.renders:
            return
        from catalog.scad.bundled_renders import accept_renders

        states = self.store.stored_states(session, {render.design_id for render in contents.renders})
        stored = {draft.id: draft for draft in self.store.bulk_drafts(session, sorted(states))}
        accept_renders(session, contents.renders, stored, contents.objects)

    def _import_files(
        self, path: Path, defaults: ImportDefaults, is_dry_run: bool, replace_ids: frozenset[str],
        progress: ProgressFn | None
    ) -> ImportOutcome:
        # Imported here: the mesh libraries are needed for importing files, not for opening the app.
        from catalog.importers import HashOnlySink, TrackingSink, scan_path

        sink: HashOnlySink | TrackingSink = HashOnlySink() if is_dry_run else TrackingSink(self.blobs)
        try:
            scan = scan_path(path, sink, defaults, progress)
            with unit_of_work(self.session_factory) as session:
                plan = plan_changes(self.store, session, scan.drafts, TrustLevel.LOCAL, None, replace_ids)
                if not is_dry_run:
                    apply_plan(self.store, session, plan)
                    session.add(_sync_record("import", path, "", "ok", plan.summary()))
        except BaseException:
            if isinstance(sink, TrackingSink):
                sink.discard_new()
            raise
        if isinstance(sink, TrackingSink):
            used: set[str] = set()
            for draft in plan.to_write:
                used |= draft.object_shas()
            for sha in sink.new_shas:
                if sha not in used:
                    self.blobs.delete(sha)
        return ImportOutcome(path, "files", plan, is_dry_run, "", tuple(scan.warnings))

    # ---- export -------------------------------------------------------------------------------

    def exportable_ids(self) -> list[str]:
        """By default a lab passes on its own designs and those of publishers it trusts (not bundled ones,
        which every Heliofab has, nor unverified ones, which it would otherwise vouch for by signing)."""
        with self.session_factory() as session:
            return self.store.all_ids(session, trust=(TrustLevel.LOCAL, TrustLevel.TRUSTED))

    def export_held_back(self) -> HeldBack:
        with self.session_factory() as session:
            bundled = len(self.store.all_ids(session, trust=(TrustLevel.BUNDLED,)))
            untrusted = len(self.store.all_ids(session, trust=(TrustLevel.UNKNOWN_PUBLISHER, TrustLevel.UNSIGNED)))
        return HeldBack(bundled, untrusted)

    def export(
        self,
        dest: Path,
        design_ids: list[str] | None = None,
        *,
        is_overwrite: bool = False,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> ExportReport:
        """Write or refresh the catalogue on `dest`; refuses to replace another lab's catalogue holding
        designs this lab never imported, unless `is_overwrite`."""
        ids = sorted(set(design_ids)) if design_ids else self.exportable_ids()
        with self.session_factory() as session:
            drafts = self.store.bulk_drafts(session, ids)
            renders = [r for r in RenderCache.for_designs(session, ids) if self.blobs.has(r.mesh_sha256)]
        key = self.lab_key()
        if not is_overwrite:
            self._refuse_losing_another_catalogue(dest, key)
        lab_name = self.settings.load(LabSettings).lab_name
        try:
            report = bundles.export_bundle(drafts, self.blobs, key, lab_name, dest, progress=progress,
                                           is_cancelled=is_cancelled, renders=renders)
        except BundleError as exc:
            self._record("export", dest, key.fingerprint,
                         "cancelled" if isinstance(exc, bundles.OperationCancelledError) else "failed",
                         {"reason": str(exc)})
            log.warning("Catalogue export to %s stopped: %s", dest, exc)
            raise
        self._record("export", dest, key.fingerprint, "ok", report.to_json())
        log.info("Catalogue exported to %s: %d designs", dest, len(drafts))
        return report

    def _refuse_losing_another_catalogue(self, dest: Path, key: LabKey) -> None:
        if not bundles.is_bundle(dest):
            return
        try:
            contents = bundles.read_bundle(dest)
        except BundleError:
            return  # a damaged catalogue is not worth keeping
        if contents.fingerprint == key.fingerprint:
            return
        with self.session_factory() as session:
            here = self.store.stored_states(session, [d.id for d in contents.drafts])
        missing = [d for d in contents.drafts if d.id not in here]
        if missing:
            who = (f"{contents.publisher_name} ({format_fingerprint(contents.fingerprint)})" if contents.fingerprint
                   else _("an unsigned source"))
            raise bundles.ForeignCatalogueError(
                ngettext("This stick holds {value} design from {who} that this lab has not imported: import it "
                         "first, or export with --overwrite to replace that catalogue.",
                         "This stick holds {value} designs from {who} that this lab has not imported: import them "
                         "first, or export with --overwrite to replace that catalogue.", len(missing)).format(
                        value=len(missing), who=who)
            )

    def stick_catalogue(self, path: Path) -> StickCatalogue:
        """Read the catalogue at `path` (its manifest, not its objects) and this lab's last export there."""
        last_at, last_designs = self._last_export(path)
        if not bundles.is_bundle(path):
            return StickCatalogue(path, False, last_export_at=last_at, last_export_designs=last_designs)
        try:
            contents = bundles.read_bundle(path)
        except BundleError as exc:
            return StickCatalogue(path, True, problem=str(exc), last_export_at=last_at,
                                  last_export_designs=last_designs)
        return StickCatalogue(path, True, len(contents.drafts), contents.publisher_name,
                              last_export_at=last_at, last_export_designs=last_designs)

    def _last_export(self, path: Path) -> tuple[datetime | None, int]:
        with self.session_factory() as session:
            row = session.execute(
                select(SyncRecord)
                .where(SyncRecord.direction == "export", SyncRecord.status == "ok",
                       SyncRecord.location == readable(str(path)))
                .order_by(SyncRecord.at.desc(), SyncRecord.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            if row is None:
                return None, 0
            return row.at, int((row.summary or {}).get("designs", 0))

    # ---- backup -------------------------------------------------------------------------------

    def backup(
        self,
        dest: Path,
        *,
        key_passphrase: str | None,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> BackupReport:
        """Back the lab up to `dest`; its signing key goes in encrypted with `key_passphrase`, or not at all
        when None."""
        with self.session_factory() as session:
            revision = current_revision(session.get_bind())  # type: ignore[arg-type]
        report = write_backup(
            self.paths.db_file,
            self.blobs,
            self.paths.keys_dir,
            dest,
            key_passphrase=key_passphrase,
            schema_revision=revision,
            progress=progress,
            is_cancelled=is_cancelled,
        )
        self._record("backup", report.folder, "", "ok", report.to_json())
        log.info("Lab backed up to %s", report.folder)
        return report

    def _record(self, direction: str, location: Path, fingerprint: str, status: str, summary: dict[str, Any]) -> None:
        with unit_of_work(self.session_factory) as session:
            session.add(_sync_record(direction, location, fingerprint, status, summary))


def _sync_record(direction: str, location: Path, fingerprint: str, status: str, summary: dict[str, Any]) -> SyncRecord:
    # A path whose bytes are not UTF-8 is kept readable (replacement marks): the database stores text.
    return SyncRecord(direction=direction, location=readable(str(location)), publisher_fingerprint=fingerprint,
                      status=status, summary=summary)


def _stamp_of(records: RecordsFactory) -> str:
    items = sorted((r.id, r.version) for r in records())
    return hashlib.sha256(repr(items).encode()).hexdigest()[:16]


__all__ = ["CatalogImportError", "CatalogService", "ImportOutcome", "KeyInfo", "StickCatalogue"]
