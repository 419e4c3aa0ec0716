"""The dispatch protocol over a real print session (printers.session.PrintSession)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.queue.dispatch import PrinterRunState
from printers.session import PrintSession, SessionError, SessionState

_STATES = {
    SessionState.CONNECTING: PrinterRunState.OFFLINE,
    SessionState.OPERATIONAL: PrinterRunState.IDLE,
    SessionState.PRINTING: PrinterRunState.PRINTING,
    SessionState.PAUSING: PrinterRunState.PAUSING,
    SessionState.PAUSED: PrinterRunState.PAUSED,
    SessionState.CANCELLING: PrinterRunState.PRINTING,
    SessionState.ERROR: PrinterRunState.FAILED,
    SessionState.CLOSED: PrinterRunState.OFFLINE,
}


class SessionPrinterControl:
    """`load_lines(job_id)` gives the job's G-code lines (from the blob store) when it starts."""

    def __init__(self, printer_id: str, session: PrintSession, load_lines: Callable[[str], Sequence[str]]) -> None:
        self.printer_id = printer_id
        self.session = session
        self._load_lines = load_lines

    def run_state(self) -> PrinterRunState:
        return _STATES.get(self.session.state, PrinterRunState.OFFLINE)

    def start_job(self, job_id: str) -> None:
        self.session.start_job(list(self._load_lines(job_id)))

    def pause_at_layer_change(self) -> None:
        try:
            self.session.pause_at_next_layer(is_heaters_off=True)
        except SessionError:
            pass  # already pausing or paused: nothing more to do

    def lower_bed_temp(self, bed_c: float) -> bool:
        command = f"M140 S{bed_c:.0f}"
        try:
            if self.session.state is SessionState.PRINTING:
                self.session.adjust_while_printing(command)  # slipped between the job's lines
            elif self.session.state is SessionState.PAUSED:
                self.session.send_command(command)
            else:
                return False
        except SessionError:
            return False  # the ladder goes on to its next rung
        return True

    def resume(self) -> None:
        self.session.resume()

    def remaining_fraction(self) -> float:
        return max(0.0, 1.0 - self.session.progress().fraction)
