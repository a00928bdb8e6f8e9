import { anArea, pointOf, stations } from './city';
import type { Harness } from './harness';
import { mustAnswer } from './must-answer';

/**
 * Hosts, their users and opportunities: valid request bodies, and records made through the API as
 * an admin. Participants are made in participants.ts, placements in placements.ts.
 */

type Overrides = Record<string, unknown>;

export function hostInput(overrides: Overrides = {}) {
  return {
    name: 'NPO法人ながれやま畑の会',
    nameKana: 'えぬぴーおーほうじんながれやまはたけのかい',
    type: 'npo',
    area: anArea,
    address: 'テスト市テスト町1-2-3',
    contact: { person: '畑山 花子（架空）', phone: '04-0000-0000', email: 'hatake@example.org' },
    understanding: ['hikikomori', 'mental_health'],
    status: 'active',
    notes: 'テスト用の架空の受け入れ先',
    ...overrides,
  };
}

export function opportunityInput(hostId: string, overrides: Overrides = {}) {
  return {
    hostId,
    title: '畑の手入れ（午前のみ）',
    kind: 'work_experience',
    description: '季節の野菜の手入れを、少人数でゆっくり行います。',
    tags: ['農作業', '屋外'],
    schedule: [{ day: 'tue', start: '09:00', end: '12:00' }],
    location: { area: anArea, station: stations[0]?.name ?? null, ...pointOf(anArea), online: false },
    capacity: 3,
    step: 3,
    environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false },
    support: ['trial_visit', 'accompaniment', 'flexible_attendance'],
    eligibility: { minAge: 15, maxAge: 64, genders: [] },
    pay: 'none',
    costYen: 0,
    status: 'open',
    ...overrides,
  };
}

export async function makeHost(h: Harness, overrides: Overrides = {}) {
  return mustAnswer(201, 'makeHost', await h.as('admin').post('/v1/hosts', hostInput(overrides)));
}

export async function makeOpportunity(h: Harness, hostId: string, overrides: Overrides = {}) {
  return mustAnswer(201, 'makeOpportunity', await h.as('admin').post('/v1/opportunities', opportunityInput(hostId, overrides)));
}

/** A user bound to `hostId`, returned as the caller to pass to `h.as`. */
export async function makeHostUser(h: Harness, hostId: string): Promise<{ token: string }> {
  const user = mustAnswer(
    201,
    'makeHostUser',
    await h.as('admin').post('/v1/users', { name: '受け入れ担当（架空）', role: 'host', hostId }),
  );
  return { token: user.token as string };
}
