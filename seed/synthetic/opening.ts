/**
 * One synthetic opening from an activity offered by a host: schedule, place, support, who may
 * take part, pay and status, with the proportions a real city catalog roughly has.
 */
import type { Gender, OpportunityStatus, Support } from '../../src/domain/types';
import { round4 } from '../demo/build';
import type { DemoHost, DemoLocation, DemoOpportunity } from '../demo/types';
import type { Activity } from './activities';
import { describeOpening } from './description';
import type { HostPlace } from './places';
import type { Rng } from './prng';
import { weeklySchedule } from './schedule';

const GENERAL_SUPPORT: readonly Support[] = ['trial_visit', 'accompaniment', 'quiet_space', 'flexible_attendance', 'short_hours'];
/** From home there is no one to accompany and no room to rest in. */
const ONLINE_SUPPORT: readonly Support[] = ['trial_visit', 'flexible_attendance', 'short_hours'];
const WORK_KINDS: readonly Activity['kind'][] = ['work_experience', 'intermediate_work', 'employment'];

export function makeOpening(rng: Rng, host: DemoHost, place: HostPlace, activity: Activity): DemoOpportunity {
  const online = activity.online === 'only' || (activity.online === 'sometimes' && rng.chance(0.3));
  const where = online ? 'オンライン' : rng.pick(activity.places);
  const schedule = weeklySchedule(rng, activity.kind);
  const isJob = activity.kind === 'employment';
  const when = isJob ? `パート・${schedule.label}` : schedule.label;
  const environment = online ? { ...activity.environment, customerFacing: false } : activity.environment;
  const support = supportFor(rng, activity, online, schedule.hours);
  const pay = activity.kind === 'work_experience' && rng.chance(0.2) ? 'allowance' : activity.pay;
  const costYen = costFor(rng, activity);

  const tags = new Set(activity.tags);
  if (online) tags.add('オンライン');
  if (schedule.hours <= 2) tags.add('短時間');
  if (environment.groupSize === 'solo') tags.add('ひとり作業');
  if (schedule.slots.every((s) => s.day === 'sat' || s.day === 'sun')) tags.add('週末');

  return {
    hostKey: host.key,
    title: `${where}での${activity.label}（${when}）`,
    kind: activity.kind,
    description: describeOpening({ where, what: activity.what, environment, support, pay, costYen }),
    tags: [...tags],
    schedule: schedule.slots,
    location: online ? onlineLocation(host) : nearHost(rng, place),
    capacity: isJob ? rng.int(1, 3) : rng.int(1, 10),
    step: activity.step,
    environment,
    support,
    eligibility: eligibilityFor(rng, activity),
    pay,
    costYen,
    status: statusFor(rng, host),
  };
}

function supportFor(rng: Rng, activity: Activity, online: boolean, hours: number): Support[] {
  const chosen = new Set<Support>(online ? ['online'] : []);
  for (const s of rng.sample(online ? ONLINE_SUPPORT : GENERAL_SUPPORT, rng.int(1, 3))) chosen.add(s);
  if (WORK_KINDS.includes(activity.kind) && rng.chance(0.5)) chosen.add('job_coach');
  if (hours <= 2) chosen.add('short_hours');
  return [...chosen];
}

function costFor(rng: Rng, activity: Activity): number {
  if (activity.kind === 'ibasho' && rng.chance(0.25)) return rng.pick([100, 200, 300]);
  if (activity.kind === 'learning' && rng.chance(0.15)) return rng.pick([300, 500]);
  return 0;
}

function eligibilityFor(rng: Rng, activity: Activity): DemoOpportunity['eligibility'] {
  const genders: Gender[] = ['ibasho', 'learning', 'volunteer'].includes(activity.kind) && rng.chance(0.04) ? ['female'] : [];
  if (activity.youth && rng.chance(0.8)) return { minAge: 15, maxAge: 39, genders };
  if (activity.kind === 'employment' || activity.kind === 'intermediate_work') {
    return rng.chance(0.3) ? { minAge: 18, maxAge: 64, genders } : { minAge: 18, genders };
  }
  return rng.chance(0.7) ? { minAge: 15, genders } : { genders };
}

function statusFor(rng: Rng, host: DemoHost): OpportunityStatus {
  if (host.status === 'ended') return 'closed';
  if (host.status !== 'active') return 'paused';
  const roll = rng.next();
  return roll < 0.9 ? 'open' : roll < 0.96 ? 'paused' : 'closed';
}

function onlineLocation(host: DemoHost): DemoLocation {
  return { area: host.area, station: null, lat: null, lng: null, online: true };
}

/** Most openings are at the host's own place; a few metres of spread keeps map pins apart. */
function nearHost(rng: Rng, place: HostPlace): DemoLocation {
  return {
    area: place.area,
    station: place.station,
    lat: round4(place.lat + (rng.next() - 0.5) * 0.001),
    lng: round4(place.lng + (rng.next() - 0.5) * 0.001),
    online: false,
  };
}
