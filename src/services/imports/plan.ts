/**
 * What an import would do, worked out before anything is written: every row read, matched and
 * validated with the API's own schemas, every problem of every row collected.
 */
import type { hosts } from '../../db/schema';
import { columnOf, inputFor, keyOf, type SheetRow } from '../../domain/import/sheet';
import { CATALOG_COLUMNS, valueAt, type ColumnTarget } from '../../domain/import/columns';
import type { z } from '../../lib/openapi';
import type { FieldError } from '../../lib/problem';
import { hostColumns, type HostFields } from '../hosts/hosts';
import type { NewOpportunity } from '../opportunities';
import { opportunityColumns, toOpportunityView, type OpportunityFields, type OpportunityRow } from '../opportunities/rows';

/** The API's request schemas, given by the route: the import validates exactly as the API does. */
export type CatalogSchemas = {
  host: z.ZodType<HostFields>;
  opportunity: z.ZodType<NewOpportunity>;
};

export type Action = 'created' | 'updated' | 'unchanged';
type HostRow = typeof hosts.$inferSelect;

export type HostPlan = { key: string; line: number; current?: HostRow; fields: HostFields; action: Action };
export type OpportunityPlan = { line: number; current?: OpportunityRow; host: HostPlan; fields: OpportunityFields; action: Action };
export type ImportPlan = { hosts: HostPlan[]; opportunities: OpportunityPlan[]; errors: FieldError[] };

export type Catalog = { hosts: HostRow[]; opportunities: OpportunityRow[]; staleSince: string };

export function planImport(rows: readonly SheetRow[], catalog: Catalog, schemas: CatalogSchemas): ImportPlan {
  const find = lookups(catalog);
  const hostPlans = new Map<string, HostPlan>();
  const seen = new Map<string, number>();
  const plans: OpportunityPlan[] = [];
  const errors: FieldError[] = [];

  for (const row of rows) {
    const problems = [...row.issues];
    const at = (name: string, message: string) =>
      problems.push({ path: `${row.line}.${name}`, message: `「${header(name)}」: ${message}` });

    const id = keyOf(row, 'id');
    const externalId = keyOf(row, 'externalId');
    const current = id ? find.opportunity.get(id) : externalId ? find.opportunityByExternalId.get(externalId) : undefined;
    if (id && !current) at('id', 'このメニューIDは登録されていません（新しく登録するときは空にします）');
    const identity = current?.id ?? (externalId && `external:${externalId}`);
    if (identity) {
      if (seen.has(identity)) at(current ? 'id' : 'externalId', `${seen.get(identity)}行目と同じ受け入れメニューです`);
      else seen.set(identity, row.line);
    }

    const hostId = keyOf(row, 'hostId');
    const hostExternalId = keyOf(row, 'hostExternalId');
    const hostName = keyOf(row, 'hostName');
    const currentHost = hostId
      ? find.host.get(hostId)
      : hostExternalId
        ? find.hostByExternalId.get(hostExternalId)
        : current
          ? find.host.get(current.hostId)
          : hostName
            ? find.hostByName.get(hostName)
            : undefined;
    if (hostId && !currentHost) at('hostId', 'この受け入れ先IDは登録されていません（新しく登録するときは空にします）');
    if (current && currentHost && current.hostId !== currentHost.id)
      at('hostName', '受け入れメニューの受け入れ先は変えられません。別の受け入れ先のメニューは新しい行にしてください');

    const opportunityInput = inputFor(row, 'opportunity', current && toOpportunityView(current, catalog.staleSince));
    const hostInput = inputFor(row, 'host', currentHost);
    hostInput.area ??= valueAt(opportunityInput, 'location.area');
    const host = validate(schemas.host, hostInput, row, 'host', problems);
    const fields = validate(schemas.opportunity, opportunityInput, row, 'opportunity', problems);
    if (fields && current && fields.capacity < current.filled)
      at('capacity', `いま${current.filled}人分の席が使われているため、これより少なくはできません`);
    if (fields?.externalId) {
      const holder = find.opportunityByExternalId.get(fields.externalId);
      if (holder && holder.id !== current?.id) at('externalId', 'この独自IDはほかの受け入れメニューで使われています');
    }

    let hostPlan: HostPlan | undefined;
    if (host) {
      const key = currentHost ? `id:${currentHost.id}` : host.externalId ? `external:${host.externalId}` : `name:${host.name}`;
      hostPlan = hostPlans.get(key);
      if (!hostPlan) {
        const merged = currentHost ? { ...currentHost, ...host } : host;
        hostPlan = {
          key,
          line: row.line,
          fields: merged,
          action: actionOf(currentHost && hostColumns(currentHost), hostColumns(merged)),
          ...(currentHost ? { current: currentHost } : {}),
        };
        hostPlans.set(key, hostPlan);
      } else {
        for (const column of CATALOG_COLUMNS.filter((c) => c.target === 'host' && row.values.has(c))) {
          if (!same(valueAt(hostPlan.fields, column.field), valueAt(currentHost ? { ...currentHost, ...host } : host, column.field))) {
            at(column.name, `${hostPlan.line}行目と違います（同じ受け入れ先の行は同じ内容にしてください）`);
          }
        }
      }
    }
    if (problems.length > 0 || !fields || !hostPlan) {
      errors.push(...problems);
      continue;
    }
    const merged: OpportunityFields = current ? { ...toOpportunityView(current, catalog.staleSince), ...fields } : fields;
    const before = current && opportunityColumns(toOpportunityView(current, catalog.staleSince));
    plans.push({
      line: row.line,
      host: hostPlan,
      fields: merged,
      action: actionOf(before, opportunityColumns(merged)),
      ...(current ? { current } : {}),
    });
  }
  return { hosts: [...hostPlans.values()], opportunities: plans, errors: errors.sort(byLineAndColumn) };
}

