import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exclusionCodes, feasibilityOpportunity } from '../../../src/domain/matching/feasibility';
import type { MatchableOpportunity, Profile, Support } from '../../../src/domain/types';
import { applyChange, newOpening } from '../../../src/domain/unmet-needs/changes';
import { coarseProfileOf, groupAnonymously } from '../../../src/domain/unmet-needs/coarse-profile';
import { unmetNeeds } from '../../../src/domain/unmet-needs/report';
import { makeOpportunity, makeProfile } from '../matching/fixtures';
import { anArea, anotherArea, pointOf } from '../../support/city';

const today = '2026-11-27';
const THRESHOLD = 2;
const days = fc.constantFrom('mon' as const, 'tue' as const, 'sat' as const);
const slot = fc
  .record({ day: days, start: fc.constantFrom('09:00', '10:30', '13:00', '18:00'), hours: fc.integer({ min: 1, max: 4 }) })
  .map(({ day, start, hours }) => ({ day, start, end: `${String(Number(start.slice(0, 2)) + hours).padStart(2, '0')}:${start.slice(3)}` }));
const area = fc.constantFrom(anotherArea, anArea);
const place = fc
  .record({ area, located: fc.boolean() })
  .map(({ area: a, located }) => (located ? { area: a, ...pointOf(a) } : { area: a }));
const supports = fc.subarray<Support>(['quiet_space', 'trial_visit', 'short_hours', 'job_coach']);
const step = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const);
const environment = fc.record({
  groupSize: fc.constantFrom('solo' as const, 'small' as const, 'large' as const),
  conversation: fc.constantFrom('none' as const, 'little' as const, 'much' as const),
  customerFacing: fc.boolean(),
  phone: fc.boolean(),
});

const opportunity = fc
  .record({
    schedule: fc.array(slot, { minLength: 1, maxLength: 2 }),
    place,
    capacity: fc.integer({ min: 1, max: 3 }),
    taken: fc.integer({ min: 0, max: 3 }),
    step,
    environment,
    support: supports,
    open: fc.boolean(),
  })
  .map((o): Omit<MatchableOpportunity, 'id'> => {
    const { id: _id, ...base } = makeOpportunity();
    return {
      ...base,
      schedule: o.schedule,
      location: { ...o.place, online: false },
      capacity: o.capacity,
      filled: Math.min(o.taken, o.capacity),
      step: o.step,
      environment: o.environment,
      support: o.support,
      status: o.open ? 'open' : 'paused',
    };
  });

const person = fc
  .record({
    home: place,
    availability: fc.array(slot, { minLength: 1, maxLength: 2 }),
    step: fc.constantFrom(1 as const, 2 as const, 3 as const),
    needs: fc.subarray<Support>(['quiet_space', 'trial_visit']),
    quiet: fc.boolean(),
  })
  .map((p): Profile =>
    makeProfile({
      home: p.home,
      availability: p.availability,
      step: p.step,
      needs: p.needs,
      travel: { modes: ['walk', 'bus'], maxMinutes: 30 },
      limits: {
        maxGroupSize: p.quiet ? 'small' : 'large',
        maxConversation: p.quiet ? 'little' : 'much',
        avoidCustomerFacing: p.quiet,
        avoidPhone: p.quiet,
      },
    }),
  );

const fits = (profile: Profile, opening: MatchableOpportunity) => exclusionCodes(profile, opening, { today }).length === 0;

describe('the suggestion for a group (random catalogs and people)', () => {
  it('never takes an opening from anyone it fitted, and fits exactly wouldServe more of the group', () => {
    const checked = { change: 0, new: 0 };
    fc.assert(
      fc.property(
        fc.array(opportunity, { minLength: 1, maxLength: 12 }),
        fc.array(person, { minLength: 3, maxLength: 30 }),
        (drawn, people) => {
          const catalog = drawn.map((o, i) => ({ ...o, id: `o${String(i).padStart(2, '0')}` }));
          const report = unmetNeeds(people, catalog.map(feasibilityOpportunity), { threshold: THRESHOLD, today });
          const underserved = people.filter((p) => catalog.filter((o) => fits(p, o)).length < THRESHOLD);
          const { groups } = groupAnonymously(underserved, coarseProfileOf);
          expect(report.groups.map((g) => g.people).sort()).toEqual(groups.map((g) => g.members.length).sort());
          for (const group of report.groups) {
            expect(group.people).toBeGreaterThanOrEqual(3);
            const { suggestion } = group;
            if (!suggestion) continue;
            const members = groups.find((g) => JSON.stringify(g.profile) === JSON.stringify(group.profile))!.members;
            const before = suggestion.kind === 'change' ? catalog.find((o) => o.id === suggestion.opportunityId)! : null;
            const after =
              suggestion.kind === 'change' ? applyChange(before!, suggestion.change) : newOpening(suggestion.profile, group.people);
            for (const p of people) if (before && fits(p, before)) expect(fits(p, after)).toBe(true);
            const newlyFitted = members.filter((p) => fits(p, after) && !(before && fits(p, before)));
            expect(newlyFitted).toHaveLength(suggestion.wouldServe);
            expect(suggestion.wouldServe).toBeGreaterThan(0);
            checked[suggestion.kind]++;
          }
        },
      ),
      { seed: 20261127, numRuns: 150 },
    );
    // The draws must reach both kinds of suggestion often, or the property says little.
    expect(checked.change).toBeGreaterThan(20);
    expect(checked.new).toBeGreaterThan(20);
  });
});
