"""What every screen is handed: the core services, the GUI bridge and the background task helper."""

from __future__ import annotations

from dataclasses import dataclass

from app.services import Services
from ui.bridge import GuiBridge
from ui.tasks import GuiTasks


@dataclass
class ScreenContext:
    services: Services
    bridge: GuiBridge
    tasks: GuiTasks
