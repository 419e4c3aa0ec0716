"""Resuming an interrupted job from a screen: on the job's own port, asking first when it matters.

The job goes back to the port it printed on. Only when that port is not plugged in now does the
operator choose one. When the printer restarted and lost its position, it would home and come
back down to the part: the operator first confirms the part is in place and the way is clear.
Every outcome is told in the operator's words (translated here, not taken from the core's text).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.printing.jobs import JobAlreadyClaimedError, JobFileChangedError, JobNotFoundError, JobNotResumableError
from app.printing.runner import PrinterUnknownError, PrintRefusedError
from app.printing.service import InterruptedJob
from printers.recovery import ResumeDeclinedError, ResumePlan
from printers.session import ConnectError, SessionError
from printers.transport import PortError
from ui.context import ScreenContext

# How long a resume waits, printer connected and idle, for the operator to answer the question.
CONFIRM_WAIT_S = 600.0


class ResumeFlow(QObject):
    """One resume at a time per screen; `finished(job_id, is_resumed, message)` tells the screen how it went."""

    finished = Signal(int, bool, str)

    def __init__(self, ctx: ScreenContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self.port_chooser: QInputDialog | None = None
        self.question: QMessageBox | None = None  # the part-in-place question, while it is open
        # A worker waits on each open question, printer connected: quitting must not keep it waiting.
        self._waiting: set[threading.Event] = set()
        waiting = self._waiting
        self.destroyed.connect(lambda *_: _release(waiting))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release_waiting)

    def release_waiting(self) -> None:
        """Answer "no" to every question still open (the window is closing)."""
        _release(self._waiting)

    def start(self, job: InterruptedJob) -> None:
        if job.port and job.is_port_present:
            self._resume(job, job.port)
        else:
            self._choose_port(job)

    # -- the port ------------------------------------------------------------------------------------

    def _choose_port(self, job: InterruptedJob) -> None:
        # Listing the serial ports asks the operating system (slow on some Windows machines): a worker does it.
        printing = self.ctx.services.printing
        self.ctx.tasks.run(
            self.tr("Looking for printer ports"),
            lambda _task: [p.device for p in printing.ports()],
            on_result=partial(self._offer_ports, job),  # dropped if the window went meanwhile
            on_error=lambda exc: self.finished.emit(job.id, False, str(exc)),
            show_progress=False,
        )

    def _offer_ports(self, job: InterruptedJob, ports: list[str]) -> None:
        if not ports:
            self.finished.emit(job.id, False, self.tr(
                "Job {id} printed on {port}, which is not plugged in now, and no other port is there: plug the "
                "printer in, then press Resume again."
            ).format(id=job.id, port=job.port or self.tr("an unknown port")))
            return
        dialog = QInputDialog(self._parent)
        dialog.setObjectName("resumePortChooser")
        dialog.setWindowTitle(self.tr("Resume job {id}").format(id=job.id))
        dialog.setLabelText(self.tr(
            "Job {id} printed on {port}, which is not plugged in now. Choose the port its printer is on now "
            "(or plug it back in and press Resume again):"
        ).format(id=job.id, port=job.port or self.tr("an unknown port")))
        dialog.setComboBoxItems(ports)
        dialog.setComboBoxEditable(True)  # a port the list does not show (a sim:// URL) can be typed
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.textValueSelected.connect(lambda port: self._resume(job, port))
        dialog.rejected.connect(lambda: self.finished.emit(job.id, False, self.tr(
            "Job {id} was not resumed: it stays interrupted.").format(id=job.id)))
        self.port_chooser = dialog
        dialog.open()

    # -- resuming --------------------------------------------------------------------------------------

    def _resume(self, job: InterruptedJob, port: str) -> None:
        printing = self.ctx.services.printing
        confirm = self._confirm_from_worker(job, port)
        self.ctx.tasks.run(
            self.tr("Resuming job {id}").format(id=job.id),
            lambda _task: printing.resume_job(port, job.id, confirm=confirm),
            on_result=lambda _r: self.finished.emit(job.id, True, self.tr("Job {id} resumed on {port}.").format(
                id=job.id, port=port)),
            on_error=lambda exc: self.finished.emit(job.id, False, self.explain(exc, job.id, port)),
        )

    def _confirm_from_worker(self, job: InterruptedJob, port: str) -> Callable[[ResumePlan], None]:
        """Called on the worker with the printer connected and nothing of the job sent: ask on the
        GUI thread and wait; no answer (or the window closing) means no."""

        waiting = self._waiting

        def confirm(plan: ResumePlan) -> None:
            answer = {"is_yes": False}
            done = threading.Event()
            waiting.add(done)
            self.ctx.bridge.post(lambda: self._ask_part_in_place(job, port, plan, answer, done))
            done.wait(CONFIRM_WAIT_S)
            waiting.discard(done)
            if not answer["is_yes"]:
                raise ResumeDeclinedError(f"Job {job.id} was not resumed: the part was not confirmed in place.")

        return confirm

    def _ask_part_in_place(
        self, job: InterruptedJob, port: str, plan: ResumePlan, answer: dict[str, bool], done: threading.Event
    ) -> None:
        box = QMessageBox(self._parent)
        box.setObjectName("resumePartInPlace")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Resume job {id}").format(id=job.id))
        box.setText(self.tr(
            "The printer on {port} restarted and no longer knows where its nozzle is. To resume job {id} it will "
            "heat up, home X and Y, and come back down to {z:.2f} mm (layer {layer})."
        ).format(port=port, id=job.id, z=plan.resume_height_mm, layer=plan.resume_layer))
        box.setInformativeText(self.tr(
            "Is the part still on the bed, where it was printed, and is the nozzle's way clear of anything "
            "(tools, fallen filament, hands)?"
        ))
        yes = box.addButton(self.tr("The part is in place: resume"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Don't resume"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered() -> None:
            answer["is_yes"] = box.clickedButton() is yes
            self.question = None
            done.set()

        box.finished.connect(lambda _result: answered())
        box.destroyed.connect(lambda *_: done.set())
        self.question = box
        box.open()

    def explain(self, exc: BaseException, job_id: int, port: str) -> str:
        """Why a resume did not happen, in the operator's words."""
        if isinstance(exc, ResumeDeclinedError):
            return self.tr(
                "Job {id} was not resumed: it stays interrupted. Resume it once the part is on the bed and the way is "
                "clear."
            ).format(id=job_id)
        if isinstance(exc, PortError):
            return self.tr(
                "Heliofab could not open {port} to resume job {id}: check the cable and that no other program uses "
                "the port, then press Resume again."
            ).format(port=port, id=job_id)
        if isinstance(exc, ConnectError):
            return self.tr(
                "No printer answered on {port}: check that it is switched on and that this is its port, then press "
                "Resume again."
            ).format(port=port)
        if isinstance(exc, (JobNotResumableError, JobAlreadyClaimedError, JobNotFoundError)):
            return self.tr(
                "Job {id} can't be resumed now: it is no longer interrupted (it was resumed or abandoned meanwhile)."
            ).format(id=job_id)
        if isinstance(exc, JobFileChangedError):
            return self.tr(
                "The G-code of job {id} is missing or changed in the data folder, so nothing was sent: queue the "
                "file again."
            ).format(id=job_id)
        if isinstance(exc, SessionError):
            return self.tr(
                "The printer on {port} is busy with another job: wait for it to end, then resume job {id}."
            ).format(port=port, id=job_id)
        if isinstance(exc, (PrintRefusedError, PrinterUnknownError)):
            return self.tr("Job {id} can't be resumed on {port}: {reason}").format(id=job_id, port=port, reason=exc)
        return self.tr("Job {id} could not be resumed: {reason}").format(id=job_id, reason=exc)


def _release(waiting: set[threading.Event]) -> None:
    for done in list(waiting):
        done.set()
