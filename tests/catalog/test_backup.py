from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services import Services, StartupOptions, build_services
from catalog.backup import BACKUP_MANIFEST, BackupError, restore_backup, verify_backup
from catalog.importers import ImportDefaults
from catalog.records import SearchQuery
from db.engine import unit_of_work
from db.models import Customer, CustomerPhoto, Measurement
from tests.catalog.catalog_helpers import services  # noqa: F401 - the unseeded fixture
from tests.catalog.catalog_helpers import box_stl


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


def test_backup_and_restore_onto_a_new_laptop(services: Services, tmp_path: Path) -> None:
    fingerprint, photo_sha = _populate(services, tmp_path)
    report = services.catalog.backup(tmp_path / "stick")
    assert report.folder.name.startswith("heliofab-backup-")
    assert verify_backup(report.folder) == report.file_count
    assert not any(p.name.startswith(".partial") for p in (tmp_path / "stick").iterdir())

    new_laptop = tmp_path / "new-laptop"
    restore_backup(tmp_path / "stick", new_laptop)
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
    report = services.catalog.backup(tmp_path / "stick")
    victim = next(p for p in (report.folder / "objects").rglob("*") if p.is_file())
    victim.write_bytes(b"rotten")
    with pytest.raises(BackupError, match="damaged"):
        verify_backup(report.folder)
    target = tmp_path / "new-laptop"
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(report.folder, target)
    assert not (target / "heliofab.sqlite").exists()


def test_backup_listing_a_hostile_path_is_refused(services: Services, tmp_path: Path) -> None:
    report = services.catalog.backup(tmp_path / "stick")
    manifest = json.loads((report.folder / BACKUP_MANIFEST).read_text())
    manifest["files"]["../../evil"] = {"sha256": "0" * 64, "size": 1}
    (report.folder / BACKUP_MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(BackupError, match="climbs out"):
        restore_backup(report.folder, tmp_path / "new")


def test_restore_refuses_to_overwrite_a_lab_without_replace(services: Services, tmp_path: Path) -> None:
    _populate(services, tmp_path)
    report = services.catalog.backup(tmp_path / "stick")
    with pytest.raises(BackupError, match="--replace"):
        restore_backup(report.folder, services.paths.root)


def test_cli_backup_then_restore_with_replace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lab = tmp_path / "lab"
    stl = tmp_path / "part.stl"
    stl.write_bytes(box_stl())
    assert main(["--data-dir", str(lab), "catalog", "import", str(stl)]) == 0
    assert main(["--data-dir", str(lab), "backup", str(tmp_path / "stick"), "--json"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "fresh"), "restore", str(tmp_path / "stick")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "fresh"), "catalog", "list", "--trust", "local", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["total"] == 1 and listing["designs"][0]["title"] == "part"
    assert main(["--data-dir", str(lab), "restore", str(tmp_path / "stick")]) == 1
    assert main(["--data-dir", str(lab), "restore", str(tmp_path / "stick"), "--replace"]) == 0
    assert list((lab / "backups").glob("*before-restore.sqlite"))
