"""Which blobs are still referenced by some row, so a customer's photos can go with the customer."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Column, select
from sqlalchemy.orm import Session

from db.models import Base, Blob


def _blob_reference_columns() -> list[Column[str]]:
    # Found from the schema rather than listed by hand, so tables added later are respected too.
    columns: list[Column[str]] = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table.name == Blob.__tablename__ for fk in column.foreign_keys):
                columns.append(column)
    return columns


def is_blob_referenced(session: Session, sha256: str) -> bool:
    for column in _blob_reference_columns():
        if session.execute(select(column).where(column == sha256).limit(1)).first() is not None:
            return True
    return False


def delete_unreferenced_blobs(session: Session, candidates: Iterable[str]) -> list[str]:
    """Delete the Blob rows no table points at any more; returns their hashes so the caller can
    remove the files once the transaction has committed."""
    session.flush()
    removed: list[str] = []
    for sha in sorted(set(candidates)):
        if is_blob_referenced(session, sha):
            continue
        row = session.get(Blob, sha)
        if row is not None:
            session.delete(row)
        removed.append(sha)
    session.flush()
    return removed
