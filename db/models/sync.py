from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import JsonText, UtcDateTime, utcnow


class TrustedPublisher(Base):
    __tablename__ = "trusted_publishers"

    fingerprint: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    public_key_b64: Mapped[str] = mapped_column(String(100), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SyncRecord(Base):
    """One export, import, backup or restore, as the operator would want to audit it later."""

    __tablename__ = "sync_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    direction: Mapped[str] = mapped_column(String(20))  # export, import, backup, restore
    location: Mapped[str] = mapped_column(Text)
    publisher_fingerprint: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20))  # ok, refused, cancelled, failed
    summary: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)
