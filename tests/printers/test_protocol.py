"""Parser tables: real reply lines from Marlin, Prusa firmware, Repetier and Klipper."""

from __future__ import annotations

import pytest

from printers.protocol import (
    Capabilities,
    ErrorClass,
    FirmwareFlavor,
    ReplyKind,
    Temperature,
    checksum,
    command_code,
    frame,
    parse_frame,
    parse_reply,
    strip_comment,
)


@pytest.mark.parametrize(
    ("line_no", "command", "wire"),
    [
        (0, "M110 N0", b"N0 M110 N0*125\n"),
        (122, "M400", b"N122 M400*38\n"),
        (123, "M114", b"N123 M114*39\n"),
    ],
)
def test_frames_match_octoprint_examples(line_no: int, command: str, wire: bytes) -> None:
    assert frame(line_no, command) == wire


def test_checksum_is_xor_of_payload() -> None:
    assert checksum("N0 M110 N0") == 125


@pytest.mark.parametrize(
    ("raw", "stripped"),
    [
        ("G1 X10 ; move", "G1 X10"),
        ("; only a comment", ""),
        ("M117 50\\; done ; note", "M117 50\\; done"),
        ("  G28  ", "G28"),
        ("(old style)", ""),
    ],
)
def test_strip_comment(raw: str, stripped: str) -> None:
    assert strip_comment(raw) == stripped


@pytest.mark.parametrize(("command", "code"),
                         [("G1 X1", "G1"), ("g01 x1", "G1"), ("M109 S200", "M109"), ("T0", "T0"), (";x", "")])
def test_command_code(command: str, code: str) -> None:
    assert command_code(command) == code


def test_parse_frame_round_trip_and_corruption() -> None:
    good = parse_frame(frame(41, "G1 X10 Y20").decode())
    assert (good.line_no, good.command, good.is_checksum_ok) == (41, "G1 X10 Y20", True)
    bad = parse_frame("N41 G1 X19 Y20*" + str(checksum("N41 G1 X10 Y20")))
    assert bad.is_checksum_ok is False
    bare = parse_frame("M105")
    assert (bare.line_no, bare.is_checksum_ok, bare.has_checksum) == (None, True, False)
    unchecked = parse_frame("N7 M105")
    assert (unchecked.line_no, unchecked.has_checksum) == (7, False)


# (firmware, reply line, kind, acknowledged line / requested line)
REPLY_TABLE = [
    ("marlin", "ok", ReplyKind.OK, None),
    ("marlin", "ok N123 P15 B3", ReplyKind.OK, 123),
    ("marlin", "ok T:210.00 /210.00 B:60.00 /60.00 @:64 B@:127", ReplyKind.OK, None),
    ("marlin", "Resend: 3", ReplyKind.RESEND, 3),
    ("marlin", "Resend:3", ReplyKind.RESEND, 3),
    ("teacup", "rs 3", ReplyKind.RESEND, 3),
    ("teacup", "rs N3", ReplyKind.RESEND, 3),
    ("repetier", "Resend:43", ReplyKind.RESEND, 43),
    ("repetier", "ok 43", ReplyKind.OK, None),
    ("marlin", "echo:busy: processing", ReplyKind.BUSY, None),
    ("marlin", "echo:busy: paused for user", ReplyKind.BUSY, None),
    ("marlin", "busy: processing", ReplyKind.BUSY, None),
    ("marlin", "echo:busy processing", ReplyKind.BUSY, None),
    ("marlin", "wait", ReplyKind.WAIT, None),
    ("repetier", "wait", ReplyKind.WAIT, None),
    ("marlin", "start", ReplyKind.START, None),
    ("marlin", " T:210.00 /210.00 B:60.00 /60.00 @:64 B@:127", ReplyKind.TEMPERATURE, None),
    ("marlin", "T:21.30 /0.00 B:21.20 /0.00 @:0 B@:0", ReplyKind.TEMPERATURE, None),
    ("prusa", "T:158.2 E:0 W:?", ReplyKind.TEMPERATURE, None),
    ("repetier", "T:25.12 /0 B:24.87 /0 B@:0 @:0", ReplyKind.TEMPERATURE, None),
    ("marlin", "Cap:AUTOREPORT_TEMP:1", ReplyKind.CAPABILITY, None),
    ("marlin", "//action:pause", ReplyKind.ACTION, None),
    ("marlin", "//action:prompt_begin Filament Runout", ReplyKind.ACTION, None),
    ("klipper", "// Klipper state: Ready", ReplyKind.ECHO, None),
    ("marlin", 'echo:Unknown command: "M999X"', ReplyKind.ECHO, None),
    ("marlin", "X:10.00 Y:20.00 Z:0.30 E:1.20 Count X:800 Y:1600 Z:120", ReplyKind.POSITION, None),
    ("marlin", "echo:SD init fail", ReplyKind.ECHO, None),
]


