import { hostInput, opportunityInput } from '../support/factories';
import type { Harness } from '../support/harness';
import { mustAnswer } from '../support/must-answer';
import { participantInput } from '../support/participants';
import type { Party, Tenant, World } from './world';
import { anotherArea } from '../support/city';

/**
 * Who may do what, as data: every route of the app, for every party, on an object of their own
 * tenant and on one of the other tenant's. A number is the status for both; `{ own, other }`
 * differs by scope. On `/v1`, 404 means out of scope (exactly as if missing), 403 a forbidden
 * action, and a caller without a token always gets 401. The route inventory test fails when the
 * app has a route this file does not list.
 */

export type Scope = 'own' | 'other';
export type Expected = number | { own: number; other: number };
export type Call = { path: string; body?: unknown; headers?: Record<string, string> };
export type CellInput = { h: Harness; world: World; t: Tenant; party: Party };

export type ApiRow = {
  method: 'GET' | 'POST' | 'PATCH';
  /** Exactly as the app lists the route. */
  route: string;
  call: (cell: CellInput) => Call | Promise<Call>;
  expect: Record<Party, Expected>;
};

const ALL = (status: number): Record<Party, Expected> => ({ admin: status, coordinator: status, supporter: status, host: status });
const ADMIN_ONLY = (status: number): Record<Party, Expected> => ({ admin: status, coordinator: 403, supporter: 403, host: 403 });
const STAFF = (status: number): Record<Party, Expected> => ({ admin: status, coordinator: status, supporter: status, host: 403 });
const OFFICE = (status: number): Record<Party, Expected> => ({ admin: status, coordinator: status, supporter: 403, host: 403 });
/** Staff see every host; a host only its own. */
const HOST_SCOPED = (status: number): Record<Party, Expected> => ({ ...STAFF(status), host: { own: status, other: 404 } });
/** Admin and coordinator see every participant; a supporter only their caseload; a host none. */
const CASELOAD = (status: number): Record<Party, Expected> => ({
  admin: status,
  coordinator: status,
  supporter: { own: status, other: 404 },
  host: 403,
});
/** A placement is seen by staff who see its participant and by the host it is with. */
const PLACEMENT = (status: number): Record<Party, Expected> => ({ ...CASELOAD(status), host: { own: status, other: 404 } });

/** Pages only a host's people use; staff have their own views of the same records. */
const HOST_PAGE = (status: Expected): Record<Party, Expected> => ({ admin: 404, coordinator: 404, supporter: 404, host: status });
/** A support record as each party reaches it: a supporter's "other" one names a person outside their caseload. */
const RECORD_SHARING = (status: number): Record<Party, Expected> => ({ ...OFFICE(status), supporter: { own: status, other: 404 } });

const TODAY = '2026-11-26';

function supportRecordOf(t: Tenant, party: Party): string {
  return party === 'supporter' ? t.namedRecordId : t.staffRecordId;
}

/** A throwaway host user: rotating or disabling a tenant's own user would lock the rest of the matrix out. */
async function throwawayUser(h: Harness, t: Tenant): Promise<string> {
  return mustAnswer(
    201,
    'throwaway user',
    await h.as('admin').post('/v1/users', { name: '使い捨て（架空）', role: 'host', hostId: t.hostId }),
  ).id;
}

/** The host's edit form for a fresh opening of the tenant, as the page would post it unchanged. */
async function openingForm(h: Harness, t: Tenant): Promise<{ id: string; form: Record<string, string> }> {
  const o = mustAnswer(200, 'opening', await h.as('admin').get(`/v1/opportunities/${await freshOpportunity(h, t)}`));
  return {
    id: o.id,
    form: {
      title: o.title,
      description: o.description,
      capacity: String(o.capacity),
      status: o.status,
      support: o.support[0],
      'schedule.0.day': o.schedule[0].day,
      'schedule.0.start': o.schedule[0].start,
      'schedule.0.end': o.schedule[0].end,
      'environment.groupSize': o.environment.groupSize,
      'environment.conversation': o.environment.conversation,
      version: String(o.version),
    },
  };
}

/** A fresh open opportunity of the tenant's host, so a write in one cell never depends on another. */
async function freshOpportunity(h: Harness, t: Tenant): Promise<string> {
  return mustAnswer(201, 'fresh opportunity', await h.as('admin').post('/v1/opportunities', opportunityInput(t.hostId, { capacity: 5 })))
    .id;
}

