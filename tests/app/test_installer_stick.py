"""A real installer stick: made with the network, installed with none, and passed on by the installed copies
(one installed from the stick, one installed with `pip install .`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.installer import current_python_version
from app.logs import LOG_FILE_NAME

REPO = Path(__file__).resolve().parents[2]
# What a checkout holds that a copy of its sources leaves out (virtual environments, earlier builds).
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", ".ci-venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc")


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=env, cwd=cwd, timeout=600, check=False)


def _members(wheel: Path) -> dict[str, bytes]:
    """A wheel's files and their bytes, RECORD aside (its order and line endings are the maker's)."""
    with zipfile.ZipFile(wheel) as archive:
        return {name: archive.read(name) for name in archive.namelist() if not name.endswith(".dist-info/RECORD")}


def _install(stick: Path, target: Path, env: dict[str, str]) -> None:
    result = _run(["sh", str(stick / "install.sh"), str(target)], env, stick)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"is installed in {target}" in result.stdout


@pytest.mark.slow
@pytest.mark.timeout(1200)
@pytest.mark.skipif(sys.platform != "linux", reason="the stick under test is the Linux one")
def test_a_linux_stick_installs_with_no_network_and_the_copy_makes_the_next_one(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "Desktop").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "XDG_"))}
    env |= {"HOME": str(home), "HELIOFAB_PYTHON": sys.executable, "PYTHONDONTWRITEBYTECODE": "1"}
    offline = env | {"PIP_NO_INDEX": "1"}
    data = tmp_path / "lab-data"

    # One copy of the sources for every build below: the checkout may change while this runs.
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=NOT_SOURCES)

    first_stick = tmp_path / "stick-1"
    first_stick.mkdir()
    made = _run([sys.executable, "-m", "app", "--data-dir", str(data), "installer", str(first_stick), "--platforms",
                 "linux", "--source", str(source)], env, tmp_path)
    if made.returncode != 0 and "no network" in made.stderr.lower():
        pytest.skip("PyPI cannot be reached from here: " + made.stderr.strip().splitlines()[-1])
    assert made.returncode == 0, made.stderr[-3000:]
    folder = f"linux-x86_64-py{current_python_version()}"
    assert (first_stick / "heliofab-installer" / "wheels" / folder).is_dir()

    first_app = tmp_path / "apps" / "first"
    _install(first_stick, first_app, offline)
    heliofab = first_app / "venv" / "bin" / "heliofab"
    assert _run([str(heliofab), "--version"], offline, tmp_path).stdout.startswith("heliofab ")
    doctor = _run([str(heliofab), "--data-dir", str(data), "doctor"], offline, tmp_path)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    on_stick = first_stick / "heliofab-installer" / "wheels" / folder
    made = first_app / "wheels" / folder
    assert sorted(p.name for p in made.iterdir()) == sorted(p.name for p in on_stick.iterdir())
    launcher = (home / ".local" / "share" / "applications" / "heliofab.desktop").read_text()
    assert f'Exec="{heliofab}"' in launcher
    assert (home / "Desktop" / "heliofab.desktop").is_file()

    # The installed copy passes itself on with no network: from the wheels it was installed from.
    second_stick = tmp_path / "stick-2"
    second_stick.mkdir()
    passed_on = _run([str(heliofab), "--data-dir", str(data), "installer", str(second_stick), "--json"], offline,
                     tmp_path)
    assert passed_on.returncode == 0, passed_on.stderr[-3000:]
    assert '"offline": true' in passed_on.stdout

    second_app = tmp_path / "apps" / "second"
    _install(second_stick, second_app, offline)
    version = _run([str(second_app / "venv" / "bin" / "heliofab"), "--version"], offline, tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("heliofab ")

    # A copy installed the README's way with no network (`pip install .` of a source folder, into a plain
    # virtual environment) keeps no wheels and no source of its own, yet passes itself on as well.
    plain = tmp_path / "plain-venv"
    assert _run([sys.executable, "-m", "venv", str(plain)], env, tmp_path).returncode == 0
    python = str(plain / "bin" / "python")
    for command in (["install", "--no-index", "--find-links", str(on_stick), "setuptools>=77"],
                    ["install", "--no-index", "--no-build-isolation", "--find-links", str(on_stick), "."]):
        step = _run([python, "-m", "pip", *command], offline, source)
        assert step.returncode == 0, step.stdout[-3000:] + step.stderr[-3000:]
    third_stick = tmp_path / "stick-3"
    third_stick.mkdir()
    # Typed in the source folder, as an operator would: the installed copy's files make the wheel.
    third_data = tmp_path / "lab-data-3"
    third_data.mkdir()  # the log is written only into a data folder that exists
    made_again = _run([str(plain / "bin" / "heliofab"), "--data-dir", str(third_data), "installer", str(third_stick),
                       "--platforms", "linux"], env, source)
    assert made_again.returncode == 0, made_again.stderr[-3000:]
    assert ", installed wheel" in (third_data / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    (first_wheel,) = on_stick.glob("heliofab-*.whl")
    (third_wheel,) = (third_stick / "heliofab-installer" / "wheels" / folder).glob("heliofab-*.whl")
    assert third_wheel.name == first_wheel.name
    assert _members(third_wheel) == _members(first_wheel)
    third_app = tmp_path / "apps" / "third"
    _install(third_stick, third_app, offline)
    version = _run([str(third_app / "venv" / "bin" / "heliofab"), "--version"], offline, tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("heliofab ")
