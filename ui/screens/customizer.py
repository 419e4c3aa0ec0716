"""The Customizer area."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen


class CustomizerScreen(Screen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Customizer"), parent)
        self.empty_state = EmptyState(
            self.tr("Nothing to customize yet"),
            self.tr("The customizer turns a customer's measurements into frame parts ready to print, with a live preview."),
            self.tr("Pick a frame style in the Catalogue, or a saved fit in Customers & Fitting."),
        )
        self.layout_.addWidget(self.empty_state, 1)
