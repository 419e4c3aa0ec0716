"""The designs shipped with Heliofab (the parametric frame styles), as records the catalogue seeds from."""

from __future__ import annotations

import hashlib

from app import __version__
from catalog.records import MEDIA_SVG, BundledDesign


def frames_stamp() -> str:
    """Changes whenever a bundled style's version (or Heliofab itself) changes; cheap to compute."""
    try:
        from catalog.frames import list_styles
    except ImportError:
        return f"{__version__}:no-frames"
    items = sorted((style.id, style.version) for style in list_styles())
    return f"{__version__}:" + hashlib.sha256(repr(items).encode()).hexdigest()[:16]


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
