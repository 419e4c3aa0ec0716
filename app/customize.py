"""Customizing a parametric frame, Qt-free: what the `customize` command and the Customizer screen share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from catalog.frames import (
    DEFAULT_BED_MM,
    FrameGenerator,
    FramePreview,
    FrameRejectedError,
    FrameResult,
    ParameterError,
    UnknownStyleError,
)
from catalog.frames.export import (
    OutputFolderError,
    ParameterSetError,
    export_parameter_sets,
    frame_files,
    frame_report,
    read_parameter_set,
    write_folder_atomically,
)
from catalog.frames.svg import template_svg_for

__all__ = [
    "CustomizeError", "FrameSetWritten", "FrameGenerator", "FramePreview", "FrameResult", "export_parameter_sets",
    "parse_assignments", "read_parameter_set", "write_frame_set",
]


class CustomizeError(Exception):
    """One operator-readable line: which parameter or check, and what to change."""


@dataclass(frozen=True)
class FrameSetWritten:
    out_dir: Path
    result: FrameResult
    report: dict[str, Any]


def parse_assignments(items: list[str]) -> dict[str, str]:
    """`NAME=VALUE` strings (one parameter each) as a mapping; later ones win."""
    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise CustomizeError(f"--set needs NAME=VALUE (one parameter each), not {item!r}.")
        values[name.strip()] = value.strip()
    return values


def explain(exc: Exception) -> str:
    if isinstance(exc, FrameRejectedError):
        first = exc.problems[0]
        more = len(exc.problems) - 1
        tail = f" (and {more} more: {', '.join(p.check for p in exc.problems[1:])})" if more else ""
        return f"Check {first.check} failed: {first.message} {first.suggestion}{tail}"
    return str(exc)


def write_frame_set(generator: FrameGenerator, style_id: str, overrides: Mapping[str, object], out_dir: Path, *,
                    bed_x_mm: float = DEFAULT_BED_MM, bed_y_mm: float = DEFAULT_BED_MM,
                    set_name: str | None = None) -> FrameSetWritten:
    """Checks, generates and writes every file of a frame set; on any refusal nothing is written."""
    try:
        result = generator.generate(style_id, overrides, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm)
        preview = generator.preview(style_id, overrides, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm)
        files = frame_files(result, template_svg_for(preview), set_name or f"{style_id} {date.today().isoformat()}")
        written = write_folder_atomically(out_dir, files)
    except (ParameterError, UnknownStyleError, FrameRejectedError, OutputFolderError, ParameterSetError) as exc:
        raise CustomizeError(explain(exc)) from exc
    except OSError as exc:
        raise CustomizeError(f"Could not write {out_dir}: {exc.strerror or exc}.") from exc
    return FrameSetWritten(written, result, frame_report(result, sorted(files)))
