import { describe, expect, it } from 'vitest';
import type { CheckInSignals } from '../../../src/domain/follow-up/warning-signs';
import { warningSigns } from '../../../src/domain/follow-up/warning-signs';

const codes = (checkIns: CheckInSignals[]) => warningSigns(checkIns).map((s) => s.code);
const attended = (date: string, a: number, planned: number): CheckInSignals => ({ date, attendance: { attended: a, planned } });
const feeling = (date: string, wellbeing: number): CheckInSignals => ({ date, wellbeing });

describe('follow-up: warning signs', () => {
  it('finds nothing in a placement going well, or with no check-ins yet', () => {
    expect(warningSigns([])).toEqual([]);
    expect(
      warningSigns([
        { date: '2026-04-08', attendance: { attended: 2, planned: 2 }, wellbeing: 4 },
        { date: '2026-04-15', attendance: { attended: 3, planned: 4 }, wellbeing: 4, concerns: [] },
      ]),
    ).toEqual([]);
  });
});

describe('follow-up: warning signs — attendance', () => {
  it('warns after two check-ins in a row with attendance below half', () => {
    const signs = warningSigns([attended('2026-04-08', 1, 4), attended('2026-04-15', 0, 2)]);
    expect(signs).toEqual([{ code: 'low_attendance', message: '出席が予定の50%に届かない記録が2回続いています' }]);
  });

  it('does not warn after only one low check-in', () => {
    expect(codes([attended('2026-04-08', 4, 4), attended('2026-04-15', 0, 4)])).toEqual([]);
  });

  it('does not count exactly half as low', () => {
    expect(codes([attended('2026-04-08', 1, 2), attended('2026-04-15', 2, 4)])).toEqual([]);
  });

  it('ignores check-ins with nothing planned or no attendance between the low ones', () => {
    expect(
      codes([attended('2026-04-08', 1, 4), attended('2026-04-10', 0, 0), { date: '2026-04-12' }, attended('2026-04-15', 1, 3)]),
    ).toEqual(['low_attendance']);
  });

  it('stops warning once attendance has recovered', () => {
    expect(codes([attended('2026-04-01', 0, 4), attended('2026-04-08', 1, 4), attended('2026-04-15', 4, 4)])).toEqual([]);
  });

  it('reads the check-ins in date order even when given out of order', () => {
    expect(codes([attended('2026-04-15', 1, 4), attended('2026-04-01', 4, 4), attended('2026-04-08', 0, 4)])).toEqual(['low_attendance']);
    expect(codes([attended('2026-04-15', 4, 4), attended('2026-04-01', 0, 4), attended('2026-04-08', 0, 4)])).toEqual([]);
  });
});

describe('follow-up: warning signs — wellbeing', () => {
  it('warns when wellbeing falls by 2 between check-ins', () => {
    expect(warningSigns([feeling('2026-04-08', 4), feeling('2026-04-15', 2)])).toEqual([
      { code: 'wellbeing_drop', message: '本人の調子（5段階）が4から2に下がっています' },
    ]);
  });

  it('does not warn on a fall of 1', () => {
    expect(codes([feeling('2026-04-08', 4), feeling('2026-04-15', 3)])).toEqual([]);
  });

  it('catches a slow slide from the recent best (5 → 4 → 3)', () => {
    expect(codes([feeling('2026-04-01', 5), feeling('2026-04-08', 4), feeling('2026-04-15', 3)])).toEqual(['wellbeing_drop']);
  });

  it('skips check-ins without wellbeing when comparing', () => {
    expect(codes([feeling('2026-04-01', 5), { date: '2026-04-08' }, feeling('2026-04-15', 3)])).toEqual(['wellbeing_drop']);
  });

  it('clears once a lower level has held for a while', () => {
    expect(codes([feeling('2026-04-01', 5), feeling('2026-04-08', 3), feeling('2026-04-15', 3), feeling('2026-04-22', 3)])).toEqual([]);
  });

  it('does not warn on a rise, or with a single reading', () => {
    expect(codes([feeling('2026-04-08', 2), feeling('2026-04-15', 5)])).toEqual([]);
    expect(codes([feeling('2026-04-08', 1)])).toEqual([]);
  });
});

describe('follow-up: warning signs — concerns', () => {
  it('warns about concerns in the latest check-in, naming them', () => {
    expect(warningSigns([{ date: '2026-04-15', concerns: ['health', 'absence', 'health'] }])).toEqual([
      { code: 'concerns', message: '最新の記録に気がかりな点があります: 体調、欠席' },
    ]);
  });

  it('does not warn about concerns only in an earlier check-in', () => {
    expect(
      codes([
        { date: '2026-04-08', concerns: ['conflict'] },
        { date: '2026-04-15', concerns: [] },
      ]),
    ).toEqual([]);
  });

  it('reports every sign present at once', () => {
    expect(
      codes([
        { date: '2026-04-08', attendance: { attended: 1, planned: 4 }, wellbeing: 4 },
        { date: '2026-04-15', attendance: { attended: 0, planned: 4 }, wellbeing: 1, concerns: ['workload'] },
      ]),
    ).toEqual(['low_attendance', 'wellbeing_drop', 'concerns']);
  });
});
