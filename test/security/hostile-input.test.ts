import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostInput, opportunityInput } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { mustAnswer } from '../support/must-answer';
import { participantInput } from '../support/participants';
import { buildWorld, type World } from './world';

/**
 * Generated hostile input at every write endpoint, as admin (who reaches the most code). Every
 * answer is a 4xx problem+json that changed no row, or a success whose body gives back what was
 * sent; no input ever produces a 5xx. Seeded and bounded, so a failure replays exactly.
 */

const SEED = 20261127;
const RUNS = 40;

let h: Harness;
let world: World;
let throwawayUserId: string;
beforeAll(async () => {
  h = await createHarness();
  world = await buildWorld(h);
  throwawayUserId = mustAnswer(201, 'user', await h.as('admin').post('/v1/users', { name: '試験用（架空）', role: 'supporter' })).id;
});
afterAll(() => h.close());

type Endpoint = {
  method: 'POST' | 'PATCH';
  path: (id: string) => string;
  /** The id a well-formed request would use; generated ids replace it. */
  id?: () => string;
  valid: () => Record<string, unknown>;
  /** Body keys the response gives back as they were sent (trimmed, as every text field is). */
  echoes: string[];
};

const ENDPOINTS: Record<string, Endpoint> = {
  'POST /v1/users': {
    method: 'POST',
    path: () => '/v1/users',
    valid: () => ({ name: '新人（架空）', role: 'supporter' }),
    echoes: ['name', 'role'],
  },
  'PATCH /v1/users/:id': {
    method: 'PATCH',
    path: (id) => `/v1/users/${id}`,
    id: () => throwawayUserId,
    valid: () => ({ name: '改名（架空）' }),
    echoes: ['name'],
  },
  'POST /v1/users/:id/token': {
    method: 'POST',
    path: (id) => `/v1/users/${id}/token`,
    id: () => throwawayUserId,
    valid: () => ({}),
    echoes: [],
  },
  'POST /v1/users/:id/sign-in-link': {
    method: 'POST',
    path: (id) => `/v1/users/${id}/sign-in-link`,
    id: () => throwawayUserId,
    valid: () => ({}),
    echoes: [],
  },
  'POST /v1/hosts': {
    method: 'POST',
    path: () => '/v1/hosts',
    valid: () => hostInput(),
    echoes: ['name', 'nameKana', 'type', 'area', 'address', 'contact', 'understanding', 'notes'],
  },
  'PATCH /v1/hosts/:id': {
    method: 'PATCH',
    path: (id) => `/v1/hosts/${id}`,
    id: () => world.a.hostId,
    valid: () => ({ address: '流山市変更町2-2' }),
    echoes: ['name', 'nameKana', 'address', 'understanding', 'notes'],
  },
  'POST /v1/opportunities': {
    method: 'POST',
    path: () => '/v1/opportunities',
    valid: () => opportunityInput(world.a.hostId),
    echoes: [
      'hostId',
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
    ],
  },
  'PATCH /v1/opportunities/:id': {
    method: 'PATCH',
    path: (id) => `/v1/opportunities/${id}`,
    id: () => world.a.opportunityId,
    valid: () => ({ description: '変更した説明' }),
    echoes: ['title', 'description', 'tags', 'schedule', 'capacity', 'step', 'pay', 'costYen'],
  },
  'POST /v1/opportunities/:id/confirm': {
    method: 'POST',
    path: (id) => `/v1/opportunities/${id}/confirm`,
    id: () => world.a.opportunityId,
    valid: () => ({}),
    echoes: [],
  },
  'POST /v1/participants': {
    method: 'POST',
    path: () => '/v1/participants',
    valid: () => participantInput({ private: { name: '試験 太郎（架空）' } }),
    echoes: [
      'displayName',
      'age',
      'gender',
      'home',
      'travel',
      'availability',
      'interests',
      'step',
      'limits',
      'needs',
      'goals',
      'referredBy',
      'private',
    ],
  },
  'PATCH /v1/participants/:id': {
    method: 'PATCH',
    path: (id) => `/v1/participants/${id}`,
    id: () => world.a.withdrawnId,
    valid: () => ({ goals: '新しい目標' }),
    echoes: ['displayName', 'age', 'interests', 'step', 'goals', 'referredBy'],
  },
  'POST /v1/participants/:id/consent': {
    method: 'POST',
    path: (id) => `/v1/participants/${id}/consent`,
    id: () => world.a.withdrawnId,
    valid: () => ({ status: 'withdrawn', scope: '試験' }),
    echoes: [],
  },
  'POST /v1/matches': { method: 'POST', path: () => '/v1/matches', valid: () => participantInput(), echoes: [] },
  'POST /v1/placements': {
    method: 'POST',
    path: () => '/v1/placements',
    valid: () => ({ participantId: world.a.participantId, opportunityId: world.a.opportunityId, note: '試験の提案' }),
    echoes: ['participantId', 'opportunityId', 'note'],
  },
  'POST /v1/placements/:id/transitions': {
    method: 'POST',
    path: (id) => `/v1/placements/${id}/transitions`,
    id: () => world.a.withdrawnPlacementId,
    valid: () => ({ to: 'cancelled' }),
    echoes: [],
  },
  'POST /v1/placements/:id/check-ins': {
    method: 'POST',
    path: (id) => `/v1/placements/${id}/check-ins`,
    id: () => world.a.placementId,
    valid: () => ({ date: '2026-11-26', channel: 'phone', wellbeing: 4, participantVoice: '元気です', concerns: ['workload'] }),
    echoes: ['date', 'channel', 'wellbeing', 'participantVoice', 'hostVoice', 'concerns', 'nextActions', 'attendance'],
  },
  'PATCH /v1/hosts/:id/support-records/:recordId': {
    method: 'PATCH',
    path: (id) => `/v1/hosts/${world.a.hostId}/support-records/${id}`,
    id: () => world.a.staffRecordId,
    valid: () => ({ sharedWithHost: true }),
    echoes: ['sharedWithHost'],
  },
  'POST /v1/hosts/:id/support-records': {
    method: 'POST',
    path: (id) => `/v1/hosts/${id}/support-records`,
    id: () => world.a.hostId,
    valid: () => ({ date: '2026-11-26', type: 'consultation', summary: '相談を受けました' }),
    echoes: ['date', 'type', 'summary', 'followUpNeeded', 'sharedWithHost'],
  },
};

