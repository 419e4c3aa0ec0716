"""Health checks of a data directory, its database and the machine's optional helpers."""

from __future__ import annotations

import os
import shutil
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import text

from app.paths import DataDirError, assert_writable
from app.services import Services
from db.migrate import current_revision, head_revision
from printers.ports import list_serial_ports


@dataclass(frozen=True)
class Check:
    name: str
    is_ok: bool
    detail: str


@dataclass(frozen=True)
class DoctorReport:
    data_dir: str
    db_file: str
    checks: list[Check]
    serial_ports: list[dict[str, str]]
    helpers: dict[str, str | None] = field(default_factory=dict)

    @property
    def is_healthy(self) -> bool:
        return all(check.is_ok for check in self.checks)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["healthy"] = self.is_healthy
        return data


def run_doctor(services: Services) -> DoctorReport:
    checks = [_check_writable(services), _check_schema(services), _check_integrity(services)]
    ports = [asdict(port) for port in list_serial_ports()]
    helpers = {
        "prusa-slicer": shutil.which("prusa-slicer"),
        "display": os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or None,
    }
    return DoctorReport(
        data_dir=str(services.paths.root),
        db_file=str(services.paths.db_file),
        checks=checks,
        serial_ports=ports,
        helpers=helpers,
    )


def report_text(report: DoctorReport) -> str:
    """The report as the operator reads it (`heliofab doctor`, and doctor.txt in a bundle)."""
    lines = [f"Data directory: {report.data_dir}", f"Database:       {report.db_file}", ""]
    for check in report.checks:
        lines.append(f"  [{'ok' if check.is_ok else 'FAIL'}] {check.name}: {check.detail}")
    lines.append("")
    if report.serial_ports:
        lines.append("Serial ports:")
        lines += [f"  {p['device']}  {p['description']} {p['vid_pid']}".rstrip() for p in report.serial_ports]
    else:
        lines.append("Serial ports: none found (plug the printer in, or use `heliofab sim-printer`)")
    for name, value in report.helpers.items():
        lines.append(f"{name}: {value or 'not available'}")
    lines.append("")
    lines.append("Healthy." if report.is_healthy else "Problems found: see FAIL lines above.")
    return "\n".join(lines)


def _check_writable(services: Services) -> Check:
    try:
        assert_writable(services.paths.root)
    except DataDirError as exc:
        return Check("data_dir_writable", False, str(exc))
    return Check("data_dir_writable", True, str(services.paths.root))


def _check_schema(services: Services) -> Check:
    current, head = current_revision(services.engine), head_revision()
    if current == head:
        return Check("schema_at_head", True, f"schema {current}")
    return Check("schema_at_head", False, f"schema {current}, expected {head}: restart Heliofab to update it")


def _check_integrity(services: Services) -> Check:
    with services.engine.connect() as connection:
        rows = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
    if rows == ["ok"]:
        return Check("integrity", True, "PRAGMA integrity_check: ok")
    return Check("integrity", False, "; ".join(rows[:5]) + ": restore the latest backup")
