import type { Harness } from './harness';

/** The actions audited about one entity, oldest first, as an admin reads them through the API. */
export async function auditActions(h: Harness, entityId: string): Promise<string[]> {
  const res = await h.as('admin').get(`/v1/audit-events?entityId=${entityId}&limit=200`);
  if (res.status !== 200) throw new Error(`auditActions: ${res.status} ${res.text}`);
  return (res.body.items as { at: string; action: string }[]).map((e) => e.action);
}
