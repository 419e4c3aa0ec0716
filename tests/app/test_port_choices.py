"""The port list names a lab printer first, hides empty legacy ports, and speaks the caller's language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.lab_printers import LabPrinterView
from app.printing.port_names import PortChoice, PortLink, PortWords, build_port_choices, choice_for
from printers.ports import describe_port

CH340 = describe_port("/dev/ttyUSB0", "USB Serial", "1A86:7523", product="USB Serial", hwid="USB VID:PID=1A86:7523")
PRUSA = describe_port("/dev/ttyACM0", "Original Prusa MINI", "2C99:000C", product="Original Prusa MINI",
                      manufacturer="Prusa Research (prusa3d.com)", hwid="USB VID:PID=2C99:000C")
TTYS0 = describe_port("/dev/ttyS0", "n/a", "", hwid="n/a")
SIM = describe_port("sim://printer", "Simulated Marlin printer", "")
PROFILES = {"creality-ender3": "Creality Ender-3 class", "prusa-mini": "Prusa MINI class"}
ENDER = LabPrinterView("Ender by the window", "creality-ender3", "/dev/ttyUSB0", 115200, True)


def _titles(choices: list[PortChoice]) -> list[str]:
    return [choice.title() for choice in choices]


def test_a_lab_printer_is_named_first_and_legacy_ports_are_hidden() -> None:
    choices = build_port_choices([TTYS0, PRUSA, CH340, SIM], [ENDER], PROFILES, is_present=lambda _p: False)
    assert _titles(choices) == [
        "Ender by the window (Creality Ender-3 class, USB)",
        "Simulated printer",
        "Original Prusa MINI (USB)",
    ]
    assert [c.device for c in choices] == ["/dev/ttyUSB0", "sim://printer", "/dev/ttyACM0"]


def test_show_all_ports_lists_the_empty_legacy_port_last() -> None:
    choices = build_port_choices([TTYS0, PRUSA, CH340], [], PROFILES, is_showing_all=True,
                                 is_present=lambda _p: False)
    assert _titles(choices) == ["Original Prusa MINI (USB)", "Creality/Anet board (CH340, USB)", "Serial port"]


def test_a_lab_printer_on_a_pseudo_terminal_is_offered_when_it_is_there() -> None:
    sim = LabPrinterView("Bench simulator", "prusa-mini", "/dev/pts/4", 115200, True)
    gone = LabPrinterView("Unplugged", "prusa-mini", "/dev/ttyUSB7", 115200, True)
    choices = build_port_choices([CH340], [sim, gone], PROFILES, is_present=lambda port: port == "/dev/pts/4")
    assert _titles(choices) == ["Bench simulator (Prusa MINI class, virtual)", "Creality/Anet board (CH340, USB)"]


def test_a_legacy_port_in_use_stays_listed() -> None:
    wired = LabPrinterView("Old Mendel", "creality-ender3", "/dev/ttyS0", 250000, True)
    assert _titles(build_port_choices([TTYS0], [wired], PROFILES, is_present=lambda _p: True)) == [
        "Old Mendel (Creality Ender-3 class, serial port)"]
    connected = build_port_choices([TTYS0], [], PROFILES, connected=["/dev/ttyS0"], is_present=lambda _p: True)
    assert _titles(connected) == ["Serial port"]


def test_a_connected_port_not_enumerated_gets_a_name() -> None:
    choices = build_port_choices([], [], PROFILES, connected=["/dev/pts/0"], is_present=lambda _p: True)
    assert _titles(choices) == ["Virtual serial port"]
    assert choice_for("/dev/pts/0", choices).title() == "Virtual serial port"
    assert choice_for("sim://other", choices).title() == "Simulated printer"


def test_names_come_in_the_callers_words() -> None:
    french = PortWords(
        links={PortLink.USB: "USB", PortLink.SERIAL: "port série", PortLink.VIRTUAL: "virtuel"},
        fallbacks={PortLink.SERIAL: "Port série", PortLink.SIMULATED: "Imprimante simulée"},
    )
    choices = build_port_choices([TTYS0, CH340, SIM], [ENDER], PROFILES, is_showing_all=True,
                                 is_present=lambda _p: False)
    assert [c.title(french) for c in choices] == [
        "Ender by the window (Creality Ender-3 class, USB)", "Imprimante simulée", "Port série"]


def test_the_ports_command_names_ports_and_hides_empty_legacy_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from serial.tools import list_ports

    from tests.printers.test_port_records import CH340_LINUX, LEGACY_TTYS
    from ui.entry import main

    monkeypatch.setattr(list_ports, "comports", lambda include_links=False: [LEGACY_TTYS, CH340_LINUX])
    assert main(["--data-dir", str(tmp_path), "printers", "ports", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(p["device"], p["title"]) for p in shown] == [("/dev/ttyUSB0", "Creality/Anet board (CH340, USB)")]
    assert main(["--data-dir", str(tmp_path), "printers", "ports", "--all"]) == 0
    text = capsys.readouterr().out
    assert "Creality/Anet board (CH340, USB)" in text and "/dev/ttyS0" in text and "Serial port" in text
