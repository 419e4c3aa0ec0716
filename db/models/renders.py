from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import JsonText, UtcDateTime, utcnow


class ScadRender(Base):
    """One OpenSCAD render of a design for one set of parameter values, kept so it is never made twice.

    `key` hashes the design's source files and the values as OpenSCAD literals (catalog.scad.design),
    so a render is found again from the values alone, here or in another lab that received it.
    """

    __tablename__ = "scad_renders"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    design_id: Mapped[str] = mapped_column(ForeignKey("designs.id", ondelete="CASCADE"), index=True)
    source_sha256: Mapped[str] = mapped_column(String(64))
    # name -> the OpenSCAD literal it was rendered with
    parameters: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)
    mesh_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    triangle_count: Mapped[int] = mapped_column(Integer, default=0)
    bbox_mm: Mapped[list[float]] = mapped_column(JsonText, default=list)
    openscad_version: Mapped[str] = mapped_column(String(40), default="")
    render_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
