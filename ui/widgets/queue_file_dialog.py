"""Queueing a G-code file: which printer it was sliced for, its priority and when it is needed by."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.queue.intake import ProfileChoice
from ui.widgets.job_terms import JobTermsEditor


class QueueFileDialog(QDialog):
    """Window-modal, opened with open(): asked from a task's callback, it must not hold the event loop."""

    chosen = Signal(str, int, object)  # printer profile id, priority, deadline (aware UTC datetime or None)

    def __init__(self, file_name: str, choices: list[ProfileChoice], zone_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueProfileChooser")
        self.setWindowTitle(self.tr("Queue a G-code file"))
        self._choices = choices
        layout = QVBoxLayout(self)
        question = QLabel(self.tr(
            "Which printer was {file} sliced for? It is checked for that printer before it is queued."
        ).format(file=file_name))
        question.setWordWrap(True)
        layout.addWidget(question)
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("queueProfileCombo")
        for choice in choices:
            label = self.tr("{name} (a printer of this lab)").format(name=choice.name) if choice.is_in_lab \
                else choice.name
            self.profile_combo.addItem(label, choice.id)
        layout.addWidget(self.profile_combo)
        self.terms = JobTermsEditor()
        self.terms.set_zone(zone_name)
        layout.addWidget(self.terms)
        self.message = QLabel("")
        self.message.setObjectName("queueFileMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        deadline = self.terms.deadline_utc()
        if deadline is not None and deadline <= datetime.now(timezone.utc):
            self.message.setText(self.tr("That needed-by time has passed: choose a later one, or untick Needed by."))
            return
        profile_id = self.profile_combo.currentData()
        if profile_id is None:
            return
        self.chosen.emit(str(profile_id), self.terms.priority(), deadline)
        super().accept()
