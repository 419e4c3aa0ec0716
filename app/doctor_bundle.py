"""`heliofab doctor --bundle`: one zip an operator can send to whoever helps them from afar.

In it: the logs, the doctor report (text and JSON), versions, machine facts, serial ports, the lab's
settings and how many rows each table holds. Never in it: the database, photos or any other stored
file, customers' names, contacts, measurements or fits. The logs are written without customer data
to begin with; as a second guard, every customer name and contact found in the database is blanked
out of every text in the bundle.

It is written even when Heliofab can't start (that is when it is needed most): the report then
says why, and what needs the database is left out.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.doctor import DoctorReport, report_text, run_doctor
from app.logs import CRASH_FILE_NAME, LOG_FILE_NAME, flush_logs, logs_dir
from app.paths import DataDirError
from app.runtime_info import platform_facts, versions
from db.atomic_files import replace_with_retry
from db.errors import MigrationError, NotADatabaseError
from i18n import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.services import Services
    from app.settings import SettingsStore

log = logging.getLogger(__name__)

BUNDLE_PREFIX = "heliofab-doctor-"
REDACTED = "[customer]"
WORD = re.compile(r"\w+")
# Initials alone would blank out every "A" of the logs; "Li" or "Jo" are blanked.
MIN_NAME_PART_CHARS = 2
MIN_DIGITS = 5
README = """Heliofab doctor bundle
======================

Made by `heliofab doctor --bundle` for whoever helps this lab. It holds:

  doctor.txt, doctor.json   the health report of the data folder and database
  versions.json             Heliofab, Python, Qt and the key libraries
  platform.json             the operating system, locale, encodings, disk space, data folder
  serial_ports.json         the serial ports this computer sees
  settings.json             the lab's settings, its printers, and row counts per table
  logs/                     heliofab.log (and its older rotations), crash.log

It does not hold the database, photos, designs or any stored file, nor customers' names,
contacts, measurements or fits.
"""


class BundleError(Exception):
    """The bundle could not be written; the message says what to do."""


@dataclass(frozen=True)
class DoctorBundle:
    path: Path
    members: list[str]
    report: DoctorReport | None
    startup_error: str = ""

    @property
    def is_healthy(self) -> bool:
        return not self.startup_error and self.report is not None and self.report.is_healthy


@dataclass
class _Contents:
    texts: dict[str, str] = field(default_factory=dict)

    def add_json(self, name: str, value: Any) -> None:
        self.texts[name] = json.dumps(value, indent=2, sort_keys=True, default=str) + "\n"


def write_doctor_bundle(
    dest_dir: Path,
    *,
    data_dir: Path,
    open_services: Callable[[], Services],
    now: datetime | None = None,
) -> DoctorBundle:
    """Write `dest_dir/heliofab-doctor-<UTC time>.zip` atomically. Raises BundleError."""
    services: Services | None = None
    report: DoctorReport | None = None
    startup_error = ""
    try:
        services = open_services()
        report = run_doctor(
            services.paths, services.engine, services.session_factory, services.blobs, services.settings
        )
    except (DataDirError, NotADatabaseError, MigrationError) as exc:
        startup_error = str(exc)
    contents = _Contents()
    contents.texts["README.txt"] = README
    contents.texts["doctor.txt"] = report_text(report) if report else f"Heliofab could not start: {startup_error}\n"
    contents.add_json("doctor.json", {"report": report.to_json() if report else None, "startup_error": startup_error})
    contents.add_json("versions.json", versions())
    contents.add_json("platform.json", platform_facts(data_dir))
    contents.add_json("serial_ports.json", report.serial_ports if report else _serial_ports())
    if services is not None:
        contents.add_json("settings.json", lab_settings(services.session_factory, services.settings))
    flush_logs()
    for path in _log_files(data_dir):
        contents.texts[f"logs/{path.name}"] = path.read_bytes().decode("utf-8", "replace")
    redact = _redactor(customer_terms(services.session_factory) if services is not None else set())
    texts = {name: redact(text) for name, text in contents.texts.items()}
    path = _write_zip(dest_dir, texts, now or datetime.now(timezone.utc))
    log.info("Doctor bundle written: %s (%d files)", path, len(texts))
    return DoctorBundle(path, sorted(texts), report, startup_error)


def lab_settings(session_factory: sessionmaker[Session], settings: SettingsStore) -> dict[str, Any]:
    """The typed settings sections, the printers, and row counts: nothing that names or measures a customer."""
    import app.energy.site  # noqa: F401 - registers its settings section
    from app.settings import SECTION_KEYS

    sections = {key: dataclasses.asdict(settings.load(cls)) for cls, key in SECTION_KEYS.items()}
    return {"sections": sections, "printers": _printers(session_factory), "row_counts": _row_counts(session_factory)}


def customer_terms(session_factory: sessionmaker[Session]) -> set[str]:
    """The words of every customer's name and contact, lower-cased: what must never leave in a bundle."""
    from sqlalchemy import select

    from db.models import Customer

    terms: set[str] = set()
    with session_factory() as session:
        for name, contact in session.execute(select(Customer.name, Customer.contact)):
            terms.update(_words(name, min_chars=MIN_NAME_PART_CHARS))
            # Short number groups of a phone number ("0244 123 456") also count lines and minutes.
            terms.update(w for w in _words(contact, min_chars=MIN_NAME_PART_CHARS)
                         if not w.isdigit() or len(w) >= MIN_DIGITS)
    return terms


