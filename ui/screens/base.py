"""Shared screen pieces: a heading, and an honest empty state that says what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.context import ScreenContext


class EmptyState(QFrame):
    def __init__(self, heading: str, explanation: str, next_step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(heading)
        title.setObjectName("emptyHeading")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(explanation)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        step = QLabel(next_step)
        step.setObjectName("emptyNextStep")
        step.setWordWrap(True)
        step.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (title, body, step):
            # Centred widgets get their size hint, which Qt makes narrow for wrapped text: give them
            # a reading width, so each says its sentence in two lines instead of being cut.
            widget.setMinimumWidth(min(480, widget.sizeHint().width()))
            widget.setMaximumWidth(560)
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)


class Screen(QWidget):
    """Base of every main-window area; `refresh` is called each time the area is shown."""

    def __init__(self, ctx: ScreenContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("screenHeading")
        self.layout_.addWidget(heading)

    def refresh(self) -> None:
        """Reload what the screen shows; cheap, or done through ctx.tasks."""
