import { asc, lte, notInArray, sql } from 'drizzle-orm';
import { AREAS } from '../../config';
import type { Db } from '../../db/db';
import { hosts, opportunities, participants } from '../../db/schema';
import { STRANDED_IDS_SHOWN, strandedAreasMessage, type AreaTable, type StrandedRecords } from '../../domain/areas/stranded';

/** The drizzle table and area column behind each name of AREA_COLUMNS. */
export const AREA_TABLES = {
  hosts: { table: hosts, area: hosts.area },
  opportunities: { table: opportunities, area: opportunities.area },
  participants: { table: participants, area: participants.homeArea },
} as const;

/**
 * Per code the settings do not list: its count and its first ids, both from window functions, so
 * the query returns a few rows however many records carry the code.
 */
function strandedQuery(db: Db, name: AreaTable, areas: readonly string[]) {
  const { table, area } = AREA_TABLES[name];
  const ranked = db
    .select({
      area: sql<string>`${area}`.as('area'),
      id: sql<string>`${table.id}`.as('id'),
      count: sql<number>`count(*) over (partition by ${area})`.as('count'),
      rank: sql<number>`row_number() over (partition by ${area} order by ${table.id})`.as('rank'),
    })
    .from(table)
    .where(notInArray(area, [...areas]))
    .as('ranked');
  return db.select().from(ranked).where(lte(ranked.rank, STRANDED_IDS_SHOWN)).orderBy(asc(ranked.area), asc(ranked.rank));
}

/** Every table's records whose area code is not among `areas` (the settings in force unless given): one batch. */
export async function findStrandedAreas(db: Db, areas: readonly string[] = AREAS): Promise<StrandedRecords[]> {
  const names = Object.keys(AREA_TABLES) as AreaTable[];
  const [first, ...rest] = names.map((name) => strandedQuery(db, name, areas));
  const results = await db.batch([first!, ...rest]);
  return names.flatMap((table, i) => {
    const byArea = new Map<string, StrandedRecords>();
    for (const row of results[i]!) {
      const entry = byArea.get(row.area) ?? { table, area: row.area, count: Number(row.count), firstIds: [] };
      entry.firstIds.push(row.id);
      byArea.set(row.area, entry);
    }
    return [...byArea.values()];
  });
}

/** Thrown at start when records carry codes the settings do not list; its message names them and the way out. */
export class StrandedAreasError extends Error {
  constructor(readonly stranded: readonly StrandedRecords[]) {
    super(strandedAreasMessage(stranded, AREAS));
    this.name = 'StrandedAreasError';
  }
}

/**
 * Refuses to go on (the server's start, `npm run migrate`) while records carry area codes the
 * settings do not list: they would be filtered, counted and exported as if they were nowhere.
 */
export async function refuseStrandedAreas(db: Db): Promise<void> {
  const stranded = await findStrandedAreas(db);
  if (stranded.length > 0) throw new StrandedAreasError(stranded);
}
