"""The lab's physical printers: a name, the profile it prints with, and the port it is plugged into.

A port is a name handed to pyserial (`COM12`, `/dev/ttyUSB0`, `sim://NAME` for the simulated
printer), never a file to test for: the printer may be switched off while it is set up.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.printer_profiles import ProfileStore, UnknownProfileError
from db.engine import unit_of_work
from db.models import Printer
from i18n import _
from printers.ports import is_same_port

DEFAULT_BAUD = 115200
MAX_NAME_CHARS = 120
# The rates Marlin boards are built for; anything else is a typo (11520, 1152000).
KNOWN_BAUDS = (9600, 19200, 38400, 57600, 115200, 230400, 250000, 460800, 500000, 921600, 1000000)


class LabPrinterError(ValueError):
    """A printer that can't be set up as asked; the message says what to do instead."""


@dataclass(frozen=True)
class LabPrinterView:
    name: str
    profile_id: str
    port: str
    baud: int
    is_enabled: bool

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "profile": self.profile_id, "port": self.port, "baud": self.baud,
                "is_enabled": self.is_enabled}


def list_lab_printers(session_factory: sessionmaker[Session]) -> list[LabPrinterView]:
    with session_factory() as session:
        rows = session.scalars(select(Printer).order_by(Printer.id))
        return [LabPrinterView(r.name, r.profile_id, r.port, r.baud, r.is_enabled) for r in rows]


def add_lab_printer(
    session_factory: sessionmaker[Session],
    profiles: ProfileStore,
    *,
    name: str,
    port: str,
    profile_id: str,
    baud: int = DEFAULT_BAUD,
) -> LabPrinterView:
    """Raises LabPrinterError for a taken name or port, an unknown profile or a port name pyserial can't open."""
    name, port = name.strip(), port.strip()
    if not name:
        raise LabPrinterError(_("Give the printer a name, e.g. \"Ender by the window\"."))
    if len(name) > MAX_NAME_CHARS:
        raise LabPrinterError(_("A printer name is at most {MAX_NAME_CHARS} characters: choose a shorter "
                                "one.").format(
                MAX_NAME_CHARS=MAX_NAME_CHARS))
    if not port:
        raise LabPrinterError(_("Give the printer's port, e.g. COM12, /dev/ttyUSB0 or sim://NAME for the "
                                "simulated printer."))
    if baud not in KNOWN_BAUDS:
        raise LabPrinterError(_("{baud} baud is not a rate printers use: leave it out for 115200, or use "
                                "250000.").format(
                baud=baud))
    check_port_name(port)
    try:
        profile = profiles.printer(profile_id)
    except UnknownProfileError as exc:
        raise LabPrinterError(str(exc)) from exc
    with unit_of_work(session_factory) as session:
        rows = list(session.scalars(select(Printer)))
        same_name = next((r for r in rows if r.name.casefold() == name.casefold()), None)
        if same_name is not None:
            raise LabPrinterError(
                _("This lab already has a printer called '{name}': choose another name, or remove it first.").format(
                        name=same_name.name)
            )
        same_port = next((r for r in rows if r.port and is_same_port(r.port, port)), None)
        if same_port is not None:
            raise LabPrinterError(
                _("'{name}' is already on {port}: one port holds one printer; remove it first.").format(
                        name=same_port.name, port=same_port.port)
            )
        session.add(Printer(name=name, profile_id=profile.id, port=port, baud=baud, is_enabled=True))
    return LabPrinterView(name, profile.id, port, baud, True)


def remove_lab_printer(session_factory: sessionmaker[Session], name: str) -> LabPrinterView:
    """Jobs planned on it or kept for it go back to any printer that can take them (the planner decides)."""
    with unit_of_work(session_factory) as session:
        rows = list(session.scalars(select(Printer)))
        row = next((r for r in rows if r.name == name), None) or next(
            (r for r in rows if r.name.casefold() == name.strip().casefold()), None
        )
        if row is None:
            known = ", ".join(r.name for r in rows) or "none yet"
            raise LabPrinterError(_("This lab has no printer called '{name}' (printers: {known}).").format(
                    name=name, known=known))
        view = LabPrinterView(row.name, row.profile_id, row.port, row.baud, row.is_enabled)
        session.delete(row)
    return view


def check_port_name(port: str) -> None:
    """Refuse a simulated-printer URL with an option it does not have (LabPrinterError); real ports are
    taken as they are."""
    if not port.lower().startswith("sim://"):
        return
    from printers.sim.device import OPTIONS, SCHEME
    from printers.sim.url import parse_sim_url
    from printers.transport import PortNameError

    try:
        parse_sim_url(port, SCHEME, OPTIONS)
    except PortNameError as exc:
        raise LabPrinterError(str(exc)) from exc
