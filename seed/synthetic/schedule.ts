/**
 * Weekly schedules for synthetic openings, with the short label a title carries (火曜午前,
 * 週2日・午後, 土日・早朝). Jobs run on more weekdays and longer hours than places to be.
 */
import type { Day, OpportunityKind, Slot } from '../../src/domain/types';
import type { Rng } from './prng';

type Window = { start: string; end: string; label: string };

const DAYTIME_WINDOWS: readonly Window[] = [
  { start: '07:00', end: '09:00', label: '早朝' },
  { start: '09:00', end: '12:00', label: '午前' },
  { start: '10:00', end: '12:00', label: '午前' },
  { start: '10:00', end: '15:00', label: '日中' },
  { start: '13:00', end: '16:00', label: '午後' },
  { start: '14:00', end: '16:00', label: '午後' },
  { start: '16:00', end: '18:00', label: '夕方' },
];

/** Evenings suit places to be and classes (people who work or study by day), not work. */
const EVENING_WINDOWS: readonly Window[] = [...DAYTIME_WINDOWS, { start: '19:00', end: '21:00', label: '夜' }];

const JOB_WINDOWS: readonly Window[] = [
  { start: '06:00', end: '09:00', label: '早朝' },
  { start: '09:00', end: '13:00', label: '午前' },
  { start: '09:00', end: '15:00', label: '日中' },
  { start: '10:00', end: '16:00', label: '日中' },
  { start: '13:00', end: '17:00', label: '午後' },
];

const WEEKDAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const WEEKEND: readonly Day[] = ['sat', 'sun'];
const DAY_ORDER: readonly Day[] = [...WEEKDAYS, ...WEEKEND];
const DAY_NAMES: Record<Day, string> = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' };

export type WeeklySchedule = {
  slots: Slot[];
  /** e.g. 火曜午前, 週3日・日中, 土日・午後 */
  label: string;
  /** Hours in one slot, for tags like 短時間. */
  hours: number;
};

export function weeklySchedule(rng: Rng, kind: OpportunityKind): WeeklySchedule {
  const job = kind === 'employment' || kind === 'intermediate_work';
  const evening = kind === 'ibasho' || kind === 'learning';
  const window = rng.pick(job ? JOB_WINDOWS : evening ? EVENING_WINDOWS : DAYTIME_WINDOWS);
  const days = job
    ? rng.sample(rng.chance(0.2) ? DAY_ORDER.slice(0, 6) : WEEKDAYS, rng.int(2, 5))
    : rng.sample(rng.chance(0.25) ? WEEKEND : WEEKDAYS, rng.int(1, 2) + (rng.chance(0.2) ? 1 : 0));
  days.sort((a, b) => DAY_ORDER.indexOf(a) - DAY_ORDER.indexOf(b));
  return {
    slots: days.map((day) => ({ day, start: window.start, end: window.end })),
    label: `${daysLabel(days)}${window.label}`,
    hours: minutes(window.end) / 60 - minutes(window.start) / 60,
  };
}

function daysLabel(days: Day[]): string {
  const [only] = days;
  if (days.length === 1 && only) return `${DAY_NAMES[only]}曜`;
  if (days.every((d) => WEEKEND.includes(d))) return '土日・';
  return `週${days.length}日・`;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
