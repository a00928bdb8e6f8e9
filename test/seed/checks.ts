/**
 * What every seeded host and opening must satisfy to be accepted by the API (its schemas, `/docs`). Each check
 * returns the list of problems so a failing test names all of them at once.
 */
import { AREAS } from '../../src/config';
import {
  CONVERSATION_LEVELS,
  DAYS,
  GENDERS,
  GROUP_SIZES,
  HOST_STATUSES,
  HOST_TYPES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  PAY_KINDS,
  STEPS,
  SUPPORTS,
  UNDERSTANDING,
} from '../../src/domain/types';
import type { DemoHost, DemoOpportunity } from '../../seed/demo/types';

const HOST_FIELDS = ['key', 'name', 'nameKana', 'type', 'area', 'address', 'contact', 'understanding', 'status', 'notes'];
const OPPORTUNITY_FIELDS = [
  'hostKey',
  'title',
  'kind',
  'description',
  'tags',
  'schedule',
  'location',
  'capacity',
  'step',
  'environment',
  'support',
  'eligibility',
  'pay',
  'costYen',
  'status',
];
/** Fields an opening carries only when it is not the usual weekly, all-year kind. */
const OPTIONAL_OPPORTUNITY_FIELDS = ['attendance', 'months'];
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const HIRAGANA_READING = /^[\p{Script=Hiragana}ー]+$/u;

export const FAKE_HOST_PHONE = /^04-0000-\d{4}$/;

export type Bounds = { minLat: number; maxLat: number; minLng: number; maxLng: number };

const has = (list: readonly unknown[], value: unknown) => list.includes(value);

function sameFields(value: object, expected: string[]): boolean {
  return Object.keys(value).sort().join() === [...expected].sort().join();
}

/** `areas`: the codes the host must use; the settings in force unless the data is written for another city. */
export function hostProblems(host: DemoHost, areas: readonly string[] = AREAS): string[] {
  const p: string[] = [];
  const at = `host ${host.key}`;
  if (!sameFields(host, HOST_FIELDS)) p.push(`${at}: fields ${Object.keys(host).join()}`);
  if (!has(HOST_TYPES, host.type)) p.push(`${at}: type ${host.type}`);
  if (!has(HOST_STATUSES, host.status)) p.push(`${at}: status ${host.status}`);
  if (!has(areas, host.area)) p.push(`${at}: area ${host.area}`);
  if (!HIRAGANA_READING.test(host.nameKana)) p.push(`${at}: nameKana ${host.nameKana}`);
  if (!host.name.trim() || !host.address.trim()) p.push(`${at}: blank name or address`);
  if (!FAKE_HOST_PHONE.test(host.contact.phone)) p.push(`${at}: phone ${host.contact.phone}`);
  if (!host.contact.email.endsWith('@example.jp')) p.push(`${at}: email ${host.contact.email}`);
  if (host.understanding.length === 0) p.push(`${at}: no understanding`);
  for (const u of host.understanding) if (!has(UNDERSTANDING, u)) p.push(`${at}: understanding ${u}`);
  return p;
}

export function opportunityProblems(o: DemoOpportunity, bounds?: Bounds, areas: readonly string[] = AREAS): string[] {
  const p: string[] = [];
  const at = `opportunity 「${o.title}」`;
  const present = OPTIONAL_OPPORTUNITY_FIELDS.filter((field) => field in o);
  if (!sameFields(o, [...OPPORTUNITY_FIELDS, ...present])) p.push(`${at}: fields ${Object.keys(o).join()}`);
  if (o.attendance !== undefined && o.attendance !== 'any' && o.attendance !== 'all') p.push(`${at}: attendance ${o.attendance}`);
  if (o.months?.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) p.push(`${at}: months`);
  if (!o.title.trim() || !o.description.trim()) p.push(`${at}: blank title or description`);
  if (!has(OPPORTUNITY_KINDS, o.kind)) p.push(`${at}: kind ${o.kind}`);
  if (!has(STEPS, o.step)) p.push(`${at}: step ${o.step}`);
  if (!has(OPPORTUNITY_STATUSES, o.status)) p.push(`${at}: status ${o.status}`);
  if (!has(PAY_KINDS, o.pay)) p.push(`${at}: pay ${o.pay}`);
  if (!Number.isInteger(o.costYen) || o.costYen < 0) p.push(`${at}: costYen ${o.costYen}`);
  if (!Number.isInteger(o.capacity) || o.capacity < 1 || o.capacity > 10) p.push(`${at}: capacity ${o.capacity}`);
  if (o.tags.length === 0 || o.tags.some((t) => !t.trim())) p.push(`${at}: tags`);
  if (new Set(o.tags).size !== o.tags.length) p.push(`${at}: repeated tags`);

  if (o.schedule.length === 0) p.push(`${at}: empty schedule`);
  for (const s of o.schedule) {
    if (!has(DAYS, s.day)) p.push(`${at}: day ${s.day}`);
    if (!HHMM.test(s.start) || !HHMM.test(s.end) || s.start >= s.end) p.push(`${at}: slot ${s.day} ${s.start}-${s.end}`);
  }

  const { environment: env } = o;
  if (!has(GROUP_SIZES, env.groupSize)) p.push(`${at}: groupSize ${env.groupSize}`);
  if (!has(CONVERSATION_LEVELS, env.conversation)) p.push(`${at}: conversation ${env.conversation}`);
  if (typeof env.customerFacing !== 'boolean' || typeof env.phone !== 'boolean') p.push(`${at}: environment flags`);
  for (const s of o.support) if (!has(SUPPORTS, s)) p.push(`${at}: support ${s}`);
  if (new Set(o.support).size !== o.support.length) p.push(`${at}: repeated support`);

  const { minAge, maxAge, genders } = o.eligibility;
  for (const g of genders) if (!has(GENDERS, g)) p.push(`${at}: gender ${g}`);
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) p.push(`${at}: minAge > maxAge`);

  const loc = o.location;
  if (!has(areas, loc.area)) p.push(`${at}: area ${loc.area}`);
  if (loc.online) {
    if (loc.lat !== null || loc.lng !== null || loc.station !== null) p.push(`${at}: online with a place`);
    if (!o.support.includes('online')) p.push(`${at}: online without online support`);
  } else if (loc.lat === null || loc.lng === null || !loc.station) {
    p.push(`${at}: in person without station or coordinates`);
  } else if (bounds && (loc.lat < bounds.minLat || loc.lat > bounds.maxLat || loc.lng < bounds.minLng || loc.lng > bounds.maxLng)) {
    p.push(`${at}: outside the city at ${loc.lat},${loc.lng}`);
  }
  return p;
}
