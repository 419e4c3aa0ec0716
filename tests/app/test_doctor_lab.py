"""doctor sees the whole lab: stored files, leftovers of stopped work, permissions, the lab key; --repair cleans up.
And restore moves the database and the key together, whatever stops it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.doctor import DoctorReport, run_doctor
from app.lab_recovery import LabKeyRecord
from app.services import Services, StartupOptions, build_services
from app.settings import LabSettings
from catalog.backup import RESTORE_JOURNAL, write_backup
from catalog.importers import ImportDefaults
from catalog.signing import PRIVATE_KEY_FILE, LabKey
from tests.catalog.catalog_helpers import box_stl

REPO = Path(__file__).parents[2]
PASSPHRASE = "correct horse battery"


@pytest.fixture
def lab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    # Demo folders are looked for in the temporary folder: this test's own, not the machine's.
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "system-tmp"))
    (tmp_path / "system-tmp").mkdir()
    built = build_services(StartupOptions(data_dir=tmp_path / "lab", seed_catalogue=False))
    try:
        yield built
    finally:
        built.close()


def _import_boxes(services: Services, tmp_path: Path, count: int) -> list[str]:
    ids = []
    for i in range(count):
        path = tmp_path / f"box-{i}.stl"
        path.write_bytes(box_stl(5 + i, 6, 7))
        outcome = services.catalog.import_path(path, defaults=ImportDefaults(licence="CC-BY-4.0", author="Lab"))
        ids.append(outcome.plan.changes[0].design_id)
    return ids


def _doctor(services: Services, **options: bool) -> DoctorReport:
    return run_doctor(services.paths, services.engine, services.session_factory, services.blobs, services.settings,
                      **options)


def _checks(services: Services, **kwargs: bool) -> dict[str, tuple[bool, str]]:
    report = _doctor(services, **kwargs)
    return {c.name: (c.is_ok, c.detail) for c in report.checks}


def test_deleted_stored_files_are_reported(lab: Services, tmp_path: Path) -> None:
    _import_boxes(lab, tmp_path, 5)
    shas = list(lab.blobs.iter_shas())
    assert len(shas) == 10
    for sha in shas:
        lab.blobs.path_for(sha).unlink()
    is_ok, detail = _checks(lab)["stored_files"]
    assert not is_ok
    assert "10 of 10 stored files are missing" in detail and "restore a backup made before they went" in detail
    assert "design box-0" in detail and "import the design" in detail  # what needs each one, and what to do
    assert not _doctor(lab).is_healthy


def test_same_size_damage_is_found_by_a_full_check(lab: Services, tmp_path: Path) -> None:
    _import_boxes(lab, tmp_path, 1)
    path = lab.blobs.path_for(next(iter(lab.blobs.iter_shas())))
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    assert _checks(lab)["stored_files"][0]
    is_ok, detail = _checks(lab, is_full=True)["stored_files"]
    assert not is_ok and "1 of 2 stored files are damaged" in detail and "doctor --repair" in detail
    # A full check is remembered: the quick check now looks at that file's contents too.
    assert not _checks(lab)["stored_files"][0]


def _damage_gcode_of_a_removed_job(lab: Services) -> str:
    """The trial's case: a queued job's G-code changed in place (same size), then the job removed."""
    from catalog.blobstore import register_blob
    from db.engine import unit_of_work
    from db.models import PrintJob

    ref = lab.blobs.put_bytes(b"G28\nG1 X10 Y10\n" * 200)
    with unit_of_work(lab.session_factory) as session:
        register_blob(session, ref, "text/x-gcode")
        session.flush()
        job = PrintJob(name="round frame", gcode_sha256=ref.sha256)
        session.add(job)
    path = lab.blobs.path_for(ref.sha256)
    data = bytearray(path.read_bytes())
    data[5] ^= 0x01
    path.write_bytes(bytes(data))
    return ref.sha256


def test_repair_moves_a_damaged_file_aside_and_says_what_needs_it(lab: Services, tmp_path: Path) -> None:
    from db.engine import unit_of_work
    from db.models import PrintJob

    sha = _damage_gcode_of_a_removed_job(lab)
    with lab.session_factory() as session:
        job_id = session.query(PrintJob).one().id
    report = _doctor(lab, is_full=True, is_repair=True)
    moved = [line for line in report.repairs if sha[:12] in line]
    assert len(moved) == 1 and "objects/damaged/" in moved[0] and f"print job {job_id} (round frame)" in moved[0]
    assert f"delete job {job_id} and queue the design again" in moved[0]
    assert (lab.blobs.damaged_dir / sha).is_file() and not lab.blobs.path_for(sha).exists()
    # Still needed by the job: reported missing, by its name, never silently dropped.
    is_ok, detail = _checks(lab)["stored_files"]
    assert not is_ok and "1 of 1 stored files are missing" in detail and sha[:12] in detail and "round frame" in detail
    with unit_of_work(lab.session_factory) as session:
        session.query(PrintJob).delete()
    assert lab.catalog.backup(tmp_path / "stick", key_passphrase=None).damaged == ()


def test_repair_without_full_uses_what_the_last_backup_found(lab: Services, tmp_path: Path) -> None:
    from db.engine import unit_of_work
    from db.models import PrintJob

    sha = _damage_gcode_of_a_removed_job(lab)
    with unit_of_work(lab.session_factory) as session:
        session.query(PrintJob).delete()
    assert _checks(lab)["stored_files"][0]  # same size: the quick check cannot see it yet
    report = lab.catalog.backup(tmp_path / "stick", key_passphrase=None)
    assert [item.sha256 for item in report.damaged] == [sha] and report.damaged[0].references == ()
    is_ok, detail = _checks(lab)["stored_files"]
    assert not is_ok and f"{sha[:12]}…" in detail and "damaged" in detail
    repaired = _doctor(lab, is_repair=True)
    assert any(sha[:12] in line and "nothing refers to it any more" in line for line in repaired.repairs)
    assert (lab.blobs.damaged_dir / sha).is_file()
    assert _checks(lab)["stored_files"][0]  # nothing needed it: its row went with it, nothing is missing
    assert _doctor(lab, is_full=True).is_healthy


def _old(path: Path) -> None:
    past = time.time() - 7200
    for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
        os.utime(item, (past, past))


def test_leftovers_are_reported_and_repair_removes_them(lab: Services, tmp_path: Path) -> None:
    _import_boxes(lab, tmp_path, 1)
    root = lab.paths.root
    incoming = root / "objects" / "incoming"
    incoming.mkdir(exist_ok=True)
    (incoming / ".in-k2j3h4").write_bytes(b"half an import")
    _old(incoming / ".in-k2j3h4")
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    from catalog.foreign_ground import writer_tag

    host = writer_tag().rpartition("-")[0]
    orphan = lab.blobs.put_bytes(b"nothing refers to me")
    stick = tmp_path / "stick"
    lab.catalog.backup(stick, key_passphrase=None)
    restore_staging = root / "tmp" / "restore-ab12cd34"
    restore_staging.mkdir()
    (restore_staging / "heliofab.sqlite").write_bytes(b"a customer database")
    _old(restore_staging)
    backup_staging = root / "tmp" / f"backup-{host}-{gone.stdout.strip()}-0011aabb"
    backup_staging.mkdir()
    (backup_staging / "heliofab.sqlite").write_bytes(b"a customer database")
    partial = stick / "heliofab-backup-20200101T000000Z"
    partial.mkdir()
    (partial / "heliofab.sqlite").write_bytes(b"a customer database")
    (partial / f".writer-{host}-{gone.stdout.strip()}").write_bytes(b"")
    legacy_partial = stick / ".partial-backup-x1y2"
    legacy_partial.mkdir()
    (legacy_partial / "heliofab.sqlite").write_bytes(b"a customer database")
    _old(legacy_partial)
    demo = Path(str(tmp_path / "system-tmp")) / "heliofab-demo-q1w2e3"
    demo.mkdir()
    (demo / "heliofab.sqlite").write_bytes(b"")
    _old(demo)

    is_ok, detail = _checks(lab)["leftovers"]
    assert not is_ok
    for words in ("1 unfinished import file", "2 backup or restore staging folder",
                  "1 stored file(s) nothing refers to",
                  "2 stopped export or backup leftover(s) on a stick", "1 demo lab folder"):
        assert words in detail

    report = _doctor(lab, is_repair=True)
    assert report.repairs and report.is_healthy, report.checks
    for path in (incoming / ".in-k2j3h4", restore_staging, backup_staging, partial, legacy_partial, demo):
        assert not path.exists()
    assert not lab.blobs.has(orphan.sha256)
    assert len(list(stick.glob("heliofab-backup-*"))) == 1  # the complete backup stays


def test_unused_files_a_kept_database_copy_names_are_not_removed(lab: Services, tmp_path: Path) -> None:
    _import_boxes(lab, tmp_path, 1)
    from db.migrate import backup_database

    backup_database(lab.paths.db_file, lab.paths.backups_dir, "test")
    from sqlalchemy import delete

    from db.engine import unit_of_work
    from db.models import Blob, Design, DesignFile, DesignVersion

    with unit_of_work(lab.session_factory) as session:
        session.execute(delete(DesignFile))
        session.execute(delete(DesignVersion))
        session.execute(delete(Design))
        session.execute(delete(Blob))
    _doctor(lab, is_repair=True)
    assert len(list(lab.blobs.iter_shas())) == 2


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_lab_is_private_and_repair_makes_an_old_one_private(lab: Services) -> None:
    assert stat.S_IMODE(lab.paths.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(lab.paths.db_file.stat().st_mode) == 0o600
    assert _checks(lab)["private_to_this_account"][0]
    lab.paths.root.chmod(0o755)
    lab.paths.db_file.chmod(0o644)
    is_ok, detail = _checks(lab)["private_to_this_account"]
    assert not is_ok and "other accounts of this computer can read" in detail
    report = _doctor(lab, is_repair=True)
    assert report.is_healthy
    assert stat.S_IMODE(lab.paths.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(lab.paths.db_file.stat().st_mode) == 0o600


def test_permissions_are_skipped_where_there_are_none(lab: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.doctor_permissions.has_posix_permissions", lambda: False)
    lab.paths.root.chmod(0o755)
    is_ok, detail = _checks(lab)["private_to_this_account"]
    assert is_ok and "not applicable" in detail


def test_a_key_that_does_not_go_with_the_database_is_reported(lab: Services) -> None:
    key = lab.catalog.lab_key()
    lab.settings.save(LabKeyRecord(key.fingerprint))
    assert _checks(lab)["lab_key"][0]
    LabKey.from_pem(LabKey.load_or_create(lab.paths.root / "other-keys").to_pem(), "other").save(lab.paths.keys_dir)
    is_ok, detail = _checks(lab)["lab_key"]
    assert not is_ok and "is not the one this lab's database goes with" in detail and "--accept-lab-key" in detail
    report = _doctor(lab, is_repair=True, is_key_accepted=True)
    assert report.is_healthy


def test_the_key_is_recorded_at_the_next_start(tmp_path: Path) -> None:
    data_dir = tmp_path / "lab"
    with_key = build_services(StartupOptions(data_dir=data_dir, seed_catalogue=False))
    key = with_key.catalog.lab_key()
    assert with_key.settings.load(LabKeyRecord).fingerprint == ""
    with_key.close()
    again = build_services(StartupOptions(data_dir=data_dir, seed_catalogue=False))
    try:
        assert again.settings.load(LabKeyRecord).fingerprint == key.fingerprint
    finally:
        again.close()


def test_doctor_cli_repair_takes_the_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "lab"
    assert main(["--data-dir", str(data_dir), "doctor"]) == 0
    (data_dir / "objects" / "incoming").mkdir(exist_ok=True)
    (data_dir / "objects" / "incoming" / ".in-abc").write_bytes(b"x")
    _old(data_dir / "objects" / "incoming" / ".in-abc")
    assert main(["--data-dir", str(data_dir), "doctor"]) == 1
    assert "doctor --repair` removes them" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "doctor", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "Repaired:" in out and "removed 1 unfinished import file" in out
    assert main(["--data-dir", str(data_dir), "doctor", "--accept-lab-key"]) == 2


# ---- restore: the database and the key move together --------------------------------------------


def _lab_named(data_dir: Path, name: str, tmp_path: Path) -> str:
    built = build_services(StartupOptions(data_dir=data_dir, seed_catalogue=False))
    try:
        built.settings.save(LabSettings(lab_name=name))
        path = tmp_path / f"{name}.stl"
        path.write_bytes(box_stl(len(name), 6, 7))
        built.catalog.import_path(path, defaults=ImportDefaults(licence="CC-BY-4.0", author=name))
        return built.catalog.lab_key().fingerprint
    finally:
        built.close()


def _state(data_dir: Path) -> tuple[str, str, bool]:
    """(lab name in the database, key file's fingerprint, doctor healthy) after the next start."""
    built = build_services(StartupOptions(data_dir=data_dir, seed_catalogue=False))
    try:
        key = LabKey.from_pem((data_dir / "keys" / PRIVATE_KEY_FILE).read_bytes(), "key").fingerprint
        return built.settings.load(LabSettings).lab_name, key, _doctor(built).is_healthy
    finally:
        built.close()


RESTORE_KILLED_AT = textwrap.dedent(
    """
    import os, sys
    real_replace = os.replace
    def dying_replace(src, dst):
        if os.path.abspath(dst) == os.path.join(sys.argv[1], sys.argv[4]):
            os._exit(9)
        real_replace(src, dst)
    os.replace = dying_replace
    from app.cli import main
    sys.exit(main(["--data-dir", sys.argv[1], "restore", sys.argv[2], "--replace",
                   "--key-passphrase-file", sys.argv[3]]))
    """
)


@pytest.fixture
def backup_of_lab_a(tmp_path: Path) -> tuple[Path, str, Path]:
    a_dir = tmp_path / "lab-a"
    a_key = _lab_named(a_dir, "Lab A", tmp_path)
    a_name = build_services(StartupOptions(data_dir=a_dir, seed_catalogue=False))
    try:
        report = write_backup(a_dir / "heliofab.sqlite", a_name.blobs, a_dir / "keys", tmp_path / "stick",
                              key_passphrase=PASSPHRASE)
    finally:
        a_name.close()
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    return report.folder, a_key, passphrase_file


@pytest.mark.parametrize("dying_at", ["heliofab.sqlite", f"keys/{PRIVATE_KEY_FILE}"])
def test_restore_killed_before_its_last_move_is_finished_at_the_next_start(
    tmp_path: Path, backup_of_lab_a: tuple[Path, str, Path], dying_at: str
) -> None:
    backup, a_key, passphrase_file = backup_of_lab_a
    b_dir = tmp_path / "lab-b"
    b_key = _lab_named(b_dir, "Lab B", tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", RESTORE_KILLED_AT, str(b_dir), str(backup), str(passphrase_file), dying_at],
        cwd=REPO, capture_output=True, check=False,
    )
    assert done.returncode == 9, done.stderr
    assert (b_dir / RESTORE_JOURNAL).exists()
    name, key, is_healthy = _state(b_dir)
    assert (name, key) == ("Lab A", a_key) and key != b_key
    assert is_healthy and not (b_dir / RESTORE_JOURNAL).exists()
    assert not [p for p in (b_dir / "tmp").iterdir() if p.name.startswith("restore-")]


def test_a_restored_database_records_the_key_that_came_with_it(tmp_path: Path,
                                                               backup_of_lab_a: tuple[Path, str, Path]) -> None:
    backup, a_key, passphrase_file = backup_of_lab_a
    b_dir = tmp_path / "lab-b"
    _lab_named(b_dir, "Lab B", tmp_path)
    assert main(["--data-dir", str(b_dir), "restore", str(backup), "--replace", "--key-passphrase-file",
                 str(passphrase_file)]) == 0
    built = build_services(StartupOptions(data_dir=b_dir, seed_catalogue=False))
    try:
        assert built.settings.load(LabKeyRecord).fingerprint == a_key
        report = _doctor(built)
        assert report.is_healthy, report.checks
    finally:
        built.close()
    assert (b_dir / "backups" / f"{PRIVATE_KEY_FILE}.before-restore").is_file()
