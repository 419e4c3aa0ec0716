"""All ORM models; importing this package registers every table on Base.metadata."""

from __future__ import annotations

from db.models.base import Base
from db.models.blobs import Blob
from db.models.catalog import Design, DesignFile, DesignTrust, DesignVersion
from db.models.energy import EnergyReading
from db.models.fitting import AgeGroup, Customer, CustomerPhoto, Fit, LensStock, Measurement
from db.models.printing import JobEvent, JobState, Printer, PrinterProfile, PrintJob
from db.models.renders import ScadRender
from db.models.settings import SiteSetting
from db.models.sync import SyncRecord, TrustedPublisher

__all__ = [
    "AgeGroup",
    "Base",
    "Blob",
    "Customer",
    "CustomerPhoto",
    "Design",
    "DesignFile",
    "DesignTrust",
    "DesignVersion",
    "EnergyReading",
    "Fit",
    "JobEvent",
    "JobState",
    "LensStock",
    "Measurement",
    "PrintJob",
    "Printer",
    "PrinterProfile",
    "ScadRender",
    "SiteSetting",
    "SyncRecord",
    "TrustedPublisher",
]
