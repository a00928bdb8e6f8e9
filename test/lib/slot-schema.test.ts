import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../src/lib/openapi';
import { SlotSchema } from '../../src/lib/schemas';

function problemsOf(value: unknown) {
  const result = SlotSchema.safeParse(value);
  return result.success ? [] : fieldErrors(result.error);
}

describe('slot validation', () => {
  it('accepts a morning slot and an evening slot ending at midnight', () => {
    expect(problemsOf({ day: 'tue', start: '09:00', end: '12:00' })).toEqual([]);
    expect(problemsOf({ day: 'fri', start: '21:00', end: '24:00' })).toEqual([]);
  });

  it('reports a bad day and an end before the start together', () => {
    expect(
      problemsOf({ day: 'funday', start: '13:00', end: '09:00' })
        .map((e) => e.path)
        .sort(),
    ).toEqual(['day', 'end']);
  });

  it('reports a malformed time once', () => {
    expect(problemsOf({ day: 'mon', start: '9時', end: '12:00' }).map((e) => e.path)).toEqual(['start']);
  });

  it('refuses a slot that starts at 24:00 or has equal start and end', () => {
    expect(problemsOf({ day: 'mon', start: '24:00', end: '24:00' }).map((e) => e.path)).toContain('start');
    expect(problemsOf({ day: 'mon', start: '10:00', end: '10:00' }).map((e) => e.path)).toEqual(['end']);
  });
});
