"""The Marlin host protocol, pure: framing, checksums, and parsing of firmware reply lines.

Nothing here touches a port or a clock; the session feeds reply lines in and writes the frames
this module builds. Reply lines quoted in the docstrings are real lines from Marlin, Prusa
firmware, Repetier and Klipper.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, replace

# A host command's text is read by the one G-code tokenizer, the same that the safety check uses
# (re-exported: the session and the sender read commands through here).
from printers.gcode.parse import command_code as command_code
from printers.gcode.parse import strip_comment as strip_comment

# Commands that may legitimately keep the printer from answering for a long time (homing, probing,
# dwelling, waiting for moves, filament change, heat-up): timeouts must not treat them as a dead link.
LONG_RUNNING_CODES = frozenset({"G4", "G28", "G29", "G30", "G32", "M400", "M226", "M600", "M0", "M1", "M109", "M190",
                                "M191", "M116", "M303"})
# Waiting for a person (filament change, `M0` pause): a quiet printer here is not a dead one
# (OctoPrint #4737, OctoPi #382: "Too many consecutive timeouts" during M600).
USER_WAIT_CODES = frozenset({"M0", "M1", "M600", "M226"})


def checksum(payload: str) -> int:
    """XOR of every byte of `N<n> <cmd>`."""
    value = 0
    for byte in payload.encode("ascii", errors="replace"):
        value ^= byte
    return value


def frame(line_no: int, command: str) -> bytes:
    """`N<n> <cmd>*<cs>\\n`, e.g. `N0 M110 N0*125`."""
    payload = f"N{line_no} {command}"
    return f"{payload}*{checksum(payload)}\n".encode("ascii", errors="replace")


@dataclass(frozen=True)
class ParsedFrame:
    """A host line as the firmware sees it (used by the simulated printer)."""

    line_no: int | None
    command: str
    is_checksum_ok: bool
    has_checksum: bool


_FRAME = re.compile(r"^N(-?\d+)\s*(.*?)\*(\d+)\s*$")


def parse_frame(raw: str) -> ParsedFrame:
    """Split `N12 G1 X1*34` into number, command and checksum validity; bare lines pass through."""
    text = raw.strip()
    match = _FRAME.match(text)
    if match is None:
        if text.startswith("N") and "*" not in text:
            number = re.match(r"^N(-?\d+)\s*(.*)$", text)
            if number:
                return ParsedFrame(int(number.group(1)), number.group(2).strip(), False, False)
        return ParsedFrame(None, text, "*" not in text, "*" in text)
    star = text.rindex("*")
    is_ok = checksum(text[:star]) == int(match.group(3))
    return ParsedFrame(int(match.group(1)), match.group(2).strip(), is_ok, True)


class ReplyKind(enum.Enum):
    OK = "ok"
    RESEND = "resend"
    BUSY = "busy"
    WAIT = "wait"
    TEMPERATURE = "temperature"
    START = "start"
    FIRMWARE = "firmware"
    CAPABILITY = "capability"
    ERROR = "error"
    ACTION = "action"
    POSITION = "position"
    ECHO = "echo"
    UNKNOWN = "unknown"


class ErrorClass(enum.Enum):
    RESEND_FOLLOWS = "resend_follows"  # checksum / line number: a `Resend:` comes next
    SIMULATE_OK = "simulate_ok"  # `No Line Number with checksum`: treat as acknowledged, a resend follows
    IGNORABLE = "ignorable"  # unknown command, SD card trouble
    FATAL = "fatal"  # kill(), thermal runaway, MINTEMP/MAXTEMP: heaters off, stop


@dataclass(frozen=True)
class Temperature:
    actual_c: float
    target_c: float | None


@dataclass(frozen=True)
class Reply:
    kind: ReplyKind
    raw: str
    line_no: int | None = None  # OK: ADVANCED_OK `N`; RESEND: the requested line
    planner_free: int | None = None  # OK: ADVANCED_OK `P`
    buffer_free: int | None = None  # OK: ADVANCED_OK `B`
    temperatures: dict[str, Temperature] = field(default_factory=dict)  # "T0", "B", "C"…
    position: dict[str, float] = field(default_factory=dict)
    error_class: ErrorClass | None = None
    message: str = ""
    capability: tuple[str, bool] | None = None
    firmware: dict[str, str] = field(default_factory=dict)


_TEMP = re.compile(r"\b([TBCPLR]\d*|@\d*|W):\s*(-?\d+(?:\.\d+)?)\s*(?:/\s*(-?\d+(?:\.\d+)?))?")
_RESEND = re.compile(r"^(?:resend|rs)\s*:?\s*(?:N\s*:?\s*)?(\d+)", re.IGNORECASE)
_OK_FIELD = re.compile(r"\b([NPB])(\d+)\b")
_POSITION = re.compile(r"\b([XYZE]):\s*(-?\d+(?:\.\d+)?)")
_FIRMWARE_KEYS = ("FIRMWARE_NAME", "FIRMWARE_VERSION", "FIRMWARE_URL", "COMPILED", "REPETIER_PROTOCOL",
                  "SOURCE_CODE_URL", "PROTOCOL_VERSION", "MACHINE_TYPE", "EXTRUDER_COUNT", "UUID")

# Marlin splits kill messages over two lines; each half alone must already count as fatal.
_FATAL_MARKERS = (
    "kill() called",
    "printer halted",
    "thermal runaway",
    "heating failed",
    "maxtemp",
    "mintemp",
    "max temp",
    "min temp",
    "killed",
    "emergency stop",
    "restart with m999",
    "probing failed",
    "shutdown",
)
_RESEND_MARKERS = (
    "checksum",
    "line number",
    "expected line",
    "format error",
    "missing linenumber",
    "no line number",
    "last line",
)
_IGNORABLE_MARKERS = ("unknown command", "sd init fail", "volume.init failed", "openroot failed", "no sd card",
                      "cannot open subdir", "open failed")


def classify_error(message: str) -> ErrorClass:
    text = message.lower()
    if "no line number with checksum" in text or "missing linenumber" in text:
        return ErrorClass.SIMULATE_OK
    if any(marker in text for marker in _FATAL_MARKERS):
        return ErrorClass.FATAL
    if any(marker in text for marker in _RESEND_MARKERS):
        return ErrorClass.RESEND_FOLLOWS
    if any(marker in text for marker in _IGNORABLE_MARKERS):
        return ErrorClass.IGNORABLE
    return ErrorClass.FATAL


def parse_temperatures(text: str) -> dict[str, Temperature]:
    """`T:210.0 /210.0 B:60.0 /60.0 @:64 B@:127`, `T:21.30/ 0.00`, `T0:200.0 /200.0 T1:25.0 /0.0`."""
    temps: dict[str, Temperature] = {}
    for match in _TEMP.finditer(text):
        name = match.group(1)
        if name.startswith("@") or name == "W":
            continue
        target = float(match.group(3)) if match.group(3) is not None else None
        temps[name] = Temperature(float(match.group(2)), target)
    if "T" in temps and "T0" not in temps:
        temps["T0"] = temps["T"]
    temps.pop("T", None)
    return temps


def parse_reply(raw_line: str) -> Reply:
    """One reply line from the printer, leniently: firmwares differ in spacing and case."""
    line = raw_line.strip().replace("\x00", "")
    lower = line.lower()
    if lower.startswith("ok"):
        rest = line[2:]
        fields = {key: int(value) for key, value in _OK_FIELD.findall(rest)}
        temps = parse_temperatures(rest) if ":" in rest else {}
        return Reply(
            ReplyKind.OK,
            line,
            line_no=fields.get("N"),
            planner_free=fields.get("P"),
            buffer_free=fields.get("B"),
            temperatures=temps,
        )
    resend = _RESEND.match(line)
    if resend is not None:
        return Reply(ReplyKind.RESEND, line, line_no=int(resend.group(1)))
    if lower in ("start", "start\r"):
        return Reply(ReplyKind.START, line)
    if lower == "wait":
        return Reply(ReplyKind.WAIT, line)
    body = line
    for prefix in ("echo:", "//"):
        if lower.startswith(prefix) and not lower.startswith("//action:"):
            body = line[len(prefix):].strip()
            break
    body_lower = body.lower()
    if body_lower.startswith("busy"):
        return Reply(ReplyKind.BUSY, line, message=body[4:].lstrip(": ").strip())
    if lower.startswith("//action:"):
        return Reply(ReplyKind.ACTION, line, message=line[len("//action:"):].strip())
    if lower.startswith("error:") or lower.startswith("!!") or lower.startswith("fatal:"):
        message = line.split(":", 1)[1].strip() if ":" in line[:7] else line.lstrip("!").strip()
        if lower.startswith("fatal:"):
            return Reply(ReplyKind.ERROR, line, error_class=ErrorClass.FATAL, message=message)
        return Reply(ReplyKind.ERROR, line, error_class=classify_error(message), message=message)
    if lower.startswith("cap:"):
        parts = line[4:].rsplit(":", 1)
        if len(parts) == 2 and parts[1].strip() in ("0", "1"):
            return Reply(ReplyKind.CAPABILITY, line, capability=(parts[0].strip().upper(), parts[1].strip() == "1"))
        return Reply(ReplyKind.UNKNOWN, line)
    if "FIRMWARE_NAME:" in line:
        return Reply(ReplyKind.FIRMWARE, line, firmware=_parse_firmware(line))
    if _is_temperature_line(line):
        return Reply(ReplyKind.TEMPERATURE, line, temperatures=parse_temperatures(line))
    if "Count" in line and _POSITION.search(line):
        # M114: `X:10.00 Y:20.00 Z:0.30 E:1.20 Count X:800 Y:1600 Z:120`: the part before `Count` is the position.
        head = line.split("Count", 1)[0]
        return Reply(ReplyKind.POSITION, line, position={k: float(v) for k, v in _POSITION.findall(head)})
    if lower.startswith("echo:") or lower.startswith("//"):
        return Reply(ReplyKind.ECHO, line, message=body)
    return Reply(ReplyKind.UNKNOWN, line)


def _is_temperature_line(line: str) -> bool:
    stripped = line.lstrip()
    return (stripped.startswith(("T:", "T0:", "B:")) or " T:" in line) and bool(_TEMP.search(line))


_FIRMWARE_FIELD = re.compile(r"([A-Z_]+):")


def _parse_firmware(line: str) -> dict[str, str]:
    """The fields of an M115 reply, e.g.
    `FIRMWARE_NAME:Marlin 2.1.2.1 (Feb 20 2024) SOURCE_CODE_URL:github.com/MarlinFirmware/Marlin PROTOCOL_VERSION:1.0`.
    """
    fields: dict[str, str] = {}
    positions = [(m.start(), m.group(1)) for m in _FIRMWARE_FIELD.finditer(line) if m.group(1) in _FIRMWARE_KEYS]
    for index, (start, key) in enumerate(positions):
        end = positions[index + 1][0] if index + 1 < len(positions) else len(line)
        fields[key] = line[start + len(key) + 1 : end].strip()
    return fields


class FirmwareFlavor(enum.Enum):
    MARLIN = "marlin"
    PRUSA = "prusa"
    REPETIER = "repetier"
    KLIPPER = "klipper"
    OTHER = "other"


def firmware_flavor(name: str) -> FirmwareFlavor:
    lower = name.lower()
    if "prusa" in lower:
        return FirmwareFlavor.PRUSA
    if "marlin" in lower:
        return FirmwareFlavor.MARLIN
    if "repetier" in lower:
        return FirmwareFlavor.REPETIER
    if "klipper" in lower:
        return FirmwareFlavor.KLIPPER
    return FirmwareFlavor.OTHER


@dataclass(frozen=True)
class Capabilities:
    """What `M115` told us; defaults are what every Marlin since 1.1 does."""

    firmware_name: str = ""
    flavor: FirmwareFlavor = FirmwareFlavor.OTHER
    has_autoreport_temp: bool = False
    has_emergency_parser: bool = False
    has_advanced_ok: bool = False
    has_host_action_commands: bool = False
    extra: tuple[tuple[str, bool], ...] = ()

    def with_capability(self, name: str, is_on: bool) -> Capabilities:
        if name == "AUTOREPORT_TEMP":
            return replace(self, has_autoreport_temp=is_on)
        if name == "EMERGENCY_PARSER":
            return replace(self, has_emergency_parser=is_on)
        if name == "ADVANCED_OK":
            return replace(self, has_advanced_ok=is_on)
        if name in ("HOST_ACTION_COMMANDS", "PROMPT_SUPPORT"):
            return replace(self, has_host_action_commands=self.has_host_action_commands or is_on)
        return replace(self, extra=(*self.extra, (name, is_on)))

    def with_firmware(self, fields: dict[str, str]) -> Capabilities:
        name = fields.get("FIRMWARE_NAME", "")
        return replace(self, firmware_name=name, flavor=firmware_flavor(name))
