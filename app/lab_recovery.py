"""What a lab does for itself at start-up, before and after opening its database.

Before: a restore stopped after its journal was written is finished, so the database and the lab
key that go together are in place together. After: the lab key's fingerprint is recorded in the
database the first time it is seen, so `heliofab doctor` can tell when the key file and the
database no longer belong to the same lab.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.paths import DataPaths
from app.settings import SettingsStore, register_section
from catalog.backup import LAB_KEY_SETTING, BackupError, finish_interrupted_restore
from catalog.signing import PRIVATE_KEY_FILE, LabKey, SigningError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LabKeyRecord:
    """The fingerprint of the signing key this lab's database goes with ("" until first seen)."""

    fingerprint: str = ""


register_section(LabKeyRecord, LAB_KEY_SETTING)


def finish_stopped_work(data_dir: Path) -> None:
    """Called holding the data folder, before the database is opened."""
    try:
        if finish_interrupted_restore(data_dir):
            log.warning("A restore stopped halfway was finished: the database and the lab key are the backup's")
    except (BackupError, OSError) as exc:
        # The window or command still opens; `heliofab doctor` says what is wrong and what to do.
        log.error("A restore stopped halfway could not be finished: %s", exc)


def key_file_fingerprint(paths: DataPaths) -> str | None:
    """The fingerprint of the key in keys/, None when there is none; raises SigningError when it is damaged."""
    path = paths.keys_dir / PRIVATE_KEY_FILE
    if not path.is_file():
        return None
    return LabKey.from_pem(path.read_bytes(), str(path)).fingerprint


def record_lab_key_if_new(paths: DataPaths, settings: SettingsStore) -> None:
    """Record the key's fingerprint once; a different one later is for doctor to report, never overwritten here."""
    if settings.load(LabKeyRecord).fingerprint:
        return
    try:
        fingerprint = key_file_fingerprint(paths)
    except (SigningError, OSError):
        return
    if fingerprint is not None:
        settings.save(LabKeyRecord(fingerprint))
