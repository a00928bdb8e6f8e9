import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { openDatabase } from '../../src/db/client';
import { nodeDocsScript } from '../../src/node/docs-script';
import { makeHost, makeHostUser, makeOpportunity } from '../support/factories';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { giveConsent, makeParticipant } from '../support/participants';
import { propose } from '../support/placements';
import { aThirdArea, anArea, labelOf, staleListingDays } from '../support/city';

/**
 * The HSDS 3.0 fields of the tables the export writes, from the published specification
 * (openreferral/specification, schema/simple/schema.csv of HSDS 3.0). `!` marks a field the
 * specification requires, in the object (constraints_required) or in the tabular form the export
 * follows, one array per table linked by id (constraints_tablular_required). `array` and `object`
 * fields nest other tables; the export links them by id instead and never writes them.
 */
const HSDS_3_0: Record<string, Record<string, string>> = {
  organization: {
    id: 'string!',
    name: 'string!',
    alternate_name: 'string',
    description: 'string!',
    email: 'string',
    website: 'string',
    year_incorporated: 'number',
    legal_status: 'string',
    logo: 'string',
    uri: 'string',
    parent_organization_id: 'string',
    organization_identifiers: 'array',
    programs: 'array',
    contacts: 'array',
    locations: 'array',
    fundings: 'array',
    phones: 'array',
    attributes: 'array',
    metadata: 'array',
  },
  service: {
    id: 'string!',
    organization_id: 'string!',
    program_id: 'string',
    name: 'string!',
    alternate_name: 'string',
    description: 'string',
    url: 'string',
    email: 'string',
    status: 'string!',
    interpretation_services: 'string',
    application_process: 'string',
    fees_description: 'string',
    accreditations: 'string',
    eligibility_description: 'string',
    minimum_age: 'number',
    maximum_age: 'number',
    assured_date: 'string',
    assurer_email: 'string',
    alert: 'string',
    schedules: 'array',
    languages: 'array',
    program: 'object',
    fundings: 'array',
    required_documents: 'array',
    service_at_locations: 'array',
    phones: 'array',
    organization: 'object',
    contacts: 'array',
    cost_options: 'array',
    service_areas: 'array',
    attributes: 'array',
    metadata: 'array',
  },
  location: {
    id: 'string!',
    location_type: 'string!',
    url: 'string',
    organization_id: 'string',
    name: 'string',
    alternate_name: 'string',
    description: 'string',
    transportation: 'string',
    latitude: 'number',
    longitude: 'number',
    external_identifier: 'string',
    external_identifier_type: 'string',
    phones: 'array',
    accessibilitys: 'array',
    contacts: 'array',
    schedules: 'array',
    languages: 'array',
    addresss: 'array',
    attributes: 'array',
    metadata: 'array',
  },
  service_at_location: {
    id: 'string!',
    service_id: 'string!',
    location_id: 'string!',
    description: 'string',
    phones: 'array',
    location: 'object',
    contacts: 'array',
    schedules: 'array',
    attributes: 'array',
    metadata: 'array',
  },
  schedule: {
    id: 'string!',
    service_id: 'string',
    location_id: 'string',
    service_at_location_id: 'string',
    valid_from: 'string',
    valid_to: 'string',
    dtstart: 'string',
    timezone: 'number',
    until: 'string',
    count: 'string',
    wkst: 'string',
    freq: 'string',
    interval: 'number',
    byday: 'string',
    byweekno: 'string',
    bymonthday: 'number',
    byyearday: 'number',
    description: 'string',
    opens_at: 'string',
    closes_at: 'string',
    schedule_link: 'string',
    attending_type: 'string',
    notes: 'string',
    attributes: 'array',
    metadata: 'array',
  },
  attribute: {
    id: 'string!',
    link_id: 'string!',
    taxonomy_term_id: 'string!',
    link_type: 'string!',
    link_entity: 'string!',
    value: 'string',
    taxonomy_term: 'object',
    metadata: 'array',
  },
  taxonomy_term: {
    id: 'string!',
    code: 'string',
    name: 'string!',
    description: 'string!',
    parent_id: 'string',
    taxonomy: 'object',
    language: 'string',
    taxonomy_id: 'string',
    term_uri: 'string',
    metadata: 'array',
  },
  taxonomy: { id: 'string!', name: 'string!', description: 'string!', uri: 'string', metadata: 'array' },
};

