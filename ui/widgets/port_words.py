"""The words port names are made of, in the window's language, for every screen that names ports.

They are the Printers screen's translations: a port reads the same wherever it is offered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.printing.port_names import PortLink, PortWords


def port_words() -> PortWords:
    # Literal translate() calls, not a wrapper, so that lupdate finds every word under the Printers context.
    translate = QCoreApplication.translate
    return PortWords(
        links={PortLink.USB: translate("PrintersScreen", "USB"),
               PortLink.SERIAL: translate("PrintersScreen", "serial port"),
               PortLink.BLUETOOTH: translate("PrintersScreen", "Bluetooth"),
               PortLink.VIRTUAL: translate("PrintersScreen", "virtual"),
               PortLink.NETWORK: translate("PrintersScreen", "network"),
               PortLink.SIMULATED: translate("PrintersScreen", "simulated")},
        fallbacks={PortLink.USB: translate("PrintersScreen", "USB serial device"),
                   PortLink.SERIAL: translate("PrintersScreen", "Serial port"),
                   PortLink.BLUETOOTH: translate("PrintersScreen", "Bluetooth serial port"),
                   PortLink.VIRTUAL: translate("PrintersScreen", "Virtual serial port"),
                   PortLink.NETWORK: translate("PrintersScreen", "Network serial port"),
                   PortLink.SIMULATED: translate("PrintersScreen", "Simulated printer")},
    )
