import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleBrowser, csrfOf } from '../support/console';
import { createHarness, type Harness } from '../support/harness';
import { participantForm } from './authorization-matrix';
import { CANARIES } from './entitlements';
import { buildWorld, callerOf, PARTIES, type Party, type World } from './world';

/**
 * Every response a party can get — lists, details, errors, exports, CSV, idempotent replays, the
 * console's pages and form posts — is scanned for every canary the party is not entitled to.
 */

let h: Harness;
let world: World;
const seen = new Map<Party, { what: string; text: string }[]>();

beforeAll(async () => {
  h = await createHarness();
  world = await buildWorld(h);
  for (const party of PARTIES) seen.set(party, [...(await apiResponses(party)), ...(await consoleResponses(party))]);
});
afterAll(() => h.close());

function everyId(w: World) {
  const tenants = [w.a, w.b];
  return {
    hosts: tenants.map((t) => t.hostId),
    opportunities: tenants.map((t) => t.opportunityId),
    participants: tenants.flatMap((t) => [t.participantId, t.withdrawnId]),
    placements: tenants.flatMap((t) => [t.placementId, t.withdrawnPlacementId]),
    records: tenants.flatMap((t) =>
      [t.hostRecordId, t.staffRecordId, t.namedRecordId].map((id) => `/v1/hosts/${t.hostId}/support-records/${id}`),
    ),
  };
}

async function apiResponses(party: Party) {
  const ids = everyId(world);
  const as = h.as(callerOf(world, party));
  const reads = [
    '/v1/me',
    '/v1/users',
    '/v1/hosts',
    '/v1/opportunities',
    '/v1/opportunities?q=CNY',
    '/v1/opportunities?stale=true',
    '/v1/opportunities?format=csv',
    '/v1/participants',
    '/v1/participants?q=CNY',
    '/v1/participants?erasable=true',
    '/v1/placements',
    '/v1/follow-ups',
    '/v1/reports/summary',
    '/v1/reports/summary?format=csv',
    '/v1/reports/unmet-needs',
    '/v1/reports/unmet-needs?format=csv',
    '/v1/export/hsds',
    '/v1/audit-events',
    '/v1/imports/catalog/template',
    ...ids.hosts.flatMap((id) => [`/v1/hosts/${id}`, `/v1/hosts/${id}/support-records`, `/v1/placements?hostId=${id}`]),
    ...ids.opportunities.flatMap((id) => [`/v1/opportunities/${id}`, `/v1/placements?opportunityId=${id}`]),
    ...ids.participants.flatMap((id) => [
      `/v1/participants/${id}`,
      `/v1/participants/${id}/matches?includeExcluded=true`,
      `/v1/placements?participantId=${id}`,
      `/v1/participants/${id}/export`,
    ]),
    ...ids.placements.flatMap((id) => [`/v1/placements/${id}`, `/v1/placements/${id}/check-ins`]),
    ...ids.records,
  ];
  const out: { what: string; text: string }[] = [];
  for (const path of reads) out.push({ what: `GET ${path}`, text: (await as.get(path)).text });

  // Writes that are refused or answered: their errors and bodies are responses too.
  const writes: [string, string, unknown, Record<string, string>?][] = [
    ...ids.participants.flatMap((id): [string, string, unknown][] => [
      ['PATCH', `/v1/participants/${id}`, { step: 9 }],
      ['POST', `/v1/participants/${id}/consent`, { status: 'maybe' }],
    ]),
    ...ids.hosts.map((id): [string, string, unknown] => ['PATCH', `/v1/hosts/${id}`, { type: 'nonsense' }]),
    ...ids.records.map((path): [string, string, unknown] => ['PATCH', path, { sharedWithHost: 'maybe' }]),
    // An import naming every opening, each row refused: the errors must not echo what the caller may not see.
    [
      'POST',
      '/v1/imports/catalog?dryRun=true',
      `メニューID,定員\n${ids.opportunities.map((id) => `${id},-1`).join('\n')}\n`,
      { 'content-type': 'text/csv' },
    ],
    ...ids.placements.map((id): [string, string, unknown] => ['POST', `/v1/placements/${id}/transitions`, { to: 'nowhere' }]),
    // Replays under another caller's key must not hand back that caller's stored answer.
    ...[world.a, world.b].flatMap((t, i): [string, string, unknown, Record<string, string>][] => [
      [
        'POST',
        '/v1/placements',
        { participantId: t.participantId, opportunityId: t.opportunityId, note: `replay-${i}` },
        { 'idempotency-key': `p${'AB'[i]}-placement` },
      ],
      [
        'POST',
        `/v1/placements/${t.placementId}/check-ins`,
        { date: '2026-11-26', channel: 'host_report', hostVoice: 'x' },
        { 'idempotency-key': `${'AB'[i]}-check-in` },
      ],
    ]),
  ];
  for (const [method, path, body, headers] of writes) {
    for (let attempt = 0; attempt < 2; attempt++)
      out.push({
        what: `${method} ${path} #${attempt}`,
        text: (await h.request(callerOf(world, party), method, path, body, headers)).text,
      });
  }
  return out;
}

