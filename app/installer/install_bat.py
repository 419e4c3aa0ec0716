"""install.bat: installs Heliofab from the stick on Windows (cmd.exe; written with CRLF line ends)."""

from __future__ import annotations

# Labels and gotos rather than parenthesised blocks: a ")" in a folder name such as
# "Program Files (x86)" would end a block early.
INSTALL_BAT = r'''@echo off
rem Installs Heliofab from this stick, with no network: install.bat [FOLDER]
rem FOLDER defaults to %LOCALAPPDATA%\Programs\Heliofab. The lab's data stays where it is.
setlocal EnableExtensions DisableDelayedExpansion
set "STICK=%~dp0"
set "WHEELS_ROOT=%STICK%heliofab-installer\wheels"
set "TARGET=%~1"
if not defined TARGET set "TARGET=%LOCALAPPDATA%\Programs\Heliofab"
set "PYTHON="
set "FOLDER="
if not exist "%WHEELS_ROOT%\" goto no_wheels

rem The py launcher from python.org knows every installed Python; a bare "python" may be the Store's stub.
for /d %%F in ("%WHEELS_ROOT%\windows-amd64-py3.*") do call :try_python "%%~nxF"
if not defined PYTHON goto no_python

echo Installing Heliofab into "%TARGET%" with Python %VERSION% ...
if not exist "%TARGET%\" mkdir "%TARGET%"
if not exist "%TARGET%\" goto cannot_create
rem The wheels stay beside the program: this copy can then make the next lab's stick with no network.
if exist "%TARGET%\wheels\%FOLDER%\" rmdir /s /q "%TARGET%\wheels\%FOLDER%"
xcopy /e /i /q /y "%WHEELS_ROOT%\%FOLDER%" "%TARGET%\wheels\%FOLDER%\" >nul
if errorlevel 1 goto copy_failed
if exist "%TARGET%\venv\" rmdir /s /q "%TARGET%\venv"
%PYTHON% -m venv "%TARGET%\venv"
if errorlevel 1 goto venv_failed
set "PIP_TARGET="
set "PIP_PREFIX="
set "PIP_USER="
"%TARGET%\venv\Scripts\python.exe" -m pip install --disable-pip-version-check --no-index --find-links "%TARGET%\wheels\%FOLDER%" heliofab
if errorlevel 1 goto pip_failed

rem Started through pythonw.exe so that no console window stays open beside the app.
> "%TARGET%\heliofab.pyw" echo from ui.entry import main
>> "%TARGET%\heliofab.pyw" echo raise SystemExit(main())
set "HF_LINK_TARGET=%TARGET%\venv\Scripts\pythonw.exe"
set "HF_LINK_ARGS="%TARGET%\heliofab.pyw""
set "HF_LINK_DIR=%TARGET%"
powershell -NoProfile -ExecutionPolicy Bypass -Command "$shell = New-Object -ComObject WScript.Shell; $link = $shell.CreateShortcut([IO.Path]::Combine([Environment]::GetFolderPath('Programs'), 'Heliofab.lnk')); $link.TargetPath = $env:HF_LINK_TARGET; $link.Arguments = $env:HF_LINK_ARGS; $link.WorkingDirectory = $env:HF_LINK_DIR; $link.Description = 'Heliofab'; $link.Save()"
if errorlevel 1 echo The Start-menu shortcut could not be made: start Heliofab with "%TARGET%\venv\Scripts\heliofab.exe".
echo.
"%TARGET%\venv\Scripts\heliofab.exe" --version
if errorlevel 1 goto does_not_start
echo Heliofab is installed in "%TARGET%". Start it from the Start menu: Heliofab.
goto done

:try_python
if defined PYTHON goto :eof
set "CANDIDATE=%~1"
set "VERSION=%CANDIDATE:windows-amd64-py=%"
set "MINOR=%VERSION:~2%"
py -%VERSION%-64 -c "import sys" >nul 2>&1
if not errorlevel 1 set "PYTHON=py -%VERSION%-64"
if not defined PYTHON python -c "import struct, sys; sys.exit(not (sys.version_info[:2] == (3, %MINOR%) and struct.calcsize('P') == 8))" >nul 2>&1
if not defined PYTHON if not errorlevel 1 set "PYTHON=python"
if defined PYTHON set "FOLDER=%CANDIDATE%"
goto :eof

:no_wheels
echo Heliofab was not installed: "%WHEELS_ROOT%" is missing. Copy the whole stick, or make it again with "heliofab installer".
goto failed

:no_python
echo.
echo Heliofab was not installed: no 64-bit Python that this stick has Heliofab for was found.
echo This stick holds Heliofab for these Python versions:
for /d %%F in ("%WHEELS_ROOT%\windows-amd64-py3.*") do echo     %%~nxF
if exist "%STICK%heliofab-installer\python\python-3*.exe" goto python_on_stick
echo Install one of them from https://www.python.org/downloads/windows/ (the "Windows installer (64-bit)"),
echo tick "Add python.exe to PATH", then run install.bat again.
goto failed

:python_on_stick
echo Run the Python installer in the folder heliofab-installer\python of this stick first,
echo tick "Add python.exe to PATH", then run install.bat again.
goto failed

:cannot_create
echo Heliofab was not installed: cannot create "%TARGET%". Name another folder: install.bat D:\Heliofab
goto failed

:copy_failed
echo Heliofab was not installed: copying the wheels into "%TARGET%" failed. Is the disk full?
goto failed

:venv_failed
echo Heliofab was not installed: Python could not make a virtual environment in "%TARGET%\venv".
echo Repair Python from python.org's installer, then run install.bat again.
goto failed

:pip_failed
echo Heliofab was not installed: pip could not install it from the stick's wheels. The stick may be damaged: make it again.
goto failed

:does_not_start
echo Heliofab was copied but does not start: run "%TARGET%\venv\Scripts\heliofab.exe" --version to see why.
goto failed

:failed
if not defined HELIOFAB_NO_PAUSE pause
endlocal
exit /b 1

:done
if not defined HELIOFAB_NO_PAUSE pause
endlocal
exit /b 0
'''
