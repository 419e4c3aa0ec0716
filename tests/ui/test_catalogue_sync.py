from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services import Services
from catalog.bundle import OperationCancelledError
from catalog.importers import ImportDefaults
from catalog.records import SearchQuery
from tests.catalog.catalog_helpers import box_stl, other_lab, services  # noqa: F401 - the fixtures of two labs
from tests.ui.window_helpers import open_area
from ui.screens.sync import SyncScreen
from ui.widgets.key_passphrase_dialog import KeyPassphraseDialog


def test_check_trust_and_import_a_stick(qtbot, services: Services, other_lab: Services,
                                        tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    part = tmp_path / "clip.stl"
    part.write_bytes(box_stl(8, 8, 3))
    other_lab.catalog.import_path(part, defaults=ImportDefaults(licence="CC0-1.0"))
    stick = tmp_path / "stick"
    other_lab.catalog.export(stick)

    window, screen = open_area(qtbot, services, "sync", SyncScreen)
    screen.set_location(stick)
    qtbot.waitUntil(lambda: screen.diff_table.rowCount() == 1, timeout=20000)
    assert screen.diff_table.item(0, 0).text() == "new"
    assert "not yet trusted" in screen.publisher_label.text()
    assert screen.trust_button.isEnabled()

    fingerprint = other_lab.catalog.key_info().fingerprint_readable
    screen.trust("Other lab", fingerprint)
    qtbot.waitUntil(lambda: "trusts" in screen.publisher_label.text(), timeout=20000)
    window.grab().save("/tmp/catalog-sync.png")

    screen.import_button.click()
    qtbot.waitUntil(lambda: screen.status_label.text().startswith("Imported"), timeout=20000)
    assert services.catalog.count(SearchQuery()) == 1
    assert services.catalog.search(SearchQuery())[0].trust.value == "trusted"


def test_export_and_backup_to_a_folder(qtbot, services: Services,
                                       tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    part = tmp_path / "clip.stl"
    part.write_bytes(box_stl())
    services.catalog.import_path(part, defaults=ImportDefaults(licence="CC0-1.0"))
    _window, screen = open_area(qtbot, services, "sync", SyncScreen)
    target = tmp_path / "stick"
    target.mkdir()
    screen.set_location(target)
    screen.export_button.click()
    qtbot.waitUntil(lambda: screen.status_label.text().startswith("Exported 1 design:"), timeout=20000)
    screen.backup_button.click()
    dialog = screen.findChild(KeyPassphraseDialog)
    assert dialog is not None and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert not dialog.ok_button.isEnabled()
    dialog.passphrase_edit.setText("mango season")
    dialog.repeat_edit.setText("mango seasons")
    assert not dialog.ok_button.isEnabled() and "differ" in dialog.problem_label.text()
    dialog.repeat_edit.setText("mango season")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Backed up and verified" in screen.status_label.text(), timeout=10000)
    assert "encrypted with your passphrase" in screen.status_label.text()
    backups = [p for p in target.iterdir() if p.name.startswith("heliofab-backup-")]
    assert len(backups) == 1
    assert (backups[0] / "keys" / "lab-signing-key.pem").read_bytes().startswith(b"-----BEGIN ENCRYPTED")


def test_an_export_of_only_bundled_designs_says_why_and_the_stick_line_follows(
    qtbot, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "stick"
    target.mkdir()
    _window, screen = open_area(qtbot, services, "sync", SyncScreen)
    screen.set_location(target)
    assert "No catalogue on it yet." in screen.location_label.text()
    screen.export_button.click()
    qtbot.waitUntil(lambda: screen.status_label.text().startswith("Exported 0 designs"), timeout=20000)
    assert "Bundled designs travel with Heliofab itself (every copy has them)" in screen.status_label.text()
    assert "only designs this lab imported or made go on the stick" in screen.status_label.text()
    assert "It holds a catalogue." in screen.location_label.text()  # what the export just wrote


def test_backup_can_leave_the_key_out(qtbot, services: Services,
                                      tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.catalog.lab_key()
    _window, screen = open_area(qtbot, services, "sync", SyncScreen)
    screen.set_location(tmp_path)
    screen.backup_button.click()
    dialog = screen.findChild(KeyPassphraseDialog)
    dialog.leave_out_box.setChecked(True)
    assert dialog.ok_button.isEnabled() and not dialog.passphrase_edit.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Backed up and verified" in screen.status_label.text(), timeout=10000)
    assert "left out" in screen.status_label.text()
    backup = next(p for p in tmp_path.iterdir() if p.name.startswith("heliofab-backup-"))
    assert not (backup / "keys").exists()


def test_a_lab_without_a_signing_key_is_backed_up_without_a_passphrase(
    qtbot, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert not services.catalog.has_signing_key()
    _window, screen = open_area(qtbot, services, "sync", SyncScreen)
    screen.set_location(tmp_path)
    screen.backup_button.click()
    assert screen.findChild(KeyPassphraseDialog) is None  # nothing to protect: nothing asked
    qtbot.waitUntil(lambda: "Backed up and verified" in screen.status_label.text(), timeout=10000)
    assert "no signing key yet" in screen.status_label.text()
    assert "first catalogue export" in screen.status_label.text()
    assert not services.catalog.has_signing_key()  # the backup made none


def test_a_running_export_can_be_cancelled(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()

    def slow_export(
        dest: Path, design_ids: object = None, *, is_overwrite=False, progress=None, is_cancelled=None
    ):  # type: ignore[no-untyped-def]
        started.set()
        while not is_cancelled():
            progress(0.5, "copying")
            threading.Event().wait(0.01)
        raise OperationCancelledError("Export cancelled: the stick keeps its previous complete catalogue.")

    monkeypatch.setattr(services.catalog, "export", slow_export)
    _window, screen = open_area(qtbot, services, "sync", SyncScreen)
    screen.set_location(tmp_path)
    screen.export_button.click()
    qtbot.waitUntil(started.is_set, timeout=20000)
    qtbot.waitUntil(screen.cancel_button.isEnabled, timeout=20000)
    screen.cancel_button.click()
    qtbot.waitUntil(lambda: screen.export_button.isEnabled(), timeout=20000)
    assert not screen.cancel_button.isEnabled()


def test_no_stick_says_what_to_do(qtbot, services: Services,
                                  monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import ui.screens.sync as sync_module

    monkeypatch.setattr(sync_module, "find_removable_drives", lambda: [])
    _window, screen = open_area(qtbot, services, "sync", SyncScreen)
    qtbot.waitUntil(lambda: screen.drive_stack.currentWidget() is screen.no_drive, timeout=20000)
    assert screen.folder_button.isVisible()


def test_removable_drives_come_from_the_mount_table(tmp_path: Path) -> None:
    from app.removable_drives import find_removable_drives

    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "/dev/sdb1 /media/ama/KOFI\\040STICK vfat rw 0 0\n"
        "/dev/sdc1 /mnt/usb vfat rw 0 0\n"
        "tmpfs /mnt/scratch tmpfs rw 0 0\n"
        "proc /proc proc rw 0 0\n"
    )
    paths = [str(d.path) for d in find_removable_drives(mounts)]
    assert paths == ["/media/ama/KOFI STICK", "/mnt/usb"]


def test_export_over_another_labs_catalogue_asks_first(
    qtbot, services: Services, other_lab: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMessageBox

    for lab, name in ((other_lab, "theirs"), (services, "ours")):
        part = tmp_path / f"{name}.stl"
        part.write_bytes(box_stl(3 if name == "ours" else 4, 5, 6))
        lab.catalog.import_path(part, defaults=ImportDefaults(licence="CC0-1.0"))
    stick = tmp_path / "stick"
    other_lab.catalog.export(stick)
    _window, screen = open_area(qtbot, services, "sync", SyncScreen)
    screen.set_location(stick)
    qtbot.waitUntil(lambda: screen.export_button.isEnabled(), timeout=20000)
    screen.export_button.click()

    def question() -> QMessageBox | None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: question() is not None, timeout=20000)
    box = question()
    assert box is not None and "has not imported" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: screen.status_label.text().startswith("Exported 1 design:"), timeout=20000)