/** Enumerations of the specification. */
const ENUMS: Record<string, string[]> = {
  'service.status': ['active', 'inactive', 'defunct', 'temporarily closed'],
  'location.location_type': ['physical', 'postal', 'virtual'],
  'schedule.freq': ['WEEKLY', 'MONTHLY'],
};

const TABLES: [key: string, table: string][] = [
  ['organizations', 'organization'],
  ['services', 'service'],
  ['locations', 'location'],
  ['service_at_locations', 'service_at_location'],
  ['schedules', 'schedule'],
  ['attributes', 'attribute'],
  ['taxonomy_terms', 'taxonomy_term'],
  ['taxonomies', 'taxonomy'],
];

// HSDS 3.0: "universally unique identifiers (UUIDs) must be used for all id fields and foreign keys".
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ICAL_DAYS = /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/;
const TIME_WITH_OFFSET = /^([01]\d|2[0-4]):[0-5]\d(Z|[+-]\d{2}:\d{2})$/;

type Row = Record<string, unknown>;

const SECRET_CONTACT = { person: '秘密 太郎（架空）', phone: '04-9999-1234', email: 'secret@example.org' };

describe('export: the catalog as Open Referral HSDS 3.0', () => {
  let h: Harness;
  let doc: Record<string, Row[]> & { hsds_version: string };
  let text: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    h = await createHarness();
    const active = await makeHost(h, {
      name: 'NPO法人つなぎ手（架空）',
      type: 'npo',
      area: anArea,
      status: 'active',
      understanding: ['hikikomori', 'mental_health'],
      contact: SECRET_CONTACT,
      address: '流山市ひみつ町9-9-9',
      notes: '内部メモ: 代表が多忙',
    });
    const paused = await makeHost(h, {
      name: '休んでいる農園（架空）',
      type: 'farm',
      area: aThirdArea,
      status: 'paused',
      understanding: [],
    });
    const prospect = await makeHost(h, { name: '開拓中の商店（架空）', type: 'shop', status: 'prospect' });
    await makeHost(h, { name: '終了した会社（架空）', type: 'company', status: 'ended' });

    // Created long ago and never confirmed since: stale today.
    h.clock.now = new Date('2026-06-01T10:00:00+09:00');
    const farmWork = await makeOpportunity(h, active.id, {
      title: '畑の手入れ',
      kind: 'work_experience',
      step: 3,
      description: '少人数で野菜の手入れをします。',
      schedule: [
        { day: 'thu', start: '09:00', end: '12:00' },
        { day: 'sat', start: '13:00', end: '16:00' },
        { day: 'tue', start: '09:00', end: '12:00' },
      ],
      location: { area: anArea, station: '流山おおたかの森', lat: 35.8718, lng: 139.9252, online: false },
      eligibility: { minAge: 15, maxAge: 39, genders: ['female'] },
      costYen: 300,
      pay: 'allowance',
      support: ['trial_visit', 'quiet_space'],
      environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false },
    });
    h.clock.now = TEST_NOW;
    const pausedListing = await makeOpportunity(h, active.id, { title: '休止中の作業', status: 'paused' });
    await makeOpportunity(h, active.id, { title: '終わった作業', status: 'closed' });
    const atPausedHost = await makeOpportunity(h, paused.id, {
      title: '休止中の農園の作業',
      location: { area: aThirdArea, online: false },
    });
    await makeOpportunity(h, prospect.id, { title: '開拓中の店の手伝い' });
    const online = await makeOpportunity(h, active.id, {
      title: 'オンライン交流会',
      kind: 'ibasho',
      step: 1,
      location: { area: anArea, online: true },
      eligibility: { genders: [] },
    });

    const person = await makeParticipant(h, 'supporter', { displayName: 'ひみつさん' });
    await giveConsent(h, person.id);
    await propose(h, person.id, farmWork.id);
    ids = {
      active: active.id,
      paused: paused.id,
      farmWork: farmWork.id,
      pausedListing: pausedListing.id,
      atPausedHost: atPausedHost.id,
      online: online.id,
      personCode: person.code,
    };

    const res = await h.as('supporter').get('/v1/export/hsds');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    doc = res.body;
    text = res.text;
  });
  afterAll(() => h.close());

  const byName = (key: string, name: string) => doc[key]!.find((row) => row.name === name)!;
  const termCode = (termId: unknown) => doc.taxonomy_terms!.find((t) => t.id === termId)!.code;

  it('has as many organizations and services as the published catalog: active and paused hosts, open and paused listings', () => {
    expect(doc.hsds_version).toBe('3.0');
    expect(doc.organizations!.map((o) => o.name).sort()).toEqual(['NPO法人つなぎ手（架空）', '休んでいる農園（架空）'].sort());
    expect(doc.services!.map((s) => s.name).sort()).toEqual(
      ['オンライン交流会', '休止中の作業', '休止中の農園の作業', '畑の手入れ'].sort(),
    );
    expect(doc.locations).toHaveLength(4);
    expect(doc.service_at_locations).toHaveLength(4);
    // The farm work has two time windows; the others one each.
    expect(doc.schedules).toHaveLength(5);
    expect(doc.taxonomies).toHaveLength(1);
  });

  it('writes only HSDS 3.0 field names, every required field, each of the type the specification gives', () => {
    for (const [key, table] of TABLES) {
      const fields = HSDS_3_0[table]!;
      for (const row of doc[key]!) {
        for (const [field, value] of Object.entries(row)) {
          const spec = fields[field];
          expect(spec, `${table}.${field} is not an HSDS 3.0 field`).toBeDefined();
          expect(typeof value, `${table}.${field}`).toBe(spec!.replace('!', ''));
        }
        for (const [field, spec] of Object.entries(fields)) {
          if (!spec.endsWith('!')) continue;
          expect(row[field], `${table}.${field} is required`).toBeDefined();
          if (spec === 'string!') expect((row[field] as string).length, `${table}.${field} is empty`).toBeGreaterThan(0);
        }
        for (const [name, allowed] of Object.entries(ENUMS)) {
          const [t, field] = name.split('.');
          if (t === table && row[field!] !== undefined) expect(allowed).toContain(row[field!]);
        }
      }
    }
  });

  it('uses UUIDs for every id and reference, unique within each table, and every reference resolves', () => {
    for (const [key] of TABLES) {
      const rows = doc[key]!;
      for (const row of rows) {
        for (const [field, value] of Object.entries(row)) {
          if (field === 'id' || field.endsWith('_id')) expect(value, `${key}.${field}`).toMatch(UUID);
        }
      }
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    }
    const idsOf = (key: string) => new Set(doc[key]!.map((r) => r.id));
    const [organizations, services, locations, links, terms, taxonomies] = [
      'organizations',
      'services',
      'locations',
      'service_at_locations',
      'taxonomy_terms',
      'taxonomies',
    ].map(idsOf);
    for (const s of doc.services!) expect(organizations!.has(s.organization_id)).toBe(true);
    for (const l of doc.locations!) expect(organizations!.has(l.organization_id)).toBe(true);
    for (const link of doc.service_at_locations!) {
      expect(services!.has(link.service_id)).toBe(true);
      expect(locations!.has(link.location_id)).toBe(true);
    }
    for (const s of doc.schedules!) {
      expect(services!.has(s.service_id)).toBe(true);
      expect(links!.has(s.service_at_location_id)).toBe(true);
    }
    const linked: Record<string, Set<unknown>> = { organization: organizations!, service: services!, location: locations! };
    for (const a of doc.attributes!) {
      expect(linked[a.link_entity as string]!.has(a.link_id)).toBe(true);
      expect(terms!.has(a.taxonomy_term_id)).toBe(true);
    }
    for (const t of doc.taxonomy_terms!) {
      expect(taxonomies!.has(t.taxonomy_id)).toBe(true);
      if (t.parent_id !== undefined) expect(terms!.has(t.parent_id)).toBe(true);
    }
  });

  it('gives every schedule a weekly rule with byday, opens_at and closes_at (Tokyo time)', () => {
    for (const s of doc.schedules!) {
      expect(s.freq).toBe('WEEKLY');
      expect(s.byday).toMatch(ICAL_DAYS);
      expect(s.opens_at).toMatch(TIME_WITH_OFFSET);
      expect(s.closes_at).toMatch(TIME_WITH_OFFSET);
      expect(s.timezone).toBe(9);
    }
    const farm = byName('services', '畑の手入れ');
    const schedules = doc
      .schedules!.filter((s) => s.service_id === farm.id)
      .map(({ byday, opens_at, closes_at, description }) => ({ byday, opens_at, closes_at, description }));
    expect(schedules).toEqual([
      { byday: 'TU,TH', opens_at: '09:00+09:00', closes_at: '12:00+09:00', description: '毎週火・木曜 09:00〜12:00' },
      { byday: 'SA', opens_at: '13:00+09:00', closes_at: '16:00+09:00', description: '毎週土曜 13:00〜16:00' },
    ]);
  });

  it('maps a listing onto the HSDS service and location fields', () => {
    const farm = byName('services', '畑の手入れ');
    expect(farm).toEqual({
      id: farm.id,
      organization_id: byName('organizations', 'NPO法人つなぎ手（架空）').id,
      name: '畑の手入れ',
      description: '少人数で野菜の手入れをします。',
      status: 'active',
      minimum_age: 15,
      maximum_age: 39,
      eligibility_description: '15歳から39歳まで。女性のみ。',
      fees_description: '参加費 300円',
      assured_date: '2026-06-01',
      alert: `受け入れ先による内容の確認から${staleListingDays}日以上たっています。参加の前に最新の状況をご確認ください`,
    });
    const link = doc.service_at_locations!.find((l) => l.service_id === farm.id)!;
    expect(doc.locations!.find((l) => l.id === link.location_id)).toEqual({
      id: link.location_id,
      organization_id: farm.organization_id,
      location_type: 'physical',
      name: 'NPO法人つなぎ手（架空）',
      description: `${labelOf(anArea)}地域`,
      transportation: '最寄り駅: 流山おおたかの森駅',
      latitude: 35.8718,
      longitude: 139.9252,
    });
    const online = byName('services', 'オンライン交流会');
    expect(online).not.toHaveProperty('minimum_age');
    expect(online).not.toHaveProperty('alert');
    const onlineLink = doc.service_at_locations!.find((l) => l.service_id === online.id)!;
    expect(doc.locations!.find((l) => l.id === onlineLink.location_id)).toMatchObject({ location_type: 'virtual', name: 'オンライン' });
    expect(doc.locations!.find((l) => l.id === onlineLink.location_id)).not.toHaveProperty('latitude');
  });

  it('marks paused listings, and every listing of a paused host, as temporarily closed', () => {
    expect(byName('services', '休止中の作業').status).toBe('temporarily closed');
    expect(byName('services', '休止中の農園の作業').status).toBe('temporarily closed');
    expect(byName('services', 'オンライン交流会').status).toBe('active');
  });

  it('carries kind, step, environment, support and pay as attributes of the tsunagu taxonomy', () => {
    expect(doc.taxonomies![0]).toMatchObject({ name: 'tsunagu' });
    const farm = byName('services', '畑の手入れ');
    const attributes = doc.attributes!.filter((a) => a.link_id === farm.id);
    expect(attributes.every((a) => a.link_entity === 'service')).toBe(true);
    expect(attributes.map((a) => [termCode(a.taxonomy_term_id), a.link_type, a.value ?? null]).sort()).toEqual([
      ['environment:conversation:little', 'environment', null],
      ['environment:customer_facing', 'environment', 'false'],
      ['environment:group_size:small', 'environment', null],
      ['environment:phone', 'environment', 'false'],
      ['kind:work_experience', 'kind', null],
      ['pay:allowance', 'pay', null],
      ['step:3', 'step', null],
      ['support:quiet_space', 'support', null],
      ['support:trial_visit', 'support', null],
    ]);
    const organization = byName('organizations', 'NPO法人つなぎ手（架空）');
    expect(
      doc
        .attributes!.filter((a) => a.link_id === organization.id)
        .map((a) => termCode(a.taxonomy_term_id))
        .sort(),
    ).toEqual(['host_type:npo', 'understanding:hikikomori', 'understanding:mental_health']);
    const step3 = doc.taxonomy_terms!.find((t) => t.code === 'step:3')!;
    expect(step3).toMatchObject({ name: '段階3 ボランティア・就労体験', language: 'ja' });
    expect(doc.taxonomy_terms!.find((t) => t.id === step3.parent_id)).toMatchObject({ code: 'step', name: '参加の段階' });
  });

  it('never exports participants, nor host contacts, address or notes', () => {
    for (const secret of [...Object.values(SECRET_CONTACT), '流山市ひみつ町', '内部メモ', 'ひみつさん', ids.personCode!]) {
      expect(text).not.toContain(secret);
    }
    expect(byName('organizations', 'NPO法人つなぎ手（架空）')).toEqual({
      id: expect.stringMatching(UUID),
      name: 'NPO法人つなぎ手（架空）',
      description: `NPO法人（${labelOf(anArea)}地域）の受け入れ先です。理解のある分野: ひきこもり、こころの不調。`,
    });
  });

  it('keeps every id from one export to the next, so importers update instead of duplicating', async () => {
    const again = (await h.as('coordinator').get('/v1/export/hsds')).body;
    for (const [key] of TABLES) expect(again[key].map((r: Row) => r.id)).toEqual(doc[key]!.map((r) => r.id));
  });

  it('is for staff: admin, coordinators and supporters, not hosts; in two round trips', async () => {
    expect((await h.as('admin').get('/v1/export/hsds')).status).toBe(200);
    expect((await h.as(await makeHostUser(h, ids.active!)).get('/v1/export/hsds')).status).toBe(403);
    h.roundTrips.reset();
    await h.as('supporter').get('/v1/export/hsds');
    expect(h.roundTrips.count).toBe(2);
  });

  it('serves the previous export while a catalog change builds, and the change as soon as it is built', async () => {
    const before = (await h.as('coordinator').get('/v1/export/hsds')).body.services;
    await makeOpportunity(h, ids.active!, { title: '新しく加わった作業' });
    expect((await h.as('coordinator').get('/v1/export/hsds')).body.services).toEqual(before);
    const after = (await builtExport(h)).body;
    expect(after.services).toHaveLength(before.length + 1);
    expect(after.services.map((s: Row) => s.name)).toContain('新しく加わった作業');
  });
});

