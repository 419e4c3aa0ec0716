"""The printer terminal: the lines to and from the printer, a filter for Marlin's routine chatter, and
a command line that recalls earlier commands with the up and down arrows."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.printing.terminal import CommandHistory, visible_lines

KEPT_LINES = 2000  # what the view keeps, filtered or not: enough for a session's hand commands


class CommandLine(QLineEdit):
    """A line edit whose up and down arrows walk the commands sent before."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = CommandHistory()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Up:
            self.setText(self.history.previous(self.text()))
        elif event.key() == Qt.Key.Key_Down:
            self.setText(self.history.next(self.text()))
        else:
            super().keyPressEvent(event)


class PrinterTerminal(QGroupBox):
    command_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Terminal"), parent)
        layout = QVBoxLayout(self)
        self._lines: deque[str] = deque(maxlen=KEPT_LINES)
        self._seen = 0  # how many of the printer's lines have been taken in
        self.log = QPlainTextEdit()
        self.log.setObjectName("terminal")
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(KEPT_LINES)
        self.log.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.hide_routine_check = QCheckBox(self.tr("Hide temperature reports"))
        self.hide_routine_check.setChecked(True)
        self.hide_routine_check.setToolTip(
            self.tr("Also hides the printer's \"wait\" and \"busy: processing\" lines and the M105 polls.")
        )
        self.hide_routine_check.toggled.connect(self._redraw)
        row = QHBoxLayout()
        self.command_edit = CommandLine()
        self.command_edit.setPlaceholderText(self.tr("G-code, e.g. M114"))
        self._command_tip = self.tr("Enter sends the command; the up and down arrows bring back earlier ones.")
        self.command_edit.setToolTip(self._command_tip)
        self.command_edit.setMinimumWidth(120)
        self.send_button = QPushButton(self.tr("Send"))
        self.command_edit.returnPressed.connect(self._send)
        self.send_button.clicked.connect(self._send)
        row.addWidget(self.command_edit, 1)
        row.addWidget(self.send_button)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.hide_routine_check)
        layout.addLayout(row)

    @property
    def is_hiding_routine(self) -> bool:
        return self.hide_routine_check.isChecked()

    def show_lines(self, lines: Sequence[str], total: int) -> None:
        """Take in the printer's latest lines: `lines` are its last ones, `total` how many it ever had."""
        new = total - self._seen
        if new < 0:  # another printer, or the same one reconnected: start over
            self.clear()
            new = total
        if new <= 0:
            return
        fresh = list(lines[-new:]) if new <= len(lines) else list(lines)
        self._seen = total
        self._lines.extend(fresh)
        shown = visible_lines(fresh, is_hiding_routine=self.is_hiding_routine)
        if shown:
            bar = self.log.verticalScrollBar()
            is_at_end = bar.value() >= bar.maximum() - 2
            self.log.appendPlainText("\n".join(shown))
            if is_at_end:  # follow the printer, unless the operator scrolled up to read
                bar.setValue(bar.maximum())

    def clear(self) -> None:
        self._lines.clear()
        self._seen = 0
        self.log.clear()

    def shown_text(self) -> str:
        return self.log.toPlainText()

    def set_sending_allowed(self, is_allowed: bool, reason: str = "") -> None:
        self.send_button.setEnabled(is_allowed)
        self.command_edit.setEnabled(is_allowed)
        self.command_edit.setToolTip(self._command_tip if is_allowed else reason)

    def _redraw(self) -> None:
        self.log.setPlainText("\n".join(visible_lines(self._lines, is_hiding_routine=self.is_hiding_routine)))
        self.log.verticalScrollBar().setValue(self.log.verticalScrollBar().maximum())

    def _send(self) -> None:
        command = self.command_edit.text().strip()
        if command:
            self.command_edit.history.add(command)
            self.command_edit.clear()
            self.command_entered.emit(command)
