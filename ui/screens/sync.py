"""The Sync area: find USB sticks, show what a stick would change, import, export or back up, with cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.catalog_service import HeldBack, ImportOutcome, StickCatalogue
from app.installer import (
    InstallerCancelledError,
    StickOptions,
    StickReport,
    current_system,
    make_installer_stick,
    readme_language,
)
from app.removable_drives import Drive, describe, find_removable_drives
from app.settings import UiSettings
from app.tasks import TaskContext, TaskHandle
from catalog.backup import BackupReport, KeyInBackup
from catalog.bundle import ExportReport, ForeignCatalogueError, OperationCancelledError
from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen
from ui.widgets.key_passphrase_dialog import KeyPassphraseDialog


class SyncScreen(Screen):
    catalogue_changed = Signal()  # designs came in from a stick
    stick_shown = Signal()  # the chosen stick's contents were read and shown

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Sync"), parent)
        self._location: Path | None = None
        self._handle: TaskHandle | None = None
        self._last_preview: ImportOutcome | None = None
        self._cancel_note = ""

        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Look for sticks again"))
        self.folder_button = QPushButton(self.tr("Choose a folder…"))
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)

        self.drive_list = QListWidget()
        self.drive_list.setObjectName("driveList")
        self.no_drive = EmptyState(
            self.tr("No USB stick found"),
            self.tr("Catalogues travel between labs on USB sticks: only what changed is copied, and every file is "
                    "checked."),
            self.tr("Insert a USB stick, or choose a folder, to export or import a catalogue."),
        )
        self.drive_stack = QStackedWidget()
        self.drive_stack.addWidget(self.drive_list)
        self.drive_stack.addWidget(self.no_drive)
        self.drive_stack.setMaximumHeight(240)  # room for the empty state's three wrapped lines
        # The table below takes every spare pixel: keep the empty state's wrapped lines whole.
        self.drive_stack.setMinimumHeight(max(self.no_drive.heightForWidth(480), self.no_drive.sizeHint().height()))
        self.layout_.addWidget(self.drive_stack)

        self.location_label = QLabel(self.tr("No stick or folder chosen."))
        self.location_label.setWordWrap(True)
        self.layout_.addWidget(self.location_label)

        actions = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check what's on it"))
        self.import_button = QPushButton(self.tr("Import into this lab"))
        self.export_button = QPushButton(self.tr("Export this lab's catalogue"))
        self.backup_button = QPushButton(self.tr("Back up the whole lab"))
        self.trust_button = QPushButton(self.tr("Trust this publisher…"))
        self.installer_button = QPushButton(self.tr("Copy Heliofab to this stick"))
        self.installer_button.setToolTip(
            self.tr("So that other laptops can install Heliofab with no internet: for this computer's system and "
                    "Windows, with this Python version. Other systems and versions: heliofab installer --help.")
        )
        # Two rows, so the longest language still fits a 1366-pixel laptop screen: what moves
        # catalogues between labs, then what copies the whole lab or Heliofab itself.
        for button in (self.check_button, self.import_button, self.export_button, self.trust_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.layout_.addLayout(actions)
        lab_actions = QHBoxLayout()
        for button in (self.backup_button, self.installer_button):
            lab_actions.addWidget(button)
        lab_actions.addStretch(1)
        self.layout_.addLayout(lab_actions)

        # The result of what was just done sits right under the buttons, across the whole width: on a
        # 1366×768 laptop a long result wrapped beside the progress bar grew past the bottom of the window.
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.layout_.addLayout(progress_row)
        self.status_label = QLabel()
        self.status_label.setObjectName("syncResult")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.status_label)

        self.publisher_label = QLabel()
        self.publisher_label.setObjectName("publisherLabel")
        self.publisher_label.setWordWrap(True)
        self.publisher_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.publisher_label)

        self.diff_table = QTableWidget(0, 4)
        self.diff_table.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Design"), self.tr("Title"),
                                                   self.tr("Why")])
        self.diff_table.horizontalHeader().setStretchLastSection(True)
        self.diff_table.verticalHeader().setVisible(False)
        self.diff_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.diff_table.setMinimumHeight(120)
        self.layout_.addWidget(self.diff_table, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.folder_button.clicked.connect(self._choose_folder)
        self.drive_list.currentItemChanged.connect(self._drive_chosen)
        self.check_button.clicked.connect(lambda: self.check(self._location))
        self.import_button.clicked.connect(self._confirm_import)
        self.export_button.clicked.connect(lambda: self.export())
        self.backup_button.clicked.connect(self.backup)
        self.installer_button.clicked.connect(self.copy_installer)
        self.trust_button.clicked.connect(self._trust_publisher)
        self.cancel_button.clicked.connect(self.cancel)
        self._set_busy(False)

    # ---- drives ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.tasks.run(self.tr("Looking for USB sticks"),
                           lambda _task: find_removable_drives(), on_result=self._show_drives, show_progress=False)

    def _show_drives(self, drives: list[Drive]) -> None:
        self.drive_list.clear()
        for drive in drives:
            notes = []
            if drive.has_catalogue:
                notes.append(self.tr("has a catalogue"))
            if drive.has_backup:
                notes.append(self.tr("has a backup"))
            free = self.tr("{free:.1f} GB free").format(free=drive.free_bytes / 1e9)
            item = QListWidgetItem(f"{drive.label}  ({drive.path}, {free}{', ' if notes else ''}{', '.join(notes)})")
            item.setData(Qt.ItemDataRole.UserRole, str(drive.path))
            self.drive_list.addItem(item)
        self.drive_stack.setCurrentIndex(0 if drives or self._location else 1)
        if drives and self._location is None:
            self.drive_list.setCurrentRow(0)

    def _drive_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.set_location(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the stick or folder"))
        if folder:
            self.set_location(Path(folder))

    def set_location(self, path: Path) -> None:
        self._location = path
        self._last_preview = None
        self.drive_stack.setCurrentIndex(0)
        self.diff_table.setRowCount(0)
        self.publisher_label.clear()
        has_catalogue = self._show_location(path)
        self._set_busy(False)
        if has_catalogue:
            self.check(path)

    def _show_location(self, path: Path) -> bool:
        """Say at once whether the chosen stick holds a catalogue, then, read in the background, how many
        designs and when this lab last exported to it; True if a catalogue."""
        drive = describe(path)
        what = self.tr("It holds a catalogue.") if drive.has_catalogue else self.tr("No catalogue on it yet.")
        self.location_label.setText(self.tr("Chosen: {path}. {what}").format(path=path, what=what))
        catalog = self.ctx.services.catalog
        self.ctx.tasks.run(self.tr("Reading the stick"), lambda _task: catalog.stick_catalogue(path),
                           on_result=self._show_stick, on_error=lambda _exc: None, show_progress=False)
        return drive.has_catalogue

    def _show_stick(self, stick: StickCatalogue) -> None:
        if stick.path != self._location:
            return  # another stick was chosen meanwhile
        if stick.problem:
            what = self.tr("Its catalogue cannot be read: {problem}").format(problem=stick.problem)
        elif stick.has_catalogue:
            count = stick.design_count
            # English has no catalogue: its singular is a message of its own, the others' plurals use %n forms.
            what = (self.tr("It holds a catalogue of %n design from {lab}.", "", count) if count == 1
                    else self.tr("It holds a catalogue of %n designs from {lab}.", "", count)).format(
                lab=stick.publisher_name or self.tr("an unnamed lab"))
        else:
            what = self.tr("No catalogue on it yet.")
        if stick.last_export_at is not None:
            when = stick.last_export_at.astimezone().strftime("%Y-%m-%d %H:%M")
            exported = stick.last_export_designs
            what += " " + (self.tr("Last export from this lab: {when} (%n design).", "", exported) if exported == 1
                           else self.tr("Last export from this lab: {when} (%n designs).", "", exported)).format(
                when=when)
        self.location_label.setText(self.tr("Chosen: {path}. {what}").format(path=stick.path, what=what))
        self.stick_shown.emit()

    # ---- work ------------------------------------------------------------------------------------

    def _run(
        self,
        title: str,
        work: Callable[[Callable[[float, str], None], Callable[[], bool]], Any],
        on_result: Callable[[Any], None],
        cancel_note: str = "",
    ) -> None:
        report = self.ctx.bridge.wrap(self._on_progress)
        self._cancel_note = cancel_note or self.tr("Cancelling… the stick keeps its previous complete catalogue.")

        def task(context: TaskContext) -> Any:
            def progress(fraction: float, message: str) -> None:
                report(fraction, message)
                context.progress(fraction, message)

            return work(progress, lambda: context.is_cancelled)

        self._set_busy(True)
        self.status_label.setText(title)
        self.progress.setValue(0)
        self._handle = self.ctx.tasks.run(title, task, on_result=self._finished(on_result), on_error=self._failed)

    def _finished(self, on_result: Callable[[Any], None]) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            self._handle = None
            self._set_busy(False)
            self.progress.setValue(1000)
            on_result(result)

        return done

    def _failed(self, error: BaseException) -> None:
        self._handle = None
        self._set_busy(False)
        self.status_label.setText(str(error))
        if isinstance(error, ForeignCatalogueError):
            self._ask_overwrite(str(error))
        elif not isinstance(error, (OperationCancelledError, InstallerCancelledError)):
            self._notice(self.tr("Sync stopped"), str(error))

    def _notice(self, title: str, text: str) -> None:
        # Non-modal: a message must never freeze the screen while the operator reads it.
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_progress(self, fraction: float, message: str) -> None:
        if fraction >= 0:
            self.progress.setValue(int(fraction * 1000))
        if message:
            self.status_label.setText(message)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.status_label.setText(self._cancel_note)
            handle, self._handle = self._handle, None
            handle.future.add_done_callback(self.ctx.bridge.wrap(lambda _f: self._set_busy(False)))

    def _set_busy(self, is_busy: bool) -> None:
        has_location = self._location is not None
        for button in (self.check_button, self.import_button, self.export_button, self.backup_button,
                       self.installer_button):
            button.setEnabled(has_location and not is_busy)
        preview = self._last_preview
        self.trust_button.setEnabled(
            not is_busy and preview is not None and preview.kind == "bundle"
            and preview.plan.trust.value == "unknown_publisher"
        )
        self.cancel_button.setEnabled(is_busy)

    def check(self, path: Path | None) -> None:
        if path is None:
            return
        catalog = self.ctx.services.catalog
        self._run(
            self.tr("Checking {path}").format(path=path),
            lambda progress, cancelled: catalog.import_path(path, is_dry_run=True, progress=progress,
                                                            is_cancelled=cancelled),
            self._show_preview,
        )

    def _show_preview(self, outcome: ImportOutcome) -> None:
        self._last_preview = outcome
        self.diff_table.setRowCount(0)
        for change in outcome.plan.changes:
            row = self.diff_table.rowCount()
            self.diff_table.insertRow(row)
            for column, value in enumerate((change.kind.value, change.design_id, change.title, change.reason)):
                self.diff_table.setItem(row, column, QTableWidgetItem(value))
        summary = outcome.plan.summary()
        # One message per count, so each language agrees its word with its own number ("1 nouveau", "2 nouveaux").
        self.status_label.setText(", ".join((
            self.tr("%n new", "", summary["new"]),
            self.tr("%n updated", "", summary["updated"]),
            self.tr("%n unchanged", "", summary["unchanged"]),
            self.tr("%n older", "", summary["older"]),
            self.tr("%n in conflict", "", summary["conflict"]),
        )))
        if outcome.kind == "bundle":
            trust = outcome.plan.trust.value
            text = {
                "trusted": self.tr("Signed by {name}, a publisher this lab trusts ({fp})."),
                "unknown_publisher": self.tr(
                    "Signed by {name} ({fp}), not yet trusted here: designs come in marked as such. "
                    "Call that lab and compare the fingerprint before trusting it."
                ),
                "unsigned": self.tr("NOT signed: designs come in marked unsigned and never replace trusted ones."),
            }[trust]
            self.publisher_label.setText(text.format(name=outcome.publisher_name or self.tr("an unnamed lab"),
                                                     fp=outcome.fingerprint_readable))
        self._set_busy(False)

    def _confirm_import(self) -> None:
        if self._location is None:
            return
        catalog = self.ctx.services.catalog
        path = self._location
        self._run(
            self.tr("Importing from {path}").format(path=path),
            lambda progress, cancelled: catalog.import_path(path, progress=progress, is_cancelled=cancelled),
            self._imported,
        )

    def _imported(self, outcome: ImportOutcome) -> None:
        self._show_preview(outcome)
        self.status_label.setText(self.tr("Imported: ") + self.status_label.text())
        self.catalogue_changed.emit()

    def export(self, *, is_overwrite: bool = False) -> None:
        if self._location is None:
            return
        catalog = self.ctx.services.catalog
        path = self._location
        self._run(
            self.tr("Exporting to {path}").format(path=path),
            lambda progress, cancelled: (
                catalog.export(path, is_overwrite=is_overwrite, progress=progress, is_cancelled=cancelled),
                catalog.export_held_back(),
            ),
            lambda result: self._exported(path, *result),
        )

    def _ask_overwrite(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Another lab's catalogue"),
            message + "\n\n" + self.tr("Replace it with this lab's catalogue anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: self.export(is_overwrite=True) if button is yes else None)
        box.open()

    def _exported(self, path: Path, report: ExportReport, held: HeldBack) -> None:
        designs, copied = report.design_count, report.objects_copied
        exported = (self.tr("Exported %n design", "", designs) if designs == 1
                    else self.tr("Exported %n designs", "", designs))
        files = (self.tr("%n file copied", "", copied) if copied == 1
                 else self.tr("%n files copied", "", copied))
        text = self.tr("{exported}: {files}, {skipped} already on the stick.").format(
            exported=exported, files=files, skipped=report.objects_skipped
        )
        if report.design_count == 0:
            text += " " + self.tr(
                "Bundled designs travel with Heliofab itself (every copy has them): only designs this lab imported "
                "or made go on the stick."
            )
            if held.untrusted == 1:
                text += " " + self.tr(
                    "%n imported design from an unknown publisher or an unsigned catalogue stays off it too: "
                    "exporting it would vouch for it with this lab's signature.", "", held.untrusted)
            elif held.untrusted:
                text += " " + self.tr(
                    "%n imported designs from an unknown publisher or an unsigned catalogue stay off it too: "
                    "exporting them would vouch for them with this lab's signature.", "", held.untrusted)
        self.status_label.setText(text)
        if path == self._location:
            self._show_location(path)
        self.refresh()  # the stick list says "has a catalogue" now

    def backup(self) -> None:
        """Ask how to protect the lab's signing key, if it has one, then back up; the dialog is
        window-modal, never blocking."""
        if self._location is None:
            return
        path = self._location
        if not self.ctx.services.catalog.has_signing_key():
            self.start_backup(path, None)  # nothing to protect: the backup says the lab has no key yet
            return
        dialog = KeyPassphraseDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start_backup(path, dialog.passphrase()))
        dialog.open()

    def start_backup(self, path: Path, key_passphrase: str | None) -> None:
        catalog = self.ctx.services.catalog
        self._run(
            self.tr("Backing up to {path}").format(path=path),
            lambda progress, cancelled: catalog.backup(path, key_passphrase=key_passphrase, progress=progress,
                                                       is_cancelled=cancelled),
            self._backed_up,
        )

    def _backed_up(self, report: BackupReport) -> None:
        key_note = {
            KeyInBackup.ENCRYPTED: self.tr("The signing key is in it, encrypted with your passphrase."),
            KeyInBackup.LEFT_OUT: self.tr("The signing key was left out: copy the keys folder of the data folder by "
                                          "hand to move it."),
            KeyInBackup.NONE: self.tr(
                "The lab has no signing key yet, so the backup holds none: one is made at the first catalogue export."
            ),
        }.get(report.key, "")
        self.status_label.setText(
            self.tr("Backed up and verified in {folder}. It holds customers' data: keep the stick "
                    "safe.").format(folder=report.folder.name)
            + (" " + key_note if key_note else "")
            + (" " + self._damaged_note(report) if report.damaged else "")
        )
        self.refresh()  # the stick list says "has a backup" now

    def _damaged_note(self, report: BackupReport) -> str:
        used = "; ".join(str(ref) for item in report.damaged for ref in item.references)
        return self.tr(
            "{count} damaged stored file(s) were left out ({used}): run `heliofab doctor --repair` to move them aside, "
            "then re-import or re-queue what they belonged to."
        ).format(count=len(report.damaged), used=used or self.tr("nothing refers to them any more"))

    def copy_installer(self) -> None:
        """Heliofab itself to the stick, as catalogues go: this machine's system and Windows, the lab laptop
        met most often, for the Python running now."""
        if self._location is None:
            return
        path = self._location
        settings = self.ctx.services.settings
        platforms = ",".join(dict.fromkeys((current_system(), "windows")))

        def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> StickReport:
            language = readme_language(settings.load(UiSettings).language)
            options = StickOptions(platforms=platforms, language=language)
            return make_installer_stick(path, options, progress=progress, is_cancelled=cancelled)

        self._run(
            self.tr("Copying Heliofab to {path}").format(path=path),
            work,
            self._installer_written,
            cancel_note=self.tr("Cancelling… the stick keeps what it held before."),
        )

    def _installer_written(self, report: StickReport) -> None:
        text = self.tr("Heliofab is on the stick for {targets}: on each laptop run install.bat (Windows) or "
                       "install.sh (Linux, macOS) from it.").format(targets="; ".join(t.label for t in report.targets))
        if report.skipped:
            text += " " + self.tr("Not on it, as there is no network: {targets}.").format(
                targets="; ".join(label for label, _why in report.skipped)
            )
        self.status_label.setText(text)

    def _trust_publisher(self) -> None:
        preview = self._last_preview
        if preview is None or self._location is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Trust a publisher"), self.tr("The lab's name:"),
                                        text=preview.publisher_name)
        if not ok:
            return
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Trust a publisher"),
            self.tr("Type the fingerprint that lab reads to you over the phone (not the one shown here):"),
        )
        if ok:
            self.trust(name, typed)

    def trust(self, name: str, typed_fingerprint: str) -> None:
        if self._location is None:
            return
        catalog = self.ctx.services.catalog
        path = self._location
        self.ctx.tasks.run(
            self.tr("Trusting a publisher"),
            lambda _task: catalog.trust_bundle_publisher(path, name, typed_fingerprint),
            on_result=lambda _publisher: self.check(path),
            on_error=lambda exc: self._notice(self.tr("Not trusted"), str(exc)),
            show_progress=False,
        )