const NASTY_STRINGS = [
  "' OR '1'='1",
  "'); DROP TABLE participants; --",
  '" OR ""="',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil',
  '😀'.repeat(3),
  '__proto__',
  'constructor',
  '',
  '   ',
  '\u3000',
  'x'.repeat(100_000),
  '%00',
  '../../etc/passwd',
  '${7*7}',
  '{{7*7}}',
  'NaN',
  '-1',
  '1e308',
];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...NASTY_STRINGS),
  fc.constantFrom<unknown>(-1, 0, -0, 1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), 0.5, 99999999999, null, true, [], {}, [null], {
    __proto__: null,
  }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A path into the valid body to overwrite: a top-level key, or one level into an object or array. */
function pathsOf(body: Record<string, unknown>): string[][] {
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(body)) {
    paths.push([key]);
    if (value && typeof value === 'object') for (const inner of Object.keys(value)) paths.push([key, inner]);
  }
  return paths;
}

function setPath(body: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

type Request = { id?: string; text: string; contentType?: string; query: string; headers: Record<string, string> };

const headerText = fc.string({ unit: fc.constantFrom(...'abcXYZ019-_."\' <>;=*/'), maxLength: 80 });

function requests(endpoint: Endpoint): fc.Arbitrary<Request> {
  const valid = endpoint.valid();
  const json = JSON.stringify(valid);
  const inner = json.slice(1, -1);
  const body: fc.Arbitrary<{ text: string; contentType?: string }> = fc.oneof(
    // One field (or one nested field) made hostile.
    fc
      .tuple(fc.constantFrom(...(pathsOf(valid).length ? pathsOf(valid) : [['x']])), hostileValue)
      .map(([path, value]) => ({ text: JSON.stringify(setPath(valid, path, value)) })),
    // A field nobody asked for, prototype keys included.
    fc
      .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'version', 'filled', 'role'), hostileValue)
      .map(([key, value]) => ({ text: `{${inner}${inner ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}}` })),
    // The same key twice, the second hostile.
    fc
      .tuple(fc.constantFrom(...(Object.keys(valid).length ? Object.keys(valid) : ['x'])), hostileValue)
      .map(([key, value]) => ({ text: `{${inner}${inner ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}}` })),
    // Not an object at all, or no JSON at all.
    fc.jsonValue({ maxDepth: 4 }).map((value) => ({ text: JSON.stringify(value) ?? 'null' })),
    fc.constantFrom('', '{', '{"a":', 'null', '[]', '"x"', '{"a":1}}', '\u0000', `{${inner},}`, "{'a':1}").map((text) => ({ text })),
    fc.integer({ min: 10, max: 20_000 }).map((depth) => ({ text: '['.repeat(depth) + ']'.repeat(depth) })),
    fc.integer({ min: 10, max: 5_000 }).map((depth) => ({ text: '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) })),
    // The valid body under a type the API does not take.
    fc
      .constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=shift_jis',
        'application/xml',
      )
      .map((contentType) => ({ text: json, contentType })),
  );
  const id = endpoint.id
    ? fc.oneof(
        fc.constant(endpoint.id()),
        fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 100)),
        fc.string({ unit: 'binary', maxLength: 30 }),
      )
    : fc.constant(undefined);
  const query = fc.oneof(
    fc.constant(''),
    fc.string({ unit: 'binary', maxLength: 40 }).map((q) => `?${percentEncoded(q)}=${percentEncoded(q)}`),
    fc.constant('?dryRun=%00&limit=-1'),
  );
  const headers = fc
    .record(
      {
        'idempotency-key': fc.option(headerText, { nil: undefined }),
        'if-match': fc.option(headerText, { nil: undefined }),
      },
      { requiredKeys: [] },
    )
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Record<string, string>);
  return fc.record({ id, body, query, headers }).map(({ id: chosen, body: b, query: q, headers: hs }) => ({
    ...(chosen === undefined ? {} : { id: chosen }),
    text: b.text,
    ...(b.contentType ? { contentType: b.contentType } : {}),
    query: q,
    headers: hs,
  }));
}

