"""Where a new layer starts: the estimate's layer count and start times and the preview share this rule.

A layer is printed flat at one height, reached by a Z move that does not extrude. In spiral-vase mode
the nozzle instead climbs while it prints, a few thousandths of a millimetre per move: there a layer is
one layer height of climb, not every tiny Z change (which would count thousands of layers).
"""

from __future__ import annotations

import math

MIN_LAYER_STEP_MM = 0.002  # smaller Z differences are slicer rounding, not a new layer
DEFAULT_LAYER_HEIGHT_MM = 0.2
_CLIMB_TOLERANCE = 0.98  # a spiral turn climbs one layer height, give or take the slicer's rounding


class LayerTracker:
    """Fed every extruding XY move in file order; says which ones start a layer."""

    def __init__(self, layer_height_mm: float | None = None) -> None:
        height = layer_height_mm if layer_height_mm and layer_height_mm > 0 else DEFAULT_LAYER_HEIGHT_MM
        self.step_mm = height  # learnt from the flat layers of the file itself as soon as there are two
        self.layer_z = math.nan
        self._last_z = math.nan

    def starts_layer(self, start_z: float, end_z: float) -> bool:
        if end_z == self._last_z:
            return False
        self._last_z = end_z
        if math.isnan(self.layer_z):
            self.layer_z = end_z
            return True
        rise = end_z - self.layer_z
        if start_z == end_z:
            if abs(rise) < MIN_LAYER_STEP_MM:
                return False
            if rise > 0:
                self.step_mm = rise
            self.layer_z = end_z
            return True
        if rise >= self.step_mm * _CLIMB_TOLERANCE:
            self.layer_z = end_z
            return True
        return False
