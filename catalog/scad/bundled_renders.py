"""Renders travelling in a catalogue bundle, so a lab without OpenSCAD can print customized parts.

Each entry names its design, its parameter values (as OpenSCAD literals), its key and its mesh object.
A receiving lab keeps an entry only when the key matches the design it now holds (same source files,
same values), so a render can never stand in for another design or other values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from catalog.blobstore import BlobRef, is_sha256, register_blob
from catalog.records import MEDIA_STL, DesignDraft
from catalog.scad.design import draft_source_sha256, render_key_of
from catalog.scad.render_cache import CachedRender, RenderCache
from i18n import _

MAX_RENDERS = 100_000


class RenderEntryError(ValueError):
    """A render entry in a manifest that is malformed."""


def renders_json(renders: Iterable[CachedRender]) -> list[dict[str, Any]]:
    return [r.to_json() for r in sorted(renders, key=lambda r: r.key)]


def parse_renders(value: Any, objects: Mapping[str, int]) -> tuple[CachedRender, ...]:
    """The render entries of a manifest, each checked for shape; raises RenderEntryError."""
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > MAX_RENDERS:
        raise RenderEntryError(_("The manifest's render list is malformed: refused."))
    return tuple(_parse(item, objects) for item in value)


def _parse(item: Any, objects: Mapping[str, int]) -> CachedRender:
    if not isinstance(item, dict):
        raise RenderEntryError(_("The manifest has a render that is not a record: refused."))
    key, source, mesh = item.get("key"), item.get("source_sha256"), item.get("mesh_sha256")
    if not all(isinstance(v, str) and is_sha256(v) for v in (key, source, mesh)):
        raise RenderEntryError(_("The manifest has a render with a malformed hash: refused."))
    assert isinstance(key, str) and isinstance(source, str) and isinstance(mesh, str)
    if mesh not in objects:
        raise RenderEntryError(_("The manifest has a render whose mesh is not in the catalogue: refused."))
    params = item.get("parameters")
    if not isinstance(params, dict) or not all(isinstance(k, str) and isinstance(v, str) and len(v) <= 10_000
                                               for k, v in params.items()):
        raise RenderEntryError(_("The manifest has a render with malformed parameters: refused."))
    box = item.get("bbox_mm")
    if not isinstance(box, list) or len(box) != 3 or not all(isinstance(v, (int, float)) for v in box):
        raise RenderEntryError(_("The manifest has a render with a malformed size: refused."))
    design_id, triangles = item.get("design_id"), item.get("triangle_count")
    if not isinstance(design_id, str) or not isinstance(triangles, int):
        raise RenderEntryError(_("The manifest has a render without its design: refused."))
    seconds = item.get("render_seconds", 0.0)
    return CachedRender(key, design_id, source, dict(params), mesh, triangles,
                        (float(box[0]), float(box[1]), float(box[2])),
                        str(item.get("openscad_version", ""))[:40],
                        float(seconds) if isinstance(seconds, (int, float)) else 0.0)


def is_render_of(render: CachedRender, draft: DesignDraft) -> bool:
    """True when the render's key is the one this design gives those values."""
    source = draft_source_sha256(draft.manifest, draft.files)
    return source == render.source_sha256 and render_key_of(source, render.parameters) == render.key


def accept_renders(session: Session, renders: Iterable[CachedRender], stored: Mapping[str, DesignDraft],
                   sizes: Mapping[str, int]) -> int:
    """Record the renders that belong to the designs as now stored; the caller owns the transaction."""
    kept = 0
    for render in renders:
        draft = stored.get(render.design_id)
        if draft is None or not is_render_of(render, draft):
            continue
        register_blob(session, BlobRef(render.mesh_sha256, sizes[render.mesh_sha256]), MEDIA_STL)
        RenderCache.add_in(session, render)
        kept += 1
    return kept
