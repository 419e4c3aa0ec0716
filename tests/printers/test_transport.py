"""Opening a port: one sentence for each way it fails, on POSIX and on Windows; ports are names, not files."""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import serial

from printers import ports
from printers.ports import is_port_present, port_key
from printers.transport import (
    PortError,
    SerialTransport,
    describe_open_error,
    open_serial,
)

# What pyserial's Windows back end raises (serialwin32.Serial.open: `could not open port {!r}: {!r}` of
# ctypes.WinError()).
WIN_NOT_FOUND = (
    "could not open port 'COM12': FileNotFoundError(2, 'The system cannot find the file specified.', None, 2)")
WIN_DENIED = "could not open port 'COM12': PermissionError(13, 'Access is denied.', None, 5)"
WIN_GEN_FAILURE = (
    "could not open port 'COM12': OSError(22, 'A device attached to the system is not functioning.', None, 31)")
WIN_BAD_NAME = ("could not open port 'COMX': "
                "OSError(22, 'The filename, directory name, or volume label syntax is incorrect.', None, 123)")
WIN_OTHER = "could not open port 'COM12': OSError(22, 'The request is not supported.', None, 50)"
WIN_NOT_READY = """could not open port 'COM12': OSError(22, "The device isn't ready.", None, 21)"""


@pytest.mark.parametrize(
    ("port", "exc", "expected"),
    [
        ("COM12", serial.SerialException(WIN_NOT_FOUND),
         "There is no port COM12: plug the printer in, or pick a port from `heliofab printers ports`."),
        ("COM12", serial.SerialException(WIN_DENIED),
         "COM12 is busy: another program (Cura, the Arduino IDE, another Heliofab window) is using it; close that "
         "first."),
        ("COM12", serial.SerialException(WIN_GEN_FAILURE),
         "COM12 is there but its device does not answer: unplug the USB cable, wait five seconds and plug it in "
         "again."),
        ("COMX", serial.SerialException(WIN_BAD_NAME),
         "COMX is not a port name Windows knows: write it like COM3, or pick a port from `heliofab printers ports`."),
        ("COM12", serial.SerialException(WIN_OTHER),
         "Could not open COM12: The request is not supported. Check the cable and pick a port from `heliofab printers "
         "ports`."),
        ("COM12", serial.SerialException(WIN_NOT_READY),
         "Could not open COM12: The device isn't ready. Check the cable and pick a port from `heliofab printers "
         "ports`."),
        ("/dev/ttyUSB9",
         serial.SerialException(errno.ENOENT,
                                "could not open port /dev/ttyUSB9: [Errno 2] No such file or directory: "
                                "'/dev/ttyUSB9'"),
         "There is no port /dev/ttyUSB9: plug the printer in, or pick a port from `heliofab printers ports`."),
        ("/dev/ttyUSB0",
         serial.SerialException(errno.EACCES,
                                "could not open port /dev/ttyUSB0: [Errno 13] Permission denied: '/dev/ttyUSB0'"),
         "Not allowed to open /dev/ttyUSB0: add your user to the 'dialout' group (then log out and in), or run as an "
         "allowed user."),
        ("/dev/ttyUSB0",
         serial.SerialException("Could not exclusively lock port /dev/ttyUSB0: [Errno 11] Resource temporarily "
                                "unavailable"),
         "/dev/ttyUSB0 is busy: another program (or another Heliofab window) is using it; close that first."),
        ("foo://x", ValueError("invalid URL, protocol 'foo' not known"),
         ("foo://x is not a port Heliofab can open: give one such as COM3 or /dev/ttyUSB0 (see `heliofab printers "
          "ports`), "
          "or sim:// for the simulated printer.")),
    ],
)
def test_open_errors_become_one_sentence(monkeypatch: pytest.MonkeyPatch, port: str, exc: Exception,
                                         expected: str) -> None:
    def refuse(url: str, *args: object, **kwargs: object) -> None:
        assert url == port
        assert kwargs["exclusive"] is True
        raise exc

    monkeypatch.setattr(serial, "serial_for_url", refuse)
    with pytest.raises(PortError) as caught:
        SerialTransport(port, 115200).open()
    assert str(caught.value) == expected


def test_the_sentence_names_the_device_that_should_be_plugged_in() -> None:
    text = describe_open_error("COM4", serial.SerialException(WIN_NOT_FOUND.replace("COM12", "COM4")),
                               device="charge controller")
    assert text.startswith("There is no port COM4: plug the charge controller in")


def test_a_real_missing_port_on_this_system() -> None:
    with pytest.raises(PortError, match="There is no port /dev/heliofab-none"):
        open_serial("/dev/heliofab-none", 115200, timeout_s=0.1)


def test_windows_spellings_of_a_port_are_one_port() -> None:
    assert port_key("\\\\.\\COM12") == port_key("com12") == "COM12"
    assert port_key("/dev/ttyUSB0") == "/dev/ttyUSB0"


def test_presence_comes_from_the_port_list_not_from_files(monkeypatch: pytest.MonkeyPatch) -> None:
    listed = [SimpleNamespace(device="COM3"), SimpleNamespace(device="COM12")]
    monkeypatch.setattr(ports.list_ports, "comports", lambda include_links=False: listed)
    monkeypatch.setattr(ports.os, "name", "nt")
    assert is_port_present("COM12")
    assert is_port_present("\\\\.\\COM12")
    assert not is_port_present("COM7")
    assert not is_port_present("/dev/null")  # on Windows a file is not a port
    assert is_port_present("sim://")  # a fresh simulated printer is always there to open
    assert is_port_present("rfc2217://host:2217")  # a handler that can't tell: opening it will say


def test_posix_device_nodes_pyserial_does_not_list_still_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ports.list_ports, "comports", lambda include_links=False: [])
    monkeypatch.setattr(ports.os, "name", "posix")
    assert is_port_present("/dev/null")  # a pty or a /dev/serial/by-id link
    assert not is_port_present("/dev/heliofab-none")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows opens ports by COM name, never a file path")
def test_a_regular_file_is_not_a_serial_port(tmp_path: Path) -> None:
    not_a_port = tmp_path / "part.gcode"
    not_a_port.write_text("G28\n")
    with pytest.raises(PortError) as caught:
        open_serial(str(not_a_port), 115200, timeout_s=0.1)
    text = str(caught.value)
    assert text.startswith(f"{not_a_port} is not a serial port") and "COM3 or /dev/ttyUSB0" in text
    assert "ioctl" not in text and "\n" not in text


def test_pyserials_configure_error_is_explained_on_every_system() -> None:
    exc = serial.SerialException("Could not configure port: (25, 'Inappropriate ioctl for device')")
    assert describe_open_error("/tmp/x", exc, device="charge controller").startswith(
        "/tmp/x is not a serial port (it is a file or another kind of device): give the charge controller's port"
    )
