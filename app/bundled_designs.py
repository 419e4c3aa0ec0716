"""The designs shipped with Heliofab (the parametric frame styles, the self-adjustable frame and its syringe
clips), as records the catalogue seeds from; thumbnails are drawn from each design's own geometry."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

from app import __version__
from catalog.records import MEDIA_SVG, BundledDesign


def frames_stamp() -> str:
    """Changes whenever the frame styles' source changes (or Heliofab itself does).

    Computed from file names, sizes and times, without importing the frames package (which pulls in
    the geometry libraries), so an already-seeded start-up costs a few stat calls and one query.
    Seeding itself compares contents, so a stamp that changes for nothing only costs a re-check.
    """
    spec = importlib.util.find_spec("catalog.frames")
    if spec is None or not spec.submodule_search_locations:
        return f"{__version__}:no-frames"
    folder = Path(next(iter(spec.submodule_search_locations)))
    entries = sorted(
        (path.relative_to(folder).as_posix(), path.stat().st_size, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )
    return f"{__version__}:" + hashlib.sha256(repr(entries).encode()).hexdigest()[:16]


def frame_records() -> list[BundledDesign]:
    try:
        from catalog.frames import list_styles, thumbnail_svg
    except ImportError:
        return []
    records: list[BundledDesign] = []
    for style in list_styles():
        tags = tuple(style.tags) + ((style.audience,) if style.audience not in style.tags else ())
        records.append(
            BundledDesign(
                id=style.id,
                title=style.title,
                description=style.description,
                category=style.category,
                tags=tags,
                licence=style.licence,
                author=style.author,
                attribution=style.attribution,
                version=style.version,
                manifest=style.manifest(),
                thumbnail_bytes=thumbnail_svg(style.id).encode("utf-8"),
                thumbnail_media_type=MEDIA_SVG,
                is_parametric=True,
            )
        )
    return records