describe('export: conditional, compressed, built once per catalog version and day', () => {
  let h: Harness;
  let hostId: string;
  const gzip = { 'accept-encoding': 'gzip, deflate, br' };

  beforeAll(async () => {
    h = await createHarness();
    hostId = (await makeHost(h, { status: 'active' })).id;
    for (const title of ['畑の手入れ', '本の整理', '清掃の手伝い']) await makeOpportunity(h, hostId, { title });
  });
  afterAll(() => h.close());

  const raw = (headers: Record<string, string>) =>
    h.app.request('/v1/export/hsds', { headers: { authorization: `Bearer ${h.tokens.supporter}`, ...headers } });

  it('gives the same strong ETag on every call until the catalog changes, and answers If-None-Match with 304, no body and no build', async () => {
    const first = await h.as('supporter').get('/v1/export/hsds');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect((await h.as('coordinator').get('/v1/export/hsds')).headers.get('etag')).toBe(etag);

    h.roundTrips.reset();
    const unchanged = await h.as('supporter').get('/v1/export/hsds', { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.text).toBe('');
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect(h.roundTrips.count).toBe(2);
  });

  it('answers 304 to the previous tag while the new version builds, then sends the new export under a new ETag', async () => {
    const etag = (await h.as('supporter').get('/v1/export/hsds')).headers.get('etag')!;
    await makeOpportunity(h, hostId, { title: '新しく加わった作業' });
    expect((await h.as('supporter').get('/v1/export/hsds', { 'if-none-match': etag })).status).toBe(304);
    const after = await builtExport(h, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(after.body.services.map((s: { name: string }) => s.name)).toContain('新しく加わった作業');
  });

  it('sends gzip to a client that accepts it, the same JSON as the plain answer once decompressed', async () => {
    const plain = await raw({});
    const compressed = await raw(gzip);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(compressed.headers.get('vary')).toContain('Accept-Encoding');
    const decompressed = await new Response(compressed.body!.pipeThrough(new DecompressionStream('gzip'))).text();
    expect(decompressed).toBe(await plain.text());
    expect(JSON.parse(decompressed).hsds_version).toBe('3.0');
  });

  it('answers 304 to the tag of either encoding, since both carry the same content', async () => {
    const gzipTag = (await raw(gzip)).headers.get('etag')!;
    const plainTag = (await raw({})).headers.get('etag')!;
    expect(gzipTag).not.toBe(plainTag);
    expect((await raw({ 'if-none-match': gzipTag })).status).toBe(304);
    expect((await raw({ ...gzip, 'if-none-match': `W/${plainTag}` })).status).toBe(304);
  });

  it('builds once for eight parallel first exports, which all wait for it as there is nothing to serve yet', async () => {
    const fresh = await createHarness();
    try {
      await makeOpportunity(fresh, (await makeHost(fresh, { status: 'active' })).id, { title: '並んで書き出される作業' });
      const eight = () => Promise.all(Array.from({ length: 8 }, () => fresh.as('supporter').get('/v1/export/hsds')));
      fresh.roundTrips.reset();
      const cold = await eight();
      const coldTrips = fresh.roundTrips.count;
      fresh.roundTrips.reset();
      await eight();
      // Each request reads its token and the catalog version; the first also looks for a stored
      // export, and the one build reads the catalog and stores what it built.
      expect(coldTrips).toBe(fresh.roundTrips.count + 3);
      expect(new Set(cold.map((res) => res.text)).size).toBe(1);
      expect(cold[0]!.body.services.map((s: { name: string }) => s.name)).toEqual(['並んで書き出される作業']);
    } finally {
      fresh.close();
    }
  });

  it('lets another request through while it builds', async () => {
    const fresh = await createHarness();
    try {
      await makeOpportunity(fresh, (await makeHost(fresh, { status: 'active' })).id);
      const done: string[] = [];
      const exporting = fresh
        .as('supporter')
        .get('/v1/export/hsds')
        .then(() => done.push('export'));
      // The token, the version, the stored export and then the build's own read have gone to the database.
      while (fresh.roundTrips.count < 4) await new Promise((resolve) => setTimeout(resolve, 0));
      const other = fresh
        .as('coordinator')
        .get('/v1/me')
        .then(() => done.push('me'));
      await Promise.all([exporting, other]);
      expect(done).toEqual(['me', 'export']);
    } finally {
      fresh.close();
    }
  });
});

describe('export: stored, so a new process serves it without building', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-hsds-'));
  const url = `file:${join(dir, 'hsds.db')}`;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends the same bytes from the stored export as the process that built it, with no build', async () => {
    const h = await createHarness({ url });
    let roundTrips = 0;
    const { db, client } = openDatabase({ url, onRoundTrip: () => roundTrips++ });
    try {
      await makeOpportunity(h, (await makeHost(h, { status: 'active' })).id, { title: '保存される作業' });
      const gzipOf = async (app: Harness['app']) => {
        const res = await app.request('/v1/export/hsds', {
          headers: { authorization: `Bearer ${h.tokens.supporter}`, 'accept-encoding': 'gzip' },
        });
        return { etag: res.headers.get('etag'), bytes: new Uint8Array(await res.arrayBuffer()) };
      };
      const built = await gzipOf(h.app);
      const newProcess = createApp({ deps: { db, now: () => h.clock.now, log: () => {} }, docsScript: nodeDocsScript });
      const stored = await gzipOf(newProcess);
      expect(stored.etag).toBe(built.etag);
      expect(stored.bytes).toEqual(built.bytes);
      // The token, the catalog version and the stored export: the catalog itself is never read.
      expect(roundTrips).toBe(3);
    } finally {
      client.close();
      h.close();
    }
  });
});

/**
 * The export of the current catalog version, once built: `If-None-Match: *` names the current
 * tag without building or sending anything, and the export is asked for until it carries that tag.
 */
async function builtExport(h: Harness, headers: Record<string, string> = {}) {
  const current = (await h.as('supporter').get('/v1/export/hsds', { 'if-none-match': '*' })).headers.get('etag');
  for (;;) {
    const res = await h.as('supporter').get('/v1/export/hsds', headers);
    if (res.headers.get('etag') === current) return res;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