async function consoleResponses(party: Party) {
  const ids = everyId(world);
  const browser = consoleBrowser(h);
  const caller = callerOf(world, party);
  const home = await browser.signIn(typeof caller === 'object' && caller ? caller.token : h.tokens[party]!);
  const csrf = csrfOf(home.text);
  const out = [{ what: 'page /', text: home.text }];
  const pages = [
    '/',
    '/participants',
    '/participants?q=CNY',
    '/participants/new',
    '/catalog',
    '/catalog?q=CNY',
    '/follow-ups',
    '/host-support',
    '/reports',
    '/reports/summary.csv',
    '/openings',
    '/proposals',
    '/people',
    '/consult',
    '/users',
    '/audit',
    ...ids.participants.flatMap((id) => [`/participants/${id}`, `/participants/${id}/edit`, `/participants/${id}/matches`]),
    ...ids.placements.map((id) => `/follow-ups/${id}/check-in`),
    ...ids.hosts.map((id) => `/host-support/${id}`),
    ...ids.opportunities.map((id) => `/openings/${id}`),
  ];
  for (const path of pages) out.push({ what: `page ${path}`, text: (await browser.get(path)).text });
  for (const id of ids.participants) {
    const posts: [string, Record<string, string>][] = [
      [`/participants/${id}/consent`, { status: 'maybe' }],
      [`/participants/${id}/edit`, { ...participantForm(), step: '9', version: '1' }],
      [`/participants/${id}/proposals`, { opportunityId: world.b.opportunityId }],
    ];
    out.push(...(await postAll(posts)));
  }
  // Refused forms re-render their page around the refusal: those pages are scanned too. (Sharing has no
  // refusable value and would change what the host sees, so the matrix alone covers it.)
  out.push(
    ...(await postAll([
      ...ids.placements.flatMap((id): [string, Record<string, string>][] => [
        [`/follow-ups/${id}/check-in`, { date: '2026-11-26', channel: 'phone', wellbeing: '9' }],
        [`/proposals/${id}/decline`, { [`${id}.reason`]: 'nonsense' }],
      ]),
      ...ids.hosts.map((id): [string, Record<string, string>] => [
        `/host-support/${id}`,
        { date: '2026-11-26', type: 'nonsense', summary: '' },
      ]),
      ...ids.opportunities.map((id): [string, Record<string, string>] => [`/openings/${id}`, { title: '', capacity: '-1', version: '1' }]),
      ['/consult', { type: 'nonsense', summary: '' }],
    ])),
  );
  return out;

  async function postAll(posts: [string, Record<string, string>][]) {
    const responses: { what: string; text: string }[] = [];
    for (const [path, form] of posts) {
      const res = await browser.postRaw(path, { _csrf: csrf, ...form });
      responses.push(
        { what: `post ${path}`, text: res.text },
        { what: `post ${path} → ${res.location}`, text: (await browser.follow(res)).text },
      );
    }
    return responses;
  }
}

describe('the canary scan', () => {
  it.each(PARTIES.map((party) => [party]))('finds nothing %s is not entitled to in any response it can get', (party) => {
    const leaks: string[] = [];
    for (const { name, value, entitled } of CANARIES) {
      if (entitled.includes(party)) continue;
      for (const response of seen.get(party)!) if (response.text.includes(value)) leaks.push(`${name} in ${response.what}`);
    }
    expect(leaks).toEqual([]);
  });

  it('finds no participant in the catalog export or the import template, whoever asks', () => {
    const catalogFiles = [...seen.values()]
      .flat()
      .filter((r) => /format=csv|imports\/catalog\/template/.test(r.what) && !r.what.includes('reports'));
    const people = CANARIES.filter(({ name }) => /^[pw][AB]_/.test(name));
    expect(catalogFiles).not.toHaveLength(0);
    expect(catalogFiles.flatMap((r) => people.filter((c) => r.text.includes(c.value)).map((c) => `${c.name} in ${r.what}`))).toEqual([]);
  });

  it('lets the office (admin and coordinators) read every participant, as their pages and reports need', () => {
    const people = CANARIES.filter(({ name }) => /^[pw][AB]_/.test(name));
    expect(people.filter((c) => !c.entitled.includes('admin') || !c.entitled.includes('coordinator')).map((c) => c.name)).toEqual([]);
  });

  it('reaches every canary through some party entitled to it, so the scan looks where the data is', () => {
    const unseen = CANARIES.filter(
      ({ value, entitled }) => !entitled.some((party) => seen.get(party)!.some((r) => r.text.includes(value))),
    );
    expect(unseen.map((c) => c.name)).toEqual([]);
  });
});
