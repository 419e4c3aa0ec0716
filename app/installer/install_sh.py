"""install.sh: installs Heliofab from the stick on Linux and macOS, in plain POSIX sh."""

from __future__ import annotations

INSTALL_SH = r'''#!/bin/sh
# Installs Heliofab from this stick, with no network: sh install.sh [FOLDER]
# FOLDER defaults to ~/.local/share/heliofab-app (Linux) or ~/Applications/Heliofab (macOS).
# The lab's data stays where it is: this folder holds only the program and the wheels it came from.
set -u

fail() {
    printf '\nHeliofab was not installed: %s\n' "$1" >&2
    exit 1
}

case "${1:-}" in
    -h|--help) printf 'Usage: sh install.sh [FOLDER]\n'; exit 0 ;;
esac

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd) || fail "cannot read the stick."
wheels_root="$here/heliofab-installer/wheels"
[ -d "$wheels_root" ] || fail "$wheels_root is missing: copy the whole stick, or make it again with 'heliofab installer'."

case "$(uname -s)" in
    Linux) system=linux; default_target="${XDG_DATA_HOME:-$HOME/.local/share}/heliofab-app" ;;
    Darwin) system=macos; default_target="$HOME/Applications/Heliofab" ;;
    *) fail "this script is for Linux and macOS: on Windows, double-click install.bat." ;;
esac
target=${1:-$default_target}

python=""
folder=""
found=""
# The Python's own answer, not uname: an Intel Python on an Apple Silicon Mac needs the x86_64 wheels.
try_python() {
    command -v "$1" >/dev/null 2>&1 || return 1
    info=$("$1" -c 'import platform, sys; print("%d.%d %s" % (sys.version_info[0], sys.version_info[1], platform.machine().lower()))' 2>/dev/null) || return 1
    version=${info% *}
    case "${info#* }" in
        x86_64|amd64) machine=x86_64 ;;
        arm64|aarch64) machine=arm64 ;;
        *) machine=${info#* } ;;
    esac
    case "$found" in
        *" Python $version ($machine),"*) ;;
        *) found="$found Python $version ($machine)," ;;
    esac
    if [ -d "$wheels_root/$system-$machine-py$version" ]; then
        python=$1
        folder=$system-$machine-py$version
        return 0
    fi
    return 1
}

if [ -n "${HELIOFAB_PYTHON:-}" ] && try_python "$HELIOFAB_PYTHON"; then
    :
else
    for candidate in python3 python3.13 python3.12 python3.11 python3.10 python; do
        try_python "$candidate" && break
    done
fi

if [ -z "$python" ]; then
    on_stick=$(cd "$wheels_root" && ls -d "$system"-* 2>/dev/null | sed 's/.*-py/Python /' | tr '\n' ' ')
    [ -n "$on_stick" ] || fail "this stick holds no Heliofab for $system: make one with 'heliofab installer --platforms $system'."
    if [ -z "$found" ]; then
        case "$system" in
            linux) where="install your distribution's python3 and python3-venv packages (sudo apt install python3 python3-venv)" ;;
            *) where="install Python from https://www.python.org/downloads/macos/" ;;
        esac
        fail "no Python 3 was found on this computer: $where, then run this again."
    fi
    fail "this computer has${found%,} but the stick holds Heliofab for $system with $on_stick: install one of those, or make a stick for this Python (heliofab installer --python-versions X.Y)."
fi

unset PIP_TARGET PIP_PREFIX PIP_USER PIP_INDEX_URL PIP_EXTRA_INDEX_URL
mkdir -p "$target" 2>/dev/null || fail "cannot create $target: name another folder, as in: sh install.sh \$HOME/heliofab"
target=$(cd "$target" && pwd) || fail "cannot open $target."
printf 'Installing Heliofab into %s with %s (Python %s)...\n' "$target" "$python" "$version"

# The wheels stay beside the program: this copy can then make the next lab's stick with no network.
mkdir -p "$target/wheels" || fail "cannot write into $target: name another folder."
rm -rf "$target/wheels/$folder.partial"
cp -R "$wheels_root/$folder" "$target/wheels/$folder.partial" || fail "copying the wheels failed (is the disk full?)."
rm -rf "$target/wheels/$folder"
mv "$target/wheels/$folder.partial" "$target/wheels/$folder" || fail "cannot write into $target/wheels."

rm -rf "$target/venv"
"$python" -m venv "$target/venv" || fail "Python could not make a virtual environment: on Debian or Ubuntu install python3-venv (sudo apt install python3-venv), then run this again."
"$target/venv/bin/python" -m pip install --disable-pip-version-check --no-index --find-links "$target/wheels/$folder" heliofab \
    || fail "pip could not install Heliofab from the stick's wheels: the stick may be damaged, make it again."

heliofab="$target/venv/bin/heliofab"
if [ "$system" = linux ]; then
    write_desktop_file() {
        {
            printf '[Desktop Entry]\nType=Application\nName=Heliofab\n'
            printf 'Comment=Fit, customize, slice and print eyeglass frames\n'
            printf 'Exec="%s"\nTerminal=false\nCategories=Graphics;Engineering;\n' "$heliofab"
        } > "$1"
    }
    applications="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
    if mkdir -p "$applications" 2>/dev/null && write_desktop_file "$applications/heliofab.desktop"; then
        printf 'Added Heliofab to the applications menu.\n'
    fi
    desktop=$(xdg-user-dir DESKTOP 2>/dev/null || printf '%s' "$HOME/Desktop")
    if [ -n "$desktop" ] && [ "$desktop" != "$HOME" ] && [ -d "$desktop" ]; then
        write_desktop_file "$desktop/heliofab.desktop" && chmod +x "$desktop/heliofab.desktop" 2>/dev/null
        # GNOME opens a desktop launcher only once it is marked trusted.
        gio set "$desktop/heliofab.desktop" metadata::trusted true >/dev/null 2>&1 || :
    fi
else
    printf '#!/bin/sh\nexec "%s" "$@"\n' "$heliofab" > "$target/Heliofab.command" && chmod +x "$target/Heliofab.command"
    printf 'Double-click Heliofab.command in %s to start Heliofab.\n' "$target"
fi

installed=$("$heliofab" --version) || fail "Heliofab was copied but does not start: run $heliofab --version to see why."
printf '\n%s is installed in %s.\nStart it from the applications menu, or run: "%s"\n' "$installed" "$target" "$heliofab"
'''
