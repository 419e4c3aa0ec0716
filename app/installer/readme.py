"""README.txt at the top of the stick, in the lab's language (English, French or Spanish)."""

from __future__ import annotations

import locale
import os

from app.help import SUPPORTED_LANGUAGES
from app.installer.targets import SYSTEM_LABELS, Target

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Heliofab {version}: installer stick",
        "intro": "This stick installs Heliofab with no internet. Copy the whole stick if you pass it on.",
        "holds": "It holds Heliofab for:",
        "windows_python_on_stick": "1. Run the Python installer on this stick first: "
                                   "heliofab-installer\\python\\{installer}\n"
                                   "   Tick \"Add python.exe to PATH\".",
        "windows_python": "1. Heliofab needs Python (64-bit) from python.org, which this stick does not carry:\n"
                          "   https://www.python.org/downloads/windows/ - install a version listed above and\n"
                          "   tick \"Add python.exe to PATH\".",
        "windows_run": "2. Double-click install.bat. Heliofab goes to %LOCALAPPDATA%\\Programs\\Heliofab and\n"
                       "   appears in the Start menu. To choose another folder: install.bat D:\\Heliofab",
        "linux": "Open a terminal in this stick and run:  sh install.sh\n"
                 "Heliofab goes to ~/.local/share/heliofab-app and appears in the applications menu.\n"
                 "To choose another folder: sh install.sh /path/to/folder\n"
                 "It needs python3 and python3-venv (Debian/Ubuntu: sudo apt install python3-venv).",
        "macos": "Open Terminal in this stick and run:  sh install.sh\n"
                 "Heliofab goes to ~/Applications/Heliofab; double-click Heliofab.command there to start it.\n"
                 "It needs Python from https://www.python.org/downloads/macos/ if the Mac has none.",
        "data": "Your lab's data (customers, designs, jobs) is not on this stick and is never replaced by an\n"
                "installation. To make a stick for another lab: Sync > Copy Heliofab to this stick, or\n"
                "heliofab installer DIR --platforms windows,linux,macos --python-versions 3.11,3.12",
        "not_here": "Not on this stick (install from another stick, or ask for one made for it):",
        "python_only": "It also carries Python's installer for Windows: heliofab-installer\\python\\{installer}",
    },
    "fr": {
        "title": "Heliofab {version} : clé d'installation",
        "intro": "Cette clé installe Heliofab sans internet. Copiez toute la clé si vous la transmettez.",
        "holds": "Elle contient Heliofab pour :",
        "windows_python_on_stick": "1. Lancez d'abord l'installateur de Python de cette clé : "
                                   "heliofab-installer\\python\\{installer}\n"
                                   "   Cochez « Add python.exe to PATH ».",
        "windows_python": "1. Heliofab a besoin de Python (64 bits) de python.org, que cette clé ne contient pas :\n"
                          "   https://www.python.org/downloads/windows/ - installez une version de la liste ci-dessus\n"
                          "   et cochez « Add python.exe to PATH ».",
        "windows_run": "2. Double-cliquez sur install.bat. Heliofab va dans %LOCALAPPDATA%\\Programs\\Heliofab et\n"
                       "   apparaît dans le menu Démarrer. Pour un autre dossier : install.bat D:\\Heliofab",
        "linux": "Ouvrez un terminal dans cette clé et lancez :  sh install.sh\n"
                 "Heliofab va dans ~/.local/share/heliofab-app et apparaît dans le menu des applications.\n"
                 "Pour un autre dossier : sh install.sh /chemin/du/dossier\n"
                 "Il faut python3 et python3-venv (Debian/Ubuntu : sudo apt install python3-venv).",
        "macos": "Ouvrez le Terminal dans cette clé et lancez :  sh install.sh\n"
                 "Heliofab va dans ~/Applications/Heliofab ; double-cliquez sur Heliofab.command pour le lancer.\n"
                 "Il faut Python de https://www.python.org/downloads/macos/ si le Mac n'en a pas.",
        "data": "Les données de votre lab (clients, modèles, travaux) ne sont pas sur cette clé, et une installation\n"
                "ne les remplace jamais. Pour faire une clé pour un autre lab : Synchronisation > Copier Heliofab\n"
                "sur cette clé, ou heliofab installer DOSSIER --platforms windows,linux,macos --python-versions "
                "3.11,3.12",
        "not_here": "Absent de cette clé (installez depuis une autre clé, ou demandez-en une faite pour lui) :",
        "python_only": "Elle contient aussi l'installateur de Python pour Windows : "
                       "heliofab-installer\\python\\{installer}",
    },
    "es": {
        "title": "Heliofab {version}: memoria de instalación",
        "intro": "Esta memoria USB instala Heliofab sin internet. Copie toda la memoria si la comparte.",
        "holds": "Contiene Heliofab para:",
        "windows_python_on_stick": "1. Ejecute primero el instalador de Python de esta memoria: "
                                   "heliofab-installer\\python\\{installer}\n"
                                   "   Marque \"Add python.exe to PATH\".",
        "windows_python": "1. Heliofab necesita Python (64 bits) de python.org, que esta memoria no trae:\n"
                          "   https://www.python.org/downloads/windows/ - instale una versión de la lista anterior\n"
                          "   y marque \"Add python.exe to PATH\".",
        "windows_run": "2. Haga doble clic en install.bat. Heliofab se instala en %LOCALAPPDATA%\\Programs\\Heliofab "
                       "y\n"
                       "   aparece en el menú Inicio. Para otra carpeta: install.bat D:\\Heliofab",
        "linux": "Abra una terminal en esta memoria y ejecute:  sh install.sh\n"
                 "Heliofab se instala en ~/.local/share/heliofab-app y aparece en el menú de aplicaciones.\n"
                 "Para otra carpeta: sh install.sh /ruta/de/la/carpeta\n"
                 "Necesita python3 y python3-venv (Debian/Ubuntu: sudo apt install python3-venv).",
        "macos": "Abra Terminal en esta memoria y ejecute:  sh install.sh\n"
                 "Heliofab se instala en ~/Applications/Heliofab; haga doble clic en Heliofab.command para abrirlo.\n"
                 "Necesita Python de https://www.python.org/downloads/macos/ si el Mac no lo tiene.",
        "data": "Los datos de su laboratorio (clientes, diseños, trabajos) no están en esta memoria y una\n"
                "instalación nunca los reemplaza. Para hacer una memoria para otro laboratorio: Sincronización >\n"
                "Copiar Heliofab a esta memoria, o heliofab installer CARPETA --platforms windows,linux,macos\n"
                "--python-versions 3.11,3.12",
        "not_here": "No está en esta memoria (instale desde otra memoria o pida una hecha para él):",
        "python_only": "También trae el instalador de Python para Windows: heliofab-installer\\python\\{installer}",
    },
}


