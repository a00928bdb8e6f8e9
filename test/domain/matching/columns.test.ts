import { describe, expect, it } from 'vitest';
import { matchProfile, prepareCatalog, withSeatsRefreshed, type MatchOptions } from '../../../src/domain/matching/match';
import { loadSynonyms } from '../../../src/domain/text/synonyms';
import type { HostRetention, MatchableOpportunity, Profile, Step, Support } from '../../../src/domain/types';
import { makeOpportunity, makeProfile } from './fixtures';

/**
 * Without the left-out list, matching tests the hard constraints on typed arrays first
 * (columns.ts); with it, every opening is checked on its objects. Both must offer the same items,
 * including for data the arrays cannot hold, and for seats that change after the catalog is built.
 */

const synonyms = loadSynonyms([]);
const options: MatchOptions = {
  now: new Date('2026-06-01T10:00:00+09:00'),
  limit: 50,
  includeExcluded: true,
  retention: new Map<string, HostRetention>(),
};

function bothWays(profile: Profile, opportunities: MatchableOpportunity[]) {
  const catalog = prepareCatalog(opportunities, synonyms);
  const listed = matchProfile(profile, catalog, options).items;
  const quick = matchProfile(profile, catalog, { ...options, includeExcluded: false }).items;
  return { listed, quick };
}

describe('matching: the typed-array pass agrees with the whole check', () => {
  it('counts a support listed twice the way scoring always has', () => {
    const plain = makeOpportunity({ support: ['quiet_space', 'trial_visit'] });
    const repeated = makeOpportunity({ support: ['quiet_space', 'quiet_space', 'trial_visit'] });
    const { listed, quick } = bothWays(makeProfile(), [plain, repeated]);
    expect(quick).toEqual(listed);
    // supportPart counts every entry, so the repeated one earns full support credit (3 of 3).
    expect(listed.map((item) => item.opportunityId)).toEqual([repeated.id, plain.id]);
    expect(listed[0]!.score).toBeGreaterThan(listed[1]!.score);
  });

  it('still judges openings and people with values the arrays cannot hold', () => {
    const odd = [
      makeOpportunity({ step: 2.5 as Step }),
      makeOpportunity({ support: ['night_shift' as Support] }),
      makeOpportunity({ step: 9 as Step }),
    ];
    for (const profile of [makeProfile(), makeProfile({ needs: ['night_shift' as Support] })]) {
      const { listed, quick } = bothWays(profile, odd);
      expect(quick).toEqual(listed);
    }
    const offered = (profile: Profile) =>
      bothWays(profile, odd)
        .quick.map((item) => item.opportunityId)
        .sort();
    expect(offered(makeProfile())).toEqual([odd[0]!.id, odd[1]!.id]);
    expect(offered(makeProfile({ needs: ['night_shift' as Support] }))).toEqual([odd[1]!.id]);
  });

  it('sees seats filled after the catalog was prepared, once its seats are refreshed', () => {
    const opportunity = makeOpportunity({ capacity: 2, filled: 0 });
    const catalog = prepareCatalog([opportunity], synonyms);
    const quick = (prepared: typeof catalog) => matchProfile(makeProfile(), prepared, { ...options, includeExcluded: false });
    expect(quick(catalog).items).toHaveLength(1);
    opportunity.filled = 2;
    const refreshed = quick(withSeatsRefreshed(catalog, new Map([[opportunity.id, opportunity.filled]])));
    expect(refreshed.items).toEqual([]);
    expect(refreshed.excludedByCode).toEqual({ full: 1 });
  });
});
