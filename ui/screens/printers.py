"""The Printers area."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen


class PrintersScreen(Screen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Printers"), parent)
        self.empty_state = EmptyState(
            self.tr("No printer connected"),
            self.tr("Printers on USB are driven directly from this laptop, with recovery from cable pulls and power loss."),
            self.tr("Plug a printer in and connect it here, or start the simulated printer to try things out."),
        )
        self.layout_.addWidget(self.empty_state, 1)
