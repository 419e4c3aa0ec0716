"""`heliofab print`, `heliofab sim-printer` and `heliofab printers ports`."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag, command_group, format_table

if TYPE_CHECKING:
    from app.printing.runner import ActivePrint
    from printers.session import JobProgress



def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("print", help="stream a G-code file to a printer on a serial port, headless")
    parser.add_argument("file", nargs="?", type=Path, help="the G-code file (checked for safety before anything is sent)")
    parser.add_argument(
        "--port", help="serial port, e.g. COM3 or /dev/ttyUSB0 (see `heliofab printers ports`), or sim:// for the simulated printer"
    )
    parser.add_argument("--baud", default="auto", help="baud rate, or 'auto' to try the common ones (default)")
    parser.add_argument("--printer", metavar="PROFILE", help="printer profile for the safety check and the park position")
    parser.add_argument("--job", type=int, metavar="JOB_ID", help="print a job from the queue (see `heliofab queue list`)")
    parser.add_argument("--resume", type=int, metavar="JOB_ID", help="resume an interrupted job from its last confirmed line")
    parser.add_argument("--list", action="store_true", help="list interrupted jobs that can be resumed")
    add_json_flag(parser)
    parser.set_defaults(func=print_command)

    sim = subparsers.add_parser(
        "sim-printer", help="run a simulated Marlin printer on a pseudo-terminal (POSIX; --port sim:// works everywhere)"
    )
    sim.add_argument("--link", type=Path, metavar="PATH", help="make PATH a symlink to the port (removed on exit)")
    sim.add_argument("--faults", default="", metavar="SPEC", help="e.g. corrupt=0.003,lost_ok=0.002,reset@1200")
    sim.add_argument("--log", type=Path, metavar="FILE", help="append every executed command to FILE")
    sim.add_argument("--speed", type=float, default=1.0, metavar="FACTOR", help="simulated time scale: 1 real time, 0 instant")
    sim.add_argument("--baud", type=int, default=0, metavar="N", help="only answer a host at N baud (to try auto-detection)")
    sim.add_argument("--wire-baud", type=int, default=0, metavar="N", help="pace the pty like a serial wire at N baud")
    sim.add_argument("--no-advanced-ok", action="store_true", help="plain `ok` replies: the host keeps one line in flight")
    sim.add_argument("--seed", type=int, default=0, help="seed for the fault generator")
    add_json_flag(sim)
    sim.set_defaults(func=sim_printer_command)

    printers = command_group(subparsers, "printers", "printers and their profiles")
    ports = printers.add_parser("ports", help="list serial ports, with what is plugged into each")
    add_json_flag(ports)
    ports.set_defaults(func=ports_command)


def ports_command(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from printers.ports import list_serial_ports

    ports = list_serial_ports()
    data = [p.to_json() for p in ports]
    if not ports:
        return CommandResult(data, "No serial ports found: plug the printer in, or try the simulated printer with --port sim://.")
    rows = [[p.device, p.friendly_name, p.vid_pid or "-", "yes" if p.is_likely_printer else ""] for p in ports]
    return CommandResult(data, format_table(["port", "device", "usb id", "printer?"], rows))


def _baud(text: str) -> int | None:
    if text == "auto":
        return None
    try:
        value = int(text)
    except ValueError as exc:
        raise CliError(f"--baud {text} is not a number: give e.g. 115200 or 'auto'.") from exc
    if value <= 0:
        raise CliError(f"--baud {text} is not a baud rate: give e.g. 115200 or 'auto'.")
    return value


def print_command(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.printing.jobs import (
        JobAlreadyClaimedError,
        JobFileChangedError,
        JobNotFoundError,
        JobNotResumableError,
        list_jobs,
    )
    from app.printing.runner import (
        JobNotStartableError,
        PrinterUnknownError,
        PrintRefusedError,
        check_file,
        resume_print,
        start_print,
        store_checked_job,
    )
    from db.models import JobState
    from printers.gcode import GcodeReadError
    from printers.profiles import ProfileError, UnknownProfileError
    from printers.session import ConnectError, SessionCallbacks, SessionError
    from printers.transport import PortError

    services = ctx.services()
    if args.list:
        jobs = list_jobs(services.session_factory, states=[JobState.INTERRUPTED])
        rows = [[j.id, j.name, f"{j.last_acked_line}/{j.total_lines}", j.port, j.error] for j in jobs]
        text = format_table(["job", "name", "line", "port", "why"], rows) if jobs else "No interrupted jobs."
        return CommandResult([j.to_json() for j in jobs], text)
    if not args.port:
        raise CliError("Say which port the printer is on with --port (see `heliofab printers ports`).", exit_code=2)
    if args.resume is None and args.file is None and args.job is None:
        raise CliError("Give the G-code file to print, --job JOB_ID from the queue, or --resume JOB_ID.", exit_code=2)
    baud = _baud(args.baud)
    printer = None
    try:
        if args.printer:
            printer = services.profiles.printer(args.printer)
    except (UnknownProfileError, ProfileError) as exc:
        raise CliError(str(exc)) from exc

    progress_line = _ProgressLine(is_enabled=not args.json)
    callbacks = SessionCallbacks(on_progress=progress_line.update)
    try:
        if args.resume is not None:
            active = resume_print(
                services.session_factory, services.blobs, job_id=args.resume, port=args.port, baud=baud,
                callbacks=callbacks, printer=printer,
            )
        else:
            if args.job is not None:
                job_id = args.job
            else:
                checked = check_file(args.file, printer)
                job_id = store_checked_job(services.session_factory, services.blobs, checked)
            active = start_print(
                services.session_factory, services.blobs, job_id=job_id, port=args.port, baud=baud,
                callbacks=callbacks, printer=printer,
            )
    except PrintRefusedError as exc:
        raise CliError(str(exc), data={"safety": exc.report.to_json()}) from exc
    except (GcodeReadError, PortError, ConnectError, JobNotFoundError, JobNotResumableError, JobNotStartableError,
            JobAlreadyClaimedError, JobFileChangedError, PrinterUnknownError, SessionError) as exc:
        raise CliError(str(exc)) from exc
    if active.target is not None and active.target.notice and not args.json:
        print(active.target.notice, file=sys.stderr)
    return _follow(active, progress_line)


def _follow(active: ActivePrint, progress_line: _ProgressLine) -> CommandResult:
    from printers.session import JobOutcome, SessionError

    session = active.session
    try:
        result = session.wait_until_finished()
        while result is None:
            result = session.wait_until_finished(1.0)
    except KeyboardInterrupt:
        # Ctrl-C: stop safely (lines already sent finish, then heaters off), record, leave.
        try:
            session.cancel()
            session.wait_until_finished(20.0)
        except SessionError:
            pass  # already stopped on its own
        session.close()
        progress_line.finish()
        raise
    session.close()
    progress_line.finish()
    p = result.progress
    data = {
        "job_id": active.job_id,
        "outcome": result.outcome.value,
        "message": result.message,
        "last_acked_line": p.confirmed_index + 1,
        "total_lines": p.total_lines,
        "elapsed_s": round(p.elapsed_s, 2),
        "resumed_from_line": active.plan.start_index if active.plan else None,
        "link": session.stats,
    }
    if result.outcome is JobOutcome.DONE:
        return CommandResult(data, f"Job {active.job_id} done: the printer confirmed all {p.total_lines} lines in {p.elapsed_s:.1f} s.")
    hint = f" Resume with `heliofab print --resume {active.job_id} --port PORT`." if result.outcome is JobOutcome.INTERRUPTED else ""
    raise CliError(f"Job {active.job_id} {result.outcome.value} at line {p.confirmed_index + 1}: {result.message}{hint}", data=data)


class _ProgressLine:
    """One line on stderr, rewritten in place: line, percent, elapsed, time left."""

    def __init__(self, *, is_enabled: bool) -> None:
        self._is_enabled = is_enabled and sys.stderr.isatty()
        self._is_plain = is_enabled and not sys.stderr.isatty()
        self._last_plain_s = 0.0

    def update(self, p: JobProgress) -> None:
        left = f", {p.remaining_s / 60:.0f} min left" if p.remaining_s is not None else ""
        text = f"line {p.confirmed_index + 1}/{p.total_lines}  {p.fraction * 100:5.1f}%  {p.elapsed_s:6.0f} s{left}"
        if self._is_enabled:
            sys.stderr.write("\r" + text.ljust(70))
            sys.stderr.flush()
        elif self._is_plain and time.monotonic() - self._last_plain_s >= 10.0:
            self._last_plain_s = time.monotonic()
            sys.stderr.write(text + "\n")

    def finish(self) -> None:
        if self._is_enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


def sim_printer_command(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from printers.sim.faults import FaultSpec, FaultSpecError
    from printers.sim.firmware import SimConfig
    from printers.sim.printer import SimulatedPrinter, SimulatedPrinterError, require_pty

    try:
        require_pty()
    except SimulatedPrinterError as exc:
        raise CliError(str(exc)) from exc
    try:
        faults = FaultSpec.parse(args.faults)
    except FaultSpecError as exc:
        raise CliError(str(exc), exit_code=2) from exc
    if args.speed < 0:
        raise CliError("--speed must be 0 (instant) or more (1 = real time).", exit_code=2)
    config = SimConfig(
        speed=args.speed, baud=args.wire_baud or None, port_baud=args.baud or None, is_advanced_ok=not args.no_advanced_ok
    )
    simulator = SimulatedPrinter(config, faults=faults, seed=args.seed, link_path=args.link, log_path=args.log)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        try:
            port = simulator.start()
        except (SimulatedPrinterError, OSError) as exc:
            raise CliError(str(exc)) from exc
        announce = f"Simulated printer on {port}" + (f" ({simulator.device_path})" if args.link else "")
        print(announce + ": connect to it like a USB printer. Ctrl-C to stop.", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        simulator.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    executed = len(simulator.executed())
    data = {"executed": executed, "faults": simulator.fault_counts()}
    return CommandResult(data, f"Simulated printer stopped after {executed} commands.")
