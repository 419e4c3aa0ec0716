"""Replacing an output folder (customize --out): killed at any point, it holds the old set or the new one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from catalog.folder_swap import recover_swaps
from catalog.frames.export import REPORT_KIND, OutputFolderError, write_folder_atomically


def _set(label: str) -> dict[str, bytes]:
    return {"part.stl": label.encode() * 100, "report.json": json.dumps({"kind": REPORT_KIND, "label": label}).encode()}


def _label(folder: Path) -> str:
    return str(json.loads((folder / "report.json").read_text())["label"])


KILL_AT_RENAME = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    real_replace = os.replace
    count = {"n": 0}
    def dying_replace(src, dst):
        if os.path.isdir(src):
            count["n"] += 1
            if count["n"] == int(sys.argv[2]):
                os._exit(9)
        real_replace(src, dst)
    os.replace = dying_replace
    from catalog.frames.export import REPORT_KIND, write_folder_atomically
    import json
    files = {"part.stl": b"new" * 100, "report.json": json.dumps({"kind": REPORT_KIND, "label": "new"}).encode()}
    write_folder_atomically(Path(sys.argv[1]), files)
    """
)


@pytest.mark.parametrize("dying_rename", [1, 2])
def test_killed_between_the_renames_the_folder_holds_the_old_or_the_new_set(tmp_path: Path, dying_rename: int) -> None:
    out = tmp_path / "out"
    write_folder_atomically(out, _set("old"))
    done = subprocess.run([sys.executable, "-c", KILL_AT_RENAME, str(out), str(dying_rename)],
                          cwd=Path(__file__).parents[2], check=False)
    assert done.returncode == 9
    recovery = recover_swaps(tmp_path)
    assert not recovery.is_empty
    assert _label(out) == ("old" if dying_rename == 1 else "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_the_next_write_finishes_a_stopped_swap_first(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_folder_atomically(out, _set("old"))
    done = subprocess.run([sys.executable, "-c", KILL_AT_RENAME, str(out), "2"], cwd=Path(__file__).parents[2],
                          check=False)
    assert done.returncode == 9 and not out.exists()
    write_folder_atomically(out, _set("newer"))
    assert _label(out) == "newer"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_an_earlier_versions_stopped_swap_is_rolled_back(tmp_path: Path) -> None:
    legacy_old = tmp_path / ".out.k3j4h5g6.old"
    legacy_old.mkdir()
    for name, data in _set("old").items():
        (legacy_old / name).write_bytes(data)
    legacy_new = tmp_path / ".out.a1b2c3d4.tmp"
    legacy_new.mkdir()
    (legacy_new / "report.json").write_bytes(_set("half")["report.json"])
    write_folder_atomically(tmp_path / "out", _set("new"))
    assert _label(tmp_path / "out") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_running_writers_staging_folder_is_left_alone(tmp_path: Path) -> None:
    from catalog.foreign_ground import writer_tag

    host = writer_tag().rpartition("-")[0]
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        busy = tmp_path / f".out.heliofab-{host}-{live.pid}-0123abcd.new"
        busy.mkdir()
        gone = tmp_path / f".out.heliofab-{host}-999999999-0123abcd.new"
        gone.mkdir()
        recovery = recover_swaps(tmp_path)
        assert busy.is_dir() and not gone.exists() and recovery.removed == (str(gone),)
    finally:
        live.kill()
        live.wait()


def test_a_staging_folder_from_another_computer_is_left_alone(tmp_path: Path) -> None:
    foreign = tmp_path / ".out.heliofab-otherlaptop-12-0123abcd.new"
    foreign.mkdir()
    assert recover_swaps(tmp_path).is_empty and foreign.is_dir()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_an_output_folder_that_is_a_link_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(OutputFolderError, match="is a link"):
        write_folder_atomically(tmp_path / "out", _set("new"))
    assert list(elsewhere.iterdir()) == []
