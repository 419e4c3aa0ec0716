"""A Marlin 2.x firmware model: line checks, command buffer, planner, heaters, replies, faults.

It follows Marlin's `GCodeQueue` where it matters to a host: a bad line is answered with
`Error:…`, `Resend: <last+1>` and `ok`, and the receive buffer is flushed
(`gcode_line_error`); a good line is only accepted as `last_N + 1`; `ok N<n> P<planner free>
B<buffer free>` (ADVANCED_OK) goes out once a command has been processed. No I/O here: the
pseudo-terminal layer feeds lines in and carries the replies out.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import NamedTuple

from printers.machine_state import command_words
from printers.protocol import command_code, parse_frame
from printers.sim.faults import FaultInjector, FaultKind, FaultSpec

BLOCKING_CODES = frozenset({"G4", "G28", "G29", "M400", "M109", "M190"})


@dataclass(frozen=True)
class SimConfig:
    speed: float = 0.0  # how many times faster than real time: 1 real time, 10 ten times faster, 0 instant
    baud: int | None = None  # model the wire: 10 bits a byte each way; None = as fast as the pty
    port_baud: int | None = None  # the rate the firmware talks at; a host at another rate reads noise
    is_advanced_ok: bool = True
    buffer_size: int = 4  # Marlin BUFSIZE
    planner_size: int = 16  # Marlin BLOCK_BUFFER_SIZE
    has_autoreport_temp: bool = True
    has_emergency_parser: bool = True
    keepalive_s: float = 2.0  # HOST_KEEPALIVE_FEATURE interval (M113)
    wait_after_s: float = 1.0  # NO_TIMEOUTS: `wait` after this long idle with an empty buffer
    firmware_name: str = "Marlin 2.1.2.1 (Heliofab simulator)"
    hotend_heat_c_s: float = 3.0
    bed_heat_c_s: float = 1.0
    cool_c_s: float = 0.5
    ambient_c: float = 22.0
    max_hotend_c: float = 275.0
    max_bed_c: float = 120.0
    # Power drawn from the supply (an Ender-class 24 V board), for a simulated battery to feel the print.
    electronics_w: float = 8.0
    motors_w: float = 20.0  # while the planner has moves
    fan_w: float = 2.0
    hotend_heater_w: float = 40.0  # flat out while heating
    bed_heater_w: float = 180.0
    hotend_hold_w_per_c: float = 0.12  # holding a temperature: losses grow with the rise above ambient
    bed_hold_w_per_c: float = 0.9

    @property
    def real_s_per_sim_s(self) -> float:
        """Real seconds one simulated second takes: the one place `speed` (times faster) becomes time."""
        return 0.0 if self.speed <= 0 else 1.0 / self.speed


class ExecutedCommand(NamedTuple):
    line_no: int | None
    command: str


@dataclass
class _Queued:
    line_no: int | None
    command: str


@dataclass
class _Heater:
    actual_c: float
    target_c: float = 0.0

    def step(self, dt_s: float, heat_c_s: float, cool_c_s: float, ambient_c: float) -> None:
        goal = self.target_c if self.target_c > 0 else ambient_c
        if math.isinf(dt_s):
            self.actual_c = goal
            return
        if self.actual_c < goal:
            self.actual_c = min(goal, self.actual_c + heat_c_s * dt_s)
        else:
            self.actual_c = max(goal, self.actual_c - cool_c_s * dt_s)

    def is_at_target(self) -> bool:
        return self.target_c <= 0 or abs(self.actual_c - self.target_c) <= 1.0


@dataclass
class FirmwareFlags:
    drain_input: bool = False
    disconnect: bool = False


@dataclass
class SimFirmware:
    config: SimConfig
    faults: FaultInjector = field(default_factory=lambda: FaultInjector(FaultSpec()))
    now_s: float = 0.0

    def __post_init__(self) -> None:
        self.executed: list[ExecutedCommand] = []
        self.outbox: list[bytes] = []
        self.flags = FirmwareFlags()
        self._hotend = _Heater(self.config.ambient_c)
        self._bed = _Heater(self.config.ambient_c)
        self._reset_state()
        self._last_temp_step_s = self.now_s
        self._next_autoreport_s = math.inf
        self.is_halted = False

    def _reset_state(self) -> None:
        self.last_n = 0
        self._ring: deque[_Queued] = deque()
        self._planner_ends_s: deque[float] = deque()
        self._busy_until_s = 0.0  # the command at the head of the ring blocks until then
        self._is_waiting_heat = False
        self._is_heat_wait_broken = False
        self._is_waiting_user = False
        self._is_user_answered = False
        self._is_block_started = False
        self._next_heat_report_s = 0.0
        self._last_input_s = self.now_s
        self._next_wait_s = self.now_s + self.config.wait_after_s
        self._next_keepalive_s = math.inf
        self.position = {"X": 0.0, "Y": 0.0, "Z": 0.0, "E": 0.0}
        self.feed_mm_min = 1500.0
        self.is_relative = False
        self.is_relative_e = False
        self.fan_pwm = 0
        self._autoreport_interval_s = 0.0
        self._next_autoreport_s = math.inf
        self._hotend.target_c = 0.0
        self._bed.target_c = 0.0

    # -- input ---------------------------------------------------------------------------

    @property
    def can_accept(self) -> bool:
        return len(self._ring) < self.config.buffer_size and not self.is_halted

    def on_line(self, raw: bytes, now_s: float) -> None:
        """A line arrived whole (Marlin reads up to the newline)."""
        self.now_s = now_s
        if self.is_halted:
            return
        self._last_input_s = now_s
        self._next_wait_s = now_s + self.config.wait_after_s
        if self.faults.roll(FaultKind.SPURIOUS_RESEND):
            self._line_error("checksum mismatch")
            return
        if raw.lstrip().startswith(b"N") and self.faults.roll(FaultKind.DROP_LINE):
            return
        if raw.lstrip().startswith(b"N") and self.faults.roll(FaultKind.CORRUPT):
            raw = self.faults.garble(raw)
        text = raw.decode("ascii", errors="replace").strip()
        if not text:
            return
        parsed = parse_frame(text)
        if parsed.line_no is not None:
            if not parsed.has_checksum:
                self._line_error("No Checksum with line number")
                return
            if not parsed.is_checksum_ok:
                self._line_error("checksum mismatch")
                return
            code = command_code(parsed.command)
            if code == "M110":
                words = command_words(parsed.command)
                self.last_n = int(words.get("N", parsed.line_no))
            elif parsed.line_no != self.last_n + 1:
                self._line_error("Line Number is not Last Line Number+1")
                return
            else:
                self.last_n = parsed.line_no
            self._ring.append(_Queued(parsed.line_no, parsed.command))
            return
        if parsed.has_checksum:
            self._line_error("No Line Number with checksum")
            return
        self._ring.append(_Queued(None, parsed.command))

    def on_bytes_arrived(self, raw: bytes) -> None:
        """Marlin's EMERGENCY_PARSER: M112 and M108 act as the bytes arrive, ahead of a full buffer."""
        if not self.config.has_emergency_parser or self.is_halted:
            return
        text = raw.decode("ascii", errors="replace").strip()
        command = parse_frame(text).command if text.startswith("N") else text
        code = command_code(command)
        if code == "M112":
            self._kill("Printer halted. kill() called!")
        elif code == "M108":
            self._is_heat_wait_broken = self._is_waiting_heat
            self._is_user_answered = self._is_waiting_user
        elif code == "M876":
            self._is_user_answered = self._is_waiting_user

    def _line_error(self, what: str) -> None:
        # Marlin: SERIAL_ERROR_START, message, last_N; flush RX; "Resend: last_N+1"; "ok".
        self._say(f"Error:{what}, Last Line: {self.last_n}")
        self._say(f"Resend: {self.last_n + 1}")
        self._say("ok")
        self.flags.drain_input = True

    def _say(self, line: str) -> None:
        self.outbox.append(line.encode("ascii") + b"\n")

    def _kill(self, message: str) -> None:
        self._hotend.target_c = 0.0
        self._bed.target_c = 0.0
        self._say(f"Error:{message}")
        self._say("echo:Printer halted. kill() called!" if "kill()" not in message
                  else "echo:Halted: restart the printer")
        self._ring.clear()
        self._planner_ends_s.clear()
        self.is_halted = True

    # -- time ----------------------------------------------------------------------------

    def _sim_s(self, seconds: float) -> float:
        """Real seconds a simulated duration takes at the configured speed."""
        return seconds * self.config.real_s_per_sim_s

    def next_event_s(self) -> float:
        if self.is_halted:
            return self.now_s + 0.5
        events = [self._next_autoreport_s, self._next_keepalive_s]
        if not self._ring:
            events.append(self._next_wait_s)
        else:
            if self._busy_until_s > self.now_s:
                events.append(self._busy_until_s)
            if self._planner_full():
                events.append(self._planner_ends_s[0])
        if self.config.speed > 0 and not (self._hotend.is_at_target() and self._bed.is_at_target()):
            events.append(self.now_s + 0.2)
        return min(events)

    def _planner_full(self) -> bool:
        return len(self._planner_ends_s) >= self.config.planner_size

    def poll(self, now_s: float) -> None:
        self.now_s = now_s
        self._step_temperatures()
        while self._planner_ends_s and self._planner_ends_s[0] <= now_s:
            self._planner_ends_s.popleft()
        if self.is_halted:
            return
        self._process_ring()
        if now_s >= self._next_autoreport_s:
            self._say(self._temperature_report())
            self._next_autoreport_s = now_s + self._autoreport_interval_s
        if self._ring and now_s >= self._next_keepalive_s:
            self._say("echo:busy: processing")
            self._next_keepalive_s = now_s + self.config.keepalive_s
        if self._ring:
            self._next_wait_s = now_s + self.config.wait_after_s
        elif now_s >= self._next_wait_s:
            self._say("wait")
            self._next_wait_s = now_s + self.config.wait_after_s

    def _step_temperatures(self) -> None:
        elapsed = self.now_s - self._last_temp_step_s
        self._last_temp_step_s = self.now_s
        dt_s = math.inf if self.config.speed <= 0 else elapsed / self.config.real_s_per_sim_s
        self._hotend.step(dt_s, self.config.hotend_heat_c_s, self.config.cool_c_s, self.config.ambient_c)
        self._bed.step(dt_s, self.config.bed_heat_c_s, self.config.cool_c_s, self.config.ambient_c)

    def _process_ring(self) -> None:
        while self._ring and not self.is_halted:
            if self.now_s < self._busy_until_s:
                return
            head = self._ring[0]
            if not self._run(head):
                if self._next_keepalive_s == math.inf:
                    self._next_keepalive_s = self.now_s + self.config.keepalive_s
                return
            self._ring.popleft()
            self._next_keepalive_s = math.inf
            self._finish(head)

    def _finish(self, item: _Queued) -> None:
        self.executed.append(ExecutedCommand(item.line_no, item.command))
        code = command_code(item.command)
        if code != "M105" and not self.is_halted:
            self._ok(item)
        scheduled = self.faults.scheduled(len(self.executed))
        for kind in [scheduled] if scheduled else []:
            self._inject(kind)
        if self.faults.roll(FaultKind.BUSY_STORM):
            for _ in range(self.faults.burst_length()):
                self._say("echo:busy: processing")
        for kind in (FaultKind.RESET, FaultKind.DISCONNECT, FaultKind.THERMAL):
            if self.faults.roll(kind):
                self._inject(kind)

    def _inject(self, kind: FaultKind) -> None:
        if kind is FaultKind.RESET:
            self.reset()
        elif kind is FaultKind.DISCONNECT:
            self.flags.disconnect = True
        elif kind is FaultKind.THERMAL:
            self._say("Error:Thermal Runaway, system stopped! Heater_ID: 0")
            self._kill("Printer halted. kill() called!")
        elif kind is FaultKind.BUSY_STORM:
            for _ in range(self.faults.burst_length()):
                self._say("echo:busy: processing")

    def _ok(self, item: _Queued) -> None:
        if self.faults.roll(FaultKind.LOST_OK):
            return
        if self.config.is_advanced_ok:
            number = f" N{item.line_no}" if item.line_no is not None else ""
            planner_free = self.config.planner_size - len(self._planner_ends_s)
            buffer_free = max(0, self.config.buffer_size - len(self._ring) - 1)
            line = f"ok{number} P{planner_free} B{buffer_free}"
        else:
            line = "ok"
        data = line.encode("ascii") + b"\n"
        if self.faults.roll(FaultKind.GARBLE_REPLY):
            data = self.faults.garble(data)
        self.outbox.append(data)

    def reset(self) -> None:
        """The board restarts: buffers, line number, targets and position are lost."""
        self.is_halted = False
        self._reset_state()
        self._say("start")
        self._say(f"echo:{self.config.firmware_name}")
        self._say("echo: Last Updated: 2024-02-20 | Author: (Heliofab)")

    # -- commands ------------------------------------------------------------------------

    def _run(self, item: _Queued) -> bool:
        """Carry out the command at the head of the ring; False while it is still blocking."""
        command = item.command
        code = command_code(command)
        words = command_words(command)
        if code in ("G0", "G1", "G2", "G3"):
            if self._planner_full():
                return False
            self._move(words)
            return True
        if code in BLOCKING_CODES:
            return self._blocking(code, words)
        if code in ("M0", "M1", "M600"):
            return self._wait_for_user(code)
        if code == "M104":
            self._hotend.target_c = min(words.get("S", 0.0), self.config.max_hotend_c)
        elif code == "M140":
            self._bed.target_c = min(words.get("S", 0.0), self.config.max_bed_c)
        elif code == "M105":
            self._say("ok " + self._temperature_report())
        elif code == "M155":
            interval = words.get("S", 0.0)
            self._autoreport_interval_s = interval
            self._next_autoreport_s = self.now_s + interval if interval > 0 else math.inf
        elif code == "M115":
            self._firmware_info()
        elif code == "M114":
            self._say(
                f"X:{self.position['X']:.2f} Y:{self.position['Y']:.2f} Z:{self.position['Z']:.2f} "
                f"E:{self.position['E']:.2f} Count X:0 Y:0 Z:0"
            )
        elif code == "M106":
            self.fan_pwm = int(words.get("S", 255))
        elif code == "M107":
            self.fan_pwm = 0
        elif code == "G90":
            self.is_relative = self.is_relative_e = False
        elif code == "G91":
            self.is_relative = self.is_relative_e = True
        elif code == "M82":
            self.is_relative_e = False
        elif code == "M83":
            self.is_relative_e = True
        elif code == "G92":
            for axis in "XYZE":
                if axis in words:
                    self.position[axis] = words[axis]
        elif code == "M112":
            self._kill("Printer halted. kill() called!")
        elif code in ("M110", "M113", "M84", "M18", "M117", "M73", "M201", "M203", "M204", "M205", "M220", "M221",
                      "M900", "M108", "M876", "T0", "M17"):
            pass
        else:
            self._say(f'echo:Unknown command: "{command}"')
        return True

    def _move(self, words: dict[str, float]) -> None:
        start = dict(self.position)
        for axis in "XYZE":
            if axis in words:
                is_rel = self.is_relative_e if axis == "E" else self.is_relative
                self.position[axis] = self.position[axis] + words[axis] if is_rel else words[axis]
        self.feed_mm_min = words.get("F", self.feed_mm_min)
        distance = math.dist([start[a] for a in "XYZ"],
                             [self.position[a] for a in "XYZ"]) or abs(self.position["E"] - start["E"])
        duration_s = distance / max(self.feed_mm_min / 60.0, 0.1)
        begin = self._planner_ends_s[-1] if self._planner_ends_s else self.now_s
        self._planner_ends_s.append(max(begin, self.now_s) + self._sim_s(duration_s))

    def _blocking(self, code: str, words: dict[str, float]) -> bool:
        if self._planner_ends_s:
            return False  # planner.synchronize()
        if code in ("M109", "M190"):
            heater = self._hotend if code == "M109" else self._bed
            if not self._is_waiting_heat:
                limit = self.config.max_hotend_c if code == "M109" else self.config.max_bed_c
                heater.target_c = min(words.get("S", words.get("R", heater.target_c)), limit)
                self._is_waiting_heat = True
                self._step_temperatures()
            if self._is_heat_wait_broken:
                self._is_waiting_heat = self._is_heat_wait_broken = False
                return True
            if not heater.is_at_target() and self._is_waiting_heat:
                # Marlin prints `T:… /… B:… /… @:…` about once a second while it waits, and no `ok`.
                if self.now_s >= self._next_heat_report_s:
                    self._say(self._temperature_report())
                    self._next_heat_report_s = self.now_s + 1.0
                self._busy_until_s = self.now_s + 0.2
                return False
            self._is_waiting_heat = False
            return True
        if self._busy_until_s > self.now_s:
            return False
        if not self._is_block_started:
            seconds = {"G28": 3.0, "G29": 20.0, "M400": 0.0}.get(
                code, words.get("P", 0.0) / 1000.0 + words.get("S", 0.0))
            self._busy_until_s = self.now_s + self._sim_s(seconds)
            self._is_block_started = True
            if self._busy_until_s > self.now_s:
                return False
        self._is_block_started = False
        if code == "G28":
            for axis in "XYZ":
                self.position[axis] = 0.0
        return True

    def _wait_for_user(self, code: str) -> bool:
        """M600 / M0 with HOST_PROMPT_SUPPORT: park, ask, keep saying `busy: paused for user`."""
        if self._planner_ends_s:
            return False
        if not self._is_waiting_user:
            self._is_waiting_user = True
            self._is_user_answered = False
            text = "Nozzle Parked" if code == "M600" else "Click to continue"
            for line in ("//action:paused", "//action:prompt_end", f"//action:prompt_begin {text}",
                         "//action:prompt_button Continue", "//action:prompt_show"):
                self._say(line)
            self._next_keepalive_s = self.now_s + self.config.keepalive_s
        if not self._is_user_answered:
            if self.now_s >= self._next_keepalive_s:
                self._say("echo:busy: paused for user")
                self._next_keepalive_s = self.now_s + self.config.keepalive_s
            return False
        self._is_waiting_user = self._is_user_answered = False
        self._say("//action:prompt_end")
        self._say("//action:resumed")
        return True

    def _temperature_report(self) -> str:
        h, b = self._hotend, self._bed
        return f"T:{h.actual_c:.2f} /{h.target_c:.2f} B:{b.actual_c:.2f} /{b.target_c:.2f} @:0 B@:0"

    def _firmware_info(self) -> None:
        self._say(
            f"FIRMWARE_NAME:{self.config.firmware_name} SOURCE_CODE_URL:github.com/MarlinFirmware/Marlin "
            "PROTOCOL_VERSION:1.0 MACHINE_TYPE:Heliofab Sim EXTRUDER_COUNT:1 UUID:cede2a2f-41a2-4748-9b12-c55c62f367ff"
        )
        caps = {
            "SERIAL_XON_XOFF": 0,
            "BINARY_FILE_TRANSFER": 0,
            "EEPROM": 1,
            "AUTOREPORT_TEMP": int(self.config.has_autoreport_temp),
            "PROGRESS": 0,
            "PRINT_JOB": 1,
            "AUTOLEVEL": 0,
            "Z_PROBE": 0,
            "LEVELING_DATA": 0,
            "BUILD_PERCENT": 1,
            "SOFTWARE_POWER": 0,
            "TOGGLE_LIGHTS": 0,
            "CASE_LIGHT_BRIGHTNESS": 0,
            "EMERGENCY_PARSER": int(self.config.has_emergency_parser),
            "HOST_ACTION_COMMANDS": 1,
            "PROMPT_SUPPORT": 0,
            "SDCARD": 0,
            "AUTOREPORT_SD_STATUS": 0,
            "THERMAL_PROTECTION": 1,
        }
        for name, value in caps.items():
            self._say(f"Cap:{name}:{value}")

    @property
    def temperatures(self) -> tuple[float, float]:
        return self._hotend.actual_c, self._bed.actual_c

    @property
    def targets(self) -> tuple[float, float]:
        return self._hotend.target_c, self._bed.target_c

    @property
    def power_w(self) -> float:
        """What the printer draws now: heaters flat out while heating, holding power at temperature,
        motors while moves are queued. A halted board has its heaters off."""
        c = self.config
        watts = c.electronics_w + (c.fan_w if self.fan_pwm else 0.0)
        if self._planner_ends_s and self._planner_ends_s[-1] > self.now_s:
            watts += c.motors_w
        if self.is_halted:
            return watts
        for heater, full_w, hold_w_per_c in (
            (self._hotend, c.hotend_heater_w, c.hotend_hold_w_per_c),
            (self._bed, c.bed_heater_w, c.bed_hold_w_per_c),
        ):
            if heater.target_c <= 0:
                continue
            if heater.actual_c < heater.target_c - 1.0:
                watts += full_w
            else:
                watts += min(full_w, hold_w_per_c * max(0.0, heater.target_c - c.ambient_c))
        return watts
