from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Enum, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base
from db.types import JsonText, UtcDateTime, utcnow


class DesignTrust(enum.Enum):
    BUNDLED = "bundled"  # shipped with Heliofab
    LOCAL = "local"  # made or imported by this lab
    TRUSTED = "trusted"  # signed by a publisher this lab trusts
    UNKNOWN_PUBLISHER = "unknown_publisher"  # signed, but by a key nobody here vouched for
    UNSIGNED = "unsigned"


class Design(Base):
    __tablename__ = "designs"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(60), default="other", index=True)
    tags: Mapped[list[str]] = mapped_column(JsonText, default=list)
    author: Mapped[str] = mapped_column(String(200), default="")
    licence: Mapped[str] = mapped_column(String(60), index=True)
    attribution: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    is_parametric: Mapped[bool] = mapped_column(Boolean, default=False)
    trust: Mapped[DesignTrust] = mapped_column(
        Enum(DesignTrust, name="design_trust", native_enum=False, length=20), default=DesignTrust.LOCAL
    )
    publisher_fingerprint: Mapped[str | None] = mapped_column(String(100), nullable=True)
    is_locally_edited: Mapped[bool] = mapped_column(Boolean, default=False)
    # Denormalised from the newest version so listing 10,000 designs needs no join.
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    thumbnail_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Bounding box of the printable parts, so "fits on this bed" is a plain query.
    bbox_x_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    bbox_y_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    bbox_z_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    # The row's key in the FTS5 index (a hash of the id), so search joins through an index, not a scan.
    search_key: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    versions: Mapped[list[DesignVersion]] = relationship(
        back_populates="design", cascade="all, delete-orphan", order_by="DesignVersion.version"
    )


class DesignVersion(Base):
    __tablename__ = "design_versions"
    __table_args__ = (
        UniqueConstraint("design_id", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    design_id: Mapped[str] = mapped_column(ForeignKey("designs.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    # The design's manifest as published: parametric declaration, part list, print hints.
    manifest: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)
    content_sha256: Mapped[str] = mapped_column(String(64))
    thumbnail_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    design: Mapped[Design] = relationship(back_populates="versions")
    files: Mapped[list[DesignFile]] = relationship(back_populates="version", cascade="all, delete-orphan")


class DesignFile(Base):
    __tablename__ = "design_files"
    __table_args__ = (UniqueConstraint("version_id", "filename"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("design_versions.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(30))  # mesh, image, licence, readme, source
    filename: Mapped[str] = mapped_column(String(255))
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))

    version: Mapped[DesignVersion] = relationship(back_populates="files")
