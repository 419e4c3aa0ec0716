"""Ports are named from what pyserial's list_ports reports of them: real records from Linux and Windows."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from printers.ports import PortLink, describe_record, sort_ports


@dataclass(frozen=True)
class Record:
    """The fields of pyserial's ListPortInfo that naming reads."""

    device: str
    description: str | None = "n/a"
    hwid: str | None = "n/a"
    vid: int | None = None
    pid: int | None = None
    manufacturer: str | None = None
    product: str | None = None


CH340_LINUX = Record("/dev/ttyUSB0", "USB Serial", "USB VID:PID=1A86:7523 LOCATION=1-1.2", 0x1A86, 0x7523,
                     None, "USB Serial")
CH340_WINDOWS = Record("COM3", "USB-SERIAL CH340 (COM3)", "USB VID:PID=1A86:7523 SER= LOCATION=1-2", 0x1A86, 0x7523,
                       "wch.cn", None)
PRUSA_MK3 = Record("/dev/ttyACM0", "Original Prusa i3 MK3", "USB VID:PID=2C99:0002 SER=CZPX1017X004XK52468 "
                   "LOCATION=1-1:1.0", 0x2C99, 0x0002, "Prusa Research (prusa3d.com)", "Original Prusa i3 MK3")
PRUSA_UNKNOWN_PID = Record("/dev/ttyACM1", "ttyACM1", "USB VID:PID=2C99:0099", 0x2C99, 0x0099, None, None)
CREALITY_422 = Record("/dev/ttyACM0", "STM32 Virtual ComPort", "USB VID:PID=0483:5740 SER=2060335D5443",
                      0x0483, 0x5740, "STMicroelectronics", "STM32 Virtual ComPort")
MEGA_2560 = Record("/dev/ttyACM0", "ttyACM0", "USB VID:PID=2341:0042 SER=95530343834351A0B0F1", 0x2341, 0x0042,
                   "Arduino (www.arduino.cc)", None)
FTDI = Record("/dev/ttyUSB1", "FT232R USB UART", "USB VID:PID=0403:6001 SER=A50285BI", 0x0403, 0x6001, "FTDI",
              "FT232R USB UART")
CP2102_WINDOWS = Record("COM7", "Silicon Labs CP210x USB to UART Bridge (COM7)", "USB VID:PID=10C4:EA60 SER=0001",
                        0x10C4, 0xEA60, "Silicon Labs", None)
BRANDED = Record("/dev/ttyACM2", "Ender-3 V3 SE", "USB VID:PID=3A2E:0001", 0x3A2E, 0x0001, "Creality", "Ender-3 V3 SE")
MOUSE_RECEIVER = Record("/dev/ttyACM3", "USB Receiver", "USB VID:PID=046D:C52B", 0x046D, 0xC52B, "Logitech",
                        "USB Receiver")
LEGACY_TTYS = Record("/dev/ttyS0")
PNP_UART = Record("/dev/ttyS1", "ttyS1", "PNP0501")
BLUETOOTH_WINDOWS = Record("COM5", "Standard Serial over Bluetooth link (COM5)",
                           "BTHENUM\\{00001101-0000-1000-8000-00805F9B34FB}_LOCALMFG&0000\\7&1A2B3C4D&0&000000000000_0")


@pytest.mark.parametrize(
    ("record", "title", "link", "is_printer"),
    [
        (CH340_LINUX, "Creality/Anet board (CH340, USB)", PortLink.USB, True),
        (CH340_WINDOWS, "Creality/Anet board (CH340, USB)", PortLink.USB, True),
        (PRUSA_MK3, "Original Prusa i3 MK3 (USB)", PortLink.USB, True),
        (PRUSA_UNKNOWN_PID, "Original Prusa printer (USB)", PortLink.USB, True),
        (CREALITY_422, "Creality 4.2.x/BTT SKR board (STM32, USB)", PortLink.USB, True),
        (MEGA_2560, "Arduino Mega 2560 (RAMPS, USB)", PortLink.USB, True),
        (FTDI, "Printer board (FTDI FT232R, USB)", PortLink.USB, True),
        (CP2102_WINDOWS, "Creality 1.1.x/Wanhao board (CP2102, USB)", PortLink.USB, True),
        (BRANDED, "Creality Ender-3 V3 SE (USB)", PortLink.USB, True),
        (MOUSE_RECEIVER, "USB Receiver (USB)", PortLink.USB, False),
        (LEGACY_TTYS, "Serial port", PortLink.SERIAL, False),
        (PNP_UART, "Serial port", PortLink.SERIAL, False),
        (BLUETOOTH_WINDOWS, "Bluetooth serial port", PortLink.BLUETOOTH, False),
    ],
)
def test_ports_are_named_for_what_is_behind_them(record: Record, title: str, link: PortLink, is_printer: bool) -> None:
    port = describe_record(record)
    assert port.title == title
    assert port.link is link
    assert port.is_likely_printer is is_printer
    assert port.device == record.device
    assert port.to_json()["title"] == title


@pytest.mark.parametrize(
    ("record", "is_unattached"),
    [(LEGACY_TTYS, True), (PNP_UART, False), (CH340_LINUX, False), (BLUETOOTH_WINDOWS, False),
     (Record("COM1", "Communications Port (COM1)", "ACPI\\PNP0501\\1"), False)],
)
def test_only_legacy_ports_with_nothing_behind_them_are_unattached(record: Record, is_unattached: bool) -> None:
    assert describe_record(record).is_unattached is is_unattached


def test_printers_come_first_and_empty_legacy_ports_last() -> None:
    ports = sort_ports([describe_record(r) for r in (LEGACY_TTYS, MOUSE_RECEIVER, PNP_UART, PRUSA_MK3, CH340_LINUX)])
    assert [p.device for p in ports] == ["/dev/ttyACM0", "/dev/ttyUSB0", "/dev/ttyACM3", "/dev/ttyS1", "/dev/ttyS0"]


def test_simulated_and_virtual_ports_say_so() -> None:
    from printers.ports import describe_port

    assert describe_port("sim://printer", "Simulated Marlin printer", "").title == "Simulated printer"
    assert describe_port("/dev/pts/3", "", "").title == "Virtual serial port"
    assert describe_port("socket://192.0.2.1:23", "", "").link is PortLink.NETWORK
