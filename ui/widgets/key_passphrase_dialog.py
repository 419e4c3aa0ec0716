"""Asks, before a backup, for the passphrase that encrypts the lab's signing key (or to leave the key out)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from catalog.signing import MIN_PASSPHRASE_CHARS


class KeyPassphraseDialog(QDialog):
    """Window-modal: the rest of the app keeps running (and repainting) while the operator types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the lab's signing key"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The backup can carry this lab's signing key, which other labs use to trust your catalogues. "
                "Choose a passphrase to encrypt it: restoring the backup will ask for it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Type it again:"), self.repeat_edit)
        layout.addLayout(form)

        self.leave_out_box = QCheckBox(self.tr("Leave the signing key out of the backup (move it by hand later)"))
        layout.addWidget(self.leave_out_box)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Back up"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.passphrase_edit.textChanged.connect(self._check)
        self.repeat_edit.textChanged.connect(self._check)
        self.leave_out_box.toggled.connect(self._check)
        self._check()

    def passphrase(self) -> str | None:
        """The chosen passphrase, or None to leave the key out."""
        return None if self.leave_out_box.isChecked() else self.passphrase_edit.text()

    def _check(self) -> None:
        is_leaving_out = self.leave_out_box.isChecked()
        self.passphrase_edit.setEnabled(not is_leaving_out)
        self.repeat_edit.setEnabled(not is_leaving_out)
        problem = "" if is_leaving_out else self._problem()
        self.problem_label.setText(problem)
        self.ok_button.setEnabled(not problem and (is_leaving_out or bool(self.passphrase_edit.text())))

    def _problem(self) -> str:
        first, second = self.passphrase_edit.text(), self.repeat_edit.text()
        if not first:
            return ""
        if len(first) < MIN_PASSPHRASE_CHARS:
            return self.tr("Use at least {count} characters.").format(count=MIN_PASSPHRASE_CHARS)
        if first != second:
            return self.tr("The two passphrases differ.")
        return ""
