import type { MatchableOpportunity, OpportunityKind } from '../types';

/** What a supporter narrows a match list to; an empty filter keeps every opportunity. */
export type MatchFilter = { kind?: OpportunityKind | undefined; area?: string | undefined; onlineOnly?: boolean | undefined };

export function isFilterEmpty(filter: MatchFilter): boolean {
  return !filter.kind && !filter.area && !filter.onlineOnly;
}

export function fitsFilter(opportunity: MatchableOpportunity, filter: MatchFilter): boolean {
  if (filter.kind && opportunity.kind !== filter.kind) return false;
  if (filter.area && opportunity.location.area !== filter.area) return false;
  return !filter.onlineOnly || opportunity.location.online;
}
