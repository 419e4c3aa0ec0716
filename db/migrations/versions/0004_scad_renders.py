"""scad renders: OpenSCAD renders of imported designs, by parameter hash, so none is made twice

Revision ID: 0004_scad_renders
Revises: 0003_job_profile
Create Date: 2026-12-05 21:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "0004_scad_renders"
down_revision: str | Sequence[str] | None = "0003_job_profile"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "scad_renders",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("design_id", sa.String(length=120), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("parameters", db.types.JsonText(), nullable=False),
        sa.Column("mesh_sha256", sa.String(length=64), nullable=False),
        sa.Column("triangle_count", sa.Integer(), nullable=False),
        sa.Column("bbox_mm", db.types.JsonText(), nullable=False),
        sa.Column("openscad_version", sa.String(length=40), nullable=False),
        sa.Column("render_seconds", sa.Float(), nullable=False),
        sa.Column("created_at", db.types.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["design_id"], ["designs.id"], name=op.f("fk_scad_renders_design_id_designs"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["mesh_sha256"], ["blobs.sha256"], name=op.f("fk_scad_renders_mesh_sha256_blobs")),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_scad_renders")),
    )
    with op.batch_alter_table("scad_renders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scad_renders_design_id"), ["design_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("scad_renders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scad_renders_design_id"))
    op.drop_table("scad_renders")
