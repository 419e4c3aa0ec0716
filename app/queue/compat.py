"""Which printers may take a job: the profile it was made for must fit inside the printer's.

A printer fits a job when it has the same profile, or when its build volume and limits contain the
job's: a bed at least as large (and reaching as far below zero), hot ends and beds allowed at least
as hot, a heated bed if the job's printer had one, and the same nozzle and filament diameters
(a 0.6 mm nozzle lays other lines than the 0.4 mm one the job was sliced for). The file itself is
still checked against the chosen printer before its first line is sent; this only keeps the
planner from choosing a printer that could not take it.
"""

from __future__ import annotations

from printers.profiles import PrinterProfile

_DIAMETER_TOLERANCE_MM = 1e-6


def misfit(job: PrinterProfile, printer: PrinterProfile) -> str | None:
    """Why `printer` can't take a job made for `job`, as a short phrase; None when it can."""
    if job.id == printer.id:
        return None
    if (printer.bed_x_mm < job.bed_x_mm or printer.bed_y_mm < job.bed_y_mm or printer.bed_z_mm < job.bed_z_mm
            or printer.min_x_mm > job.min_x_mm or printer.min_y_mm > job.min_y_mm):
        return (
            f"its build volume {_volume(printer)} is smaller than the {_volume(job)} of {job.name}"
        )
    if printer.max_hotend_c < job.max_hotend_c:
        return f"its hot end allows {printer.max_hotend_c:.0f} °C, {job.name} {job.max_hotend_c:.0f} °C"
    if job.has_heated_bed and not printer.has_heated_bed:
        return f"it has no heated bed and {job.name} has one"
    if job.has_heated_bed and printer.max_bed_c < job.max_bed_c:
        return f"its bed allows {printer.max_bed_c:.0f} °C, {job.name} {job.max_bed_c:.0f} °C"
    if abs(printer.nozzle_mm - job.nozzle_mm) > _DIAMETER_TOLERANCE_MM:
        return f"its nozzle is {printer.nozzle_mm:g} mm, the job was sliced for {job.nozzle_mm:g} mm"
    if abs(printer.filament_diameter_mm - job.filament_diameter_mm) > _DIAMETER_TOLERANCE_MM:
        return f"it takes {printer.filament_diameter_mm:g} mm filament, the job {job.filament_diameter_mm:g} mm"
    return None


def _volume(profile: PrinterProfile) -> str:
    return f"{profile.bed_x_mm:g} × {profile.bed_y_mm:g} × {profile.bed_z_mm:g} mm"
