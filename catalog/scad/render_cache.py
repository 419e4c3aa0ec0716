"""Renders kept by key (catalog.scad.design.ScadDesign.render_key): the mesh in the blob store, a row in the DB."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from catalog.blobstore import BlobStore, register_blob
from catalog.records import MEDIA_STL
from db.engine import unit_of_work
from db.models import ScadRender


@dataclass(frozen=True)
class CachedRender:
    key: str
    design_id: str
    source_sha256: str
    parameters: dict[str, str]  # name -> OpenSCAD literal
    mesh_sha256: str
    triangle_count: int
    bbox_mm: tuple[float, float, float]
    openscad_version: str
    render_seconds: float

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key, "design_id": self.design_id, "source_sha256": self.source_sha256,
            "parameters": dict(self.parameters), "mesh_sha256": self.mesh_sha256,
            "triangle_count": self.triangle_count, "bbox_mm": list(self.bbox_mm),
            "openscad_version": self.openscad_version, "render_seconds": round(self.render_seconds, 3),
        }


def _from_row(row: ScadRender) -> CachedRender:
    box = [float(v) for v in (row.bbox_mm or [0.0, 0.0, 0.0])][:3]
    while len(box) < 3:
        box.append(0.0)
    return CachedRender(row.key, row.design_id, row.source_sha256, dict(row.parameters or {}), row.mesh_sha256,
                        int(row.triangle_count), (box[0], box[1], box[2]), row.openscad_version,
                        float(row.render_seconds))


class RenderCache:
    def __init__(self, session_factory: sessionmaker[Session], blobs: BlobStore) -> None:
        self._session_factory = session_factory
        self.blobs = blobs

    def get(self, key: str) -> CachedRender | None:
        """The render with this key, if its row and its mesh are both here."""
        with self._session_factory() as session:
            row = session.get(ScadRender, key)
            found = _from_row(row) if row is not None else None
        if found is None or not self.blobs.has(found.mesh_sha256):
            return None
        return found

    def mesh_bytes(self, render: CachedRender) -> bytes:
        return self.blobs.read_bytes(render.mesh_sha256)

    def put(self, render: CachedRender, stl: bytes) -> CachedRender:
        """Store the mesh, then the row (the row never names a mesh that is not on disk)."""
        ref = self.blobs.put_bytes(stl)
        stored = CachedRender(**{**render.__dict__, "mesh_sha256": ref.sha256})
        with unit_of_work(self._session_factory) as session:
            register_blob(session, ref, MEDIA_STL)
            self.add_in(session, stored)
        return stored

    @staticmethod
    def add_in(session: Session, render: CachedRender) -> None:
        """Insert or refresh the row; the caller owns the transaction and has registered the mesh blob."""
        row = session.get(ScadRender, render.key)
        if row is None:
            row = ScadRender(key=render.key)
            session.add(row)
        row.design_id = render.design_id
        row.source_sha256 = render.source_sha256
        row.parameters = dict(render.parameters)
        row.mesh_sha256 = render.mesh_sha256
        row.triangle_count = render.triangle_count
        row.bbox_mm = list(render.bbox_mm)
        row.openscad_version = render.openscad_version
        row.render_seconds = render.render_seconds

    @staticmethod
    def for_designs(session: Session, design_ids: Iterable[str]) -> list[CachedRender]:
        ids = sorted(set(design_ids))
        found: list[CachedRender] = []
        for start in range(0, len(ids), 500):
            rows = session.execute(select(ScadRender).where(ScadRender.design_id.in_(ids[start:start + 500])))
            found += [_from_row(row) for row in rows.scalars()]
        return sorted(found, key=lambda r: r.key)

    def count_for(self, design_id: str) -> int:
        with self._session_factory() as session:
            return len(session.execute(select(ScadRender.key).where(ScadRender.design_id == design_id)).all())


def render_record(key: str, design_id: str, source_sha256: str, literals: Mapping[str, str], triangle_count: int,
                  bbox_mm: tuple[float, float, float], openscad_version: str, seconds: float) -> CachedRender:
    return CachedRender(key, design_id, source_sha256, dict(literals), "", triangle_count, bbox_mm,
                        openscad_version, seconds)
