import { and, getTableColumns, isNull, lt, or, type SQL } from 'drizzle-orm';
import { hosts, opportunities } from '../../db/schema';
import type { Attendance, Eligibility, Environment, OpportunityKind, OpportunityStatus, Pay, Slot, Support } from '../../domain/types';
import { staleCutoff } from '../../domain/matching/staleness';
import { isoTokyo } from '../../lib/clock';

/** Where an opportunity takes place; coordinates and station are optional (online ones have none). */
export type LocationFields = { area: string; station?: string | null; lat?: number | null; lng?: number | null; online: boolean };

/** The fields a host or staff member writes. */
export type OpportunityFields = {
  externalId?: string | null;
  title: string;
  kind: OpportunityKind;
  description: string;
  tags: string[];
  schedule: Slot[];
  location: LocationFields;
  capacity: number;
  step: number;
  environment: Environment;
  support: Support[];
  eligibility: Eligibility;
  pay: Pay;
  costYen: number;
  status: OpportunityStatus;
  attendance?: Attendance;
  months?: number[];
};

export type OpportunityView = Omit<OpportunityFields, 'externalId' | 'location' | 'eligibility' | 'attendance' | 'months'> & {
  attendance: Attendance;
  months: number[];
  id: string;
  externalId: string | null;
  hostId: string;
  hostName: string;
  location: { area: string; station: string | null; lat: number | null; lng: number | null; online: boolean };
  eligibility: { minAge: number | null; maxAge: number | null; genders: Eligibility['genders'] };
  filled: number;
  stale: boolean;
  confirmedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type OpportunityRow = typeof opportunities.$inferSelect & { hostName: string };

/** The columns to select for an opportunity with its host's name (join `hosts` on `hostId`). */
export const opportunityWithHostName = { ...getTableColumns(opportunities), hostName: hosts.name };

/**
 * Opportunities last updated or confirmed before this instant are stale (the domain's cut-off, as the
 * text stored times are compared with: they all carry the Tokyo offset in one format).
 */
export function staleBefore(now: Date): string {
  return isoTokyo(staleCutoff(now));
}

/** SQL for "neither updated nor confirmed since `before`". */
export function staleCondition(before: string): SQL {
  return and(lt(opportunities.updatedAt, before), or(isNull(opportunities.confirmedAt), lt(opportunities.confirmedAt, before)))!;
}

function untouchedSince(row: { updatedAt: string; confirmedAt: string | null }, before: string): boolean {
  return row.updatedAt < before && (row.confirmedAt === null || row.confirmedAt < before);
}

/** A new opportunity's row: its writable fields, no seats held, version 1; created and updated at `at`. */
export function newOpportunityRow(options: { id: string; hostId: string; fields: OpportunityFields; createdBy: string; at: string }) {
  const { id, hostId, fields, createdBy, at } = options;
  return { id, hostId, ...opportunityColumns(fields), filled: 0, confirmedAt: null, createdBy, createdAt: at, updatedAt: at, version: 1 };
}

/** The column values for writable fields. */
export function opportunityColumns(fields: OpportunityFields) {
  const { location, eligibility } = fields;
  return {
    externalId: fields.externalId ?? null,
    title: fields.title,
    kind: fields.kind,
    description: fields.description,
    tags: fields.tags,
    schedule: fields.schedule,
    area: location.area,
    station: location.station ?? null,
    lat: location.lat ?? null,
    lng: location.lng ?? null,
    online: location.online,
    capacity: fields.capacity,
    step: fields.step,
    environment: fields.environment,
    support: fields.support,
    eligibility: { minAge: eligibility.minAge ?? null, maxAge: eligibility.maxAge ?? null, genders: eligibility.genders },
    pay: fields.pay,
    costYen: fields.costYen,
    status: fields.status,
    attendance: fields.attendance ?? 'any',
    months: [...new Set(fields.months ?? [])].sort((a, b) => a - b),
  };
}

export function toOpportunityView(row: OpportunityRow, staleSince: string): OpportunityView {
  return {
    id: row.id,
    hostId: row.hostId,
    hostName: row.hostName,
    externalId: row.externalId,
    title: row.title,
    kind: row.kind,
    description: row.description,
    tags: row.tags,
    schedule: row.schedule,
    location: { area: row.area, station: row.station, lat: row.lat, lng: row.lng, online: row.online },
    capacity: row.capacity,
    filled: row.filled,
    step: row.step,
    environment: row.environment,
    support: row.support,
    eligibility: { minAge: row.eligibility.minAge ?? null, maxAge: row.eligibility.maxAge ?? null, genders: row.eligibility.genders },
    pay: row.pay,
    costYen: row.costYen,
    status: row.status,
    attendance: row.attendance,
    months: row.months,
    stale: untouchedSince(row, staleSince),
    confirmedAt: row.confirmedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
