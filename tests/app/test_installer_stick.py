"""A real installer stick: made with the network, installed with none, and passed on by the installed copy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.installer import current_python_version

REPO = Path(__file__).resolve().parents[2]


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=env, cwd=cwd, timeout=600, check=False)


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

    first_stick = tmp_path / "stick-1"
    first_stick.mkdir()
    made = _run([sys.executable, "-m", "app", "--data-dir", str(data), "installer", str(first_stick), "--platforms",
                 "linux", "--source", str(REPO)], env, tmp_path)
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
    assert sorted(p.name for p in (first_app / "wheels" / folder).iterdir()) == sorted(p.name for p in on_stick.iterdir())
    launcher = (home / ".local" / "share" / "applications" / "heliofab.desktop").read_text()
    assert f'Exec="{heliofab}"' in launcher
    assert (home / "Desktop" / "heliofab.desktop").is_file()

    # The installed copy passes itself on with no network: from the wheels it was installed from.
    second_stick = tmp_path / "stick-2"
    second_stick.mkdir()
    passed_on = _run([str(heliofab), "--data-dir", str(data), "installer", str(second_stick), "--json"], offline, tmp_path)
    assert passed_on.returncode == 0, passed_on.stderr[-3000:]
    assert '"offline": true' in passed_on.stdout

    second_app = tmp_path / "apps" / "second"
    _install(second_stick, second_app, offline)
    version = _run([str(second_app / "venv" / "bin" / "heliofab"), "--version"], offline, tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("heliofab ")
