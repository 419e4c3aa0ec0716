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
from app.shutdown_signals import handling_signals, signal_name
from i18n import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.printer_profiles import ProfileStore
    from app.printing.runner import ActivePrint
    from catalog.blobstore import BlobStore
    from printers.profiles import PrinterProfile
    from printers.recovery import ResumePlan
    from printers.session import JobHold, JobProgress, JobResult, PrintSession, SessionCallbacks

# How often a print paused because its progress could not be saved checks whether it can be again.
RECORD_RETRY_S = 5.0


class ShutdownSignalError(Exception):
    """SIGTERM, SIGHUP or SIGBREAK arrived: leave the print interrupted (resumable), heaters off, then leave."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal_name(signum))
        self.signum = signum


class _ShutdownSignals:
    """Turns the first shutdown signal into ShutdownSignalError in the main thread; later ones (a
    second SIGTERM while the printer cools down) are noted and ignored, so the cleanup finishes."""

    def __init__(self) -> None:
        self.received: int | None = None

    def __call__(self, signum: int) -> None:
        if self.received is not None:
            return
        self.received = signum
        raise ShutdownSignalError(signum)



def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("print", help="stream a G-code file to a printer on a serial port, headless")
    parser.add_argument("file", nargs="?", type=Path,
                        help="the G-code file (checked for safety before anything is sent)")
    parser.add_argument(
        "--port",
        help="serial port, e.g. COM3 or /dev/ttyUSB0 (see `heliofab printers ports`), or sim:// for the simulated "
             "printer"
    )
    parser.add_argument("--baud", default="auto", help="baud rate, or 'auto' to try the common ones (default)")
    parser.add_argument("--printer", metavar="PROFILE",
                        help="printer profile for the safety check and the park position")
    parser.add_argument("--job", type=int, metavar="JOB_ID",
                        help="print a job from the queue (see `heliofab queue list`)")
    parser.add_argument("--resume", type=int, metavar="JOB_ID",
                        help="resume an interrupted job from its last confirmed line")
    parser.add_argument("--list", action="store_true", help="list interrupted jobs that can be resumed")
    parser.add_argument(
        "--yes-part-in-place", action="store_true",
        help="with --resume, for scripts: the part is still on the bed and the nozzle's way is clear, so a printer "
        "that restarted may home and resume without asking",
    )
    add_json_flag(parser)
    parser.set_defaults(func=print_command)

    sim = subparsers.add_parser(
        "sim-printer",
        help="run a simulated Marlin printer on a pseudo-terminal (POSIX; --port sim:// works everywhere)"
    )
    sim.add_argument("--link", type=Path, metavar="PATH", help="make PATH a symlink to the port (removed on exit)")
    sim.add_argument("--faults", default="", metavar="SPEC", help="e.g. corrupt=0.003,lost_ok=0.002,reset@1200")
    sim.add_argument("--log", type=Path, metavar="FILE", help="append every executed command to FILE")
    sim.add_argument("--speed", type=float, default=1.0, metavar="TIMES",
                     help="how many times faster than real time: 1 real time (default), 10 ten times faster, 0 instant")
    sim.add_argument("--baud", type=int, default=0, metavar="N",
                     help="only answer a host at N baud (to try auto-detection)")
    sim.add_argument("--wire-baud", type=int, default=0, metavar="N", help="pace the pty like a serial wire at N baud")
    sim.add_argument("--no-advanced-ok", action="store_true",
                     help="plain `ok` replies: the host keeps one line in flight")
    sim.add_argument("--seed", type=int, default=0, help="seed for the fault generator")
    add_json_flag(sim)
    sim.set_defaults(func=sim_printer_command)

    printers = command_group(subparsers, "printers", "printers and their profiles")
    ports = printers.add_parser("ports", help="list serial ports, with what is plugged into each")
    ports.add_argument("--all", action="store_true",
                       help="also list legacy serial ports with nothing behind them (/dev/ttyS0 reporting n/a)")
    add_json_flag(ports)
    ports.set_defaults(func=ports_command)


def ports_command(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from printers.ports import list_serial_ports

    ports = list_serial_ports(is_including_unattached=args.all)
    data = [p.to_json() for p in ports]
    if not ports:
        return CommandResult(data,
                             _("No serial ports found: plug the printer in (--all lists empty legacy ports too), or "
                               "try the simulated printer with --port sim://."))
    rows = [[p.device, p.shown_title(), p.vid_pid or "-", _("yes") if p.is_likely_printer else ""] for p in ports]
    return CommandResult(data, format_table([_("port"), _("device"), _("usb id"), _("printer?")], rows))


def _baud(text: str) -> int | None:
    if text == "auto":
        return None
    try:
        value = int(text)
    except ValueError as exc:
        raise CliError(_("--baud {text} is not a number: give e.g. 115200 or 'auto'.").format(text=text)) from exc
    if value <= 0:
        raise CliError(_("--baud {text} is not a baud rate: give e.g. 115200 or 'auto'.").format(text=text))
    return value


def print_command(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.printing.jobs import (
        JobAlreadyClaimedError,
        JobFileChangedError,
        JobNotFoundError,
        JobNotResumableError,
        list_jobs,
    )
    from app.printing.runner import JobNotStartableError, PrinterUnknownError, PrintRefusedError
    from db.models import JobState
    from printers.gcode import GcodeReadError
    from printers.profiles import ProfileError, UnknownProfileError
    from printers.recovery import ResumeDeclinedError
    from printers.session import ConnectError, SessionCallbacks, SessionError
    from printers.transport import PortError

    # The database, stored files and profiles alone: printing needs no catalogue or energy service.
    factory, blobs, profiles = ctx.session_factory(), ctx.blobs(), ctx.profiles()
    if args.list:
        jobs = list_jobs(factory, states=[JobState.INTERRUPTED])
        rows = [[j.id, j.name, f"{j.last_acked_line}/{j.total_lines}", j.port, j.error] for j in jobs]
        text = format_table(["job", "name", "line", "port", "why"], rows) if jobs else "No interrupted jobs."
        return CommandResult([j.to_json() for j in jobs], text)
    if not args.port:
        raise CliError(_("Say which port the printer is on with --port (see `heliofab printers ports`)."), exit_code=2)
    if args.resume is None and args.file is None and args.job is None:
        raise CliError(_("Give the G-code file to print, --job JOB_ID from the queue, or --resume JOB_ID."),
                       exit_code=2)
    baud = _baud(args.baud)
    printer = None
    try:
        if args.printer:
            printer = profiles.printer(args.printer)
    except (UnknownProfileError, ProfileError) as exc:
        raise CliError(str(exc)) from exc

    progress_line = _ProgressLine(is_enabled=not args.json)
    callbacks = SessionCallbacks(on_progress=progress_line.update)
    signals = _ShutdownSignals()
    # A logout or shutdown leaves the print interrupted at its last confirmed line, heaters off.
    with handling_signals(signals):
        try:
            active = _start(args, baud, printer, callbacks, factory=factory, blobs=blobs, profiles=profiles)
        except ShutdownSignalError as exc:
            raise CliError(
                _("Stopped by {error} before the print started; nothing more is sent and the heaters are "
                  "off.").format(
                        error=exc),
                exit_code=128 + exc.signum,
            ) from exc
        except PrintRefusedError as exc:
            raise CliError(str(exc), data={"safety": exc.report.to_json()}) from exc
        except (GcodeReadError, PortError, ConnectError, JobNotFoundError, JobNotResumableError, JobNotStartableError,
                JobAlreadyClaimedError, JobFileChangedError, PrinterUnknownError, SessionError,
                ResumeDeclinedError) as exc:
            raise CliError(str(exc)) from exc
        if active.target is not None and active.target.notice and not args.json:
            print(active.target.notice, file=sys.stderr)
        return _follow(active, progress_line, signals)


def _start(
    args: argparse.Namespace,
    baud: int | None,
    printer: PrinterProfile | None,
    callbacks: SessionCallbacks,
    *,
    factory: sessionmaker[Session],
    blobs: BlobStore,
    profiles: ProfileStore,
) -> ActivePrint:
    from app.printing.runner import check_file, resume_print, start_file_print, start_print

    if args.resume is not None:
        return resume_print(
            factory, blobs, job_id=args.resume, port=args.port, baud=baud, callbacks=callbacks, printer=printer,
            confirm=lambda plan: _confirm_part_in_place(args, plan),
        )
    if args.job is not None:
        return start_print(factory, blobs, job_id=args.job, port=args.port, baud=baud, callbacks=callbacks,
                           printer=printer)
    checked = check_file(args.file, printer, profiles=profiles)
    return start_file_print(
        factory, blobs, checked,
        lambda job_id: start_print(
            factory, blobs, job_id=job_id, port=args.port, baud=baud, callbacks=callbacks, printer=printer,
            checked=checked,
        ),
    )


def _confirm_part_in_place(args: argparse.Namespace, plan: ResumePlan) -> None:
    """The printer restarted and lost its position: it will home X/Y and come back down to the part.
    Ask on a terminal; scripts say --yes-part-in-place; otherwise refuse (ResumeDeclinedError)."""
    from printers.recovery import ResumeDeclinedError

    where = f"Z {plan.resume_height_mm:.2f} mm (layer {plan.resume_layer})"
    if args.yes_part_in_place:
        return
    if not sys.stdin.isatty():
        raise ResumeDeclinedError(
            _("Not resumed: the printer on {port} restarted and lost its position, so it would home X/Y and"
              " come back down to {where}. Check that the part is still on the bed and the nozzle's way is "
              "clear, then run again with --yes-part-in-place (or from a terminal, to be asked).").format(
                    port=args.port, where=where)
        )
    print(
        f"The printer on {args.port} restarted and lost its position. To resume job {args.resume} it will heat up, "
        f"home X and Y, and come back down to {where}.",
        file=sys.stderr,
    )
    try:
        answer = input("Is the part still on the bed, and is the nozzle's way clear? [y/N] ")
    except EOFError:
        answer = ""
    if answer.strip().lower() not in ("y", "yes"):
        raise ResumeDeclinedError(
            _("Not resumed: job {resume} stays interrupted. Resume it once the part is on the bed and the "
              "way is clear.").format(
                    resume=args.resume)
        )


def _follow(active: ActivePrint, progress_line: _ProgressLine, signals: _ShutdownSignals) -> CommandResult:
    from printers.session import JobOutcome

    session = active.session
    try:
        result = _wait(active, progress_line)
    except KeyboardInterrupt as exc:
        # Ctrl-C is the operator at the printer deciding to stop this print (a failed first layer, a
        # tangle): cancel it (lines already sent finish, then heaters off) and say how to print it anew.
        if signals.received is None:
            signals.received = 0  # a shutdown signal now must not cut the cool-down short
        _stop(session)
        progress_line.finish()
        p = session.progress()
        raise CliError(
            _("Stopped with Ctrl-C: job {job_id} cancelled at line {value}; the heaters are off. To print "
              "it again from the start, queue the file again.").format(
                    job_id=active.job_id, value=p.confirmed_index + 1),
            exit_code=130,
        ) from exc
    except ShutdownSignalError as exc:
        # A logout or a shutdown is nobody's decision about the print: stop as Ctrl-C does (lines
        # already sent finish, each heat-up wait is broken, heaters off) but leave the job interrupted
        # at its last confirmed line, so `--resume` picks it up once the computer is back.
        _stop(session, is_resumable=True)
        progress_line.finish()
        p = session.progress()
        raise CliError(
            _("Stopped by {error} (a logout or a shutdown): job {job_id} interrupted at line {value}; the "
              "heaters are off. Resume it with `heliofab print --resume {job_id} --port {port}`.").format(
                    error=exc, job_id=active.job_id, value=p.confirmed_index + 1, port=active.session.port),
            exit_code=128 + exc.signum,
        ) from exc
    finally:
        session.close()  # whatever ended the wait: heaters off before the port closes
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
        return CommandResult(data, _("Job {job} done: the printer confirmed all {lines} lines in "
                                     "{seconds:.1f} s.").format(job=active.job_id, lines=p.total_lines,
                                                                seconds=p.elapsed_s))
    # The outcome's word is the job state's (marked in db.models.printing).
    stopped = _("Job {job} {outcome} at line {line}: {message}").format(
        job=active.job_id, outcome=_(result.outcome.value), line=p.confirmed_index + 1, message=result.message)
    if result.outcome is JobOutcome.INTERRUPTED:
        stopped += " " + _("Resume with `heliofab print --resume {job} --port PORT`.").format(job=active.job_id)
    raise CliError(stopped, data=data)


def _wait(active: ActivePrint, progress_line: _ProgressLine) -> JobResult:
    """Until the job ends. A job paused because its progress can't be saved is announced in one line
    and goes on by itself once a test commit succeeds (the operator freed the disk, closed the other program)."""
    session = active.session
    announced: JobHold | None = None
    next_try_s = 0.0
    while True:
        result = session.wait_until_finished(1.0)
        if result is not None:
            return result
        hold = session.hold
        if hold is None:
            announced = None
            continue
        if hold is not announced:
            announced = hold
            next_try_s = time.monotonic() + RECORD_RETRY_S
            progress_line.finish()
            print(
                f"Job {active.job_id} paused at line {session.progress().confirmed_index + 1} (parked, heaters off): "
                f"{hold.message}. It goes on by itself once its progress can be saved again; Ctrl-C stops it.",
                file=sys.stderr, flush=True,
            )
        elif time.monotonic() >= next_try_s:
            next_try_s = time.monotonic() + RECORD_RETRY_S
            if _is_recording_again(active, hold):
                print(f"Job {active.job_id}: its progress is saved again; resuming.", file=sys.stderr, flush=True)
                _resume_after_hold(session)


def _is_recording_again(active: ActivePrint, hold: JobHold) -> bool:
    from printers.session import SessionState

    if active.session.state is not SessionState.PAUSED:
        return False  # still parking
    try:
        active.recorder.on_state(SessionState.PAUSED, f"Paused: {hold.message}")
    except Exception:
        return False
    return True


def _resume_after_hold(session: PrintSession) -> None:
    from printers.session import SessionError

    try:
        session.resume()
    except SessionError:
        pass  # it ended or was resumed meanwhile; the next wait says which


def _stop(session: PrintSession, *, is_resumable: bool = False) -> None:
    from printers.session import SessionError

    try:
        session.cancel(is_resumable=is_resumable)
        session.wait_until_finished(20.0)
    except SessionError:
        pass  # already stopped on its own


class _ProgressLine:
    """One line on stderr, rewritten in place: line, percent, elapsed, time left."""

    def __init__(self, *, is_enabled: bool) -> None:
        self._is_enabled = is_enabled and sys.stderr.isatty()
        self._is_plain = is_enabled and not sys.stderr.isatty()
        self._last_plain_s = 0.0

    def update(self, p: JobProgress) -> None:
        # The estimate runs out a little before the last line is confirmed: never show "-0 min".
        left = f", {max(0.0, p.remaining_s) / 60:.0f} min left" if p.remaining_s is not None else ""
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
        raise CliError(_("--speed must be 0 (instant) or more: how many times faster than real time (1 = "
                         "real time, 10 = ten times faster)."), exit_code=2)
    config = SimConfig(
        speed=args.speed, baud=args.wire_baud or None, port_baud=args.baud or None,
        is_advanced_ok=not args.no_advanced_ok
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