def _words(value: str | None, *, min_chars: int) -> list[str]:
    return [w.lower() for w in WORD.findall(value or "") if len(w) >= min_chars]


def _redactor(terms: set[str]) -> Callable[[str], str]:
    if not terms:
        return lambda text: text
    # Word by word against a set: linear in the text, however many customers the lab has.
    return lambda text: WORD.sub(lambda m: REDACTED if m.group(0).lower() in terms else m.group(0), text)


def _printers(session_factory: sessionmaker[Session]) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from db.models import Printer

    with session_factory() as session:
        return [
            {"name": p.name, "profile": p.profile_id, "port": p.port, "baud": p.baud, "is_enabled": p.is_enabled}
            for p in session.scalars(select(Printer).order_by(Printer.id))
        ]


def _row_counts(session_factory: sessionmaker[Session]) -> dict[str, int]:
    from sqlalchemy import func, select

    from db.models.base import Base

    with session_factory() as session:
        return {
            name: int(session.execute(select(func.count()).select_from(table)).scalar_one())
            for name, table in sorted(Base.metadata.tables.items())
        }


def _serial_ports() -> list[dict[str, Any]]:
    from printers.ports import list_serial_ports

    return [dataclasses.asdict(port) for port in list_serial_ports()]


def _log_files(data_dir: Path) -> list[Path]:
    folder = logs_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.is_file() and (p.name == CRASH_FILE_NAME or p.name.startswith(LOG_FILE_NAME))
    )


def _write_zip(dest_dir: Path, texts: dict[str, str], now: datetime) -> Path:
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BundleError(_("Cannot create {dest_dir} ({value}): choose another folder for --bundle.").format(
                dest_dir=dest_dir, value=exc.strerror or exc)) from exc
    target = _free_name(dest_dir, f"{BUNDLE_PREFIX}{now.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}")
    # Written under a temporary name and renamed: a half-written zip is never left under the real name.
    partial = target.with_name(f".{target.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in texts.items():
                archive.writestr(name, text.encode("utf-8"))
        replace_with_retry(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BundleError(_("Cannot write the bundle in {dest_dir} ({value}): free some space or choose "
                            "another folder.").format(
                dest_dir=dest_dir, value=exc.strerror or exc)) from exc
    return target


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}.zip"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{counter}.zip"
        counter += 1
    return candidate
