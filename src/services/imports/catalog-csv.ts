import { and, asc, eq } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Ctx } from '../../context';
import { hosts, opportunities } from '../../db/schema';
import { CATALOG_COLUMNS, valueAt } from '../../domain/import/columns';
import { formatCsv } from '../../domain/import/csv';
import { opportunityFilters, type OpportunityListRequest } from '../opportunities/opportunities';
import { opportunityWithHostName, staleBefore, toOpportunityView } from '../opportunities/rows';

const HEADERS = CATALOG_COLUMNS.map((column) => column.header);

/** The import's template: every column's header and one example row, for Excel (UTF-8 with BOM). */
export function catalogTemplate(): string {
  return formatCsv([HEADERS, CATALOG_COLUMNS.map((column) => column.example)]);
}

/**
 * The catalog the caller may see, in the import's columns, with the ids that make re-importing it
 * (edited or not) update the same records. The list filters apply; paging does not.
 */
export async function catalogCsv(ctx: Ctx, query: Omit<OpportunityListRequest, 'limit' | 'cursor' | 'q'>): Promise<string> {
  assertCan(ctx.actor, 'opportunity.read');
  const staleSince = staleBefore(ctx.now());
  const rows = await ctx.db
    .select({ opportunity: opportunityWithHostName, host: hosts })
    .from(opportunities)
    .innerJoin(hosts, eq(hosts.id, opportunities.hostId))
    .where(and(opportunityFilters(ctx.actor, query, staleSince)))
    .orderBy(asc(opportunities.id));
  return formatCsv([
    HEADERS,
    ...rows.map(({ opportunity, host }) => {
      const view = toOpportunityView(opportunity, staleSince);
      return CATALOG_COLUMNS.map((column) => {
        if (column.target === 'key') return column.name === 'id' ? view.id : host.id;
        return column.cell.write(valueAt(column.target === 'host' ? host : view, column.field));
      });
    }),
  ]);
}
