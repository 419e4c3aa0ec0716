"""catalog: denormalised current version, thumbnail and bounding box on designs; FTS5 search index

Revision ID: 0002_catalog
Revises: 0001_initial
Create Date: 2026-11-25 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_catalog"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The search index is maintained by catalog.store (not by triggers): a batch-mode rebuild of
# `designs` by a later migration would silently drop triggers and renumber rowids.
FTS_TABLE = "designs_fts"


def upgrade() -> None:
    with op.batch_alter_table("designs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("current_version", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("thumbnail_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("bbox_x_mm", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("bbox_y_mm", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("bbox_z_mm", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("search_key", sa.Integer(), nullable=True))
    with op.batch_alter_table("designs", schema=None) as batch_op:
        batch_op.alter_column("current_version", server_default=None)
        batch_op.create_index(batch_op.f("ix_designs_search_key"), ["search_key"], unique=True)
    op.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
        "design_id UNINDEXED, title, description, tags, author, category, licence, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )


def downgrade() -> None:
    op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    with op.batch_alter_table("designs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_designs_search_key"))
        batch_op.drop_column("search_key")
        batch_op.drop_column("bbox_z_mm")
        batch_op.drop_column("bbox_y_mm")
        batch_op.drop_column("bbox_x_mm")
        batch_op.drop_column("thumbnail_sha256")
        batch_op.drop_column("current_version")
