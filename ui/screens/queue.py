"""The Print Queue area."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen


class QueueScreen(Screen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Print Queue"), parent)
        self.empty_state = EmptyState(
            self.tr("The queue is empty"),
            self.tr("Print jobs wait here; each is planned for when the sun and the battery can pay for it."),
            self.tr("Slice a customized frame or a catalogue design to add a job."),
        )
        self.layout_.addWidget(self.empty_state, 1)
