"""What in a lab's database refers to a stored file, in the operator's words, with what to do once it is lost.

Read straight from a database file with sqlite3 (the backup's copy, or the live database opened
read-only), so it works on any schema revision: a table or column an older database lacks is skipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# Columns read by the named queries below; every other column named like a hash is looked at generically.
_KNOWN_COLUMNS = frozenset({
    ("print_jobs", "gcode_sha256"),
    ("design_files", "blob_sha256"),
    ("designs", "thumbnail_sha256"),
    ("design_versions", "thumbnail_sha256"),
    ("customer_photos", "blob_sha256"),
    ("measurements", "photo_sha256"),
    ("scad_renders", "mesh_sha256"),
})
# The blob table lists files, it does not use them; these columns hash contents that are not stored files.
_NOT_REFERENCES = frozenset({("blobs", "sha256"), ("design_versions", "content_sha256"),
                             ("scad_renders", "source_sha256")})


@dataclass(frozen=True)
class BlobReference:
    """One thing that needs a stored file: `what` names it, `action` says how to get it back."""

    what: str
    action: str

    def __str__(self) -> str:
        return f"{self.what}: {self.action}"

    def to_json(self) -> dict[str, str]:
        return {"what": self.what, "action": self.action}


def _design_action(design_id: str) -> str:
    return f"import the design {design_id} again (or restore a backup older than the damage)"


_QUERIES: list[tuple[str, str]] = [
    (
        "SELECT id, name FROM print_jobs WHERE gcode_sha256 = ?",
        "print job",
    ),
    (
        (
            "SELECT d.id, d.title, f.filename FROM design_files f JOIN design_versions v ON f.version_id = v.id "
            "JOIN designs d ON v.design_id = d.id WHERE f.blob_sha256 = ?"
        ),
        "design file",
    ),
    ("SELECT id, title FROM designs WHERE thumbnail_sha256 = ?", "design thumbnail"),
    (
        "SELECT d.id, d.title, v.version FROM design_versions v JOIN designs d ON v.design_id = d.id WHERE "
        "v.thumbnail_sha256 = ?",
        "version thumbnail",
    ),
    (
        "SELECT c.id, c.name FROM customer_photos p JOIN customers c ON p.customer_id = c.id WHERE p.blob_sha256 = ?",
        "customer photo",
    ),
    (
        "SELECT c.id, c.name FROM measurements m JOIN customers c ON m.customer_id = c.id WHERE m.photo_sha256 = ?",
        "measurement photo",
    ),
    ("SELECT design_id FROM scad_renders WHERE mesh_sha256 = ?", "render"),
]


def _describe(kind: str, row: tuple[object, ...]) -> BlobReference:
    if kind == "print job":
        return BlobReference(f"print job {row[0]} ({row[1]})", f"delete job {row[0]} and queue the design again")
    if kind == "design file":
        return BlobReference(f"design {row[1]!s} ({row[0]}), file {row[2]}", _design_action(str(row[0])))
    if kind == "design thumbnail":
        return BlobReference(f"the picture of design {row[1]!s} ({row[0]})", _design_action(str(row[0])))
    if kind == "version thumbnail":
        return BlobReference(f"the picture of version {row[2]} of design {row[1]!s} ({row[0]})",
                             _design_action(str(row[0])))
    if kind == "customer photo":
        return BlobReference(f"a photo of customer {row[0]} ({row[1]})", "take the photo again at the next visit")
    if kind == "measurement photo":
        return BlobReference(f"the measurement photo of customer {row[0]} ({row[1]})",
                             "take the photo again at the next visit")
    return BlobReference(f"an OpenSCAD render of design {row[0]}", "customise the design again to render it anew")


def references_in(db_file: Path, shas: Iterable[str]) -> dict[str, list[BlobReference]]:
    """For each hash, what in the database at `db_file` needs that stored file (an empty list: nothing)."""
    wanted = list(dict.fromkeys(shas))
    found: dict[str, list[BlobReference]] = {sha: [] for sha in wanted}
    if not wanted:
        return found
    connection = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    try:
        for sha in wanted:
            for query, kind in _QUERIES:
                try:
                    rows = connection.execute(query, (sha,)).fetchall()
                except sqlite3.OperationalError:
                    continue  # an older database without this table or column
                found[sha] += [_describe(kind, tuple(row)) for row in rows]
        for table, column in _other_hash_columns(connection):
            for sha in wanted:
                rows = connection.execute(f'SELECT rowid FROM "{table}" WHERE "{column}" = ?', (sha,)).fetchall()
                found[sha] += [BlobReference(f"row {row[0]} of {table}",
                                             "restore a backup older than the damage") for row in rows]
    finally:
        connection.close()
    return found


def _other_hash_columns(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    columns = []
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in connection.execute(f'PRAGMA table_info("{table}")'):
            pair = (table, str(row[1]))
            if "sha256" in pair[1] and pair not in _KNOWN_COLUMNS and pair not in _NOT_REFERENCES:
                columns.append(pair)
    return columns
