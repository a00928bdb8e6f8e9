import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from '@hono/zod-openapi';
import { PLACEMENT_TRANSITIONS } from '../../src/domain/placement/transitions';
import { PROBLEMS, type ProblemCode } from '../../src/lib/problem';
import { createHarness, type Harness } from '../support/harness';

type JsonSchema = { $ref?: string; allOf?: JsonSchema[]; properties?: Record<string, JsonSchema>; enum?: string[]; readOnly?: boolean };
type Operation = {
  operationId?: string;
  description?: string;
  requestBody?: { content: Record<string, { example?: unknown; schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
};

let h: Harness;
let spec: {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, { description?: string }> };
};
let operations: { name: string; method: string; path: string; operation: Operation }[];

beforeAll(async () => {
  h = await createHarness();
  spec = (await h.as(null).get('/openapi.json')).body;
  operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, method, path, operation })),
  );
});
afterAll(() => h.close());

/** The properties of a schema as a reader sees them: references followed, `allOf` parts merged. */
function propertiesOf(schema: JsonSchema): Record<string, JsonSchema> {
  if (schema.$ref) return propertiesOf(spec.components.schemas[schema.$ref.replace('#/components/schemas/', '')]!);
  return Object.assign({}, ...(schema.allOf ?? []).map(propertiesOf), schema.properties);
}

/** The zod schema a route validates its JSON body with, as registered, to parse the example the contract shows. */
function bodySchemaOf(method: string, path: string): z.ZodType {
  const route = h.app.openAPIRegistry.definitions
    .flatMap((d) => (d.type === 'route' ? [d.route] : []))
    .find((r) => r.method === method && r.path === path);
  const content = route?.request?.body?.content['application/json'];
  const schema = content && 'schema' in content ? content.schema : undefined;
  if (!schema || !('safeParse' in schema)) throw new Error(`no JSON body schema for ${method} ${path}`);
  return schema as z.ZodType;
}

describe('the contract at /openapi.json', () => {
  it('gives every operation a unique operationId and a description', () => {
    expect(operations.length).toBeGreaterThanOrEqual(30);
    for (const { name, operation } of operations) {
      expect(operation.operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.description?.length ?? 0, name).toBeGreaterThan(30);
    }
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows a request example on every write that takes a body, and the route accepts that example', () => {
    // The catalog import takes a spreadsheet (text/csv), not JSON; its example is checked by its own tests.
    const writes = operations.filter(({ operation }) => operation.requestBody?.content['application/json']);
    expect(writes.length).toBeGreaterThanOrEqual(13);
    for (const { name, method, path, operation } of writes) {
      const example = operation.requestBody!.content['application/json']?.example;
      expect(example, name).toBeDefined();
      const parsed = bodySchemaOf(method, path).safeParse(example);
      expect(parsed.error?.issues ?? [], name).toEqual([]);
    }
  });

  it('fills in every field the client may send in the example of a create', () => {
    const creates = operations.filter(({ method, operation }) => method === 'post' && operation.requestBody?.content['application/json']);
    for (const { name, operation } of creates) {
      const { example, schema } = operation.requestBody!.content['application/json']!;
      const writable = Object.entries(propertiesOf(schema))
        .filter(([, property]) => !property.readOnly)
        .map(([key]) => key);
      expect(Object.keys(example as object).sort(), name).toEqual(writable.sort());
    }
  });

  it('lists, for every problem status, the codes of that status in the one table', () => {
    for (const { name, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses).filter(([s]) => Number(s) >= 400)) {
        const codes = propertiesOf(response.content!['application/problem+json']!.schema).code?.enum ?? [];
        const expected = (Object.keys(PROBLEMS) as ProblemCode[]).filter((code) => PROBLEMS[code].status === Number(status));
        expect(codes.length, `${name} ${status}`).toBeGreaterThan(0);
        expect(codes, `${name} ${status}`).toEqual(expected);
      }
    }
  });

  it('tells how a bearer token is obtained', () => {
    const bearer = spec.components.securitySchemes.bearer?.description ?? '';
    for (const source of ['ADMIN_TOKEN', 'POST /v1/users', 'デモ用トークン']) expect(bearer).toContain(source);
  });

  it('publishes the placement state machine with every allowed move, from the domain table', () => {
    const description = spec.paths['/v1/placements/{id}/transitions']!.post!.description!;
    const moves = Object.entries(PLACEMENT_TRANSITIONS).flatMap(([from, targets]) => targets.map((to) => `| \`${from}\` | \`${to}\` |`));
    for (const move of moves) expect(description).toContain(move);
    expect(description.match(/^\| `/gm)).toHaveLength(moves.length);
  });
});
