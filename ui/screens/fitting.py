"""The Customers & Fitting area."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen


class FittingScreen(Screen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Customers & Fitting"), parent)
        self.empty_state = EmptyState(
            self.tr("No customers yet"),
            self.tr("Customers, their measurements (pupillary distance, head width) and saved fits are kept on this laptop only."),
            self.tr("Add a customer to measure their PD with a ruler or a photo with a bank card."),
        )
        self.layout_.addWidget(self.empty_state, 1)
