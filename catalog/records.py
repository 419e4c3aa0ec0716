"""The catalogue's value objects: what the store takes in and hands out (never ORM rows)."""

from __future__ import annotations

import enum
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from catalog.licences import UNKNOWN_LICENCE, LicenceInfo

MEDIA_PNG = "image/png"
MEDIA_SVG = "image/svg+xml"
MEDIA_STL = "model/stl"
MEDIA_3MF = "model/3mf"
MEDIA_TEXT = "text/plain"


class ImportRefusedError(Exception):
    """The input can't be imported; nothing was added to the catalogue."""


@dataclass(frozen=True)
class ImportDefaults:
    """What the operator tells us about imported files that don't say it themselves."""

    licence: str = UNKNOWN_LICENCE
    author: str = ""
    attribution: str = ""
    category: str = "other"
    tags: tuple[str, ...] = ()


class TrustLevel(enum.Enum):
    """Mirrors db.models.DesignTrust for callers above the store."""

    BUNDLED = "bundled"
    LOCAL = "local"
    TRUSTED = "trusted"
    UNKNOWN_PUBLISHER = "unknown_publisher"
    UNSIGNED = "unsigned"


@dataclass(frozen=True)
class FileSpec:
    """One file of a design version, already in the blob store (or about to be)."""

    role: str  # mesh, image, licence, readme, source, thumbnail
    filename: str
    sha256: str
    size_bytes: int
    media_type: str

    def to_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "filename": self.filename,
            "sha256": self.sha256,
            "size_bytes": self.size_bytes,
            "media_type": self.media_type,
        }


@dataclass(frozen=True)
class DesignDraft:
    """A design version as importers, bundles and the bundled catalogue describe it."""

    id: str
    title: str
    licence: str
    version: int = 1
    description: str = ""
    category: str = "other"
    tags: tuple[str, ...] = ()
    author: str = ""
    attribution: str = ""
    source: str = ""
    is_parametric: bool = False
    manifest: dict[str, Any] = field(default_factory=dict)
    files: tuple[FileSpec, ...] = ()
    thumbnail: FileSpec | None = None
    bbox_mm: tuple[float, float, float] | None = None

    def content_json(self) -> dict[str, Any]:
        """Everything that makes this version what it is, except its number."""
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "category": self.category,
            "tags": list(self.tags),
            "author": self.author,
            "licence": self.licence,
            "attribution": self.attribution,
            "source": self.source,
            "is_parametric": self.is_parametric,
            "manifest": self.manifest,
            "files": [f.to_json() for f in sorted(self.files, key=lambda f: (f.role, f.filename))],
            # The thumbnail is known by its bytes alone; its file name is not part of the design.
            "thumbnail": (
                {"sha256": self.thumbnail.sha256, "size_bytes": self.thumbnail.size_bytes,
                 "media_type": self.thumbnail.media_type}
                if self.thumbnail
                else None
            ),
            "bbox_mm": list(self.bbox_mm) if self.bbox_mm else None,
        }

    def content_sha256(self) -> str:
        text = json.dumps(self.content_json(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def object_shas(self) -> set[str]:
        shas = {f.sha256 for f in self.files}
        if self.thumbnail is not None:
            shas.add(self.thumbnail.sha256)
        return shas


@dataclass(frozen=True)
class BundledDesign:
    """A design shipped with Heliofab (e.g. a parametric frame style), before it is stored."""

    id: str
    title: str
    description: str
    category: str
    tags: tuple[str, ...]
    licence: str
    author: str
    attribution: str
    version: int
    manifest: dict[str, Any]
    thumbnail_bytes: bytes | None = None
    thumbnail_media_type: str = MEDIA_SVG
    is_parametric: bool = True
    bbox_mm: tuple[float, float, float] | None = None


@dataclass(frozen=True)
class DesignSummary:
    """One tile of the catalogue grid or one row of `catalog list`."""

    id: str
    title: str
    category: str
    tags: tuple[str, ...]
    licence: str
    author: str
    trust: TrustLevel
    version: int
    is_parametric: bool
    is_locally_edited: bool
    publisher_fingerprint: str | None
    thumbnail_sha256: str | None
    bbox_mm: tuple[float, float, float] | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "category": self.category,
            "tags": list(self.tags),
            "licence": self.licence,
            "author": self.author,
            "trust": self.trust.value,
            "version": self.version,
            "is_parametric": self.is_parametric,
            "is_locally_edited": self.is_locally_edited,
            "publisher_fingerprint": self.publisher_fingerprint,
            "thumbnail_sha256": self.thumbnail_sha256,
            "bbox_mm": list(self.bbox_mm) if self.bbox_mm else None,
        }


@dataclass(frozen=True)
class DesignDetail:
    """A design with everything that must travel with it: licence, attribution, files, manifest."""

    summary: DesignSummary
    description: str
    attribution: str
    source: str
    licence_info: LicenceInfo
    manifest: dict[str, Any]
    files: tuple[FileSpec, ...]
    thumbnail: FileSpec | None
    versions: tuple[int, ...]
    content_sha256: str

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def licence_notice(self) -> str:
        """The line that goes on the customizer, the job and the printed report."""
        credit = self.attribution or (f"by {self.summary.author}" if self.summary.author else "")
        notice = f"{self.summary.title}: {self.licence_info.name}"
        return f"{notice}. {credit}".strip() if credit else notice

    def to_json(self) -> dict[str, Any]:
        data = self.summary.to_json()
        data.update(
            {
                "description": self.description,
                "attribution": self.attribution,
                "source": self.source,
                "licence_name": self.licence_info.name,
                "is_non_commercial": self.licence_info.is_non_commercial,
                "needs_sale_confirmation": self.licence_info.needs_sale_confirmation,
                "licence_notice": self.licence_notice,
                "manifest": self.manifest,
                "files": [f.to_json() for f in self.files],
                "thumbnail": self.thumbnail.to_json() if self.thumbnail else None,
                "versions": list(self.versions),
                "content_sha256": self.content_sha256,
            }
        )
        return data


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    category: str | None = None
    licence: str | None = None
    trust: TrustLevel | None = None
    # "Printable on printer X": the printer's bed (x, y, z) in mm; a design fits when its bounding
    # box fits, allowing a 90° turn on the bed. Designs without a box (parametric) always pass.
    bed_mm: tuple[float, float, float] | None = None
    limit: int = 200
    offset: int = 0


@dataclass(frozen=True)
class SeedReport:
    is_skipped: bool
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    kept_local_edits: tuple[str, ...] = ()
