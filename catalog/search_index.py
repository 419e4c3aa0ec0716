"""The FTS5 index over designs, kept by the store in the same transaction as the rows it mirrors."""

from __future__ import annotations

import hashlib
import json
import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from catalog.records import DesignDraft

FTS_TABLE = "designs_fts"
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
# Column weights: design_id, title, description, tags, author, category, licence.
RANK_EXPRESSION = f"bm25({FTS_TABLE}, 0.0, 10.0, 1.0, 4.0, 2.0, 1.0, 0.5)"


def fts_rowid(design_id: str) -> int:
    """A stable rowid from the design id, so the index never depends on `designs`' own rowids."""
    return int(hashlib.sha256(design_id.encode("utf-8")).hexdigest()[:15], 16)


def index_design(
    session: Session,
    *,
    design_id: str,
    title: str,
    description: str,
    tags: list[str] | tuple[str, ...],
    author: str,
    category: str,
    licence: str,
) -> None:
    rowid = fts_rowid(design_id)
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid"), {"rowid": rowid})
    session.execute(
        text(
            f"INSERT INTO {FTS_TABLE} (rowid, design_id, title, description, tags, author, category, licence) "
            "VALUES (:rowid, :design_id, :title, :description, :tags, :author, :category, :licence)"
        ),
        {
            "rowid": rowid,
            "design_id": design_id,
            "title": title,
            "description": description,
            "tags": " ".join(tags),
            "author": author,
            "category": category,
            "licence": licence,
        },
    )


def index_designs(session: Session, drafts: list[DesignDraft]) -> None:
    """Many rows in two executemany statements."""
    if not drafts:
        return
    rows = [
        {
            "rowid": fts_rowid(d.id),
            "design_id": d.id,
            "title": d.title,
            "description": d.description,
            "tags": " ".join(d.tags),
            "author": d.author,
            "category": d.category,
            "licence": d.licence,
        }
        for d in drafts
    ]
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid"), [{"rowid": r["rowid"]} for r in rows])
    session.execute(
        text(
            f"INSERT INTO {FTS_TABLE} (rowid, design_id, title, description, tags, author, category, licence) "
            "VALUES (:rowid, :design_id, :title, :description, :tags, :author, :category, :licence)"
        ),
        rows,
    )


def unindex_design(session: Session, design_id: str) -> None:
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid"), {"rowid": fts_rowid(design_id)})


def match_expression(user_text: str) -> str | None:
    """Operator text to an FTS5 query: every word must match, as a prefix; no FTS syntax leaks through."""
    tokens = _TOKEN_RE.findall(user_text)
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens[:12])


def is_index_consistent(session: Session) -> bool:
    designs = session.execute(text("SELECT count(*) FROM designs")).scalar_one()
    indexed = session.execute(text(f"SELECT count(*) FROM {FTS_TABLE}")).scalar_one()
    unkeyed = session.execute(text("SELECT count(*) FROM designs WHERE search_key IS NULL")).scalar_one()
    return bool(designs == indexed and unkeyed == 0)


def rebuild_index(session: Session) -> int:
    session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    rows = session.execute(
        text("SELECT id, title, description, tags, author, category, licence FROM designs")
    ).all()
    if rows:
        session.execute(
            text("UPDATE designs SET search_key = :key WHERE id = :id"),
            [{"key": fts_rowid(r.id), "id": r.id} for r in rows]
        )
    for row in rows:
        index_design(
            session,
            design_id=row.id,
            title=row.title,
            description=row.description,
            tags=json.loads(row.tags or "[]"),
            author=row.author,
            category=row.category,
            licence=row.licence,
        )
    return len(rows)
