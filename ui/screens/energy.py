"""The Energy area."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen


class EnergyScreen(Screen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Energy"), parent)
        self.empty_state = EmptyState(
            self.tr("No energy readings yet"),
            self.tr("The solar panel, the battery and the charge controller decide when prints can run."),
            self.tr("Describe the site's panels and battery, then connect the charge controller or enter readings by hand."),
        )
        self.layout_.addWidget(self.empty_state, 1)