@pytest.mark.parametrize(("firmware", "raw", "kind", "number"), REPLY_TABLE)
def test_reply_kinds(firmware: str, raw: str, kind: ReplyKind, number: int | None) -> None:
    reply = parse_reply(raw)
    assert reply.kind is kind, firmware
    assert reply.line_no == number


ERROR_TABLE = [
    ("marlin", "Error:checksum mismatch, Last Line: 12", ErrorClass.RESEND_FOLLOWS),
    ("marlin", "Error:Line Number is not Last Line Number+1, Last Line: 12", ErrorClass.RESEND_FOLLOWS),
    ("marlin", "Error:No Checksum with line number, Last Line: 5", ErrorClass.RESEND_FOLLOWS),
    ("marlin", "Error:No Line Number with checksum, Last Line: 5", ErrorClass.SIMULATE_OK),
    ("repetier", "Error:expected line 44 got 46", ErrorClass.RESEND_FOLLOWS),
    ("repetier", "Error: Missing checksum", ErrorClass.RESEND_FOLLOWS),
    ("repetier", "Error: Checksum mismatch", ErrorClass.RESEND_FOLLOWS),
    ("marlin", "Error:Thermal Runaway, system stopped! Heater_ID: bed", ErrorClass.FATAL),
    ("marlin", "Error:Printer halted. kill() called!", ErrorClass.FATAL),
    ("marlin", "Error:MAXTEMP triggered, system stopped! Heater_ID: 0", ErrorClass.FATAL),
    ("marlin", "Error:MINTEMP triggered, system stopped! Heater_ID: 0", ErrorClass.FATAL),
    ("marlin", "Error:Heating failed, system stopped! Heater_ID: 0", ErrorClass.FATAL),
    ("repetier", "fatal:Heater/sensor error - Printer stopped and heaters disabled. Fix error and restart with M999.",
     ErrorClass.FATAL),
    ("klipper", "!! Lost communication with MCU 'mcu'", ErrorClass.FATAL),
    ("klipper", "!! Must home axis first: 20.000 20.000 1.000 [0.000]", ErrorClass.FATAL),
    ("marlin", "Error:Unknown command: \"M999X\"", ErrorClass.IGNORABLE),
    ("marlin", "Error:volume.init failed", ErrorClass.IGNORABLE),
]


@pytest.mark.parametrize(("firmware", "raw", "error_class"), ERROR_TABLE)
def test_error_classes(firmware: str, raw: str, error_class: ErrorClass) -> None:
    reply = parse_reply(raw)
    assert reply.kind is ReplyKind.ERROR, firmware
    assert reply.error_class is error_class


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ok T:210.00 /210.00 B:60.00 /60.00 @:64 B@:127",
         {"T0": Temperature(210.0, 210.0), "B": Temperature(60.0, 60.0)}),
        ("T:21.30/ 0.00 B:21.20 / 0.00 @:0", {"T0": Temperature(21.3, 0.0), "B": Temperature(21.2, 0.0)}),
        ("T0:200.0 /200.0 T1:25.0 /0.0 B:60.0 /60.0",
         {"T0": Temperature(200.0, 200.0), "T1": Temperature(25.0, 0.0), "B": Temperature(60.0, 60.0)}),
        ("ok B:22.1 /0.0 T0:22.0 /0.0", {"B": Temperature(22.1, 0.0), "T0": Temperature(22.0, 0.0)}),
        ("T:158.2 E:0 W:?", {"T0": Temperature(158.2, None)}),
    ],
)
def test_temperatures_from_marlin_prusa_klipper(raw: str, expected: dict[str, Temperature]) -> None:
    temps = parse_reply(raw).temperatures
    for name, value in expected.items():
        assert temps[name] == value


