"""The slicing panel and dialog: settings, progress, a layer-by-layer preview and the estimate."""

from __future__ import annotations

from ui.slicing.design_dialog import DesignSlicingDialog
from ui.slicing.dialog import SlicingDialog, SlicingPanel
from ui.slicing.preview import EnergyChart, LayerPreview
from ui.slicing.profile_editor import MaterialProfileDialog, PrinterProfileDialog

__all__ = [
    "DesignSlicingDialog",
    "EnergyChart",
    "LayerPreview",
    "MaterialProfileDialog",
    "PrinterProfileDialog",
    "SlicingDialog",
    "SlicingPanel",
]