const COUNTED = [
  'hosts',
  'opportunities',
  'participants',
  'participant_private',
  'consent_events',
  'placements',
  'placement_transitions',
  'follow_ups',
  'check_ins',
  'host_support_records',
  'users',
  'sign_in_links',
  'idempotency_keys',
  'catalog_state',
];

async function rowCounts(): Promise<string> {
  const rows = await h.client.execute(
    COUNTED.map((table) => `select '${table}', count(*), ${table === 'catalog_state' ? 'max(version)' : '0'} from ${table}`).join(
      ' union all ',
    ),
  );
  return JSON.stringify(rows.rows);
}

/** What a text field is stored as: trimmed, as every text schema does. */
function asStored(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(asStored);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asStored(v)]));
  return value;
}

/** Everything sent is in what came back; a response may add fields (server-maintained, defaults). */
function contains(response: unknown, sent: unknown): boolean {
  // A null clears an optional field, which the response then leaves out.
  if (sent === null && response === undefined) return true;
  if (sent && typeof sent === 'object' && !Array.isArray(sent)) {
    return (
      !!response &&
      typeof response === 'object' &&
      Object.entries(sent).every(([k, v]) => contains((response as Record<string, unknown>)[k], v))
    );
  }
  return JSON.stringify(response) === JSON.stringify(sent);
}

