"""The Catalogue area."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen


class CatalogueScreen(Screen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Catalogue"), parent)
        self.empty_state = EmptyState(
            self.tr("No designs yet"),
            self.tr("The catalogue holds the frame styles and other designs this lab can print, with their licences."),
            self.tr("Import STL/3MF files or a design zip, or bring a catalogue on a USB stick from the Sync area."),
        )
        self.layout_.addWidget(self.empty_state, 1)
