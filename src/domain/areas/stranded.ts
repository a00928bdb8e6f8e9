/**
 * Area codes a city's settings no longer list, while records still carry them (a host's area, an
 * opportunity's location, a participant's home). Such records would be filtered, counted and
 * exported as if they were nowhere, so the service refuses to start until they are moved.
 */

/** The stored records that carry an area code, and the column that holds it. */
export const AREA_COLUMNS = { hosts: 'area', opportunities: 'area', participants: 'home_area' } as const;
export type AreaTable = keyof typeof AREA_COLUMNS;

/** One table's records with one code the settings do not list: how many, and the first few ids. */
export type StrandedRecords = { table: AreaTable; area: string; count: number; firstIds: string[] };

/** A move of every record from one area code to another: `npm run migrate -- --move-area old=new`. */
export type AreaMove = { from: string; to: string };

/** How many ids are named per table and code: enough to find the records, short enough to read. */
export const STRANDED_IDS_SHOWN = 3;

/** The refusal as the operator reads it: each table, code, count and first ids, then the way out. */
export function strandedAreasMessage(stranded: readonly StrandedRecords[], areas: readonly string[]): string {
  const lines = stranded.map(({ table, area, count, firstIds }) => {
    const more = count > firstIds.length ? ' ほか' : '';
    return `  ${table}.${AREA_COLUMNS[table]} = ${area}: ${count}件（${firstIds.join(', ')}${more}）`;
  });
  const codes = [...new Set(stranded.map((s) => s.area))];
  return [
    `設定の地域コード（${areas.join(', ')}）にないコードを使っている記録があるため、起動しません:`,
    ...lines,
    '新しいコードへ移すには（1回の書き込みで移し、監査ログに残ります）:',
    `  npm run migrate -- ${codes.map((code) => `--move-area ${code}=<新しいコード>`).join(' ')}`,
    "または、そのコードを設定の地域に戻してください。詳しくは docs/operations.md の「Changing a city's areas」。",
  ].join('\n');
}

/**
 * Reads `old=new` as a move. The new code must be one the settings list (records would otherwise
 * be stranded again); the old one may be anything, listed or not. Returns the problem in words
 * when the argument cannot be a move.
 */
export function parseAreaMove(argument: string, areas: readonly string[]): AreaMove | { problem: string } {
  const match = /^([^=\s]+)=([^=\s]+)$/.exec(argument);
  if (!match) return { problem: `--move-area は 旧コード=新コード の形で指定してください（受け取った値: ${argument}）` };
  const from = match[1]!;
  const to = match[2]!;
  if (!areas.includes(to)) return { problem: `移し先の ${to} は設定の地域コード（${areas.join(', ')}）にありません` };
  if (from === to) return { problem: `移し元と移し先が同じです（${from}）` };
  return { from, to };
}
