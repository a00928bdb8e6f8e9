/**
 * What each caller sees of a placement. Staff (admin, coordinator, the participant's supporter) see
 * the whole record; a host sees the minimal host view, decided in `hostPlacementView` alone: the
 * participant as `{ code, displayName, needs, limits }` while consent is given and `{ code }`
 * otherwise, the statuses of its history without notes or names — never the placement note, goals,
 * interests, age, gender, home or any private field.
 */
import { seesHostViewOnly } from '../../auth/policy';
import type { Actor } from '../../context';
import { warningSigns, type CheckInSignals, type WarningSign } from '../../domain/follow-up/warning-signs';
import type { CheckInSignalRow, FollowUpRow, PlacementRecord, TransitionRow } from './records';

export type PlacementDetails = { history: TransitionRow[]; followUps: FollowUpRow[]; checkIns: CheckInSignalRow[] };

export function staffPlacementView(record: PlacementRecord) {
  const p = record.placement;
  return {
    id: p.id,
    participantId: p.participantId,
    participantCode: record.participant.code,
    opportunityId: p.opportunityId,
    opportunityTitle: record.opportunity.title,
    hostId: p.hostId,
    hostName: record.hostName,
    status: p.status,
    note: p.note,
    startedOn: p.startedOn,
    endedOn: p.endedOn,
    closeReason: p.closeReason,
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function hostPlacementView(record: PlacementRecord) {
  const p = record.placement;
  return {
    id: p.id,
    opportunityId: p.opportunityId,
    opportunityTitle: record.opportunity.title,
    hostId: p.hostId,
    status: p.status,
    startedOn: p.startedOn,
    endedOn: p.endedOn,
    closeReason: p.closeReason,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    participant: participantForHost(record.participant),
  };
}

export function participantForHost(participant: PlacementRecord['participant']) {
  if (participant.consentStatus !== 'given') return { code: participant.code };
  return { code: participant.code, displayName: participant.displayName, needs: participant.needs, limits: participant.limits };
}

export type StaffPlacementView = ReturnType<typeof staffPlacementView>;
export type HostPlacementView = ReturnType<typeof hostPlacementView>;
export type PlacementView = StaffPlacementView | HostPlacementView;

export function placementView(actor: Actor, record: PlacementRecord): PlacementView {
  return seesHostViewOnly(actor) ? hostPlacementView(record) : staffPlacementView(record);
}

/** One placement with its history; staff also get its follow-ups and warning signs. */
export function placementDetailView(actor: Actor, record: PlacementRecord, details: PlacementDetails) {
  if (seesHostViewOnly(actor)) {
    return {
      ...hostPlacementView(record),
      history: details.history.map((t) => ({ from: t.from, to: t.to, at: t.at, reason: t.reason })),
    };
  }
  return {
    ...staffPlacementView(record),
    history: details.history.map((t) => ({ from: t.from, to: t.to, at: t.at, by: t.by, reason: t.reason, note: t.note })),
    followUps: details.followUps.map((f) => ({ id: f.id, dueDate: f.dueDate, label: f.label, status: f.status, checkInId: f.checkInId })),
    warnings: placementWarnings(details.checkIns),
  };
}

export type PlacementDetailView = ReturnType<typeof placementDetailView>;

export function placementWarnings(checkIns: readonly CheckInSignalRow[]): WarningSign[] {
  return warningSigns(checkIns.map(toSignals));
}

function toSignals(row: CheckInSignalRow): CheckInSignals {
  // Stored concerns were validated against CONCERNS on the way in.
  return { date: row.date, attendance: row.attendance, wellbeing: row.wellbeing, concerns: row.concerns };
}
