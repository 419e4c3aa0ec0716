"""Start and end G-code templates: `{name}` placeholders filled from the printer, material and settings."""

from __future__ import annotations

import re

from i18n import _
from printers.profiles import MaterialProfile, PrinterProfile
from printers.slicer.settings import SliceSettings

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class TemplateError(ValueError):
    """A start/end G-code names a placeholder Heliofab does not know."""


def template_values(printer: PrinterProfile, material: MaterialProfile, settings: SliceSettings) -> dict[str, str]:
    bed = printer.has_heated_bed
    return {
        "hotend_c": f"{material.hotend_c:g}",
        "first_layer_hotend_c": f"{material.first_layer_hotend_c:g}",
        "bed_c": f"{material.bed_c if bed else 0:g}",
        "first_layer_bed_c": f"{material.first_layer_bed_c if bed else 0:g}",
        "bed_x_mm": f"{printer.bed_x_mm:g}",
        "bed_y_mm": f"{printer.bed_y_mm:g}",
        "bed_z_mm": f"{printer.bed_z_mm:g}",
        "first_layer_height_mm": f"{settings.first_layer_height_mm:g}",
        "layer_height_mm": f"{settings.layer_height_mm:g}",
    }


def render_template(text: str, printer: PrinterProfile, material: MaterialProfile, settings: SliceSettings) -> str:
    values = template_values(printer, material, settings)

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            message = _(
                "The start/end G-code of {printer} uses {placeholder}, which Heliofab does not know: "
                "use one of {known}."
            )
            known = ", ".join("{" + k + "}" for k in values)
            raise TemplateError(message.format(printer=printer.name, placeholder="{" + name + "}", known=known))
        return values[name]

    return _PLACEHOLDER.sub(fill, text)
