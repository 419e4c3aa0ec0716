"""What every screen is handed: the core services, the GUI bridge, the background task helper and the
window's temporary slices."""

from __future__ import annotations

from dataclasses import dataclass

from app.services import Services
from app.slice_files import HeldSlices
from ui.bridge import GuiBridge
from ui.tasks import GuiTasks


@dataclass
class ScreenContext:
    services: Services
    bridge: GuiBridge
    tasks: GuiTasks
    slices: HeldSlices