async function freshPlacement(h: Harness, t: Tenant): Promise<string> {
  const opportunityId = await freshOpportunity(h, t);
  return mustAnswer(201, 'fresh placement', await h.as('admin').post('/v1/placements', { participantId: t.participantId, opportunityId }))
    .id;
}

export const API_MATRIX: ApiRow[] = [
  { method: 'GET', route: '/v1/me', call: () => ({ path: '/v1/me' }), expect: ALL(200) },
  {
    method: 'POST',
    route: '/v1/users',
    call: () => ({ path: '/v1/users', body: { name: '新しい支援員（架空）', role: 'supporter' } }),
    expect: ADMIN_ONLY(201),
  },
  { method: 'GET', route: '/v1/users', call: () => ({ path: '/v1/users' }), expect: ADMIN_ONLY(200) },
  {
    method: 'PATCH',
    route: '/v1/users/:id',
    call: ({ t }) => ({ path: `/v1/users/${t.hostUserId}`, body: { name: '改名（架空）' } }),
    expect: ADMIN_ONLY(200),
  },
  {
    method: 'POST',
    route: '/v1/users/:id/token',
    expect: ADMIN_ONLY(201),
    call: async ({ h, t }) => ({ path: `/v1/users/${await throwawayUser(h, t)}/token`, body: {} }),
  },
  {
    method: 'POST',
    route: '/v1/users/:id/sign-in-link',
    call: ({ t }) => ({ path: `/v1/users/${t.hostUserId}/sign-in-link`, body: {} }),
    expect: OFFICE(201),
  },

  {
    method: 'POST',
    route: '/v1/hosts',
    call: () => ({ path: '/v1/hosts', body: hostInput({ name: '新しい受け入れ先（架空）' }) }),
    expect: STAFF(201),
  },
  { method: 'GET', route: '/v1/hosts', call: () => ({ path: '/v1/hosts' }), expect: ALL(200) },
  { method: 'GET', route: '/v1/hosts/:id', call: ({ t }) => ({ path: `/v1/hosts/${t.hostId}` }), expect: HOST_SCOPED(200) },
  {
    method: 'PATCH',
    route: '/v1/hosts/:id',
    call: ({ t }) => ({ path: `/v1/hosts/${t.hostId}`, body: { address: '流山市変更町1-1' } }),
    expect: HOST_SCOPED(200),
  },

  {
    method: 'POST',
    route: '/v1/opportunities',
    call: ({ t }) => ({ path: '/v1/opportunities', body: opportunityInput(t.hostId) }),
    // The host is named in the body, not the path: another host's id is refused as a missing one is.
    expect: { ...STAFF(201), host: { own: 201, other: 400 } },
  },
  { method: 'GET', route: '/v1/opportunities', call: () => ({ path: '/v1/opportunities' }), expect: ALL(200) },
  {
    method: 'GET',
    route: '/v1/opportunities/:id',
    call: ({ t }) => ({ path: `/v1/opportunities/${t.opportunityId}` }),
    expect: HOST_SCOPED(200),
  },
  {
    method: 'PATCH',
    route: '/v1/opportunities/:id',
    call: ({ t }) => ({ path: `/v1/opportunities/${t.opportunityId}`, body: { costYen: 100 } }),
    expect: HOST_SCOPED(200),
  },
  {
    method: 'POST',
    route: '/v1/opportunities/:id/confirm',
    call: ({ t }) => ({ path: `/v1/opportunities/${t.opportunityId}/confirm`, body: {} }),
    expect: HOST_SCOPED(200),
  },

  { method: 'POST', route: '/v1/participants', call: () => ({ path: '/v1/participants', body: participantInput() }), expect: STAFF(201) },
  { method: 'GET', route: '/v1/participants', call: () => ({ path: '/v1/participants' }), expect: STAFF(200) },
  {
    method: 'GET',
    route: '/v1/participants/:id',
    call: ({ t }) => ({ path: `/v1/participants/${t.participantId}` }),
    expect: CASELOAD(200),
  },
  {
    method: 'PATCH',
    route: '/v1/participants/:id',
    call: ({ t }) => ({ path: `/v1/participants/${t.participantId}`, body: { step: 3 } }),
    expect: CASELOAD(200),
  },
  {
    method: 'POST',
    route: '/v1/participants/:id/consent',
    call: ({ t }) => ({ path: `/v1/participants/${t.participantId}/consent`, body: { status: 'given' } }),
    expect: CASELOAD(200),
  },
  {
    method: 'GET',
    route: '/v1/participants/:id/export',
    call: ({ t }) => ({ path: `/v1/participants/${t.participantId}/export` }),
    expect: OFFICE(200),
  },
  {
    // A fresh person each time: erasing the tenant's own would change what every later cell sees.
    method: 'POST',
    route: '/v1/participants/:id/erase',
    expect: ADMIN_ONLY(200),
    call: async ({ h }) => ({
      path: `/v1/participants/${mustAnswer(201, 'fresh participant', await h.as('admin').post('/v1/participants', participantInput())).id}/erase`,
      body: { reason: 'request' },
    }),
  },
  {
    method: 'GET',
    route: '/v1/participants/:id/matches',
    call: ({ t }) => ({ path: `/v1/participants/${t.participantId}/matches` }),
    expect: CASELOAD(200),
  },
  { method: 'POST', route: '/v1/matches', call: () => ({ path: '/v1/matches', body: participantInput() }), expect: STAFF(200) },

  {
    method: 'POST',
    route: '/v1/placements',
    expect: CASELOAD(201),
    call: async ({ h, t }) => ({
      path: '/v1/placements',
      body: { participantId: t.participantId, opportunityId: await freshOpportunity(h, t) },
    }),
  },
  { method: 'GET', route: '/v1/placements', call: () => ({ path: '/v1/placements' }), expect: ALL(200) },
  { method: 'GET', route: '/v1/placements/:id', call: ({ t }) => ({ path: `/v1/placements/${t.placementId}` }), expect: PLACEMENT(200) },
  {
    method: 'POST',
    route: '/v1/placements/:id/transitions',
    expect: PLACEMENT(200),
    call: async ({ h, t }) => ({ path: `/v1/placements/${await freshPlacement(h, t)}/transitions`, body: { to: 'accepted' } }),
  },
  {
    method: 'POST',
    route: '/v1/placements/:id/check-ins',
    expect: PLACEMENT(201),
    call: ({ t, party }) => ({
      path: `/v1/placements/${t.placementId}/check-ins`,
      body: party === 'host' ? { date: TODAY, channel: 'host_report', hostVoice: '元気に来ています' } : { date: TODAY, channel: 'phone' },
    }),
  },
  {
    method: 'GET',
    route: '/v1/placements/:id/check-ins',
    call: ({ t }) => ({ path: `/v1/placements/${t.placementId}/check-ins` }),
    expect: PLACEMENT(200),
  },
  { method: 'GET', route: '/v1/follow-ups', call: () => ({ path: '/v1/follow-ups' }), expect: STAFF(200) },

  {
    method: 'POST',
    route: '/v1/hosts/:id/support-records',
    expect: HOST_SCOPED(201),
    call: ({ t }) => ({
      path: `/v1/hosts/${t.hostId}/support-records`,
      body: { date: TODAY, type: 'consultation', summary: '相談の記録' },
    }),
  },
  {
    method: 'GET',
    route: '/v1/hosts/:id/support-records',
    call: ({ t }) => ({ path: `/v1/hosts/${t.hostId}/support-records` }),
    expect: HOST_SCOPED(200),
  },
  {
    method: 'GET',
    route: '/v1/hosts/:id/support-records/:recordId',
    // A supporter's "other" record names a person outside their caseload; a host's is another host's.
    call: ({ t, party }) => ({ path: `/v1/hosts/${t.hostId}/support-records/${party === 'supporter' ? t.namedRecordId : t.hostRecordId}` }),
    expect: { ...HOST_SCOPED(200), supporter: { own: 200, other: 404 } },
  },
  {
    method: 'PATCH',
    route: '/v1/hosts/:id/support-records/:recordId',
    expect: { ...RECORD_SHARING(200), host: 403 },
    call: ({ t, party }) => ({
      path: `/v1/hosts/${t.hostId}/support-records/${supportRecordOf(t, party)}`,
      body: { sharedWithHost: false },
    }),
  },

  { method: 'GET', route: '/v1/imports/catalog/template', call: () => ({ path: '/v1/imports/catalog/template' }), expect: ALL(200) },
  {
    method: 'POST',
    route: '/v1/imports/catalog',
    expect: STAFF(200),
    // The tenant's own export, tried back in: the round trip the contract promises, written nowhere.
    call: async ({ h, t }) => ({
      path: '/v1/imports/catalog?dryRun=true',
      body: (await h.as('admin').get(`/v1/opportunities?format=csv&hostId=${t.hostId}`)).text,
      headers: { 'content-type': 'text/csv' },
    }),
  },

  { method: 'GET', route: '/v1/reports/summary', call: () => ({ path: '/v1/reports/summary' }), expect: OFFICE(200) },
  { method: 'GET', route: '/v1/reports/unmet-needs', call: () => ({ path: '/v1/reports/unmet-needs' }), expect: OFFICE(200) },
  { method: 'GET', route: '/v1/export/hsds', call: () => ({ path: '/v1/export/hsds' }), expect: STAFF(200) },
  { method: 'GET', route: '/v1/audit-events', call: () => ({ path: '/v1/audit-events' }), expect: ADMIN_ONLY(200) },
];

