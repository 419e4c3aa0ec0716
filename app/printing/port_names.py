"""The ports a printer can be connected on, named as the operator knows them.

A lab printer set up with a port (`heliofab printers add`) is called by its own name first, "Ender by
the window (Creality Ender-3 class, USB)"; another port by the board or printer behind it, "Original
Prusa MINI (USB)"; a simulated one "Simulated printer". Legacy serial ports with nothing behind them
are left out unless every port is asked for. The window and the CLI only show these names: the words
"USB", "serial port"... come in the caller's language through `PortWords`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.lab_printers import LabPrinterView, list_lab_printers
from printers.ports import FALLBACK_NAMES, PortInfo, describe_port, is_port_present, is_same_port, with_link
from printers.ports import PortLink as PortLink  # the window reads a port's link through this module

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.printer_profiles import ProfileStore
    from app.printing.service import PrintingService


@dataclass(frozen=True)
class PortWords:
    """The words a port's name is made of, in the operator's language (English by default)."""

    links: Mapping[PortLink, str] = field(default_factory=lambda: {link: link.value for link in PortLink})
    fallbacks: Mapping[PortLink, str] = field(default_factory=lambda: dict(FALLBACK_NAMES))


ENGLISH = PortWords()


@dataclass(frozen=True)
class PortChoice:
    """One port of the list: what is behind it, and the lab printer set up on it, if any."""

    port: PortInfo
    printer_name: str = ""  # the lab's own name for the printer on this port
    profile_name: str = ""  # that printer's profile, "Creality Ender-3 class"
    is_connected: bool = False

    @property
    def device(self) -> str:
        return self.port.device

    @property
    def is_hidden(self) -> bool:
        """Left out unless every port is asked for: a legacy port with nothing behind it, that no lab
        printer uses and nothing is connected on."""
        return self.port.is_unattached and not self.printer_name and not self.is_connected

    def title(self, words: PortWords = ENGLISH) -> str:
        """"Ender by the window (Creality Ender-3 class, USB)", "Original Prusa MINI (USB)", "Simulated printer"."""
        link = self.port.link
        link_word = words.links.get(link, link.value)
        if self.printer_name:
            details = [self.profile_name or self.port.board, link_word]
            return f"{self.printer_name} ({', '.join(d for d in details if d)})"
        if self.port.board:
            return with_link(self.port.board, link_word)
        return words.fallbacks.get(link, FALLBACK_NAMES[link])


def build_port_choices(
    ports: Sequence[PortInfo],
    lab_printers: Sequence[LabPrinterView],
    profile_names: Mapping[str, str],
    *,
    connected: Iterable[str] = (),
    is_showing_all: bool = False,
    is_present: Callable[[str], bool] = is_port_present,
) -> list[PortChoice]:
    """The ports to offer, best first: the lab's printers, simulated printers, likely printers, the rest.

    A lab printer's port that the OS does not enumerate but that is there (a pseudo-terminal of
    `heliofab sim-printer`) is offered too, as is a port something is connected on.
    """
    connected = list(connected)
    listed = list(ports)
    for device in [p.port for p in lab_printers if p.port and p.is_enabled] + connected:
        if not any(is_same_port(device, port.device) for port in listed) and (
                device in connected or is_present(device)):
            listed.append(describe_port(device, "", ""))
    choices = []
    for port in listed:
        printer = next((p for p in lab_printers if p.port and is_same_port(p.port, port.device)), None)
        choices.append(PortChoice(
            port,
            printer_name=printer.name if printer else "",
            profile_name=profile_names.get(printer.profile_id, "") if printer else "",
            is_connected=any(is_same_port(device, port.device) for device in connected),
        ))
    shown = [choice for choice in choices if is_showing_all or not choice.is_hidden]
    lab_order = {p.name: index for index, p in enumerate(lab_printers)}
    return sorted(shown, key=lambda c: (
        not c.printer_name,
        lab_order.get(c.printer_name, 0),
        c.port.link is not PortLink.SIMULATED,
        not c.port.is_likely_printer,
        c.port.is_unattached,
        c.device,
    ))


def choice_for(device: str, choices: Iterable[PortChoice]) -> PortChoice:
    """The choice naming `device`; one made from the device alone when the list has none."""
    for choice in choices:
        if is_same_port(choice.device, device):
            return choice
    return PortChoice(describe_port(device, "", ""))


def scan_port_choices(
    printing: PrintingService,
    session_factory: sessionmaker[Session],
    profiles: ProfileStore,
    *,
    is_showing_all: bool = False,
) -> list[PortChoice]:
    """Enumerate the ports and read the lab's printers (blocking: call from a worker)."""
    names = {profile.id: profile.name for profile in profiles.printers()}
    return build_port_choices(
        printing.ports(), list_lab_printers(session_factory), names,
        connected=printing.connected_ports(), is_showing_all=is_showing_all, is_present=printing.is_port_present,
    )
