"""Serial port discovery, with names an operator recognises for the USB-serial chips and boards
printers use, and whether a port is there right now (for waiting on a printer to come back).

A port is named from what pyserial's `list_ports` tells of it (product, manufacturer, description,
USB VID:PID) and a table of the USB bridges printer boards carry; the window and the CLI only show
the name. Legacy motherboard serial ports with nothing behind them (`/dev/ttyS0` reporting "n/a")
are marked, so lists can leave them out.
"""

from __future__ import annotations

import enum
import os
import re
from dataclasses import dataclass
from typing import Protocol

from serial.tools import list_ports

from i18n import N_, _
from printers.transport import url_handler

_WINDOWS_DEVICE_PREFIX = "\\\\.\\"  # `\\.\COM12`: the form COM ports above 9 need in Windows' file API

# USB VID:PID → the board an operator would recognise. The chip matters: a CH340 is most
# Creality/Anet/clone boards, an FTDI or an ATmega16U2 an original Arduino-based board, the STM32
# virtual COM port the 32-bit boards (Creality 4.2.x, BTT SKR, MKS).
KNOWN_USB_IDS: dict[str, str] = {
    "1A86:7523": "Creality/Anet board (CH340)",
    "1A86:7522": "Creality/Anet board (CH340K)",
    "1A86:55D4": "Creality board (CH9102)",
    "0403:6001": "Printer board (FTDI FT232R)",
    "0403:6015": "Printer board (FTDI FT231X)",
    "10C4:EA60": "Creality 1.1.x/Wanhao board (CP2102)",
    "2341:0042": "Arduino Mega 2560 (RAMPS)",
    "2341:0010": "Arduino Mega 2560 (RAMPS)",
    "2A03:0042": "Arduino Mega 2560 (RAMPS)",
    "2C99:0001": "Original Prusa i3 MK2/MK3 (Einsy)",
    "2C99:0002": "Original Prusa i3 MK3 (Einsy)",
    "2C99:000C": "Original Prusa MINI",
    "0483:5740": "Creality 4.2.x/BTT SKR board (STM32)",
    "1D50:6029": "Marlin board (native USB)",
    "1D50:614E": "Klipper board",
    "27B1:0001": "Ultimaker board",
    "16C0:0483": "Printrboard (Teensy)",
}

# A vendor's other products: what the chip says about the board when its PID is not in the table.
KNOWN_USB_VENDORS: dict[str, str] = {
    "1A86": "USB-serial board (CH34x)",
    "0403": "Printer board (FTDI)",
    "10C4": "USB-serial board (CP210x)",
    "2C99": "Original Prusa printer",
    "2341": "Arduino board",
    "2A03": "Arduino board",
    "0483": "STM32 board",
    "1D50": "Open-hardware board",
}

PRINTER_HINT_WORDS = ("ch340", "ch9102", "ftdi", "cp210", "arduino", "prusa", "stm32", "marlin", "klipper", "ultimaker",
                      "usb-serial", "creality", "anycubic", "printer")

# Product strings the bridge chips report for themselves: they name the chip, not the printer.
_GENERIC_PRODUCT_WORDS = ("usb2.0-serial", "usb serial", "usb-serial", "uart", "virtual com", "ch340", "ch34x",
                          "ch910", "cp210", "ft232", "ft231", "usb to", "bridge", "controller", "communications port",
                          "serial port", "bluetooth link", "stm32", "ttyusb", "ttyacm")
# Manufacturers whose name belongs before a bare model name ("Ender-3 V3" → "Creality Ender-3 V3").
_PRINTER_BRANDS = ("creality", "prusa", "anycubic", "elegoo", "artillery", "sovol", "flashforge", "bambu", "qidi",
                   "ultimaker", "lulzbot", "anet", "biqu", "bigtreetech", "voron", "geeetech", "tronxy", "wanhao")
_WINDOWS_COM_SUFFIX = re.compile(r"\s*\(COM\d+\)\s*$", re.IGNORECASE)


