"""print jobs: a job number is never given again, even after the newest job was removed

Revision ID: 0006_job_numbers_never_reused
Revises: 0005_self_tuned_fits
Create Date: 2026-12-09 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_job_numbers_never_reused"
down_revision: str | Sequence[str] | None = "0005_self_tuned_fits"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Batch mode does not reflect CHECK constraints: the rebuilt table is given them again.
_CHECKS = (
    ("last_acked_line >= 0", "ck_print_jobs_last_acked_non_negative"),
    ("priority BETWEEN -100 AND 100", "ck_print_jobs_priority_range"),
)


def upgrade() -> None:
    _rebuild_print_jobs(is_autoincrement=True)


def downgrade() -> None:
    _rebuild_print_jobs(is_autoincrement=False)


def _rebuild_print_jobs(*, is_autoincrement: bool) -> None:
    """SQLite only declares AUTOINCREMENT when a table is made: rebuild `print_jobs`, rows and ids kept.

    Without it SQLite gives the next row the largest id + 1, so removing the newest job handed its
    number to the next file queued, and a note or a receipt naming "job 7" would point at another
    print. With it the largest id ever given is kept in `sqlite_sequence`.
    """
    # The connection enforces foreign keys and a migration runs in a transaction, where they can't be
    # switched off: dropping the old table would cascade into its events. Keep them aside and put back.
    op.execute("CREATE TEMP TABLE _kept_job_events AS SELECT * FROM job_events")
    with op.batch_alter_table(
        "print_jobs",
        recreate="always",
        table_args=tuple(sa.CheckConstraint(sql, name=op.f(name)) for sql, name in _CHECKS),
        table_kwargs={"sqlite_autoincrement": is_autoincrement},
    ):
        pass
    op.execute("INSERT INTO job_events SELECT * FROM _kept_job_events WHERE id NOT IN (SELECT id FROM job_events)")
    op.execute("DROP TABLE _kept_job_events")
