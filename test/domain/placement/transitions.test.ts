import { describe, expect, it } from 'vitest';
import type { PlacementStatus } from '../../../src/domain/placement/statuses';
import { DECLINE_REASONS, END_REASONS, PLACEMENT_STATUSES, PLACEMENT_STATUS_LABELS } from '../../../src/domain/placement/statuses';
import { canHostTransition, planTransition } from '../../../src/domain/placement/transitions';

const ALLOWED: [PlacementStatus, PlacementStatus][] = [
  ['proposed', 'accepted'],
  ['proposed', 'declined'],
  ['proposed', 'cancelled'],
  ['accepted', 'trial'],
  ['accepted', 'active'],
  ['accepted', 'cancelled'],
  ['trial', 'active'],
  ['trial', 'ended'],
  ['active', 'ended'],
];
const isAllowed = (from: PlacementStatus, to: PlacementStatus) => ALLOWED.some(([f, t]) => f === from && t === to);

/** A request that satisfies the reason rules, so only the table decides. */
function validRequest(to: PlacementStatus) {
  if (to === 'ended') return { to, reason: 'completed' };
  if (to === 'declined') return { to, reason: 'no_capacity' };
  return { to };
}

const ALL_PAIRS = PLACEMENT_STATUSES.flatMap((from) => PLACEMENT_STATUSES.map((to) => [from, to] as const));

describe('placement: transition table', () => {
  it('covers all 49 pairs of statuses', () => {
    expect(ALL_PAIRS).toHaveLength(49);
  });

  it.each(ALL_PAIRS.filter(([from, to]) => isAllowed(from, to)))('allows %s → %s', (from, to) => {
    const plan = planTransition(from, validRequest(to));
    expect(plan).toMatchObject({ ok: true, from, to });
  });

  it.each(ALL_PAIRS.filter(([from, to]) => !isAllowed(from, to)))('refuses %s → %s', (from, to) => {
    const plan = planTransition(from, validRequest(to));
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.code).toBe('invalid_transition');
    expect(plan.message).toContain(PLACEMENT_STATUS_LABELS[from]);
  });

  it('explains a refused move in plain Japanese', () => {
    expect(planTransition('proposed', { to: 'ended', reason: 'completed' })).toEqual({
      ok: false,
      code: 'invalid_transition',
      message: '「提案中」から「終了」には進めません',
    });
    expect(planTransition('active', { to: 'active' })).toMatchObject({ message: 'すでに「参加中」です' });
    expect(planTransition('ended', { to: 'active' })).toMatchObject({
      message: '「終了」になったつなぎは、ほかの状態に進められません',
    });
  });

  it('judges the move before the reason', () => {
    expect(planTransition('proposed', { to: 'ended' })).toMatchObject({ ok: false, code: 'invalid_transition' });
  });
});

describe('placement: reasons', () => {
  it.each(END_REASONS)('ends with reason %s', (reason) => {
    expect(planTransition('active', { to: 'ended', reason })).toMatchObject({ ok: true, reason });
  });

  it.each(DECLINE_REASONS)('declines with reason %s', (reason) => {
    expect(planTransition('proposed', { to: 'declined', reason })).toMatchObject({ ok: true, reason });
  });

  it.each([undefined, null, ''])('needs a reason to end (reason: %j)', (reason) => {
    expect(planTransition('trial', { to: 'ended', reason })).toEqual({
      ok: false,
      code: 'reason_required',
      message: '「終了」にするときは理由を選んでください',
    });
  });

  it('needs a reason to decline', () => {
    expect(planTransition('proposed', { to: 'declined' })).toMatchObject({ ok: false, code: 'reason_required' });
  });

  it('refuses a decline reason for ending, and an end reason for declining', () => {
    const ending = planTransition('active', { to: 'ended', reason: 'no_capacity' });
    expect(ending).toMatchObject({ ok: false, code: 'invalid_reason' });
    if (!ending.ok) expect(ending.message).toContain('予定どおり修了');
    expect(planTransition('proposed', { to: 'declined', reason: 'completed' })).toMatchObject({
      ok: false,
      code: 'invalid_reason',
    });
  });

  it('refuses a reason on a move that takes none, pointing to the note instead', () => {
    const plan = planTransition('accepted', { to: 'active', reason: 'completed' });
    expect(plan).toMatchObject({ ok: false, code: 'invalid_reason' });
    if (!plan.ok) expect(plan.message).toContain('メモ');
  });

  it('treats an empty reason on such a move as no reason', () => {
    expect(planTransition('accepted', { to: 'active', reason: '' })).toMatchObject({ ok: true, reason: null });
  });

  it('stores no reason for moves that take none', () => {
    expect(planTransition('proposed', { to: 'cancelled' })).toMatchObject({ ok: true, reason: null });
  });
});

