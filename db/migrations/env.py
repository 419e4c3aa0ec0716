"""Alembic environment: runs on the connection the app hands over, or on the configured URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        # db.migrate hands in either a connection or an engine's URL; a bare `alembic` run has neither.
        raise RuntimeError("No database to migrate: run the migrations through db.migrate, which names the file.")
    engine = create_engine(url)
    with engine.begin() as own_connection:
        _run(own_connection)
    engine.dispose()


def _include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    # SQLite virtual tables (FTS5 search indexes) and their shadow tables are made by raw SQL in
    # migrations and have no model; the drift check must not ask to drop them.
    if type_ != "table" or name is None:
        return True
    return not (name.endswith("_fts") or "_fts_" in name)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    # SQLite can't ALTER most things in place: batch mode rebuilds tables instead.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
