"""Opening a charge controller's port: by name (`COM4`, `/dev/ttyUSB0`) or URL (`simcharger://`)."""

from __future__ import annotations

import serial

from printers.transport import open_serial, register_url_handlers

# The simulated charge controller's pyserial URL handler (`simcharger://`).
CHARGER_HANDLERS = "app.energy.urlhandler"


def register_charger_handlers() -> None:
    register_url_handlers((CHARGER_HANDLERS,))


def open_controller_port(port: str, baud: int, *, timeout_s: float) -> serial.Serial:
    """8N1, no flow control, locked against a second reader. Raises PortError with the sentence to show."""
    register_charger_handlers()
    return open_serial(port, baud, timeout_s=timeout_s, device="charge controller")
