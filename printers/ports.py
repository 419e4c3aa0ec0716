"""Serial port discovery, with friendly names for the USB-serial chips and boards printers use,
and whether a port is there right now (for waiting on a printer to come back)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from serial.tools import list_ports

from printers.transport import url_handler

_WINDOWS_DEVICE_PREFIX = "\\\\.\\"  # `\\.\COM12`: the form COM ports above 9 need in Windows' file API

# USB VID:PID → what an operator would call it. The chip names matter: a CH340 is most
# Creality/Anet/clone boards, an FTDI or an ATmega16U2 an original Arduino-based board.
KNOWN_USB_IDS: dict[str, str] = {
    "1A86:7523": "CH340 USB-serial (Creality, Anet, most clone boards)",
    "1A86:55D4": "CH9102 USB-serial (newer Creality boards)",
    "1A86:7522": "CH340K USB-serial",
    "0403:6001": "FTDI FT232R USB-serial",
    "0403:6015": "FTDI FT231X USB-serial",
    "10C4:EA60": "Silicon Labs CP2102 USB-serial (Creality 1.1.x, Wanhao)",
    "2341:0042": "Arduino Mega 2560 (RAMPS)",
    "2341:0010": "Arduino Mega 2560 (RAMPS)",
    "2A03:0042": "Arduino Mega 2560 (RAMPS)",
    "2C99:0001": "Original Prusa i3 MK2/MK3 (Einsy)",
    "2C99:0002": "Original Prusa i3 MK3 (Einsy)",
    "2C99:000C": "Original Prusa MINI",
    "0483:5740": "STM32 virtual COM port (BTT SKR, Creality 32-bit, MKS)",
    "1D50:6029": "Marlin on a native-USB board",
    "1D50:614E": "Klipper MCU",
    "27B1:0001": "Ultimaker board",
    "16C0:0483": "Teensy (Printrboard)",
}

PRINTER_HINT_WORDS = ("ch340", "ch9102", "ftdi", "cp210", "arduino", "prusa", "stm32", "marlin", "klipper", "ultimaker",
                      "usb-serial")


@dataclass(frozen=True)
class PortInfo:
    device: str
    description: str
    vid_pid: str  # "1A86:7523", or "" for ports without USB ids
    friendly_name: str = ""
    is_likely_printer: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "device": self.device,
            "description": self.description,
            "vid_pid": self.vid_pid,
            "friendly_name": self.friendly_name,
            "is_likely_printer": self.is_likely_printer,
        }


def friendly_name(vid_pid: str, description: str) -> str:
    known = KNOWN_USB_IDS.get(vid_pid.upper())
    if known:
        return known
    if vid_pid:
        return description or f"USB device {vid_pid}"
    return description or "serial port"


def describe_port(device: str, description: str, vid_pid: str) -> PortInfo:
    name = friendly_name(vid_pid, description)
    text = f"{name} {description}".lower()
    is_printer = vid_pid.upper() in KNOWN_USB_IDS or any(word in text for word in PRINTER_HINT_WORDS)
    return PortInfo(device, description, vid_pid, name, is_printer)


def list_serial_ports() -> list[PortInfo]:
    ports = []
    for port in list_ports.comports():
        vid_pid = f"{port.vid:04X}:{port.pid:04X}" if port.vid is not None and port.pid is not None else ""
        ports.append(describe_port(port.device, port.description or "", vid_pid))
    # Likely printers first, then by name.
    return sorted(ports, key=lambda p: (not p.is_likely_printer, p.device))


def port_key(port: str) -> str:
    """The one name every spelling of a port shares, for matching a port against the lab's printers.

    Windows names COM ports in any case and with or without the device prefix (`\\\\.\\com12` is
    `COM12`); a URL port (`sim://p1?speed=0`) is the device before its `?options`, which only
    configure it; a POSIX device path is the node it resolves to, so `/dev/serial/by-id/...` and the
    `/dev/ttyUSB0` it links to are one port (a path that is not there now is kept as written).
    """
    name = port.strip()
    if "://" in name:
        scheme, _, rest = name.partition("://")
        device = rest.split("?", 1)[0].split("#", 1)[0].rstrip("/")
        return f"{scheme.lower()}://{device}"
    name = name.removeprefix(_WINDOWS_DEVICE_PREFIX)
    if name.upper().startswith("COM"):
        return name.upper()
    if os.name == "posix" and name.startswith("/") and os.path.exists(name):
        return os.path.realpath(name)
    return name


def is_same_port(a: str, b: str) -> bool:
    """Whether two spellings name one port (see port_key); an empty name is no port."""
    return bool(a.strip()) and bool(b.strip()) and port_key(a) == port_key(b)


def is_port_present(port: str) -> bool:
    """Whether `port` is there to be opened now: listed by the OS, or a simulated device that is plugged in.

    A port is a name, not a file: `COM12` never exists as a path. URL ports answer through their
    pyserial handler's `is_url_present(url)` when it has one (the simulators do).
    """
    if "://" in port:
        handler = url_handler(port)
        check = getattr(handler, "is_url_present", None)
        # An unknown scheme or a handler that can't tell: let opening it say what is wrong.
        return True if check is None else bool(check(port))
    wanted = port_key(port)
    if any(port_key(info.device) == wanted for info in list_ports.comports(include_links=True)):
        return True
    # POSIX names pseudo-terminals and /dev/serial/by-id links that pyserial does not enumerate;
    # there, and only there, the port's device node is the port.
    return os.name == "posix" and os.path.exists(port)