describe('placement: effects on seats and follow-ups', () => {
  const effects = (from: PlacementStatus, to: PlacementStatus) => {
    const plan = planTransition(from, validRequest(to));
    if (!plan.ok) throw new Error(`${from} → ${to} should be allowed`);
    return plan.effects;
  };

  it.each([
    // from, to, takesSeat, releasesSeat, startsFollowUps, cancelsFollowUps
    ['proposed', 'accepted', true, false, false, false],
    ['proposed', 'declined', false, false, false, true],
    ['proposed', 'cancelled', false, false, false, true],
    ['accepted', 'trial', false, false, true, false],
    ['accepted', 'active', false, false, true, false],
    ['accepted', 'cancelled', false, true, false, true],
    ['trial', 'active', false, false, false, false],
    ['trial', 'ended', false, true, false, true],
    ['active', 'ended', false, true, false, true],
  ] as const)(
    '%s → %s: takes seat %s, releases seat %s, starts follow-ups %s, cancels follow-ups %s',
    (from, to, takesSeat, releasesSeat, startsFollowUps, cancelsFollowUps) => {
      expect(effects(from, to)).toEqual({ takesSeat, releasesSeat, startsFollowUps, cancelsFollowUps });
    },
  );

  it('keeps seats balanced on every path through the machine', () => {
    const paths: PlacementStatus[][] = [
      ['proposed', 'declined'],
      ['proposed', 'cancelled'],
      ['proposed', 'accepted', 'cancelled'],
      ['proposed', 'accepted', 'trial', 'ended'],
      ['proposed', 'accepted', 'trial', 'active', 'ended'],
      ['proposed', 'accepted', 'active', 'ended'],
    ];
    for (const path of paths) {
      let seats = 0;
      let schedules = 0;
      for (let i = 1; i < path.length; i++) {
        const e = effects(path[i - 1]!, path[i]!);
        seats += (e.takesSeat ? 1 : 0) - (e.releasesSeat ? 1 : 0);
        if (e.startsFollowUps) schedules += 1;
      }
      expect(seats, path.join(' → ')).toBe(0);
      expect(schedules, path.join(' → ')).toBe(path.includes('trial') || path.includes('active') ? 1 : 0);
    }
  });
});

describe('placement: what a host may do', () => {
  it('answers a proposal: accept or decline', () => {
    expect(canHostTransition('proposed', 'accepted')).toBe(true);
    expect(canHostTransition('proposed', 'declined')).toBe(true);
  });

  it('may not withdraw a proposal, start, or end a placement', () => {
    expect(canHostTransition('proposed', 'cancelled')).toBe(false);
    expect(canHostTransition('accepted', 'trial')).toBe(false);
    expect(canHostTransition('accepted', 'active')).toBe(false);
    expect(canHostTransition('active', 'ended')).toBe(false);
  });

  it.each(ALL_PAIRS.filter(([from, to]) => !(from === 'proposed' && (to === 'accepted' || to === 'declined'))))(
    'may not move %s → %s',
    (from, to) => {
      expect(canHostTransition(from, to)).toBe(false);
    },
  );
});
