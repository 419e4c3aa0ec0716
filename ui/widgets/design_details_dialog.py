"""The "Edit details…" dialog of an imported design: name, author, licence (with what it allows), source, notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.design_edit import DesignDetailsEdit, DesignEditError, DetailProblem
from app.tasks import TaskContext
from catalog.licences import LicenceInfo, known_licences, licence_info
from catalog.records import DesignDetail
from ui.context import ScreenContext


class DesignDetailsDialog(QDialog):
    """Window-modal, never blocking; the catalogue service checks and stores the edit in the background."""

    saved = Signal(object)  # the DesignDetail as stored

    def __init__(self, ctx: ScreenContext, detail: DesignDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        s = detail.summary
        self.setWindowTitle(self.tr("Details of {title}").format(title=s.title))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)

        self.name_edit = QLineEdit(s.title)
        self.author_edit = QLineEdit(s.author)
        self.author_edit.setPlaceholderText(self.tr("Whom to credit"))
        self.licence_combo = QComboBox()
        self.licence_combo.setObjectName("licenceCombo")
        licences = known_licences()
        if s.licence not in {info.spdx for info in licences}:
            licences.insert(0, licence_info(s.licence))  # one the importer read that the chooser does not list
        for info in licences:
            self.licence_combo.addItem(info.label, info.spdx)
        self.licence_combo.setCurrentIndex(max(self.licence_combo.findData(s.licence), 0))
        self.licence_summary = QLabel()
        self.licence_summary.setObjectName("licenceSummary")
        self.licence_summary.setWordWrap(True)
        self.source_edit = QLineEdit(detail.source)
        self.source_edit.setPlaceholderText(self.tr("https://… or where the files came from"))
        self.notes_edit = QPlainTextEdit(detail.description)
        self.notes_edit.setPlaceholderText(self.tr("Notes shown with the design"))
        self.notes_edit.setFixedHeight(96)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Author"), self.author_edit)
        form.addRow(self.tr("Licence"), self.licence_combo)
        form.addRow("", self.licence_summary)
        form.addRow(self.tr("Source"), self.source_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b71c1c")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.licence_combo.currentIndexChanged.connect(lambda _i: self._show_summary())
        self._show_summary()

    def edit(self) -> DesignDetailsEdit:
        return DesignDetailsEdit(
            name=self.name_edit.text(),
            author=self.author_edit.text(),
            licence=str(self.licence_combo.currentData()),
            source=self.source_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def _show_summary(self) -> None:
        self.licence_summary.setText(self.summary_of(licence_info(str(self.licence_combo.currentData()))))

    def summary_of(self, info: LicenceInfo) -> str:
        """What the licence allows, in plain words (catalog.licences.plain_summary, in the operator's language)."""
        if not info.is_known:
            return self.tr("Nobody has said what is allowed: ask the author before printing copies for others.")
        if info.is_all_rights_reserved:
            return self.tr("Only the author may allow copies: ask before printing for others.")
        if info.is_public_domain:
            return self.tr("Anyone may print, change and sell it, with no conditions.")
        parts = [
            self.tr("Prints may be made and given away, crediting the author, but not sold without the author's "
                    "permission.")
            if info.is_non_commercial
            else self.tr("Prints may be made, given away and sold, crediting the author.")
        ]
        if info.is_share_alike:
            parts.append(self.tr("Changed versions must be shared under the same licence."))
        if info.is_no_derivatives:
            parts.append(self.tr("Changed versions may not be shared."))
        return " ".join(parts)

    def save(self) -> None:
        catalog = self.ctx.services.catalog
        design_id, edit = self.detail.id, self.edit()
        self.save_button.setEnabled(False)
        self.problem_label.clear()

        def work(_task: TaskContext) -> DesignDetail:
            return catalog.edit_details(design_id, edit)

        self.ctx.tasks.run(self.tr("Saving the design's details"), work, on_result=self._saved,
                           on_error=self._refused, show_progress=False)

    def _saved(self, detail: DesignDetail) -> None:
        self.detail = detail
        self.saved.emit(detail)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, DesignEditError):
            self.problem_label.setText(self.problem_text(error.problem))
        else:
            self.problem_label.setText(str(error))

    def problem_text(self, problem: DetailProblem) -> str:
        """The service's refusal, in the operator's language and the words of this form."""
        info = licence_info(str(self.licence_combo.currentData()))
        return {
            DetailProblem.BUNDLED: self.tr("This design comes with Heliofab and its details cannot be changed: import "
                                           "your own copy of the files to give it other details."),
            DetailProblem.NO_NAME: self.tr("Give the design a name."),
            DetailProblem.NAME_TOO_LONG: self.tr("The name is too long: shorten it to 200 characters at most."),
            DetailProblem.UNKNOWN_LICENCE: self.tr("Choose a licence from the list."),
            DetailProblem.NEEDS_AUTHOR: self.tr("The licence {licence} asks that the author be credited: type the "
                                                "author's name.").format(licence=info.label),
            DetailProblem.AUTHOR_TOO_LONG: self.tr("The author's name is too long: shorten it to 200 characters at "
                                                   "most."),
            DetailProblem.BAD_SOURCE: self.tr("The source is not a whole web address: type it as https://… or say "
                                              "in a few words where the files came from."),
            DetailProblem.NOTES_TOO_LONG: self.tr("The notes are too long: shorten them to 4000 characters at most."),
        }[problem]
