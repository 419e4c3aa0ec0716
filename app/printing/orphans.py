"""Jobs a stopped process left printing: found by their stale heartbeat, marked interrupted at start-up.

Apart from the print session code so that opening a lab marks them without loading the serial stack:
a command that prints nothing never imports pyserial.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from db.engine import unit_of_work
from db.models import JobEvent, JobState, PrintJob
from db.types import utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

LIVE_STATES = (JobState.PRINTING, JobState.PAUSED)
HEARTBEAT_STALE_S = 30.0


def mark_orphans_interrupted(factory: sessionmaker[Session], *, stale_after_s: float = HEARTBEAT_STALE_S) -> int:
    """Jobs left PRINTING or PAUSED by a process that died (app crash, laptop power loss)."""
    cutoff = utcnow() - timedelta(seconds=stale_after_s)
    count = 0
    with unit_of_work(factory) as session:
        for job in session.scalars(select(PrintJob).where(PrintJob.state.in_(LIVE_STATES))):
            beat = (job.machine_state or {}).get("heartbeat_utc")
            beat_at = datetime.fromisoformat(beat) if beat else None
            if beat_at is None or beat_at < cutoff:
                job.state = JobState.INTERRUPTED
                job.error = job.error or (
                    f"Heliofab stopped while printing (crash or power loss) at line {job.last_acked_line}: resume or "
                    "abandon the job."
                )
                session.add(JobEvent(job=job, kind="interrupted", message=job.error))
                count += 1
    return count