def test_prusa_ok_with_pinda_and_ambient() -> None:
    reply = parse_reply("ok T:24.8 /0.0 B:24.3 /0.0 T0:24.8 /0.0 @:0 B@:0 P:0.0 A:27.8")
    assert reply.kind is ReplyKind.OK and reply.line_no is None
    assert reply.temperatures["T0"] == Temperature(24.8, 0.0)
    assert reply.temperatures["B"] == Temperature(24.3, 0.0)


def test_advanced_ok_fields() -> None:
    reply = parse_reply("ok N4021 P15 B3")
    assert (reply.line_no, reply.planner_free, reply.buffer_free) == (4021, 15, 3)


@pytest.mark.parametrize(
    ("raw", "name", "flavor"),
    [
        (
            "FIRMWARE_NAME:Marlin 2.1.2.1 (Feb 20 2024 12:00:00) SOURCE_CODE_URL:github.com/MarlinFirmware/Marlin "
            "PROTOCOL_VERSION:1.0 MACHINE_TYPE:Ender-3 V2 EXTRUDER_COUNT:1 UUID:cede2a2f-41a2-4748-9b12-c55c62f367ff",
            "Marlin 2.1.2.1 (Feb 20 2024 12:00:00)",
            FirmwareFlavor.MARLIN,
        ),
        (
            "FIRMWARE_NAME:Prusa-Firmware 3.13.3 based on Marlin "
            "FIRMWARE_URL:https://github.com/prusa3d/Prusa-Firmware PROTOCOL_VERSION:1.0 MACHINE_TYPE:Prusa i3 MK3S "
            "EXTRUDER_COUNT:1 UUID:00000000-0000-0000-0000-000000000000",
            "Prusa-Firmware 3.13.3 based on Marlin",
            FirmwareFlavor.PRUSA,
        ),
        (
            "FIRMWARE_NAME:Repetier_1.0.3 COMPILED:Feb 13 2019 "
            "FIRMWARE_URL:https://github.com/repetier/Repetier-Firmware/ PROTOCOL_VERSION:1.0 MACHINE_TYPE:Mendel "
            "EXTRUDER_COUNT:1 REPETIER_PROTOCOL:3",
            "Repetier_1.0.3",
            FirmwareFlavor.REPETIER,
        ),
        ("FIRMWARE_VERSION:v0.12.0-85-gd785b396 FIRMWARE_NAME:Klipper", "Klipper", FirmwareFlavor.KLIPPER),
    ],
)
def test_firmware_lines(raw: str, name: str, flavor: FirmwareFlavor) -> None:
    reply = parse_reply(raw)
    assert reply.kind is ReplyKind.FIRMWARE
    caps = Capabilities().with_firmware(reply.firmware)
    assert caps.firmware_name == name
    assert caps.flavor is flavor


def test_capabilities_accumulate() -> None:
    caps = Capabilities()
    for raw in ("Cap:AUTOREPORT_TEMP:1", "Cap:EMERGENCY_PARSER:1", "Cap:SDCARD:0"):
        reply = parse_reply(raw)
        assert reply.capability is not None
        caps = caps.with_capability(*reply.capability)
    assert caps.has_autoreport_temp and caps.has_emergency_parser
    assert ("SDCARD", False) in caps.extra


@pytest.mark.parametrize("noise", ["\xff\xfe\x00ok", "o\x00k", "", "   ", "\x00\x00"])
def test_noise_never_parses_as_an_ok_or_resend(noise: str) -> None:
    assert parse_reply(noise).kind not in (ReplyKind.RESEND, ReplyKind.START)
