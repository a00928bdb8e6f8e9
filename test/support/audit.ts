import { eq } from 'drizzle-orm';
import { auditEvents } from '../../src/db/schema';
import type { Harness } from './harness';

/** The actions recorded about `entityId`, as an admin reads them through the audit API. */
export async function auditActions(h: Harness, entityId: string): Promise<string[]> {
  const res = await h.as('admin').get(`/v1/audit-events?entityId=${entityId}&limit=200`);
  return res.body.items.map((e: { action: string }) => e.action);
}

/** The audit rows about `entityId` as stored, read from the database rather than through the API. */
export function auditRows(h: Harness, entityId: string) {
  return h.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId));
}
