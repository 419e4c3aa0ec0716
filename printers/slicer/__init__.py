"""The built-in slicer (numpy + shapely + trimesh core, no scipy)."""

from __future__ import annotations

from printers.slicer.engine import NamedMesh, PartInput, SliceError, SliceResult, slice_parts, write_text_atomically
from printers.slicer.meshes import MeshError, Part, load_part, prepare_part
from printers.slicer.plate import DoesNotFitError
from printers.slicer.settings import SeamPosition, SettingsError, SliceSettings, first_layer_height_mm

__all__ = [
    "DoesNotFitError",
    "MeshError",
    "NamedMesh",
    "Part",
    "PartInput",
    "SeamPosition",
    "SettingsError",
    "SliceError",
    "SliceResult",
    "SliceSettings",
    "first_layer_height_mm",
    "load_part",
    "prepare_part",
    "slice_parts",
    "write_text_atomically",
]
