"""Layer-by-layer line segments of any G-code file, for a preview: extrusions and travels per layer."""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from printers.gcode.arcs import arc_points
from printers.gcode.layers import LayerTracker
from printers.gcode.modal import Modal
from printers.gcode.parse import GcodeSource, program_parts


@dataclass(frozen=True)
class PreviewLayer:
    z_mm: float
    extrusions: np.ndarray  # (n, 4) x0 y0 x1 y1
    travels: np.ndarray  # (m, 4)
    first_line: int


def preview_layers(source: GcodeSource) -> list[PreviewLayer]:
    """A layer starts where the estimate's layer count says (a new height, or one layer of a spiral's
    climb); travels go with the layer they lead into."""
    modal = Modal()
    layers: list[PreviewLayer] = []
    extr: list[tuple[float, float, float, float]] = []
    trav: list[tuple[float, float, float, float]] = []
    layer_z: float | None = None
    first_line = 0
    commands, _, notes = program_parts(source)
    tracker = LayerTracker(notes.layer_height_mm)

    def close() -> None:
        if layer_z is not None and extr:
            layers.append(
                PreviewLayer(
                    layer_z,
                    np.asarray(extr, dtype=float).reshape(-1, 4),
                    np.asarray(trav, dtype=float).reshape(-1, 4),
                    first_line,
                )
            )

    for cmd in commands:
        code = cmd.code
        if code in ("G0", "G1", "G2", "G3") and not cmd.has_bad_number:
            pos = modal.pos
            words = cmd.words
            target = modal.target(words)
            moved = target[0] != pos[0] or target[1] != pos[1] or code in ("G2", "G3")
            if moved:
                if code in ("G2", "G3") and ("I" in words or "J" in words or "R" in words):
                    points = [pos] + arc_points(pos, target, modal.arc_words(words), clockwise=code == "G2")
                    segments = [(a[0], a[1], b[0], b[1]) for a, b in pairwise(points)]
                else:
                    segments = [(pos[0], pos[1], target[0], target[1])]
                if target[3] > pos[3]:
                    z = round(target[2], 3)
                    if tracker.starts_layer(pos[2], target[2]) and (
                        layer_z is None or not math.isclose(z, layer_z, abs_tol=1e-4)
                    ):
                        close()
                        extr = []
                        trav = []
                        layer_z = z
                        first_line = cmd.line_no
                    extr.extend(segments)
                else:
                    trav.extend(segments)
        modal.apply(cmd)
    close()
    return layers
