import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../src/domain/types';
import { longestOverlap, matchedSlots, overlapMinutes } from '../../../src/domain/schedule/overlap';
import { toWeekRanges } from '../../../src/domain/schedule/week-ranges';

const slot = (day: Slot['day'], start: string, end: string): Slot => ({ day, start, end });

describe('schedule: overlap', () => {
  it('measures the shared time of two slots on the same day', () => {
    expect(longestOverlap([slot('tue', '09:00', '13:00')], [slot('tue', '10:00', '12:00')])).toBe(120);
    expect(longestOverlap([slot('tue', '09:00', '10:00')], [slot('tue', '09:30', '12:00')])).toBe(30);
  });

  it('finds nothing shared on different days, even at the same hours', () => {
    expect(longestOverlap([slot('tue', '09:00', '12:00')], [slot('wed', '09:00', '12:00')])).toBe(0);
  });

  it('counts touching slots as not shared', () => {
    expect(longestOverlap([slot('tue', '09:00', '10:00')], [slot('tue', '10:00', '11:00')])).toBe(0);
  });

  it('joins free time given in pieces into one window', () => {
    const person = [slot('tue', '09:00', '10:00'), slot('tue', '10:00', '11:00')];
    expect(longestOverlap(person, [slot('tue', '09:00', '12:00')])).toBe(120);
  });

  it('never joins a window across midnight', () => {
    const person = [slot('mon', '23:00', '24:00'), slot('tue', '00:00', '01:00')];
    const opportunity = [slot('mon', '23:30', '24:00'), slot('tue', '00:00', '00:30')];
    expect(longestOverlap(person, opportunity)).toBe(30);
  });

  it('adds up the shared time across the week', () => {
    const person = [slot('mon', '09:00', '12:00'), slot('thu', '13:00', '17:00')];
    const opportunity = [slot('mon', '10:00', '11:00'), slot('thu', '14:30', '18:00'), slot('sat', '10:00', '12:00')];
    expect(overlapMinutes(person, opportunity)).toBe(60 + 150);
  });

  it('returns the shared windows long enough to take part in, in week order', () => {
    const person = [slot('thu', '13:00', '17:00'), slot('mon', '09:00', '12:00'), slot('wed', '09:00', '09:45')];
    const opportunity = [slot('mon', '10:00', '11:00'), slot('wed', '09:00', '12:00'), slot('thu', '14:30', '18:00')];
    expect(matchedSlots(person, opportunity)).toEqual([slot('mon', '10:00', '11:00'), slot('thu', '14:30', '17:00')]);
  });

  it('ignores slots that are not valid rather than guessing', () => {
    expect(toWeekRanges([slot('tue', '12:00', '09:00'), slot('tue', 'noon', '13:00')])).toEqual(new Int32Array());
  });

  it('keeps the week sorted and merged whatever order the slots come in', () => {
    const ranges = toWeekRanges([slot('wed', '10:00', '11:00'), slot('mon', '09:00', '10:30'), slot('mon', '10:00', '12:00')]);
    expect(Array.from(ranges)).toEqual([540, 720, 2 * 1440 + 600, 2 * 1440 + 660]);
  });
});
