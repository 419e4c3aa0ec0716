"""Parametric eyeglass frames: declarations, validity checks, the generator, templates and exports.

Pure Python (shapely outlines, earcut/manifold3d meshes); nothing here knows about Qt or the database.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from catalog.frames.parameter_set import ParameterSet
from catalog.frames.params import Parameter, ParameterError, ParamType, ParamValue
from catalog.frames.styles import FrameStyle, StyleCatalogue, UnknownStyleError

if TYPE_CHECKING:
    from catalog.frames.checks import CHECK_NAMES, WARNING_NAMES, FrameProblem
    from catalog.frames.generator import (
        DEFAULT_BED_MM,
        FrameGenerator,
        FramePart,
        FramePreview,
        FrameRejectedError,
        FrameResult,
    )
    from catalog.frames.svg import template_svg_for, thumbnail_svg_for

# The geometry (shapely, trimesh, manifold3d) loads on first use: listing styles and checking parameter
# values (`customize --list-params`, the catalogue) need only the declarations.
_LAZY = {
    "CHECK_NAMES": "catalog.frames.checks",
    "WARNING_NAMES": "catalog.frames.checks",
    "FrameProblem": "catalog.frames.checks",
    "DEFAULT_BED_MM": "catalog.frames.generator",
    "FrameGenerator": "catalog.frames.generator",
    "FramePart": "catalog.frames.generator",
    "FramePreview": "catalog.frames.generator",
    "FrameRejectedError": "catalog.frames.generator",
    "FrameResult": "catalog.frames.generator",
    "template_svg_for": "catalog.frames.svg",
    "thumbnail_svg_for": "catalog.frames.svg",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

__all__ = [
    "CHECK_NAMES", "DEFAULT_BED_MM", "WARNING_NAMES", "FrameGenerator", "FramePart", "FramePreview", "FrameProblem",
    "FrameRejectedError", "FrameResult", "FrameStyle", "ParamType", "ParamValue", "Parameter", "ParameterError",
    "ParameterSet",
    "StyleCatalogue", "UnknownStyleError", "check_frame", "generate_frame", "get_style",
    "list_styles", "resolve_params", "template_svg", "template_svg_for", "thumbnail_svg", "thumbnail_svg_for",
]


def list_styles() -> list[FrameStyle]:
    return StyleCatalogue().list()


def get_style(style_id: str) -> FrameStyle:
    return StyleCatalogue().get(style_id)


def resolve_params(style_id: str, params: ParameterSet | Mapping[str, object]) -> ParameterSet:
    """The style's ParameterSet: operator input or saved values are checked; a set made for it is kept."""
    from catalog.frames.generator import FrameGenerator

    return FrameGenerator().parameter_set(style_id, params)


def check_frame(style_id: str, params: ParameterSet | Mapping[str, object], *, bed_x_mm: float | None = None,
                bed_y_mm: float | None = None) -> list[FrameProblem]:
    """Without a bed, the generator's own (the common 220 mm one) is checked."""
    from catalog.frames.generator import DEFAULT_BED_MM, FrameGenerator

    return FrameGenerator().check(
        style_id,
        params,
        bed_x_mm=DEFAULT_BED_MM if bed_x_mm is None else bed_x_mm,
        bed_y_mm=DEFAULT_BED_MM if bed_y_mm is None else bed_y_mm,
    )


def generate_frame(style_id: str, params: ParameterSet | Mapping[str, object], *, bed_x_mm: float | None = None,
                   bed_y_mm: float | None = None) -> FrameResult:
    from catalog.frames.generator import DEFAULT_BED_MM, FrameGenerator

    return FrameGenerator().generate(
        style_id,
        params,
        bed_x_mm=DEFAULT_BED_MM if bed_x_mm is None else bed_x_mm,
        bed_y_mm=DEFAULT_BED_MM if bed_y_mm is None else bed_y_mm,
    )


def thumbnail_svg(style_id: str) -> str:
    from catalog.frames.generator import FrameGenerator
    from catalog.frames.svg import thumbnail_svg_for

    return thumbnail_svg_for(FrameGenerator().preview(style_id, {}))


def template_svg(style_id: str, params: ParameterSet | Mapping[str, object]) -> str:
    from catalog.frames.generator import FrameGenerator
    from catalog.frames.svg import template_svg_for

    return template_svg_for(FrameGenerator().preview(style_id, params))
