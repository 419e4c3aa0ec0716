"""What an incoming set of designs would change, and the rules for who may replace whom."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from catalog.records import DesignDraft, TrustLevel
from catalog.store import DesignStore, StoredState


class ChangeKind(enum.Enum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    OLDER = "older"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class DesignChange:
    design_id: str
    title: str
    kind: ChangeKind
    reason: str
    incoming_version: int
    stored_version: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.design_id,
            "title": self.title,
            "change": self.kind.value,
            "reason": self.reason,
            "incoming_version": self.incoming_version,
            "stored_version": self.stored_version,
        }


@dataclass(frozen=True)
class ChangePlan:
    changes: tuple[DesignChange, ...]
    drafts: tuple[DesignDraft, ...]  # what would be written, versions already settled
    trust: TrustLevel
    publisher_fingerprint: str | None

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.changes if c.kind is kind)

    @property
    def to_write(self) -> tuple[DesignDraft, ...]:
        writing = {c.design_id for c in self.changes if c.kind in (ChangeKind.NEW, ChangeKind.UPDATED)}
        return tuple(d for d in self.drafts if d.id in writing)

    def summary(self) -> dict[str, int]:
        return {kind.value: self.count(kind) for kind in ChangeKind}

    def to_json(self) -> dict[str, Any]:
        return {
            "trust": self.trust.value,
            "publisher_fingerprint": self.publisher_fingerprint,
            "summary": self.summary(),
            "changes": [c.to_json() for c in self.changes],
        }


_UNTRUSTED = (TrustLevel.UNSIGNED, TrustLevel.UNKNOWN_PUBLISHER)


def decide(draft: DesignDraft, state: StoredState | None, trust: TrustLevel,
           fingerprint: str | None) -> tuple[ChangeKind, str, DesignDraft]:
    """One design's fate; the returned draft carries the version number to store."""
    if state is None:
        return ChangeKind.NEW, "not in this catalogue yet", draft
    if state.content_sha256 == draft.content_sha256():
        if trust is TrustLevel.TRUSTED and state.trust in _UNTRUSTED and not state.is_locally_edited:
            vouched = replace(draft, version=state.version)
            return ChangeKind.UPDATED, "identical, now vouched for by a trusted publisher", vouched
        return ChangeKind.UNCHANGED, "already here, identical", draft
    if state.is_locally_edited:
        return ChangeKind.CONFLICT, "edited in this lab: kept; the incoming version was not applied", draft
    if state.trust is TrustLevel.BUNDLED:
        return ChangeKind.CONFLICT, "same id as a design bundled with Heliofab: kept", draft
    if state.trust is TrustLevel.LOCAL:
        if trust is TrustLevel.LOCAL:
            return ChangeKind.UPDATED, "re-imported here with new details", replace(draft, version=state.version + 1)
        return ChangeKind.CONFLICT, "made or imported in this lab: kept", draft
    if state.trust is TrustLevel.TRUSTED:
        if trust is not TrustLevel.TRUSTED:
            return ChangeKind.CONFLICT, "would replace a trusted publisher's design with an unverified one: kept", draft
        if fingerprint != state.publisher_fingerprint:
            return ChangeKind.CONFLICT, "published here by another trusted lab: kept", draft
        return _by_version(draft, state)
    # The stored copy is unverified (unsigned or unknown publisher).
    if trust is TrustLevel.TRUSTED:
        return ChangeKind.UPDATED, "a trusted publisher's copy replaces an unverified one", replace(
            draft, version=max(draft.version, state.version)
        )
    if trust is TrustLevel.UNKNOWN_PUBLISHER and fingerprint is not None and fingerprint == state.publisher_fingerprint:
        return _by_version(draft, state)
    return ChangeKind.CONFLICT, "an unverified copy from someone else: kept", draft


def _by_version(draft: DesignDraft, state: StoredState) -> tuple[ChangeKind, str, DesignDraft]:
    if draft.version > state.version:
        return ChangeKind.UPDATED, f"newer version {draft.version} from the same publisher", draft
    if draft.version < state.version:
        return ChangeKind.OLDER, f"version {draft.version} is older than the {state.version} here", draft
    return ChangeKind.CONFLICT, "same version number but different content: kept", draft


def plan_changes(
    store: DesignStore,
    session: Session,
    drafts: list[DesignDraft],
    trust: TrustLevel,
    fingerprint: str | None,
    replace_ids: frozenset[str] = frozenset(),
) -> ChangePlan:
    """`replace_ids`: conflicts the operator chose, by name, to resolve in favour of the incoming design."""
    states = store.stored_states(session, [d.id for d in drafts])
    changes: list[DesignChange] = []
    settled: list[DesignDraft] = []
    for draft in drafts:
        state = states.get(draft.id)
        kind, reason, final = decide(draft, state, trust, fingerprint)
        if kind is ChangeKind.CONFLICT and state is not None and draft.id in replace_ids:
            kind, reason = ChangeKind.UPDATED, "replaced at the operator's request"
            final = replace(draft, version=max(draft.version, state.version + 1))
        changes.append(DesignChange(draft.id, draft.title, kind, reason, final.version,
                                    state.version if state else None))
        settled.append(final)
    return ChangePlan(tuple(changes), tuple(settled), trust, fingerprint)


def apply_plan(store: DesignStore, session: Session, plan: ChangePlan) -> None:
    """Write every NEW and UPDATED design; the caller's unit of work makes it one transaction."""
    store.write_versions(session, list(plan.to_write), trust=plan.trust,
                         publisher_fingerprint=plan.publisher_fingerprint)
