from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
from collections import namedtuple
from pathlib import Path

import pytest

from app.cli import backup_cmd, main
from app.services import Services, StartupOptions, build_services
from catalog import backup as backup_module
from catalog import stick as stick_module
from catalog.backup import (
    BACKUP_MANIFEST,
    KEY_ENTRY,
    BackupError,
    BackupPassphraseError,
    KeyAfterRestore,
    KeyInBackup,
    restore_backup,
    verify_backup,
)
from catalog.importers import ImportDefaults
from catalog.records import SearchQuery
from db import atomic_files
from db.engine import unit_of_work
from db.models import Customer, CustomerPhoto, Measurement
from tests.catalog.catalog_helpers import (
    box_stl,
    services,  # noqa: F401 - the unseeded fixture
)


def _populate(services: Services, tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "hinge.stl"
    path.write_bytes(box_stl())
    services.catalog.import_path(path, defaults=ImportDefaults(licence="CC0-1.0"))
    photo = services.blobs.put_bytes(b"\xff\xd8 customer photo")
    from catalog.blobstore import register_blob

    with unit_of_work(services.session_factory) as session:
        register_blob(session, photo, "image/jpeg")
        customer = Customer(code="C-7", name="Yaw Boateng")
        session.add(customer)
        session.flush()
        session.add(CustomerPhoto(customer_id=customer.id, blob_sha256=photo.sha256))
        session.add(Measurement(customer_id=customer.id, far_pd_mm=63.0))
    return services.catalog.key_info().fingerprint, photo.sha256


PASSPHRASE = "mango season 2024"
DiskUsage = namedtuple("DiskUsage", "total used free")


def test_backup_and_restore_onto_a_new_laptop(services: Services, tmp_path: Path) -> None:
    fingerprint, photo_sha = _populate(services, tmp_path)
    report = services.catalog.backup(tmp_path / "stick", key_passphrase=PASSPHRASE)
    assert report.folder.name.startswith("heliofab-backup-")
    assert report.key is KeyInBackup.ENCRYPTED
    assert verify_backup(report.folder) == report.file_count
    assert not any(p.name.startswith(".partial") for p in (tmp_path / "stick").iterdir())
    assert not list((services.paths.root / "tmp").iterdir())  # the local copy of the database is gone

    new_laptop = tmp_path / "new-laptop"
    restored_report = restore_backup(tmp_path / "stick", new_laptop, key_passphrase=PASSPHRASE)
    assert restored_report.key is KeyAfterRestore.RESTORED
    restored = build_services(StartupOptions(data_dir=new_laptop, seed_catalogue=False))
    try:
        assert restored.catalog.count(SearchQuery()) == 1
        assert [d.title for d in restored.catalog.search(SearchQuery(text="hinge"))] == ["hinge"]
        with restored.session_factory() as session:
            customer = session.query(Customer).one()
            assert customer.name == "Yaw Boateng" and customer.measurements[0].far_pd_mm == 63.0
        assert restored.blobs.read_bytes(photo_sha) == b"\xff\xd8 customer photo"
        assert restored.catalog.key_info().fingerprint == fingerprint  # the lab keeps its identity
    finally:
        restored.close()


def test_damaged_backup_is_refused_and_nothing_restored(services: Services, tmp_path: Path) -> None:
    _populate(services, tmp_path)
    report = services.catalog.backup(tmp_path / "stick", key_passphrase=None)
    victim = next(p for p in (report.folder / "objects").rglob("*") if p.is_file())
    victim.write_bytes(b"rotten")
    with pytest.raises(BackupError, match="damaged"):
        verify_backup(report.folder)
    target = tmp_path / "new-laptop"
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(report.folder, target)
    assert not (target / "heliofab.sqlite").exists()


def test_backup_listing_a_hostile_path_is_refused(services: Services, tmp_path: Path) -> None:
    report = services.catalog.backup(tmp_path / "stick", key_passphrase=None)
    manifest = json.loads((report.folder / BACKUP_MANIFEST).read_text())
    manifest["files"]["../../evil"] = {"sha256": "0" * 64, "size": 1}
    (report.folder / BACKUP_MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(BackupError, match="climbs out"):
        restore_backup(report.folder, tmp_path / "new")


def test_restore_refuses_to_overwrite_a_lab_without_replace(services: Services, tmp_path: Path) -> None:
    _populate(services, tmp_path)
    report = services.catalog.backup(tmp_path / "stick", key_passphrase=None)
    with pytest.raises(BackupError, match="--replace"):
        restore_backup(report.folder, services.paths.root)


def test_cli_backup_then_restore_with_replace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lab = tmp_path / "lab"
    stl = tmp_path / "part.stl"
    stl.write_bytes(box_stl())
    assert main(["--data-dir", str(lab), "catalog", "import", str(stl)]) == 0
    assert main(["--data-dir", str(lab), "catalog", "keys", "show"]) == 0  # the lab makes its key
    capsys.readouterr()
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    assert main(["--data-dir", str(lab), "backup", str(tmp_path / "stick"), "--key-passphrase-file",
                 str(passphrase_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["signing_key"] == "encrypted"
    assert main(["--data-dir", str(tmp_path / "fresh"), "restore", str(tmp_path / "stick")]) == 1
    assert "--key-passphrase-file" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "fresh"), "restore", str(tmp_path / "stick"), "--key-passphrase-file",
                 str(passphrase_file)]) == 0
    assert "signing key was restored" in capsys.readouterr().out
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "fresh"), "catalog", "list", "--trust", "local", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["total"] == 1 and listing["designs"][0]["title"] == "part"
    assert main(["--data-dir", str(lab), "restore", str(tmp_path / "stick"), "--without-key"]) == 1
    assert main(["--data-dir", str(lab), "restore", str(tmp_path / "stick"), "--replace", "--without-key"]) == 0
    assert "keeps its own key" in capsys.readouterr().out
    assert list((lab / "backups").glob("*before-restore.sqlite"))


def _nothing_left(stick: Path) -> bool:
    return not list(stick.iterdir())


def test_backup_never_holds_the_private_key_in_clear(services: Services, tmp_path: Path) -> None:
    clear_pem = services.catalog.lab_key().to_pem()
    report = services.catalog.backup(tmp_path / "stick", key_passphrase=PASSPHRASE)
    stored = (report.folder / KEY_ENTRY).read_bytes()
    assert stored.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert all(clear_pem not in p.read_bytes() for p in report.folder.rglob("*") if p.is_file())
    manifest = json.loads((report.folder / BACKUP_MANIFEST).read_text())
    assert manifest["format_version"] == 2 and manifest["signing_key"] == "encrypted"


def test_a_wrong_or_missing_passphrase_restores_nothing(services: Services, tmp_path: Path) -> None:
    _populate(services, tmp_path)
    services.catalog.backup(tmp_path / "stick", key_passphrase=PASSPHRASE)
    target = tmp_path / "new-laptop"
    with pytest.raises(BackupPassphraseError, match="does not open"):
        restore_backup(tmp_path / "stick", target, key_passphrase="papaya season 2024")
    with pytest.raises(BackupPassphraseError, match="protected by a passphrase"):
        restore_backup(tmp_path / "stick", target)
    assert not (target / "heliofab.sqlite").exists()
    assert not (target / "keys").exists()


def test_a_short_passphrase_is_refused_before_anything_is_written(services: Services, tmp_path: Path) -> None:
    services.catalog.lab_key()
    with pytest.raises(BackupError, match="at least 8 characters"):
        services.catalog.backup(tmp_path / "stick", key_passphrase="mango")
    assert not (tmp_path / "stick").exists()


def test_a_backup_without_the_key_restores_with_a_new_or_the_current_key(services: Services, tmp_path: Path) -> None:
    fingerprint, _photo = _populate(services, tmp_path)
    report = services.catalog.backup(tmp_path / "stick", key_passphrase=None)
    assert report.key is KeyInBackup.LEFT_OUT
    assert not (report.folder / "keys").exists()

    new_laptop = tmp_path / "new-laptop"
    assert restore_backup(report.folder, new_laptop).key is KeyAfterRestore.NEW_KEY
    restored = build_services(StartupOptions(data_dir=new_laptop, seed_catalogue=False))
    try:
        assert restored.catalog.key_info().fingerprint != fingerprint
    finally:
        restored.close()
    assert restore_backup(report.folder, new_laptop, is_replace=True).key is KeyAfterRestore.KEPT_CURRENT


def test_restore_can_skip_an_encrypted_key(services: Services, tmp_path: Path) -> None:
    services.catalog.lab_key()
    report = services.catalog.backup(tmp_path / "stick", key_passphrase=PASSPHRASE)
    assert restore_backup(report.folder, tmp_path / "new-laptop", is_key_skipped=True).key is KeyAfterRestore.NEW_KEY


def test_a_format_1_backup_with_a_clear_key_still_restores(services: Services, tmp_path: Path) -> None:
    fingerprint, _photo = _populate(services, tmp_path)
    report = services.catalog.backup(tmp_path / "stick", key_passphrase=None)
    clear_pem = services.catalog.lab_key().to_pem()
    (report.folder / "keys").mkdir()
    (report.folder / KEY_ENTRY).write_bytes(clear_pem)
    manifest = json.loads((report.folder / BACKUP_MANIFEST).read_text())
    manifest["format_version"] = 1
    del manifest["signing_key"]
    manifest["files"][KEY_ENTRY] = {"sha256": hashlib.sha256(clear_pem).hexdigest(), "size": len(clear_pem)}
    (report.folder / BACKUP_MANIFEST).write_text(json.dumps(manifest))

    new_laptop = tmp_path / "new-laptop"
    assert restore_backup(report.folder, new_laptop).key is KeyAfterRestore.RESTORED
    restored = build_services(StartupOptions(data_dir=new_laptop, seed_catalogue=False))
    try:
        assert restored.catalog.key_info().fingerprint == fingerprint
    finally:
        restored.close()


def test_a_full_stick_is_refused_before_copying_and_older_backups_stay(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _populate(services, tmp_path)
    stick = tmp_path / "stick"
    older = services.catalog.backup(stick, key_passphrase=None)
    monkeypatch.setattr(stick_module.shutil, "disk_usage", lambda _path: DiskUsage(64_000_000, 63_990_000, 10_000))
    with pytest.raises(BackupError, match=r"needs 1\.\d MB free .* only 10\.0 kB"):
        services.catalog.backup(stick, key_passphrase=None)
    assert [p.name for p in stick.iterdir()] == [older.folder.name]
    assert verify_backup(older.folder) == older.file_count


def test_a_stick_filling_up_midway_leaves_no_partial_backup(services: Services, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _populate(services, tmp_path)
    stick = tmp_path / "stick"
    older = services.catalog.backup(stick, key_passphrase=None)
    real_copy = backup_module._hash_copy
    calls: list[Path] = []

    def copy_until_full(source: Path, target: Path, is_cancelled: object) -> tuple[str, int]:
        calls.append(target)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy(source, target, None)

    monkeypatch.setattr(backup_module, "_hash_copy", copy_until_full)
    with pytest.raises(BackupError, match="The stick is full"):
        services.catalog.backup(stick, key_passphrase=None)
    assert [p.name for p in stick.iterdir()] == [older.folder.name]
    assert not list((services.paths.root / "tmp").iterdir())


def test_a_pulled_stick_gives_one_line_and_leaves_the_data_folder_alone(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _populate(services, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()

    def pulled(source: Path, target: Path, is_cancelled: object) -> tuple[str, int]:
        shutil.rmtree(stick)
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(target))

    before = sorted(p.relative_to(services.paths.root) for p in services.paths.root.rglob("*") if "tmp" not in p.parts)
    monkeypatch.setattr(backup_module, "_hash_copy", pulled)
    with pytest.raises(BackupError, match="was the stick pulled out"):
        services.catalog.backup(stick, key_passphrase=None)
    after = sorted(p.relative_to(services.paths.root) for p in services.paths.root.rglob("*") if "tmp" not in p.parts)
    def kept(paths: list[Path]) -> list[Path]:
        return [p for p in paths if not p.name.startswith("heliofab.sqlite-")]

    assert kept(after) == kept(before)
    assert not list((services.paths.root / "tmp").iterdir())


def test_a_read_only_stick_gives_one_line(services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(source: Path, target: Path, is_cancelled: object) -> tuple[str, int]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(backup_module, "_hash_copy", read_only)
    stick = tmp_path / "stick"
    with pytest.raises(BackupError, match=r"is read-only .*write-protect switch"):
        services.catalog.backup(stick, key_passphrase=None)
    assert not list(stick.iterdir())
    assert not list((services.paths.root / "tmp").iterdir())


def test_a_file_over_4_gb_is_refused_up_front_on_fat32(services: Services, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _populate(services, tmp_path)
    monkeypatch.setattr(stick_module, "FAT32_MAX_FILE_BYTES", 100)  # every stored file now counts as "over 4 GB"
    monkeypatch.setattr(stick_module, "filesystem_type", lambda _path: "vfat")
    with pytest.raises(BackupError, match="more than the 4 GB a FAT32 stick holds"):
        services.catalog.backup(tmp_path / "stick", key_passphrase=None)
    assert not (tmp_path / "stick").exists()
    monkeypatch.setattr(stick_module, "filesystem_type", lambda _path: "exfat")
    assert services.catalog.backup(tmp_path / "stick", key_passphrase=None).file_count > 1


def test_a_file_held_by_an_antivirus_is_retried(services: Services, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _populate(services, tmp_path)
    real_replace = os.replace
    failures = {"left": 2}

    def held_twice(source: object, target: object) -> None:
        if failures["left"] and str(target).endswith(BACKUP_MANIFEST):
            failures["left"] -= 1
            raise _held_error()
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic_files.time, "sleep", lambda _s: None)
    monkeypatch.setattr(atomic_files.os, "replace", held_twice)
    report = services.catalog.backup(tmp_path / "stick", key_passphrase=None)
    assert failures["left"] == 0 and verify_backup(report.folder) == report.file_count

    monkeypatch.setattr(atomic_files.os, "replace", lambda source, target: (_ for _ in ()).throw(_held_error()))
    with pytest.raises(BackupError, match=r"held by another program .*antivirus"):
        services.catalog.backup(tmp_path / "stick2", key_passphrase=None)
    assert _nothing_left(tmp_path / "stick2")


def _held_error() -> PermissionError:
    exc = PermissionError(errno.EACCES,
                          "The process cannot access the file because it is being used by another process")
    exc.winerror = 32  # type: ignore[attr-defined]
    return exc


def test_cli_backup_asks_for_a_passphrase_only_at_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    lab = tmp_path / "lab"
    assert main(["--data-dir", str(lab), "catalog", "keys", "show"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(lab), "backup", str(tmp_path / "stick")]) == 1
    assert "--without-key" in capsys.readouterr().err

    answers = iter(["short", PASSPHRASE, PASSPHRASE])
    monkeypatch.setattr(backup_cmd, "_is_interactive", lambda: True)
    monkeypatch.setattr(backup_cmd.getpass, "getpass", lambda _prompt: next(answers))
    assert main(["--data-dir", str(lab), "backup", str(tmp_path / "stick"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["signing_key"] == "encrypted"

    typed = iter(["not the passphrase", PASSPHRASE])
    monkeypatch.setattr(backup_cmd.getpass, "getpass", lambda _prompt: next(typed))
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(tmp_path / "stick")]) == 0
    captured = capsys.readouterr()
    assert "does not open" in captured.err and "signing key was restored" in captured.out

    assert main(["--data-dir", str(lab), "backup", str(tmp_path / "stick2"), "--without-key"]) == 0
    assert "left out" in capsys.readouterr().out


def test_cli_backup_of_a_lab_without_a_key_says_it_has_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "lab"), "backup", str(tmp_path / "stick")]) == 0  # nothing asked
    out = capsys.readouterr().out
    assert "The lab has no signing key yet" in out and "first catalogue export" in out


def test_a_damaged_stored_file_is_left_out_and_the_backup_still_made(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _populate(services, tmp_path)
    photo = services.blobs.put_bytes(b"\xff\xd8 another customer photo, damaged later")
    from catalog.blobstore import register_blob

    with unit_of_work(services.session_factory) as session:
        register_blob(session, photo, "image/jpeg")
        customer = session.query(Customer).one()
        session.add(CustomerPhoto(customer_id=customer.id, blob_sha256=photo.sha256))
    path = services.blobs.path_for(photo.sha256)
    data = bytearray(path.read_bytes())
    data[3] ^= 0x01  # same size: only its hash tells
    path.write_bytes(bytes(data))
    damaged_contents = hashlib.sha256(bytes(data)).hexdigest()

    report = services.catalog.backup(tmp_path / "stick", key_passphrase=None)
    assert verify_backup(report.folder) == report.file_count
    assert [item.sha256 for item in report.damaged] == [photo.sha256]
    assert [ref.what for ref in report.damaged[0].references] == [f"a photo of customer {customer.id} (Yaw Boateng)"]
    held = {p.name for p in report.folder.rglob("*") if p.is_file()}
    assert photo.sha256 not in held and damaged_contents not in held  # never a file under a hash it doesn't have
    assert report.to_json()["damaged_files_left_out"][0]["sha256"] == photo.sha256
    assert services.blobs.recorded_damaged() == [photo.sha256]

    capsys.readouterr()
    code = main(["--data-dir", str(services.paths.root), "backup", str(tmp_path / "stick2"), "--without-key"])
    out = capsys.readouterr().out
    assert code == 0 and "Backed up" in out and f"{photo.sha256[:12]}…" in out and damaged_contents[:12] not in out
    assert "1 stored file of this lab is damaged" in out and "take the photo again" in out and "doctor --repair" in out
