"""The built-in slicer (numpy + shapely core: no scipy, and trimesh only to read a part given by path)."""

from __future__ import annotations

from printers.slicer.engine import (
    NamedMesh,
    PartInput,
    SliceError,
    SliceResult,
    slice_parts,
    write_text_atomically,
)
from printers.slicer.meshes import MeshError, Part, load_part, prepare_part
from printers.slicer.plate import DoesNotFitError
from printers.slicer.settings import (
    PrintMode,
    SeamPosition,
    SettingsError,
    SliceSettings,
    first_layer_height_mm,
    frames_settings,
    settings_for_mode,
    standard_settings,
)

__all__ = [
    "DoesNotFitError",
    "MeshError",
    "NamedMesh",
    "Part",
    "PartInput",
    "PrintMode",
    "SeamPosition",
    "SettingsError",
    "SliceError",
    "SliceResult",
    "SliceSettings",
    "first_layer_height_mm",
    "frames_settings",
    "load_part",
    "prepare_part",
    "settings_for_mode",
    "slice_parts",
    "standard_settings",
    "write_text_atomically",
]
