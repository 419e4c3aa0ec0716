"""The words port names are made of, in the window's language, for every screen that names ports.

They are the Printers screen's translations: a port reads the same wherever it is offered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.printing.port_names import PortLink, PortWords


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintersScreen", text)


def port_words() -> PortWords:
    return PortWords(
        links={PortLink.USB: _tr("USB"), PortLink.SERIAL: _tr("serial port"),
               PortLink.BLUETOOTH: _tr("Bluetooth"), PortLink.VIRTUAL: _tr("virtual"),
               PortLink.NETWORK: _tr("network"), PortLink.SIMULATED: _tr("simulated")},
        fallbacks={PortLink.USB: _tr("USB serial device"), PortLink.SERIAL: _tr("Serial port"),
                   PortLink.BLUETOOTH: _tr("Bluetooth serial port"),
                   PortLink.VIRTUAL: _tr("Virtual serial port"),
                   PortLink.NETWORK: _tr("Network serial port"),
                   PortLink.SIMULATED: _tr("Simulated printer")},
    )
