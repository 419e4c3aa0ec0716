"""The dispatch protocol over the printing service (one connected printer per port)."""

from __future__ import annotations

from app.printing.service import PrinterNotConnectedError, PrintingService
from app.queue.dispatch import PrinterRunState
from app.queue.model import JobId
from printers.session import SessionError, SessionState

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


class ServicePrinterControl:
    """`printer_id` is the printer's name in the plan; `port` is where the printing service has it connected."""

    def __init__(self, printing: PrintingService, port: str, printer_id: str) -> None:
        self.printing = printing
        self.port = port
        self.printer_id = printer_id

    def run_state(self) -> PrinterRunState:
        try:
            return _STATES.get(self.printing.snapshot(self.port).state, PrinterRunState.OFFLINE)
        except PrinterNotConnectedError:
            return PrinterRunState.OFFLINE

    def start_job(self, job_id: JobId) -> None:
        self.printing.start_job(self.port, job_id)

    def pause_at_layer_change(self) -> None:
        try:
            self.printing.pause_at_next_layer(self.port, is_heaters_off=True)
        except SessionError:
            pass  # already pausing or paused

    def lower_bed_temp(self, bed_c: float) -> bool:
        state = self.run_state()
        try:
            if state is PrinterRunState.PRINTING:
                self.printing.lower_bed_while_printing(self.port, bed_c)
            elif state is PrinterRunState.PAUSED:
                self.printing.set_temperatures(self.port, bed_c=bed_c)
            else:
                return False
        except (SessionError, PrinterNotConnectedError):
            return False  # the ladder goes on to its next rung
        return True

    def resume(self) -> None:
        self.printing.resume(self.port)

    def remaining_fraction(self) -> float:
        try:
            return max(0.0, 1.0 - self.printing.snapshot(self.port).fraction)
        except PrinterNotConnectedError:
            return 1.0