function validate<T>(schema: z.ZodType<T>, input: unknown, row: SheetRow, target: ColumnTarget, problems: FieldError[]): T | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    // A host's area left out is the opening's: a problem with it belongs to the opening's column.
    const found = columnOf(target, path);
    const column = found?.name === 'hostArea' && !row.values.has(found) ? columnOf('opportunity', 'location.area') : found;
    if (!column) {
      problems.push({ path: `${row.line}.${path}`, message: issue.message });
      continue;
    }
    const empty = row.values.get(column) === undefined || row.values.get(column) === null;
    const message = empty && issue.code === 'invalid_type' ? '入力してください' : issue.message;
    if (!problems.some((p) => p.path === `${row.line}.${column.name}`))
      problems.push({ path: `${row.line}.${column.name}`, message: `「${column.header}」: ${message}` });
  }
  return undefined;
}

/** Problems in file order: by line, then by column as the template orders them. */
function byLineAndColumn(a: FieldError, b: FieldError): number {
  const [lineA, nameA] = a.path.split('.');
  const [lineB, nameB] = b.path.split('.');
  const position = (name: string | undefined) => CATALOG_COLUMNS.findIndex((column) => column.name === name);
  return Number(lineA) - Number(lineB) || position(nameA) - position(nameB);
}

function header(name: string): string {
  return CATALOG_COLUMNS.find((column) => column.name === name)?.header ?? name;
}

function actionOf(before: object | undefined, after: object): Action {
  if (!before) return 'created';
  return same(before, after) ? 'unchanged' : 'updated';
}

/** Equal as stored: objects compare by content, whatever the order of their keys. */
export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner)
            .filter(([, v]) => v !== undefined)
            .sort(([x], [y]) => (x < y ? -1 : 1)),
        )
      : inner,
  );
}

function lookups(catalog: Catalog) {
  const byName = new Map<string, HostRow>();
  for (const host of catalog.hosts) if (!byName.has(host.name)) byName.set(host.name, host);
  return {
    host: new Map(catalog.hosts.map((host) => [host.id, host])),
    hostByExternalId: new Map(catalog.hosts.flatMap((host) => (host.externalId ? [[host.externalId, host] as const] : []))),
    hostByName: byName,
    opportunity: new Map(catalog.opportunities.map((row) => [row.id, row])),
    opportunityByExternalId: new Map(catalog.opportunities.flatMap((row) => (row.externalId ? [[row.externalId, row] as const] : []))),
  };
}
