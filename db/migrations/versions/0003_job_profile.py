"""print jobs: the printer profile and material they were made for, and how their energy was booked

Revision ID: 0003_job_profile
Revises: 0002_catalog
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_job_profile"
down_revision: str | Sequence[str] | None = "0002_catalog"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Jobs already in the queue keep NULL profiles: the app checks them as for a generic printer and
    # says so. Finished jobs were booked from the estimate, which is what "estimate" records.
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("printer_profile_id", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("material_id", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("energy_source", sa.String(length=20), nullable=False, server_default=""))
    op.execute(
        "UPDATE print_jobs SET energy_source = 'estimate' "
        "WHERE finished_at IS NOT NULL AND (used_energy_wh > 0 OR energy_from_sun_wh > 0 OR energy_from_battery_wh > 0)"
    )
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.alter_column("energy_source", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_column("energy_source")
        batch_op.drop_column("material_id")
        batch_op.drop_column("printer_profile_id")