/**
 * The console's pages, by session. A page outside a party's reach answers as the API would
 * (403 or 404, on an error page); a post that succeeds sends the browser on with 303. Without a
 * session every page sends the browser to the sign-in page, and nothing runs.
 */
export type PageRow = {
  method: 'GET' | 'POST';
  route: string;
  call: (cell: CellInput) => { path: string; form?: Record<string, string> } | Promise<{ path: string; form?: Record<string, string> }>;
  expect: Record<Party, Expected>;
  /** What a browser without a session gets: the sign-in page itself at `/`, a redirect to it elsewhere. */
  anonymous: 200 | 303;
};

/** A complete, valid participant form, as the console's own form would post it. */
export function participantForm(): Record<string, string> {
  return {
    displayName: 'フォームさん',
    age: '30',
    gender: 'female',
    'home.area': anotherArea,
    'home.lat': '',
    'home.lng': '',
    'travel.modes': 'walk',
    'travel.maxMinutes': '30',
    'availability.0.day': 'tue',
    'availability.0.start': '09:00',
    'availability.0.end': '12:00',
    interests: '読書',
    step: '1',
    'limits.maxGroupSize': 'small',
    'limits.maxConversation': 'little',
    goals: '',
    referredBy: '',
  };
}

export const PAGE_MATRIX: PageRow[] = [
  { method: 'GET', route: '/', call: () => ({ path: '/' }), expect: ALL(200), anonymous: 200 },
  { method: 'GET', route: '/participants', call: () => ({ path: '/participants' }), expect: STAFF(200), anonymous: 303 },
  { method: 'GET', route: '/participants/new', call: () => ({ path: '/participants/new' }), expect: STAFF(200), anonymous: 303 },
  {
    method: 'POST',
    route: '/participants/new',
    call: () => ({ path: '/participants/new', form: participantForm() }),
    expect: STAFF(303),
    anonymous: 303,
  },
  {
    method: 'GET',
    route: '/participants/:id',
    call: ({ t }) => ({ path: `/participants/${t.participantId}` }),
    expect: CASELOAD(200),
    anonymous: 303,
  },
  {
    method: 'GET',
    route: '/participants/:id/edit',
    call: ({ t }) => ({ path: `/participants/${t.participantId}/edit` }),
    expect: CASELOAD(200),
    anonymous: 303,
  },
  {
    method: 'POST',
    route: '/participants/:id/edit',
    expect: CASELOAD(303),
    anonymous: 303,
    call: async ({ h, t }) => {
      const { version } = mustAnswer(200, 'version', await h.as('admin').get(`/v1/participants/${t.participantId}`));
      return { path: `/participants/${t.participantId}/edit`, form: { ...participantForm(), version: String(version) } };
    },
  },
  {
    method: 'POST',
    route: '/participants/:id/consent',
    call: ({ t }) => ({ path: `/participants/${t.participantId}/consent`, form: { status: 'given' } }),
    expect: CASELOAD(303),
    anonymous: 303,
  },
  {
    method: 'GET',
    route: '/participants/:id/matches',
    call: ({ t }) => ({ path: `/participants/${t.participantId}/matches` }),
    expect: CASELOAD(200),
    anonymous: 303,
  },
  { method: 'GET', route: '/unmet-needs', call: () => ({ path: '/unmet-needs' }), expect: OFFICE(200), anonymous: 303 },
  { method: 'GET', route: '/unmet-needs.csv', call: () => ({ path: '/unmet-needs.csv' }), expect: OFFICE(200), anonymous: 303 },
  {
    method: 'POST',
    route: '/participants/:id/proposals',
    expect: CASELOAD(303),
    anonymous: 303,
    call: async ({ h, t }) => ({
      path: `/participants/${t.participantId}/proposals`,
      form: { opportunityId: await freshOpportunity(h, t) },
    }),
  },
  { method: 'GET', route: '/catalog', call: () => ({ path: '/catalog' }), expect: ALL(200), anonymous: 303 },
  // The spreadsheet way in and out: a host may read its own catalog's CSV, but importing is staff work.
  { method: 'GET', route: '/catalog/export.csv', call: () => ({ path: '/catalog/export.csv' }), expect: ALL(200), anonymous: 303 },
  { method: 'GET', route: '/catalog/import', call: () => ({ path: '/catalog/import' }), expect: STAFF(200), anonymous: 303 },
  {
    method: 'GET',
    route: '/catalog/import/template.csv',
    call: () => ({ path: '/catalog/import/template.csv' }),
    expect: ALL(200),
    anonymous: 303,
  },
  // Without a file: the role is judged before the form is read, so a host is refused and staff are asked for the file.
  { method: 'POST', route: '/catalog/import', call: () => ({ path: '/catalog/import', form: {} }), expect: STAFF(400), anonymous: 303 },
  {
    method: 'POST',
    route: '/catalog/import/confirm',
    call: () => ({ path: '/catalog/import/confirm', form: {} }),
    expect: STAFF(400),
    anonymous: 303,
  },

  // The coordinator's pages, which the admin shares; each answers as its service verb does.
  { method: 'GET', route: '/follow-ups', call: () => ({ path: '/follow-ups' }), expect: STAFF(200), anonymous: 303 },
  // The staff contact form of the follow-up work list: hosts report through the API's host_report instead.
  {
    method: 'GET',
    route: '/follow-ups/:id/check-in',
    call: ({ t }) => ({ path: `/follow-ups/${t.placementId}/check-in` }),
    expect: CASELOAD(200),
    anonymous: 303,
  },
  {
    // A staff contact is not a host's to record.
    method: 'POST',
    route: '/follow-ups/:id/check-in',
    expect: { ...CASELOAD(303), host: { own: 403, other: 404 } },
    anonymous: 303,
    call: ({ t }) => ({ path: `/follow-ups/${t.placementId}/check-in`, form: { date: TODAY, channel: 'phone' } }),
  },
  { method: 'GET', route: '/host-support', call: () => ({ path: '/host-support' }), expect: ALL(200), anonymous: 303 },
  {
    method: 'GET',
    route: '/host-support/:id',
    call: ({ t }) => ({ path: `/host-support/${t.hostId}` }),
    expect: HOST_SCOPED(200),
    anonymous: 303,
  },
  {
    method: 'POST',
    route: '/host-support/:id',
    expect: HOST_SCOPED(303),
    anonymous: 303,
    call: ({ t }) => ({ path: `/host-support/${t.hostId}`, form: { date: TODAY, type: 'consultation', summary: '相談の記録' } }),
  },
  {
    method: 'POST',
    route: '/host-support/:id/records/:recordId/sharing',
    expect: { ...RECORD_SHARING(303), host: 403 },
    anonymous: 303,
    call: ({ t, party }) => ({
      path: `/host-support/${t.hostId}/records/${supportRecordOf(t, party)}/sharing`,
      form: { sharedWithHost: 'false' },
    }),
  },
  { method: 'GET', route: '/reports', call: () => ({ path: '/reports' }), expect: OFFICE(200), anonymous: 303 },
  { method: 'GET', route: '/reports/summary.csv', call: () => ({ path: '/reports/summary.csv' }), expect: OFFICE(200), anonymous: 303 },

  // The host's pages.
  { method: 'GET', route: '/openings', call: () => ({ path: '/openings' }), expect: HOST_PAGE(200), anonymous: 303 },
  {
    method: 'GET',
    route: '/openings/:id',
    call: ({ t }) => ({ path: `/openings/${t.opportunityId}` }),
    expect: HOST_PAGE({ own: 200, other: 404 }),
    anonymous: 303,
  },
  {
    method: 'POST',
    route: '/openings/:id',
    expect: HOST_PAGE({ own: 303, other: 404 }),
    anonymous: 303,
    call: async ({ h, t }) => {
      const { id, form } = await openingForm(h, t);
      return { path: `/openings/${id}`, form };
    },
  },
  {
    method: 'POST',
    route: '/openings/:id/confirm',
    call: ({ t }) => ({ path: `/openings/${t.opportunityId}/confirm`, form: {} }),
    expect: HOST_PAGE({ own: 303, other: 404 }),
    anonymous: 303,
  },
  { method: 'GET', route: '/proposals', call: () => ({ path: '/proposals' }), expect: HOST_PAGE(200), anonymous: 303 },
  {
    method: 'POST',
    route: '/proposals/:id/accept',
    expect: HOST_PAGE({ own: 303, other: 404 }),
    anonymous: 303,
    call: async ({ h, t }) => ({ path: `/proposals/${await freshPlacement(h, t)}/accept`, form: {} }),
  },
  {
    method: 'POST',
    route: '/proposals/:id/decline',
    expect: HOST_PAGE({ own: 303, other: 404 }),
    anonymous: 303,
    call: async ({ h, t }) => {
      const id = await freshPlacement(h, t);
      return { path: `/proposals/${id}/decline`, form: { [`${id}.reason`]: 'no_capacity' } };
    },
  },
  { method: 'GET', route: '/people', call: () => ({ path: '/people' }), expect: HOST_PAGE(200), anonymous: 303 },
  { method: 'GET', route: '/consult', call: () => ({ path: '/consult' }), expect: HOST_PAGE(200), anonymous: 303 },
  {
    method: 'POST',
    route: '/consult',
    call: () => ({ path: '/consult', form: { type: 'consultation', summary: '人手が足りない日の相談' } }),
    expect: HOST_PAGE(303),
    anonymous: 303,
  },

  // The city's pages. A new secret is shown on a page of its own (200), never in a redirect.
  { method: 'GET', route: '/users', call: () => ({ path: '/users' }), expect: ADMIN_ONLY(200), anonymous: 303 },
  {
    method: 'POST',
    route: '/users',
    call: () => ({ path: '/users', form: { name: '新しい支援員（架空）', role: 'supporter' } }),
    expect: ADMIN_ONLY(200),
    anonymous: 303,
  },
  {
    method: 'POST',
    route: '/users/:id/disabled',
    call: ({ t }) => ({ path: `/users/${t.hostUserId}/disabled`, form: { disabled: 'false' } }),
    expect: ADMIN_ONLY(303),
    anonymous: 303,
  },
  {
    method: 'POST',
    route: '/users/:id/token',
    expect: ADMIN_ONLY(200),
    anonymous: 303,
    call: async ({ h, t }) => ({ path: `/users/${await throwawayUser(h, t)}/token`, form: {} }),
  },
  {
    method: 'POST',
    route: '/users/:id/sign-in-link',
    call: ({ t }) => ({ path: `/users/${t.hostUserId}/sign-in-link`, form: {} }),
    expect: OFFICE(200),
    anonymous: 303,
  },
  { method: 'GET', route: '/audit', call: () => ({ path: '/audit' }), expect: ADMIN_ONLY(200), anonymous: 303 },
];

/**
 * Routes anyone may call, with what a caller without a token or session gets. Signing in and out
 * is tested in the console's own tests; here it only proves the routes are known.
 */
export const PUBLIC_ROUTES: { method: 'GET' | 'POST'; route: string; path: string; anonymous: number }[] = [
  { method: 'GET', route: '/healthz', path: '/healthz', anonymous: 200 },
  { method: 'GET', route: '/openapi.json', path: '/openapi.json', anonymous: 200 },
  { method: 'GET', route: '/docs', path: '/docs', anonymous: 200 },
  { method: 'GET', route: '/docs/scalar.js', path: '/docs/scalar.js', anonymous: 200 },
  { method: 'GET', route: '/console.css', path: '/console.css', anonymous: 200 },
  // Without the sign-in page's CSRF token a sign-in is refused before any token is looked at.
  { method: 'POST', route: '/sign-in', path: '/sign-in', anonymous: 403 },
  { method: 'GET', route: '/sign-in/:token', path: '/sign-in/not-a-link', anonymous: 410 },
  { method: 'POST', route: '/sign-out', path: '/sign-out', anonymous: 303 },
];

export function expectedStatus(expected: Expected, scope: Scope): number {
  return typeof expected === 'number' ? expected : expected[scope];
}
