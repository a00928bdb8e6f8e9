import { describe, expect, it } from 'vitest';
import { pickFollowUpToComplete } from '../../../src/domain/follow-up/completion';

const open = [
  { id: 'f14', dueDate: '2026-04-15' },
  { id: 'f7', dueDate: '2026-04-08' },
  { id: 'f30', dueDate: '2026-05-01' },
];

describe('follow-up: which one a check-in completes', () => {
  it('completes a follow-up due exactly 3 days after the check-in', () => {
    expect(pickFollowUpToComplete(open, '2026-04-05')?.id).toBe('f7');
  });

  it('completes nothing when the next one is due 4 days after the check-in', () => {
    expect(pickFollowUpToComplete(open, '2026-04-04')).toBeNull();
  });

  it('completes one due on the check-in date', () => {
    expect(pickFollowUpToComplete(open, '2026-04-08')?.id).toBe('f7');
  });

  it('settles the earliest open one first when several are due, whatever their order', () => {
    expect(pickFollowUpToComplete(open, '2026-05-10')?.id).toBe('f7');
    expect(pickFollowUpToComplete(open.slice(0, 1).concat(open.slice(2)), '2026-05-10')?.id).toBe('f14');
  });

  it('completes nothing when no follow-up is open', () => {
    expect(pickFollowUpToComplete([], '2026-05-10')).toBeNull();
  });

  it('grants the grace across a month end', () => {
    expect(pickFollowUpToComplete([{ dueDate: '2026-05-01' }], '2026-04-28')).toEqual({ dueDate: '2026-05-01' });
    expect(pickFollowUpToComplete([{ dueDate: '2026-05-01' }], '2026-04-27')).toBeNull();
  });
});
