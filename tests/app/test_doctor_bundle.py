"""`heliofab doctor --bundle`: everything someone helping needs, and no customer data at all."""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path

import numpy as np
import pytest

from app.cli import main
from app.doctor_bundle import REDACTED
from app.fitting.customers import add_customer, add_customer_photo, add_measurement
from app.fitting.values import CustomerInput, MeasurementInput
from app.logs import start_logging
from app.services import StartupOptions, build_services
from tests.app.fitting_scene import write_png

NAMES = ("Quenby Zorathiel", "Ifeoma Brackwater-Vunn")
CONTACT = "zorathiel.q@example.org"
EXPECTED_MEMBERS = {
    "README.txt",
    "doctor.txt",
    "doctor.json",
    "versions.json",
    "platform.json",
    "serial_ports.json",
    "settings.json",
    "logs/heliofab.log",
    "logs/crash.log",
}


@pytest.fixture
def seeded_lab(tmp_path: Path) -> tuple[Path, bytes]:
    """A lab with two customers (distinctive names), a measurement and a photo; returns the photo's bytes."""
    data_dir = tmp_path / "lab"
    photo = tmp_path / "face.png"
    write_png(photo, np.random.default_rng(7).integers(0, 256, size=(64, 64), dtype=np.uint8))
    services = build_services(StartupOptions(data_dir=data_dir))
    try:
        first = add_customer(services.session_factory,
                             CustomerInput(name=NAMES[0], contact=CONTACT, has_photo_consent=True))
        add_customer(services.session_factory, CustomerInput(name=NAMES[1]))
        add_measurement(services.session_factory, first.id, MeasurementInput(far_pd_mm=61.7))
        add_customer_photo(services.session_factory, services.blobs, first.id, photo)
    finally:
        services.close()
    return data_dir, photo.read_bytes()


def _only_zip(folder: Path) -> Path:
    entries = list(folder.iterdir())
    assert len(entries) == 1, entries  # no temporary file left beside it
    assert entries[0].name.startswith("heliofab-doctor-") and entries[0].suffix == ".zip"
    return entries[0]


def _members(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _forbidden_pieces(photo: bytes) -> list[bytes]:
    words = [w for name in NAMES for w in name.replace("-", " ").split()] + ["zorathiel.q", "example.org"]
    pieces = [w.encode() for w in words] + [w.lower().encode() for w in words] + [w.upper().encode() for w in words]
    # Any 32-byte run of the photo (its header is generic PNG, its pixels are not).
    pieces += [photo[i : i + 32] for i in range(64, len(photo) - 32, 97)]
    return pieces


def test_bundle_holds_logs_and_report_and_no_customer_data(
    seeded_lab: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, photo = seeded_lab
    # Names typed on the command line go through the CLI too.
    assert main(["--data-dir", str(data_dir), "customers", "list", "Quenby"]) == 0
    assert NAMES[0] in capsys.readouterr().out
    out_dir = tmp_path / "for-support"
    assert main(["--data-dir", str(data_dir), "doctor", "--bundle", str(out_dir), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    bundle = _only_zip(out_dir)
    assert result["bundle"] == str(bundle) and result["healthy"] is True

    members = _members(bundle)
    assert set(members) == EXPECTED_MEMBERS
    assert b"Start: customers list;" in members["logs/heliofab.log"]
    assert b"Start: doctor --json;" in members["logs/heliofab.log"]
    report = json.loads(members["doctor.json"])
    assert report["startup_error"] == "" and report["report"]["healthy"] is True
    assert b"[ok] integrity" in members["doctor.txt"]
    versions = json.loads(members["versions.json"])
    assert versions["heliofab"] and versions["python"] and "SQLAlchemy" in versions["packages"]
    facts = json.loads(members["platform.json"])
    assert facts["data_dir"] == str(data_dir) and facts["disk_free_bytes"] > 0
    settings = json.loads(members["settings.json"])
    assert settings["row_counts"]["customers"] == 2 and "lab" in settings["sections"]

    for name, data in members.items():
        assert not data.startswith(b"SQLite format 3"), name
        for piece in _forbidden_pieces(photo):
            assert piece not in data, (name, piece[:20])
        assert b"61.7" not in data, name


def test_names_that_slip_into_the_log_are_blanked_in_the_bundle(
    seeded_lab: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, _ = seeded_lab
    # A library's error message quoting a row: the log has it, the bundle must not.
    process_log = start_logging(data_dir)
    try:
        logging.getLogger("app.test").error("constraint failed for ('%s', '%s')", NAMES[1], CONTACT)
    finally:
        process_log.close()
    assert NAMES[1] in (data_dir / "logs" / "heliofab.log").read_text(encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "doctor", "--bundle", str(tmp_path / "out")]) == 0
    log_text = _members(_only_zip(tmp_path / "out"))["logs/heliofab.log"].decode()
    assert "Brackwater" not in log_text and "Ifeoma" not in log_text and "zorathiel" not in log_text.lower()
    assert f"constraint failed for ('{REDACTED} {REDACTED}-{REDACTED}'" in log_text
    assert "Start: doctor;" in log_text  # the rest of the log is intact


def test_bundle_is_written_when_heliofab_cannot_start(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "lab"
    data_dir.mkdir()
    (data_dir / "heliofab.sqlite").write_bytes(b"\x00garbage" * 10)
    assert main(["--data-dir", str(data_dir), "doctor", "--bundle", str(tmp_path / "out")]) == 1
    out = capsys.readouterr().out
    assert "Heliofab could not start" in out and "Bundle for support:" in out
    members = _members(_only_zip(tmp_path / "out"))
    assert "not a Heliofab database" in json.loads(members["doctor.json"])["startup_error"]
    assert b"not a Heliofab database" in members["doctor.txt"]
    assert "settings.json" not in members and "logs/heliofab.log" in members
    assert b"\x00garbage" not in b"".join(members.values())


def test_bundle_folder_that_cannot_be_made_is_one_clear_line(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert main(["--data-dir", str(tmp_path / "lab"), "doctor", "--bundle", str(blocker / "inside")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "choose another folder for --bundle" in err[0]
    assert blocker.read_text() == "not a folder"


def test_two_bundles_in_the_same_second_keep_both(seeded_lab: tuple[Path, bytes], tmp_path: Path) -> None:
    from datetime import datetime, timezone

    from app.doctor_bundle import write_doctor_bundle

    data_dir, _ = seeded_lab
    at = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
    services = build_services(StartupOptions(data_dir=data_dir))
    try:
        first = write_doctor_bundle(tmp_path / "out", data_dir=data_dir, open_services=lambda: services, now=at)
        second = write_doctor_bundle(tmp_path / "out", data_dir=data_dir, open_services=lambda: services, now=at)
    finally:
        services.close()
    assert first.path.name == "heliofab-doctor-20250301T120000Z.zip"
    assert second.path.name == "heliofab-doctor-20250301T120000Z-2.zip"
    assert {p.name for p in (tmp_path / "out").iterdir()} == {first.path.name, second.path.name}
