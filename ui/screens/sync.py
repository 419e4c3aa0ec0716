"""The Sync area."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen


class SyncScreen(Screen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Sync"), parent)
        self.empty_state = EmptyState(
            self.tr("No USB stick found"),
            self.tr("Catalogues travel between labs on USB sticks: only what changed is copied, and every file is checked."),
            self.tr("Insert a USB stick, or choose a folder, to export or import a catalogue."),
        )
        self.layout_.addWidget(self.empty_state, 1)