def readme_language(setting: str, system_locale: str | None = None) -> str:
    """The lab's language setting wins; "" follows the system, as the window does; else English."""
    if setting in SUPPORTED_LANGUAGES:
        return setting
    system = system_locale if system_locale is not None else _system_locale()
    code = system.replace("-", "_").split("_")[0].lower()
    return code if code in SUPPORTED_LANGUAGES else "en"


def _system_locale() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value and value not in ("C", "POSIX"):
            return value
    return locale.getlocale()[0] or ""


def render_readme(
    language: str,
    *,
    version: str,
    targets: list[Target],
    skipped: list[str],
    python_installer: str | None,
) -> str:
    """The README's text; the caller writes it with CRLF line ends so that every Notepad shows it."""
    text = _TEXTS.get(language, _TEXTS["en"])
    lines = [text["title"].format(version=version), "", text["intro"], "", text["holds"]]
    lines += [f"  - {target.label}" for target in targets]
    if skipped:
        lines += ["", text["not_here"], *(f"  - {label}" for label in skipped)]
    systems = [system for system in SYSTEM_LABELS if any(t.system == system for t in targets)]
    for system in systems:
        lines += ["", f"== {SYSTEM_LABELS[system]} =="]
        if system == "windows":
            lines.append(text["windows_python_on_stick"].format(installer=python_installer) if python_installer
                         else text["windows_python"])
            lines.append(text["windows_run"])
        else:
            lines.append(text[system])
    if python_installer and "windows" not in systems:
        lines += ["", text["python_only"].format(installer=python_installer)]
    lines += ["", text["data"], ""]
    return "\n".join(lines)