/** Percent-encodes anything, lone surrogates included, as the bytes a careless client would send (WTF-8). */
function percentEncoded(text: string): string {
  let out = '';
  for (const char of text) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

type Answer = { status: number; contentType: string; text: string };

/** No 5xx; a refusal is a problem+json that changed no row. True when the request was refused. */
async function refusedCleanly(res: Answer, before: string): Promise<boolean> {
  expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
  if (res.status < 400) return false;
  expect(res.contentType).toMatch(/^application\/problem\+json/);
  expect(JSON.parse(res.text)).toMatchObject({ status: res.status, code: expect.any(String) });
  expect(await rowCounts()).toBe(before);
  return true;
}

/** Keeps the caller inside its rate limit: each run moves the clock on a little. */
function nextRun() {
  h.clock.now = new Date(h.clock.now.getTime() + 250);
}

async function send(endpoint: Endpoint, request: Request): Promise<Answer> {
  const path = endpoint.path(percentEncoded(request.id ?? '')) + request.query;
  const headers: Record<string, string> = { authorization: `Bearer ${h.tokens.admin}`, ...request.headers };
  if (request.contentType !== undefined) headers['content-type'] = request.contentType;
  else headers['content-type'] = 'application/json';
  const res = await h.app.request(path, { method: endpoint.method, headers, body: request.text });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}

describe('hostile input at every write endpoint', () => {
  it.each(Object.entries(ENDPOINTS))(
    '%s: a 4xx problem that changed nothing, or a success that gives back what was sent',
    async (_, endpoint) => {
      await fc.assert(
        fc.asyncProperty(requests(endpoint), async (request) => {
          nextRun();
          const before = await rowCounts();
          const res = await send(endpoint, request);
          if (await refusedCleanly(res, before)) return;
          // Verbs that take no body ignore it; only a body that was accepted must come back.
          if (endpoint.echoes.length === 0) return;
          const sent = JSON.parse(request.text) as Record<string, unknown>;
          const body = JSON.parse(res.text) as Record<string, unknown>;
          for (const key of endpoint.echoes) {
            if (key in sent && key in body)
              expect(
                contains(body[key], asStored(sent[key])),
                `${key}: sent ${JSON.stringify(sent[key])?.slice(0, 200)}, got ${JSON.stringify(body[key])?.slice(0, 200)}`,
              ).toBe(true);
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    },
  );
});

/** The catalog template, the one file every generated import starts from. */
const TEMPLATE = () =>
  h
    .as('admin')
    .get('/v1/imports/catalog/template')
    .then((res) => res.text as string);

/** A cell as a careless or hostile spreadsheet holds it: quoted or not, so a quote or comma may break the row. */
const hostileCell: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...NASTY_STRINGS),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('=1+1', '@SUM(A1)', '"', '""', ',', '\r\n', '\n'),
    ),
    fc.boolean(),
  )
  .map(([text, quoted]) => (quoted ? `"${text.replaceAll('"', '""')}"` : text));

type ImportRequest = { body: string | Uint8Array; contentType: string; dryRun: string };

function importRequests(template: string): fc.Arbitrary<ImportRequest> {
  const [header = '', example = ''] = template.replace(/^\uFEFF/, '').split('\r\n');
  const cells = example.split(',');
  const csv = fc.oneof(
    // The example row with some of its cells made hostile.
    fc.array(fc.tuple(fc.nat({ max: cells.length - 1 }), hostileCell), { minLength: 1, maxLength: 4 }).map((changes) => {
      const row = [...cells];
      for (const [at, cell] of changes) row[at] = cell;
      return `${header}\r\n${row.join(',')}\r\n`;
    }),
    // Rows of nothing but hostile cells, under the real header or none.
    fc
      .tuple(fc.boolean(), fc.array(fc.array(hostileCell, { maxLength: 40 }), { maxLength: 5 }))
      .map(([withHeader, rows]) => `${withHeader ? `${header}\r\n` : ''}${rows.map((row) => row.join(',')).join('\r\n')}`),
    fc.string({ unit: 'binary', maxLength: 500 }),
    // One line far longer than any cell should be, still inside the size limit.
    fc.integer({ min: 50_000, max: 200_000 }).map((length) => `${header}\r\n${cells.slice(0, -1).join(',')},${'あ'.repeat(length)}\r\n`),
  );
  const body: fc.Arbitrary<{ body: string | Uint8Array; contentType?: string }> = fc.oneof(
    { weight: 6, arbitrary: csv.map((text) => ({ body: text })) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((bytes) => ({ body: bytes })) },
    // Past the 2 MiB limit.
    { weight: 1, arbitrary: fc.constant({ body: `${header}\r\n${'x'.repeat(2 * 1024 * 1024)}` }) },
    // The valid template, labelled as something else.
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'text/csv; charset=nonsense',
          'text/csv; charset=utf-16',
          'text/csv; charset=shift_jis',
          '',
        )
        .map((contentType) => ({ body: template, contentType })),
    },
  );
  return fc
    .record({ body, dryRun: fc.constantFrom('true', 'false', 'false', 'false', 'yes') })
    .map(({ body: b, dryRun }) => ({ body: b.body, contentType: b.contentType ?? 'text/csv', dryRun }));
}

describe('hostile input at the catalog import', () => {
  it('answers every generated file with a 4xx problem that changed nothing, or a success (that wrote nothing when dry)', async () => {
    const template = await TEMPLATE();
    await fc.assert(
      fc.asyncProperty(importRequests(template), async (request) => {
        nextRun();
        const before = await rowCounts();
        const headers: Record<string, string> = { authorization: `Bearer ${h.tokens.admin}` };
        if (request.contentType) headers['content-type'] = request.contentType;
        const res = await h.app.request(`/v1/imports/catalog?dryRun=${request.dryRun}`, { method: 'POST', headers, body: request.body });
        const answer = { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
        if (await refusedCleanly(answer, before)) return;
        const outcome = JSON.parse(answer.text) as { dryRun: boolean; rows: number };
        expect(outcome.rows).toBeGreaterThanOrEqual(0);
        if (outcome.dryRun) expect(await rowCounts()).toBe(before);
      }),
      { seed: SEED, numRuns: 60, endOnFailure: true },
    );
  });
});

describe('inputs generation once found', () => {
  // Seed 1 at 100 runs: a NUL inside a text field was cut off by the database, so a 201 gave back less than was sent.
  it.each([['a\u0000b'], ['x\uD800y']])('refuses %j in a text field instead of keeping something else', async (displayName) => {
    const before = await rowCounts();
    const res = await h.as('admin').post('/v1/participants', participantInput({ displayName }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'displayName' })]);
    expect(await rowCounts()).toBe(before);
  });
});
