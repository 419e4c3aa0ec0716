"""self-tuned fits: fluid lens modules in the lens stock, and fits the customer tuned themselves

Revision ID: 0005_self_tuned_fits
Revises: 0004_scad_renders
Create Date: 2026-12-08 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_self_tuned_fits"
down_revision: str | Sequence[str] | None = "0004_scad_renders"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("lens_stock", schema=None) as batch_op:
        batch_op.add_column(sa.Column("thickness_mm", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("port_diameter_mm", sa.Float(), nullable=True))
    # Fits saved before this revision were made for prescription or stock lenses: not self-tuned.
    with op.batch_alter_table("fits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("is_self_tuned", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("lens_module_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("lens_module", sa.Text(), nullable=False, server_default=""))
        batch_op.create_foreign_key(
            batch_op.f("fk_fits_lens_module_id_lens_stock"), "lens_stock", ["lens_module_id"], ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("fits", schema=None) as batch_op:
        batch_op.alter_column("is_self_tuned", server_default=None)
        batch_op.alter_column("lens_module", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("fits", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_fits_lens_module_id_lens_stock"), type_="foreignkey")
        batch_op.drop_column("lens_module")
        batch_op.drop_column("lens_module_id")
        batch_op.drop_column("is_self_tuned")
    with op.batch_alter_table("lens_stock", schema=None) as batch_op:
        batch_op.drop_column("port_diameter_mm")
        batch_op.drop_column("thickness_mm")
