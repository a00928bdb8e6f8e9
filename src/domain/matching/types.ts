import type { OpportunityKind, Reason, Slot } from '../types';

/** Why an opportunity is left out of a person's matches (the hard constraints, in API order). */
export const EXCLUSION_CODES = ['not_open', 'full', 'schedule', 'travel', 'age', 'gender', 'needs', 'environment', 'step'] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

/** What ranks an opportunity (each part of the score). */
export const SCORE_CODES = ['interest', 'step', 'schedule', 'travel', 'pay', 'understanding', 'support', 'retention'] as const;
export type ScoreCode = (typeof SCORE_CODES)[number];

/** What a supporter should check before proposing, without the opportunity being left out. */
export const WARNING_CODES = [
  'stale_listing',
  'travel_estimated',
  'supporter_accompanies',
  'partial_attendance',
  'step_up',
  'nearly_full',
  'age_unknown',
  'travel_unknown',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** What is said about the whole list rather than one opportunity. */
export const NOTICE_CODES = ['home_location_missing', 'consent_missing'] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export type Exclusion = { code: ExclusionCode; message: string };
export type Notice = { code: NoticeCode; message: string };
/** How many opportunities one hard constraint alone keeps out: what relaxing it would open up. */
export type Relaxation = { code: ExclusionCode; wouldAdd: number };
export type Warning = { code: WarningCode; message: string };

/** One opportunity offered to a person, as `GET /v1/participants/{id}/matches` returns it. */
export type MatchItem = {
  opportunityId: string;
  title: string;
  kind: OpportunityKind;
  hostId: string;
  hostName: string;
  score: number;
  travelMinutes: number | null;
  matchedSlots: Slot[];
  reasons: Reason[];
  warnings: Warning[];
};

/** One opportunity left out, with every hard constraint it breaks. */
export type ExcludedItem = { opportunityId: string; title: string; reasons: Exclusion[] };
