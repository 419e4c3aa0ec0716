"""Parametric eyeglass frames: declarations, validity checks, the generator, templates and exports.

Pure Python (shapely outlines, earcut/manifold3d meshes); nothing here knows about Qt or the database.
"""

from __future__ import annotations

from collections.abc import Mapping

from catalog.frames.checks import CHECK_NAMES, WARNING_NAMES, FrameProblem
from catalog.frames.generator import (
    DEFAULT_BED_MM,
    FrameGenerator,
    FramePart,
    FramePreview,
    FrameRejectedError,
    FrameResult,
)
from catalog.frames.parameter_set import ParameterSet
from catalog.frames.params import Parameter, ParameterError, ParamType, ParamValue
from catalog.frames.styles import FrameStyle, StyleCatalogue, UnknownStyleError
from catalog.frames.svg import template_svg_for, thumbnail_svg_for

__all__ = [
    "CHECK_NAMES", "WARNING_NAMES", "FrameGenerator", "FramePart", "FramePreview", "FrameProblem",
    "FrameRejectedError", "FrameResult", "FrameStyle", "ParamType", "ParamValue", "Parameter", "ParameterError",
    "ParameterSet",
    "StyleCatalogue", "UnknownStyleError", "check_frame", "generate_frame", "get_style",
    "list_styles", "resolve_params", "template_svg", "thumbnail_svg",
]


def list_styles() -> list[FrameStyle]:
    return StyleCatalogue().list()


def get_style(style_id: str) -> FrameStyle:
    return StyleCatalogue().get(style_id)


def resolve_params(style_id: str, params: ParameterSet | Mapping[str, object]) -> ParameterSet:
    """The style's ParameterSet: operator input or saved values are checked; a set made for it is kept."""
    return FrameGenerator().parameter_set(style_id, params)


def check_frame(style_id: str, params: ParameterSet | Mapping[str, object], *, bed_x_mm: float = DEFAULT_BED_MM,
                bed_y_mm: float = DEFAULT_BED_MM) -> list[FrameProblem]:
    return FrameGenerator().check(style_id, params, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm)


def generate_frame(style_id: str, params: ParameterSet | Mapping[str, object], *, bed_x_mm: float = DEFAULT_BED_MM,
                   bed_y_mm: float = DEFAULT_BED_MM) -> FrameResult:
    return FrameGenerator().generate(style_id, params, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm)


def thumbnail_svg(style_id: str) -> str:
    generator = FrameGenerator()
    return thumbnail_svg_for(generator.preview(style_id, {}))


def template_svg(style_id: str, params: ParameterSet | Mapping[str, object]) -> str:
    return template_svg_for(FrameGenerator().preview(style_id, params))