class PortLink(enum.Enum):
    """How the printer is joined to this computer, shown after its name: "Original Prusa MINI (USB)"."""

    # The values are English (stored and in --json); `shown_title` translates them for the operator.
    USB = N_("USB")
    SERIAL = N_("serial port")
    BLUETOOTH = N_("Bluetooth")
    VIRTUAL = N_("virtual")  # a pseudo-terminal: `heliofab sim-printer`, or another program's port
    NETWORK = N_("network")  # socket:// and rfc2217:// URLs
    SIMULATED = N_("simulated")  # the in-process simulated printer (sim://)


class PortRecord(Protocol):
    """What this module reads of pyserial's `ListPortInfo` (tests hand in records of their own)."""

    @property
    def device(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def hwid(self) -> str | None: ...
    @property
    def vid(self) -> int | None: ...
    @property
    def pid(self) -> int | None: ...
    @property
    def manufacturer(self) -> str | None: ...
    @property
    def product(self) -> str | None: ...


@dataclass(frozen=True)
class PortInfo:
    device: str
    description: str
    vid_pid: str  # "1A86:7523", or "" for ports without USB ids
    friendly_name: str = ""  # what is behind the port, "Original Prusa MINI"; the description when nothing better
    is_likely_printer: bool = False
    manufacturer: str = ""
    product: str = ""
    link: PortLink = PortLink.SERIAL
    # A legacy motherboard port with no device behind it (Linux lists /dev/ttyS0-31 as "n/a"):
    # lists leave it out unless asked for every port.
    is_unattached: bool = False
    board: str = ""  # the recognised board or product alone; "" when nothing is known of the device

    @property
    def title(self) -> str:
        """The English name with its link, "Creality/Anet board (CH340, USB)"; the window translates the link."""
        return with_link(self.board, self.link.value) if self.board else FALLBACK_NAMES[self.link]

    def shown_title(self) -> str:
        """`title` in the operator's language, for the command line's lists (the board's name stays as is)."""
        return with_link(self.board, _(self.link.value)) if self.board else _(FALLBACK_NAMES[self.link])

    def to_json(self) -> dict[str, object]:
        return {
            "device": self.device,
            "description": self.description,
            "vid_pid": self.vid_pid,
            "friendly_name": self.friendly_name,
            "title": self.title,
            "manufacturer": self.manufacturer,
            "product": self.product,
            "link": self.link.value,
            "is_likely_printer": self.is_likely_printer,
            "is_unattached": self.is_unattached,
        }


def with_link(name: str, link: str) -> str:
    """`name (link)`, or the link joined into the name's own brackets: "Arduino Mega 2560 (RAMPS, USB)"."""
    if not link:
        return name
    if name.endswith(")") and "(" in name:
        return f"{name[:-1]}, {link})"
    return f"{name} ({link})"


# What a port is called when nothing is known of the device behind it.
FALLBACK_NAMES: dict[PortLink, str] = {
    PortLink.USB: N_("USB serial device"),
    PortLink.SERIAL: N_("Serial port"),
    PortLink.BLUETOOTH: N_("Bluetooth serial port"),
    PortLink.VIRTUAL: N_("Virtual serial port"),
    PortLink.NETWORK: N_("Network serial port"),
    PortLink.SIMULATED: N_("Simulated printer"),
}


def board_name(vid_pid: str, *, product: str = "", manufacturer: str = "", description: str = "",
               device: str = "") -> str:
    """The printer or board behind a port, from the most telling fact known; "" when none tells anything.

    A printer that names itself ("Original Prusa i3 MK3S") beats the table; the table beats the chip's
    own product string ("USB2.0-Serial", which every CH340 reports); a description comes last.
    """
    named = _meaningful(product, device)
    if named:
        brand = _brand(manufacturer)
        return f"{brand} {named}" if brand and brand.lower() not in named.lower() else named
    key = vid_pid.upper()
    known = KNOWN_USB_IDS.get(key) or KNOWN_USB_VENDORS.get(key.split(":", 1)[0] if key else "")
    if known:
        return known
    return _meaningful(description, device)


def friendly_name(vid_pid: str, description: str) -> str:
    """What the port is, for lists that have only the USB id and the description."""
    name = board_name(vid_pid, description=description)
    if name:
        return name
    if vid_pid:
        return f"USB device {vid_pid}"
    return description or "serial port"


def port_link(device: str, description: str = "", *, has_usb_ids: bool = False) -> PortLink:
    name = device.lower()
    if name.startswith("sim://"):
        return PortLink.SIMULATED
    if "://" in name:
        return PortLink.NETWORK
    if has_usb_ids:
        return PortLink.USB
    # Linux's rfcomm devices; Windows says "Standard Serial over Bluetooth link (COM5)".
    if "rfcomm" in name or "bluetooth" in description.lower():
        return PortLink.BLUETOOTH
    if name.startswith(("/dev/pts/", "/dev/tnt", "/dev/ttyp")):
        return PortLink.VIRTUAL
    return PortLink.SERIAL


def describe_port(device: str, description: str, vid_pid: str, *, manufacturer: str = "", product: str = "",
                  hwid: str = "") -> PortInfo:
    link = port_link(device, description, has_usb_ids=bool(vid_pid))
    # A simulated printer is called that, whatever its handler says of itself.
    board = "" if link is PortLink.SIMULATED else board_name(
        vid_pid, product=product, manufacturer=manufacturer, description=description, device=device)
    name = board or friendly_name(vid_pid, description)
    text = f"{name} {description} {manufacturer} {product}".lower()
    is_printer = link is PortLink.SIMULATED or vid_pid.upper() in KNOWN_USB_IDS or any(
        word in text for word in PRINTER_HINT_WORDS)
    # pyserial reports "n/a" for both when it found nothing behind the node (a /dev/ttyS* of a
    # motherboard UART nobody wired up).
    is_unattached = link is PortLink.SERIAL and not vid_pid and _is_blank(hwid) and not board
    return PortInfo(device, description, vid_pid, name, is_printer, manufacturer, product, link, is_unattached, board)


def describe_record(record: PortRecord) -> PortInfo:
    """A port as `list_ports.comports()` reports it."""
    vid, pid = record.vid, record.pid
    vid_pid = f"{vid:04X}:{pid:04X}" if vid is not None and pid is not None else ""
    return describe_port(record.device, record.description or "", vid_pid, manufacturer=record.manufacturer or "",
                         product=record.product or "", hwid=record.hwid or "")


def sort_ports(ports: list[PortInfo]) -> list[PortInfo]:
    """Likely printers first, then attached ports, then by device name."""
    return sorted(ports, key=lambda p: (not p.is_likely_printer, p.is_unattached, p.device))


def list_serial_ports(*, is_including_unattached: bool = True) -> list[PortInfo]:
    ports = [describe_record(record) for record in list_ports.comports()]
    if not is_including_unattached:
        ports = [port for port in ports if not port.is_unattached]
    return sort_ports(ports)


def _is_blank(text: str) -> bool:
    return text.strip().lower() in ("", "n/a")


def _meaningful(text: str, device: str) -> str:
    """`text` unless it says nothing of the device: blank, "n/a", the node's own name, or the chip's."""
    text = _WINDOWS_COM_SUFFIX.sub("", text or "").strip()
    if _is_blank(text):
        return ""
    base = device.replace("\\", "/").rsplit("/", 1)[-1].lower()
    lowered = text.lower()
    if lowered == base or any(word in lowered for word in _GENERIC_PRODUCT_WORDS):
        return ""
    return text


def _brand(manufacturer: str) -> str:
    lowered = manufacturer.lower()
    for brand in _PRINTER_BRANDS:
        if brand in lowered:
            return manufacturer.split()[0].strip(",")
    return ""


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
