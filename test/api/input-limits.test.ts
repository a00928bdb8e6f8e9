import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostInput, makeHost, opportunityInput } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { participantInput } from '../support/participants';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

type Schema = Record<string, any>;

/** Every string and array a client may send, by where it is, that has no maximum. */
function unbounded(spec: Schema): string[] {
  const found: string[] = [];
  const resolve = (s: Schema | undefined) => (s?.$ref ? spec.components.schemas[s.$ref.split('/').pop()] : s);
  function walk(raw: Schema | undefined, path: string, seen: Set<Schema>) {
    const s = resolve(raw);
    if (!s || seen.has(s)) return;
    seen.add(s);
    for (const key of ['anyOf', 'oneOf', 'allOf']) for (const part of s[key] ?? []) walk(part, path, seen);
    const types: unknown[] = Array.isArray(s.type) ? s.type : [s.type];
    if (types.includes('string') && s.maxLength === undefined && !s.enum && s.const === undefined) found.push(path);
    if (types.includes('array')) {
      if (s.maxItems === undefined) found.push(`${path}[]`);
      walk(s.items, `${path}.*`, seen);
    }
    for (const [key, value] of Object.entries<Schema>(s.properties ?? {})) walk(value, `${path}.${key}`, seen);
  }
  for (const [path, operations] of Object.entries<Schema>(spec.paths)) {
    for (const [method, operation] of Object.entries<Schema>(operations)) {
      for (const parameter of operation.parameters ?? []) walk(parameter.schema, `${method} ${path} ${parameter.name}`, new Set());
      for (const content of Object.values<Schema>(operation.requestBody?.content ?? {}))
        walk(content.schema, `${method} ${path} body`, new Set());
    }
  }
  return found;
}

describe('input limits', () => {
  it('give every string and list a client can send a maximum', async () => {
    const spec = (await h.as(null).get('/openapi.json')).body;
    expect(unbounded(spec)).toEqual([]);
  });

  it('refuse an over-long field with 400 naming its path, every one at once', async () => {
    const host = await h.as('admin').post('/v1/hosts', hostInput({ name: 'あ'.repeat(201), notes: 'x'.repeat(4001) }));
    expect(host.status).toBe(400);
    expect(host.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'notes']);

    const { id } = await makeHost(h);
    const tags = Array.from({ length: 31 }, (_, i) => `タグ${i}`);
    const opening = await h.as('admin').post('/v1/opportunities', opportunityInput(id, { tags }));
    expect(opening.status).toBe(400);
    expect(opening.body.errors.map((e: { path: string }) => e.path)).toEqual(['tags']);

    const needs = Array.from({ length: 20 }, () => 'trial_visit');
    const participant = await h.as('supporter').post('/v1/participants', participantInput({ needs }));
    expect(participant.status).toBe(400);
    expect(participant.body.errors.map((e: { path: string }) => e.path)).toEqual(['needs']);

    const audit = await h.as('admin').get(`/v1/audit-events?actorId=${'u'.repeat(101)}`);
    expect(audit.status).toBe(400);
    expect(audit.body.errors.map((e: { path: string }) => e.path)).toEqual(['actorId']);
  });
});
