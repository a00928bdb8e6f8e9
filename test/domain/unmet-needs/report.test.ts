import { describe, expect, it } from 'vitest';
import { feasibilityOpportunity } from '../../../src/domain/matching/feasibility';
import { matchProfile, prepareCatalog } from '../../../src/domain/matching/match';
import { loadSynonyms } from '../../../src/domain/text/synonyms';
import type { MatchableOpportunity, Profile } from '../../../src/domain/types';
import { applyChange, newOpening } from '../../../src/domain/unmet-needs/changes';
import { timeBandOf } from '../../../src/domain/unmet-needs/coarse-profile';
import { unmetNeeds, type Suggestion } from '../../../src/domain/unmet-needs/report';
import { makeOpportunity, makeProfile } from '../matching/fixtures';
import { anArea, anotherArea, areaAt, labelOf } from '../../support/city';

const today = '2026-11-27';
const here = { area: anArea };

/** Homes without coordinates: the same area is within reach, another is not. */
function person(overrides: Partial<Profile>): Profile {
  return makeProfile({ home: here, ...overrides });
}

const tuesdayMorning = makeOpportunity({
  id: 'o-tue',
  title: '畑の手入れ',
  hostName: '流山畑の会',
  location: { ...here, online: false },
});
const fullAfternoon = makeOpportunity({
  id: 'o-full',
  title: '図書の整理',
  schedule: [{ day: 'thu', start: '13:00', end: '16:00' }],
  support: ['quiet_space'],
  capacity: 1,
  filled: 1,
  location: { ...here, online: false },
});
const closed = makeOpportunity({
  id: 'o-closed',
  status: 'closed',
  schedule: [{ day: 'mon', start: '09:00', end: '12:00' }],
  location: { ...here, online: false },
});
const catalog = [tuesdayMorning, fullAfternoon, closed];

const mondayMorning = [{ day: 'mon' as const, start: '09:00', end: '12:00' }];
const thursdayAfternoon = [{ day: 'thu' as const, start: '13:00', end: '16:00' }];
const people: Profile[] = [
  // Three who can only come on Monday mornings: the Tuesday opening is kept from them by its time alone.
  ...[0, 1, 2].map(() => person({ availability: mondayMorning })),
  // Three on Thursday afternoons who need a quiet space: the one opening that fits is full.
  ...[0, 1, 2].map(() => person({ availability: thursdayAfternoon, needs: ['quiet_space'] })),
  // One alone in a fourth area at weekends: never shown, only counted.
  person({ home: { area: areaAt(3) }, availability: [{ day: 'sat', start: '10:00', end: '13:00' }], step: 1 }),
  // One whom the Tuesday opening fits.
  person({ availability: [{ day: 'tue', start: '09:00', end: '12:00' }] }),
];

const openings = catalog.map(feasibilityOpportunity);
const report = unmetNeeds(people, openings, { threshold: 1, today });

/** The opening a suggestion describes, as matching would see it. */
function suggested(suggestion: Suggestion, seats: number): MatchableOpportunity {
  if (suggestion.kind === 'new') return newOpening(suggestion.profile, seats);
  return applyChange(
    catalog.find((o) => o.id === suggestion.opportunityId)!,
    suggestion.change,
  );
}

function matchedIds(profile: Profile, opportunities: MatchableOpportunity[]): string[] {
  const result = matchProfile(profile, prepareCatalog(opportunities, loadSynonyms([])), {
    now: new Date(`${today}T01:00:00Z`),
    limit: 50,
    includeExcluded: false,
    retention: new Map(),
  });
  return result.items.map((item) => item.opportunityId);
}

