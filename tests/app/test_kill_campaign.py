"""kill -9 at random moments: a catalogue export, a customize --out and a restore --replace, many times each.

After every kill (and the next start's recovery), the stick holds the old catalogue or the new one,
the output folder the old set or the new one, and the lab the old database with the old key or the
restored database with the restored key. Bounded: a fixed number of trials, each one process.
"""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.services import StartupOptions, build_services
from app.settings import LabSettings
from catalog.backup import write_backup
from catalog.bundle import BUNDLE_DIR_NAME, object_path, read_bundle
from catalog.folder_swap import recover_swaps
from catalog.frames.export import REPORT_KIND
from catalog.importers import ImportDefaults
from catalog.signing import PRIVATE_KEY_FILE, LabKey
from tests.catalog.catalog_helpers import box_stl

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")]

REPO = Path(__file__).parents[2]
TRIALS = 20
PASSPHRASE = "correct horse battery"


def _run_and_kill(script: str, args: list[str], rng: random.Random, longest_s: float) -> None:
    """Start the child, wait until it says it is ready (imports done), then kill it after a random delay."""
    child = subprocess.Popen([sys.executable, "-c", script, *args], cwd=REPO, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, longest_s))
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()


def _lab(data_dir: Path, name: str, tmp_path: Path, count: int) -> list[str]:
    built = build_services(StartupOptions(data_dir=data_dir, seed_catalogue=False))
    try:
        built.settings.save(LabSettings(lab_name=name))
        ids = []
        for i in range(count):
            path = tmp_path / f"{name}-{i}.stl"
            path.write_bytes(box_stl(5 + i, 6 + len(name), 7))
            report = built.catalog.import_path(path, defaults=ImportDefaults(licence="CC-BY-4.0", author=name))
            ids.append(report.plan.changes[0].design_id)
        built.catalog.lab_key()
        return ids
    finally:
        built.close()


EXPORT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.services import StartupOptions, build_services
    services = build_services(StartupOptions(data_dir=Path(sys.argv[1]), seed_catalogue=False))
    ids = sorted(services.catalog.exportable_ids())
    print("ready", flush=True)
    chosen = ids[: len(ids) // 2] if sys.argv[3] == "half" else ids
    services.catalog.export(Path(sys.argv[2]), chosen)
    print("done", flush=True)
    """
)


def test_export_killed_anywhere_leaves_the_old_or_the_new_catalogue(tmp_path: Path) -> None:
    rng = random.Random(20240611)
    lab_dir = tmp_path / "lab"
    ids = sorted(_lab(lab_dir, "Lab A", tmp_path, 6))
    stick = tmp_path / "stick"
    (stick / "Documents").mkdir(parents=True)
    (stick / "Documents" / "thesis.txt").write_text("four years of work")
    allowed = {frozenset(ids[: len(ids) // 2]), frozenset(ids)}
    for trial in range(TRIALS):
        _run_and_kill(EXPORT, [str(lab_dir), str(stick), "half" if trial % 2 else "all"], rng, 1.0)
        if (stick / BUNDLE_DIR_NAME / "catalog.json").exists():
            contents = read_bundle(stick)
            assert frozenset(d.id for d in contents.drafts) in allowed
            for sha in contents.objects:
                assert hashlib.sha256(object_path(contents.root, sha).read_bytes()).hexdigest() == sha
        assert (stick / "Documents" / "thesis.txt").read_text() == "four years of work"


CUSTOMIZE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from catalog.frames.export import REPORT_KIND, write_folder_atomically
    label = sys.argv[2]
    files = {f"part-{i}.stl": (label * 4000).encode() for i in range(20)}
    files["report.json"] = json.dumps({"kind": REPORT_KIND, "label": label}).encode()
    print("ready", flush=True)
    write_folder_atomically(Path(sys.argv[1]), files)
    """
)


def test_customize_out_killed_anywhere_leaves_the_old_or_the_new_set(tmp_path: Path) -> None:
    rng = random.Random(20240612)
    out = tmp_path / "parts" / "out"
    out.parent.mkdir()
    labels = ["old", "new"]
    for trial in range(TRIALS):
        _run_and_kill(CUSTOMIZE, [str(out), labels[trial % 2]], rng, 0.3)
        recover_swaps(out.parent)
        if trial == 0 and not out.exists():
            continue  # killed before the very first set was in place
        report = json.loads((out / "report.json").read_text())
        assert report["kind"] == REPORT_KIND and report["label"] in labels
        assert sorted(p.name for p in out.iterdir()) == sorted([*(f"part-{i}.stl" for i in range(20)), "report.json"])
        assert all(p.read_bytes() == (report["label"] * 4000).encode() for p in out.glob("*.stl"))
    assert sorted(p.name for p in out.parent.iterdir()) == ["out"]


RESTORE = textwrap.dedent(
    """
    import sys
    from app.cli import main
    print("ready", flush=True)
    main(["--data-dir", sys.argv[1], "restore", sys.argv[2], "--replace", "--key-passphrase-file", sys.argv[3]])
    """
)


def test_restore_killed_anywhere_leaves_a_database_with_its_own_key(tmp_path: Path) -> None:
    rng = random.Random(20240613)
    backups: dict[str, tuple[Path, str]] = {}
    for name in ("Lab A", "Lab B"):
        source = tmp_path / name
        _lab(source, name, tmp_path, 2)
        built = build_services(StartupOptions(data_dir=source, seed_catalogue=False))
        try:
            report = write_backup(source / "heliofab.sqlite", built.blobs, source / "keys",
                                  tmp_path / f"stick-{name[-1]}", key_passphrase=PASSPHRASE)
            backups[name] = (report.folder, built.catalog.lab_key().fingerprint)
        finally:
            built.close()
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    lab = tmp_path / "lab"
    _lab(lab, "Lab A", tmp_path, 0)
    (lab / "keys").mkdir(exist_ok=True)
    LabKey.from_pem(LabKey.load_or_create(tmp_path / "stick-A" / "unused").to_pem(), "k").save(lab / "keys")
    restored_once = False
    for trial in range(TRIALS):
        name = ("Lab A", "Lab B")[trial % 2]
        _run_and_kill(RESTORE, [str(lab), str(backups[name][0]), str(passphrase_file)], rng, 2.0)
        built = build_services(StartupOptions(data_dir=lab, seed_catalogue=False))
        try:
            lab_name = built.settings.load(LabSettings).lab_name
            key = LabKey.from_pem((lab / "keys" / PRIVATE_KEY_FILE).read_bytes(), "key").fingerprint
            if key in (fingerprint for _folder, fingerprint in backups.values()):
                restored_once = True
                assert backups[lab_name][1] == key, f"trial {trial}: the database of {lab_name} with another lab's key"
        finally:
            built.close()
    assert restored_once
