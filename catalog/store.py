"""The design store: records and versions in SQLite, files in the blob store, search through FTS5."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from catalog import search_index
from catalog.blobstore import BlobError, BlobStore
from catalog.licences import check_licence, licence_info
from catalog.records import (
    BundledDesign,
    DesignDetail,
    DesignDraft,
    DesignSummary,
    FileSpec,
    SearchQuery,
    SeedReport,
    TrustLevel,
)
from db.engine import unit_of_work
from db.models import Blob, Design, DesignFile, DesignTrust, DesignVersion, SiteSetting
from db.types import utcnow
from i18n import _

SEED_SETTING_KEY = "catalog.bundled_seed"
DESIGN_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,119}$")
MAX_TITLE_CHARS = 200
MAX_TAGS = 40


class CatalogError(Exception):
    """Base for catalogue failures; the message is meant for the operator."""


class DesignNotFoundError(CatalogError):
    pass


class InvalidDesignError(CatalogError):
    """A design record breaks a rule (id, licence, sizes)."""


def to_trust_level(trust: DesignTrust) -> TrustLevel:
    return TrustLevel(trust.value)


def to_db_trust(level: TrustLevel) -> DesignTrust:
    return DesignTrust(level.value)


def slugify(text_value: str, *, max_chars: int = 80) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text_value.lower()).strip("-")
    return slug[:max_chars].strip("-") or "design"


def validate_draft(draft: DesignDraft) -> None:
    if not DESIGN_ID_RE.match(draft.id):
        raise InvalidDesignError(
            _("The design id {value!r} is not allowed: use lower-case letters, digits, '.', '_' or '-'.").format(
                    value=draft.id[:60])
        )
    if not draft.title.strip() or len(draft.title) > MAX_TITLE_CHARS:
        raise InvalidDesignError(_("The design {id} needs a title of 1 to {MAX_TITLE_CHARS} characters.").format(
                id=draft.id, MAX_TITLE_CHARS=MAX_TITLE_CHARS))
    if draft.version < 1:
        raise InvalidDesignError(_("The design {id} has version {version}: versions start at 1.").format(
                id=draft.id, version=draft.version))
    if len(draft.tags) > MAX_TAGS:
        raise InvalidDesignError(_("The design {id} has more than {MAX_TAGS} tags: keep the important ones.").format(
                id=draft.id, MAX_TAGS=MAX_TAGS))
    names = [f.filename for f in draft.files]
    if len(set(names)) != len(names):
        raise InvalidDesignError(_("The design {id} lists the same file name twice.").format(id=draft.id))
    try:
        check_licence(draft.licence, draft.attribution)
    except Exception as exc:
        raise InvalidDesignError(f"{draft.id}: {exc}") from exc


@dataclass(frozen=True)
class StoredState:
    """What the store holds for one id, enough to decide whether an incoming version may replace it."""

    design_id: str
    trust: TrustLevel
    publisher_fingerprint: str | None
    version: int
    content_sha256: str
    is_locally_edited: bool


_SUMMARY_COLUMNS = (
    "d.id, d.title, d.category, d.tags, d.licence, d.author, d.trust, d.current_version, d.is_parametric, "
    "d.is_locally_edited, d.publisher_fingerprint, d.thumbnail_sha256, d.bbox_x_mm, d.bbox_y_mm, d.bbox_z_mm"
)


def _summary_from_row(row: Any) -> DesignSummary:
    bbox = None
    if row.bbox_x_mm is not None and row.bbox_y_mm is not None and row.bbox_z_mm is not None:
        bbox = (float(row.bbox_x_mm), float(row.bbox_y_mm), float(row.bbox_z_mm))
    return DesignSummary(
        id=row.id,
        title=row.title,
        category=row.category,
        tags=tuple(json.loads(row.tags or "[]")),
        licence=row.licence,
        author=row.author,
        trust=TrustLevel(DesignTrust[row.trust].value),
        version=int(row.current_version),
        is_parametric=bool(row.is_parametric),
        is_locally_edited=bool(row.is_locally_edited),
        publisher_fingerprint=row.publisher_fingerprint,
        thumbnail_sha256=row.thumbnail_sha256,
        bbox_mm=bbox,
    )


def _where(query: SearchQuery) -> tuple[str, dict[str, Any], bool]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    expression = search_index.match_expression(query.text)
    if expression is not None:
        clauses.append(f"{search_index.FTS_TABLE} MATCH :match")
        params["match"] = expression
    if query.category:
        clauses.append("d.category = :category")
        params["category"] = query.category
    if query.licence:
        clauses.append("d.licence = :licence")
        params["licence"] = query.licence
    if query.trust is not None:
        clauses.append("d.trust = :trust")
        params["trust"] = to_db_trust(query.trust).name
    if query.bed_mm is not None:
        bed_x, bed_y, bed_z = query.bed_mm
        clauses.append(
            "(d.bbox_x_mm IS NULL OR (d.bbox_z_mm <= :bed_z AND "
            "((d.bbox_x_mm <= :bed_x AND d.bbox_y_mm <= :bed_y) OR (d.bbox_x_mm <= :bed_y AND d.bbox_y_mm <= :bed_x))))"
        )
        params.update(bed_x=bed_x, bed_y=bed_y, bed_z=bed_z)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return where, params, expression is not None


def _source(has_text: bool) -> str:
    # CROSS JOIN pins the order: match in the index first, then look rows up by key. Left to itself
    # the planner may scan designs by a filter's index and probe the FTS table per row (100× slower).
    if has_text:
        return f"{search_index.FTS_TABLE} CROSS JOIN designs d ON d.search_key = {search_index.FTS_TABLE}.rowid"
    return "designs d"


class DesignStore:
    def __init__(self, session_factory: sessionmaker[Session], blobs: BlobStore) -> None:
        self._session_factory = session_factory
        self.blobs = blobs

    # ---- reading -------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> list[DesignSummary]:
        where, params, has_text = _where(query)
        source = _source(has_text)
        order = (f"{search_index.RANK_EXPRESSION}, d.title COLLATE NOCASE" if has_text
                 else "d.title COLLATE NOCASE, d.id")
        params.update(limit=max(0, query.limit), offset=max(0, query.offset))
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM {source}{where} ORDER BY {order} LIMIT :limit OFFSET :offset"
        with self._session_factory() as session:
            return [_summary_from_row(row) for row in session.execute(text(sql), params)]

    def count(self, query: SearchQuery) -> int:
        where, params, has_text = _where(query)
        source = _source(has_text)
        with self._session_factory() as session:
            return int(session.execute(text(f"SELECT count(*) FROM {source}{where}"), params).scalar_one())

    def facets(self) -> dict[str, list[str]]:
        """The categories and licences present, for the filter menus."""
        with self._session_factory() as session:
            categories = session.execute(text("SELECT DISTINCT category FROM designs ORDER BY 1")).scalars().all()
            licences = session.execute(text("SELECT DISTINCT licence FROM designs ORDER BY 1")).scalars().all()
        return {"categories": list(categories), "licences": list(licences)}

    def get(self, design_id: str) -> DesignDetail:
        with self._session_factory() as session:
            return self.get_in(session, design_id)

    def get_in(self, session: Session, design_id: str) -> DesignDetail:
        design = session.get(Design, design_id)
        if design is None:
            raise DesignNotFoundError(_("No design {design_id!r} in the catalogue: check the id with "
                                        "`catalog list`.").format(
                    design_id=design_id))
        versions = design.versions
        current = next((v for v in versions if v.version == design.current_version), versions[-1])
        media = self._media_types(session, [f.blob_sha256 for f in current.files] + [current.thumbnail_sha256 or ""])
        sizes = {sha: size for sha, (size, _kind) in media.items()}
        files = tuple(
            FileSpec(f.role, f.filename, f.blob_sha256, sizes.get(f.blob_sha256, 0),
                     media.get(f.blob_sha256, (0, ""))[1])
            for f in sorted(current.files, key=lambda f: (f.role, f.filename))
        )
        thumbnail = None
        if current.thumbnail_sha256:
            size, media_type = media.get(current.thumbnail_sha256, (0, "application/octet-stream"))
            thumbnail = FileSpec("thumbnail", "thumbnail", current.thumbnail_sha256, size, media_type)
        summary = self._summary_of(design)
        return DesignDetail(
            summary=summary,
            description=design.description,
            attribution=design.attribution,
            source=design.source,
            licence_info=licence_info(design.licence),
            manifest=current.manifest,
            files=files,
            thumbnail=thumbnail,
            versions=tuple(v.version for v in versions),
            content_sha256=current.content_sha256,
        )

    def draft_of(self, session: Session, design_id: str) -> DesignDraft:
        """The current version as a draft, the form bundles carry."""
        detail = self.get_in(session, design_id)
        summary = detail.summary
        return DesignDraft(
            id=summary.id,
            title=summary.title,
            licence=summary.licence,
            version=summary.version,
            description=detail.description,
            category=summary.category,
            tags=summary.tags,
            author=summary.author,
            attribution=detail.attribution,
            source=detail.source,
            is_parametric=summary.is_parametric,
            manifest=detail.manifest,
            files=detail.files,
            thumbnail=detail.thumbnail,
            bbox_mm=summary.bbox_mm,
        )

    def bulk_drafts(self, session: Session, design_ids: list[str]) -> list[DesignDraft]:
        """Current versions of many designs in a few queries (export of 1,000 designs must take ~1 s)."""
        drafts: list[DesignDraft] = []
        for start in range(0, len(design_ids), 500):
            chunk = design_ids[start : start + 500]
            marks = ", ".join(f":id{i}" for i in range(len(chunk)))
            params = {f"id{i}": value for i, value in enumerate(chunk)}
            designs = session.execute(
                text(
                    "SELECT d.*, v.id AS version_id, v.manifest AS manifest, tb.size_bytes AS thumb_size, "
                    "tb.media_type AS thumb_media FROM designs d "
                    "JOIN design_versions v ON v.design_id = d.id AND v.version = d.current_version "
                    f"LEFT JOIN blobs tb ON tb.sha256 = d.thumbnail_sha256 WHERE d.id IN ({marks})"
                ),
                params,
            ).all()
            version_ids = [row.version_id for row in designs]
            files: dict[int, list[FileSpec]] = {}
            if version_ids:
                vmarks = ", ".join(f":v{i}" for i in range(len(version_ids)))
                rows = session.execute(
                    text(
                        "SELECT f.version_id, f.role, f.filename, f.blob_sha256, b.size_bytes, b.media_type "
                        f"FROM design_files f JOIN blobs b ON b.sha256 = f.blob_sha256 WHERE f.version_id IN ({vmarks})"
                    ),
                    {f"v{i}": value for i, value in enumerate(version_ids)},
                )
                for file_row in rows:
                    files.setdefault(file_row.version_id, []).append(
                        FileSpec(file_row.role, file_row.filename, file_row.blob_sha256, file_row.size_bytes,
                                 file_row.media_type)
                    )
            by_id = {row.id: row for row in designs}
            for design_id in chunk:
                row = by_id.get(design_id)
                if row is None:
                    raise DesignNotFoundError(_("No design {design_id!r} in the catalogue: check the id "
                                                "with `catalog list`.").format(
                            design_id=design_id))
                thumbnail = None
                if row.thumbnail_sha256:
                    thumbnail = FileSpec("thumbnail", "thumbnail", row.thumbnail_sha256, row.thumb_size or 0,
                                         row.thumb_media or "")
                bbox = None
                if row.bbox_x_mm is not None and row.bbox_y_mm is not None and row.bbox_z_mm is not None:
                    bbox = (float(row.bbox_x_mm), float(row.bbox_y_mm), float(row.bbox_z_mm))
                drafts.append(
                    DesignDraft(
                        id=row.id,
                        title=row.title,
                        licence=row.licence,
                        version=int(row.current_version),
                        description=row.description,
                        category=row.category,
                        tags=tuple(json.loads(row.tags or "[]")),
                        author=row.author,
                        attribution=row.attribution,
                        source=row.source,
                        is_parametric=bool(row.is_parametric),
                        manifest=json.loads(row.manifest or "{}"),
                        files=tuple(sorted(files.get(row.version_id, []), key=lambda f: (f.role, f.filename))),
                        thumbnail=thumbnail,
                        bbox_mm=bbox,
                    )
                )
        return drafts

    def thumbnail(self, design_id: str) -> tuple[bytes, str] | None:
        """The thumbnail bytes and media type (PNG or SVG), or None."""
        with self._session_factory() as session:
            row = session.execute(
                text(
                    "SELECT d.thumbnail_sha256, b.media_type FROM designs d "
                    "JOIN blobs b ON b.sha256 = d.thumbnail_sha256 WHERE d.id = :id"
                ),
                {"id": design_id},
            ).first()
        if row is None:
            return None
        return self.blobs.read_bytes(row.thumbnail_sha256), row.media_type

    def thumbnails_by_sha(self, shas: list[str]) -> dict[str, tuple[bytes, str]]:
        with self._session_factory() as session:
            media = self._media_types(session, shas)
        found: dict[str, tuple[bytes, str]] = {}
        for sha, (_size, media_type) in media.items():
            try:
                found[sha] = (self.blobs.read_bytes(sha), media_type)
            except BlobError:
                continue
        return found

    def stored_states(self, session: Session, design_ids: Iterable[str]) -> dict[str, StoredState]:
        ids = list(design_ids)
        states: dict[str, StoredState] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = session.execute(
                select(
                    Design.id,
                    Design.trust,
                    Design.publisher_fingerprint,
                    Design.current_version,
                    Design.is_locally_edited,
                    DesignVersion.content_sha256,
                )
                .join(DesignVersion,
                      (DesignVersion.design_id == Design.id) & (DesignVersion.version == Design.current_version))
                .where(Design.id.in_(chunk))
            )
            for row in rows:
                states[row.id] = StoredState(
                    row.id, to_trust_level(row.trust), row.publisher_fingerprint, row.current_version,
                    row.content_sha256, row.is_locally_edited,
                )
        return states

    def all_ids(self, session: Session, *, trust: Iterable[TrustLevel] | None = None) -> list[str]:
        statement = select(Design.id).order_by(Design.id)
        if trust is not None:
            statement = statement.where(Design.trust.in_([to_db_trust(t) for t in trust]))
        return list(session.execute(statement).scalars())

    # ---- writing -------------------------------------------------------------------------------

    def write_version(
        self,
        session: Session,
        draft: DesignDraft,
        *,
        trust: TrustLevel,
        publisher_fingerprint: str | None = None,
        is_locally_edited: bool = False,
    ) -> None:
        """Insert the design or make `draft` its current version; the caller owns the transaction."""
        self.write_versions(
            session, [draft], trust=trust, publisher_fingerprint=publisher_fingerprint,
            is_locally_edited=is_locally_edited
        )

    def write_versions(
        self,
        session: Session,
        drafts: list[DesignDraft],
        *,
        trust: TrustLevel,
        publisher_fingerprint: str | None = None,
        is_locally_edited: bool = False,
    ) -> None:
        """Many designs in a few statements (an import of 1,000 designs must not be bound by the DB)."""
        for draft in drafts:
            validate_draft(draft)
        with session.no_autoflush:
            self._register_blobs(session, drafts)
            ids = [d.id for d in drafts]
            existing: dict[str, Design] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for found in session.execute(select(Design).where(Design.id.in_(chunk))).scalars():
                    existing[found.id] = found
            needs_flush = False
            for draft in drafts:
                design = existing.get(draft.id)
                if design is None:
                    design = Design(id=draft.id, created_at=utcnow())
                    session.add(design)
                    existing[draft.id] = design
                self._fill_design(design, draft, trust, publisher_fingerprint, is_locally_edited)
                version = (next((v for v in design.versions if v.version == draft.version), None)
                           if design.versions else None)
                if version is None:
                    version = DesignVersion(version=draft.version)
                    design.versions.append(version)
                elif version.files:
                    # Same version number replaced in place: old file rows must go before new ones with
                    # the same names arrive (the unit of work would insert before it deletes).
                    version.files.clear()
                    needs_flush = True
                version.manifest = draft.manifest
                version.content_sha256 = draft.content_sha256()
                version.thumbnail_sha256 = draft.thumbnail.sha256 if draft.thumbnail else None
            if needs_flush:
                session.flush()
            for draft in drafts:
                design = existing[draft.id]
                version = next(v for v in design.versions if v.version == draft.version)
                version.files.extend(
                    DesignFile(role=spec.role, filename=spec.filename, blob_sha256=spec.sha256) for spec in draft.files
                )
        session.flush()
        search_index.index_designs(session, drafts)

    def _register_blobs(self, session: Session, drafts: list[DesignDraft]) -> None:
        specs: dict[str, FileSpec] = {}
        for draft in drafts:
            for spec in (*draft.files, *((draft.thumbnail,) if draft.thumbnail else ())):
                specs.setdefault(spec.sha256, spec)
        known: set[str] = set()
        shas = list(specs)
        for start in range(0, len(shas), 500):
            chunk = shas[start : start + 500]
            known.update(session.execute(select(Blob.sha256).where(Blob.sha256.in_(chunk))).scalars())
        for sha, spec in specs.items():
            if sha in known:
                continue
            if not self.blobs.has(sha):
                raise InvalidDesignError(_("The file {filename} is not in the store.").format(
                        filename=spec.filename))
            session.add(Blob(sha256=sha, size_bytes=spec.size_bytes, media_type=spec.media_type))

    @staticmethod
    def _fill_design(
        design: Design, draft: DesignDraft, trust: TrustLevel, publisher_fingerprint: str | None,
        is_locally_edited: bool
    ) -> None:
        design.title = draft.title
        design.description = draft.description
        design.category = draft.category
        design.tags = list(draft.tags)
        design.author = draft.author
        design.licence = draft.licence
        design.attribution = draft.attribution
        design.source = draft.source
        design.is_parametric = draft.is_parametric
        design.trust = to_db_trust(trust)
        design.publisher_fingerprint = publisher_fingerprint
        design.is_locally_edited = is_locally_edited
        design.current_version = draft.version
        design.thumbnail_sha256 = draft.thumbnail.sha256 if draft.thumbnail else None
        design.bbox_x_mm, design.bbox_y_mm, design.bbox_z_mm = draft.bbox_mm or (None, None, None)
        design.search_key = search_index.fts_rowid(draft.id)
        design.updated_at = utcnow()

    def edit(self, design_id: str, **changes: Any) -> DesignDetail:
        """A local edit: becomes a new version and marks the design so no import overwrites it silently."""
        allowed = {"title", "description", "category", "tags", "author", "licence", "attribution", "source", "manifest"}
        unknown = set(changes) - allowed
        if unknown:
            raise InvalidDesignError(_("These fields can't be edited: {value}.").format(
                    value=', '.join(sorted(unknown))))
        if "tags" in changes:
            changes["tags"] = tuple(changes["tags"])
        with unit_of_work(self._session_factory) as session:
            draft = self.draft_of(session, design_id)
            state = self.stored_states(session, [design_id])[design_id]
            latest = max(self.get_in(session, design_id).versions)
            edited = replace(draft, version=latest + 1, **changes)
            self.write_version(
                session,
                edited,
                trust=state.trust,
                publisher_fingerprint=state.publisher_fingerprint,
                is_locally_edited=True,
            )
        return self.get(design_id)

    def delete(self, design_id: str) -> None:
        with unit_of_work(self._session_factory) as session:
            design = session.get(Design, design_id)
            if design is None:
                raise DesignNotFoundError(_("No design {design_id!r} in the catalogue.").format(
                        design_id=design_id))
            session.delete(design)
            search_index.unindex_design(session, design_id)

    def ensure_search_index(self) -> bool:
        """Rebuild the index if it lost step with the rows (e.g. a DB restored by hand); True if rebuilt."""
        with unit_of_work(self._session_factory) as session:
            if search_index.is_index_consistent(session):
                return False
            search_index.rebuild_index(session)
            return True

    # ---- the bundled catalogue -----------------------------------------------------------------

    def seed_bundled(self, stamp: str, records: Callable[[], Iterable[BundledDesign]]) -> SeedReport:
        """Upsert the designs shipped with Heliofab, once per `stamp` (skipped cheaply when already done).

        A newer bundled version replaces an older bundled one; a design the lab edited, or one with the
        same id from elsewhere, is never touched.
        """
        with self._session_factory() as session:
            row = session.get(SiteSetting, SEED_SETTING_KEY)
            if row is not None and row.value.get("stamp") == stamp:
                return SeedReport(is_skipped=True)
        drafts = [self._draft_from_bundled(record) for record in records()]
        ids = [d.id for d in drafts]
        if len(set(ids)) != len(ids):
            raise InvalidDesignError(_("The bundled catalogue lists a design id twice."))
        added: list[str] = []
        updated: list[str] = []
        unchanged: list[str] = []
        kept: list[str] = []
        with unit_of_work(self._session_factory) as session:
            states = self.stored_states(session, ids)
            for draft in drafts:
                state = states.get(draft.id)
                if state is None:
                    self.write_version(session, draft, trust=TrustLevel.BUNDLED)
                    added.append(draft.id)
                elif state.trust is not TrustLevel.BUNDLED or state.is_locally_edited:
                    kept.append(draft.id)
                elif state.content_sha256 == draft.content_sha256():
                    unchanged.append(draft.id)
                elif draft.version >= state.version:
                    self.write_version(session, draft, trust=TrustLevel.BUNDLED)
                    updated.append(draft.id)
                else:
                    unchanged.append(draft.id)
            row = session.get(SiteSetting, SEED_SETTING_KEY)
            if row is None:
                session.add(SiteSetting(key=SEED_SETTING_KEY, value={"stamp": stamp}))
            else:
                row.value = {"stamp": stamp}
        return SeedReport(False, tuple(added), tuple(updated), tuple(unchanged), tuple(kept))

    def _draft_from_bundled(self, record: BundledDesign) -> DesignDraft:
        thumbnail = None
        if record.thumbnail_bytes:
            ref = self.blobs.put_bytes(record.thumbnail_bytes)
            thumbnail = FileSpec("thumbnail", "thumbnail", ref.sha256, ref.size_bytes, record.thumbnail_media_type)
        return DesignDraft(
            id=record.id,
            title=record.title,
            licence=record.licence,
            version=record.version,
            description=record.description,
            category=record.category,
            tags=tuple(record.tags),
            author=record.author,
            attribution=record.attribution,
            source="bundled with Heliofab",
            is_parametric=record.is_parametric,
            manifest=record.manifest,
            thumbnail=thumbnail,
            bbox_mm=record.bbox_mm,
        )

    # ---- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _media_types(session: Session, shas: list[str]) -> dict[str, tuple[int, str]]:
        wanted = [s for s in shas if s]
        if not wanted:
            return {}
        rows = session.execute(select(Blob.sha256, Blob.size_bytes, Blob.media_type).where(Blob.sha256.in_(wanted)))
        return {row.sha256: (row.size_bytes, row.media_type) for row in rows}

    @staticmethod
    def _summary_of(design: Design) -> DesignSummary:
        bbox = None
        if design.bbox_x_mm is not None and design.bbox_y_mm is not None and design.bbox_z_mm is not None:
            bbox = (design.bbox_x_mm, design.bbox_y_mm, design.bbox_z_mm)
        return DesignSummary(
            id=design.id,
            title=design.title,
            category=design.category,
            tags=tuple(design.tags),
            licence=design.licence,
            author=design.author,
            trust=to_trust_level(design.trust),
            version=design.current_version,
            is_parametric=design.is_parametric,
            is_locally_edited=design.is_locally_edited,
            publisher_fingerprint=design.publisher_fingerprint,
            thumbnail_sha256=design.thumbnail_sha256,
            bbox_mm=bbox,
        )
