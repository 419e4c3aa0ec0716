"""Frozen value objects handed to the CLI and the screens (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.fitting.rounding import shown_mm
from catalog.frames.parameter_set import ParameterSet

AGE_GROUPS: tuple[str, ...] = ("child", "teen", "adult", "senior")
# A lens-stock line of this shape is a fluid-filled lens module for self-adjustable glasses.
FLUID_MODULE_SHAPE = "fluid-module"


@dataclass(frozen=True)
class CustomerInput:
    """What the intake form collects; `code` is made up when left empty."""

    name: str = ""
    code: str = ""
    contact: str = ""
    age_group: str = "adult"
    notes: str = ""
    has_photo_consent: bool = False


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    code: str
    name: str
    age_group: str
    has_photo_consent: bool
    created_at: datetime
    last_far_pd_mm: float | None
    fit_count: int

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})" if self.name else self.code

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "name": self.name,
            "age_group": self.age_group,
            "has_photo_consent": self.has_photo_consent,
            "created_at": self.created_at.isoformat(),
            "last_far_pd_mm": None if self.last_far_pd_mm is None else shown_mm(self.last_far_pd_mm),
            "fit_count": self.fit_count,
        }


@dataclass(frozen=True)
class MeasurementInput:
    """One sitting's measurements; any field may be missing except that something must be given."""

    method: str = "ruler"
    far_pd_mm: float | None = None
    near_pd_mm: float | None = None
    mono_far_right_mm: float | None = None
    mono_far_left_mm: float | None = None
    mono_near_right_mm: float | None = None
    mono_near_left_mm: float | None = None
    head_width_mm: float | None = None
    front_to_bend_mm: float | None = None
    nose_crest_width_mm: float | None = None  # nose width 10 mm below the crest (DBR10)
    nose_bridge_width_mm: float | None = None  # nose width 15 mm below the crest (DBR15)
    lens_power_right_d: float | None = None
    lens_power_left_d: float | None = None
    photo_sha256: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    notes: str = ""


@dataclass(frozen=True)
class MeasurementView:
    id: int
    customer_id: int
    taken_at: datetime
    method: str
    far_pd_mm: float | None
    near_pd_mm: float | None
    mono_far_right_mm: float | None
    mono_far_left_mm: float | None
    mono_near_right_mm: float | None
    mono_near_left_mm: float | None
    head_width_mm: float | None
    front_to_bend_mm: float | None
    nose_crest_width_mm: float | None
    nose_bridge_width_mm: float | None
    lens_power_right_d: float | None
    lens_power_left_d: float | None
    photo_sha256: str | None
    details: dict[str, Any]
    notes: str

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, float):
                value = round(value, 2)
            data[name] = value
        return data


@dataclass(frozen=True)
class PhotoView:
    id: int
    blob_sha256: str
    taken_at: datetime


@dataclass(frozen=True)
class FitSummary:
    id: int
    customer_id: int
    design_id: str
    design_version: int
    created_at: datetime
    frame_pd_mm: float | None
    lens_width_mm: float | None
    bridge_mm: float | None
    has_paper_check_changes: bool
    notes: str
    is_self_tuned: bool = False  # the customer tuned fluid lenses themselves: no prescription was needed
    lens_module: str = ""  # the lens module used, as the stock described it

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "customer_id": self.customer_id,
            "design_id": self.design_id,
            "design_version": self.design_version,
            "created_at": self.created_at.isoformat(),
            "frame_pd_mm": self.frame_pd_mm,
            "lens_width_mm": self.lens_width_mm,
            "bridge_mm": self.bridge_mm,
            "has_paper_check_changes": self.has_paper_check_changes,
            "notes": self.notes,
            "is_self_tuned": self.is_self_tuned,
            "lens_module": self.lens_module,
        }


@dataclass(frozen=True)
class FitRecord:
    """A saved fit in full: enough to print the same frame again.

    `parameters` are the stored values checked against the style's declaration when the fit was loaded
    (parameters an older Heliofab declared are dropped)."""

    id: int
    customer_id: int
    customer_code: str
    measurement_id: int | None
    design_id: str
    design_version: int
    parameters: ParameterSet
    derived: dict[str, Any]
    lenses: dict[str, Any]
    paper_check_changes: dict[str, Any]
    notes: str
    created_at: datetime
    is_self_tuned: bool = False
    lens_module_id: int | None = None
    lens_module: str = ""


@dataclass(frozen=True)
class OrderView:
    """A print job made for this customer (read from the print queue)."""

    id: int
    name: str
    state: str
    fit_id: int | None
    created_at: datetime
    finished_at: datetime | None
    used_filament_g: float | None = None
    printed_minutes: float | None = None
    used_energy_wh: float | None = None
    energy_from_sun_wh: float | None = None
    energy_from_battery_wh: float | None = None
    energy_source: str = ""  # how the energy was booked: readings, partly_readings, estimate ("" before)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "state": self.state,
            "fit_id": self.fit_id,
            "created_at": self.created_at.isoformat(),
            "finished_at": None if self.finished_at is None else self.finished_at.isoformat(),
            "used_filament_g": self.used_filament_g,
            "printed_minutes": self.printed_minutes,
            "used_energy_wh": self.used_energy_wh,
            "energy_from_sun_wh": self.energy_from_sun_wh,
            "energy_from_battery_wh": self.energy_from_battery_wh,
            "energy_source": self.energy_source,
        }


@dataclass(frozen=True)
class CustomerDetail:
    summary: CustomerSummary
    contact: str
    notes: str
    measurements: tuple[MeasurementView, ...]
    fits: tuple[FitSummary, ...]
    photos: tuple[PhotoView, ...]
    orders: tuple[OrderView, ...] = ()

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def latest_measurement(self) -> MeasurementView | None:
        return self.measurements[-1] if self.measurements else None

    def to_json(self) -> dict[str, Any]:
        data = self.summary.to_json()
        data.update(
            contact=self.contact,
            notes=self.notes,
            measurements=[m.to_json() for m in self.measurements],
            fits=[f.to_json() for f in self.fits],
            photos=[{"id": p.id, "blob_sha256": p.blob_sha256, "taken_at": p.taken_at.isoformat()}
                    for p in self.photos],
            orders=[o.to_json() for o in self.orders],
        )
        return data


@dataclass(frozen=True)
class LensStockItem:
    id: int
    shape: str
    diameter_mm: float
    height_mm: float | None
    power_d: float
    count: int
    notes: str
    thickness_mm: float | None = None  # fluid lens modules: thickness at the edge (the rim depth)
    port_diameter_mm: float | None = None  # fluid lens modules: filling-port diameter

    @property
    def is_fluid_module(self) -> bool:
        return self.shape == FLUID_MODULE_SHAPE

    @property
    def label(self) -> str:
        if self.is_fluid_module:
            thick = "" if self.thickness_mm is None else f", {self.thickness_mm:g} mm thick"
            port = "" if self.port_diameter_mm is None else f", port Ø{self.port_diameter_mm:g}"
            return f"fluid module Ø{self.diameter_mm:g} mm{thick}{port}"
        size = f"Ø{self.diameter_mm:g}" if self.height_mm is None else f"{self.diameter_mm:g}×{self.height_mm:g}"
        return f"{self.shape} {size} mm, {self.power_d:+.2f} D"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "shape": self.shape,
            "diameter_mm": self.diameter_mm,
            "height_mm": self.height_mm,
            "power_d": self.power_d,
            "count": self.count,
            "notes": self.notes,
            "thickness_mm": self.thickness_mm,
            "port_diameter_mm": self.port_diameter_mm,
        }