describe('the map of unmet needs', () => {
  it('counts everyone waiting, and those with fewer feasible openings than the threshold', () => {
    expect(report).toMatchObject({ considered: 8, underserved: 7, suppressed: 1 });
  });

  it('groups people by a coarse profile and never shows a group of fewer than three', () => {
    expect(report.groups.map((g) => [g.profile, g.people])).toEqual([
      [{ area: anArea, timeBand: 'weekday_afternoon', step: 2, needs: ['quiet_space'] }, 3],
      [{ area: anArea, timeBand: 'weekday_morning', step: 2, needs: [] }, 3],
    ]);
    for (const group of report.groups) expect(group.people).toBeGreaterThanOrEqual(3);
  });

  it('names the constraint that alone keeps each group out, seats included', () => {
    expect(report.groups.map((g) => g.binding)).toEqual([[{ code: 'full', people: 3 }], [{ code: 'schedule', people: 3 }]]);
  });

  it('suggests the change to one opening that lets most of the group in, in words for the host', () => {
    const [seats, session] = report.groups.map((g) => g.suggestion!);
    expect(seats).toMatchObject({ kind: 'change', opportunityId: 'o-full', change: { addSeats: 3 }, wouldServe: 3 });
    expect(session).toMatchObject({ kind: 'change', opportunityId: 'o-tue', change: { addSlots: mondayMorning }, wouldServe: 3 });
    expect(session!.message).toBe('「畑の手入れ」（流山畑の会）で月曜09:00〜12:00の回を設けると、3人が参加できます');
  });

  it('counts wouldServe exactly: matching the group again against the changed catalog finds that many new fits', () => {
    for (const group of report.groups) {
      const suggestion = group.suggestion!;
      const changed = suggested(suggestion, group.people);
      const others = catalog.filter((o) => o.id !== changed.id);
      const newlyServed = people.filter(
        (p) => matchedIds(p, [...others, changed]).includes(changed.id) && !matchedIds(p, catalog).includes(changed.id),
      );
      expect(newlyServed).toHaveLength(suggestion.wouldServe);
    }
  });

  it('proposes a new opening when no existing one can be changed to fit', () => {
    // On foot, a quarter of an hour: nothing in the catalog is within reach, so no change to an existing opportunity helps.
    const far = [0, 1, 2].map(() =>
      person({
        home: { area: anotherArea },
        travel: { modes: ['walk'], maxMinutes: 15 },
        availability: mondayMorning,
        step: 1,
        needs: ['quiet_space'],
      }),
    );
    const [group] = unmetNeeds(far, openings, { threshold: 1, today }).groups;
    expect(group!.binding).toEqual([]);
    expect(group!.suggestion).toMatchObject({
      kind: 'new',
      wouldServe: 3,
      profile: { area: anotherArea, timeBand: 'weekday_morning', step: 1, support: ['quiet_space'] },
    });
    expect(group!.suggestion!.message).toBe(
      `${labelOf(anotherArea)}で平日午前、少人数・会話少なめ、静かに休める場所のある段階1の人向けの居場所があれば 3人が参加できます`,
    );
  });

  it('merges groups too small to show into a coarser one, dropping needs first', () => {
    const mixed = [
      person({ availability: mondayMorning, needs: ['quiet_space'] }),
      person({ availability: mondayMorning, needs: ['trial_visit'] }),
      person({ availability: mondayMorning }),
    ];
    const result = unmetNeeds(mixed, openings, { threshold: 1, today });
    expect(result.groups.map((g) => [g.profile, g.people])).toEqual([[{ area: anArea, timeBand: 'weekday_morning', step: 2 }, 3]]);
    expect(result.suppressed).toBe(0);
  });

  it('places a person in the band where they have the most free time', () => {
    expect(timeBandOf([{ day: 'tue', start: '11:00', end: '15:00' }])).toBe('weekday_afternoon');
    expect(
      timeBandOf([
        { day: 'sat', start: '09:00', end: '10:00' },
        { day: 'mon', start: '18:00', end: '18:30' },
      ]),
    ).toBe('weekend');
    expect(timeBandOf([])).toBe('none');
  });
});
