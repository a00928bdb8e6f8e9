import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';
import { makeParticipant } from '../support/participants';
import { buildReportHistory, FIRST_HALF, WORKED_FOR_THESE_SETTINGS } from '../support/report-history';
import { areaAt, labelOf, retentionCheckpointDays } from '../support/city';

const QUERY = `from=${FIRST_HALF.from}&to=${FIRST_HALF.to}`;
const BOM = [0xef, 0xbb, 0xbf];

/** RFC 4180 rows of `text` (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Every number (and date) of the JSON summary, depth first in key order, with its path. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

describe('reports: the summary as CSV for Excel', () => {
  let h: Harness;
  let json: Record<string, unknown>;
  let raw: Uint8Array;
  let response: Response;
  beforeAll(async () => {
    h = await createHarness();
    await buildReportHistory(h);
    // A referral source typed with a comma and quotes, to be quoted properly.
    h.clock.now = new Date('2026-06-02T10:00:00+09:00');
    await makeParticipant(h, 'supporter', { referredBy: '市役所 "福祉課", 窓口' });
    h.clock.now = TEST_NOW;
    json = (await h.as('coordinator').get(`/v1/reports/summary?${QUERY}`)).body;
    response = await h.app.request(`/v1/reports/summary?${QUERY}&format=csv`, {
      headers: { authorization: `Bearer ${h.tokens.coordinator}` },
    });
    raw = new Uint8Array(await response.arrayBuffer());
  });
  afterAll(() => h.close());

  it('is a UTF-8 CSV download with a BOM, so Excel shows the Japanese, named after the period', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="tsunagu-summary-2026-04-01_2026-09-30.csv"');
    expect([...raw.slice(0, 3)]).toEqual(BOM);
  });

  it('has a Japanese header, one metric per row, CRLF line ends', () => {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw).slice(1);
    expect(text.split('\r\n')[0]).toBe('区分,指標,値');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const row of parseCsv(text)) expect(row).toHaveLength(3);
  });

  it('carries every metric of the JSON, in the same order, with the same value', () => {
    const rows = parseCsv(new TextDecoder().decode(raw)).slice(1);
    const expected = leaves(json);
    expect(rows).toHaveLength(expected.length);
    rows.forEach(([, , value], i) => {
      const [path, leaf] = expected[i]!;
      expect({ path, value }).toEqual({ path, value: leaf === null ? '' : String(leaf) });
    });
    const names = rows.map(([section, metric]) => `${section}/${metric}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names each metric in Japanese, flattening the maps into one row each', () => {
    const rows = parseCsv(new TextDecoder().decode(raw)).slice(1);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['期間', '開始日', '2026-04-01'],
        ['参加者', '段階1（居場所）', '3'],
        ['参加者', '新規登録（紹介元: 地域包括支援センター）', '2'],
        ['参加者', '新規登録（紹介元: 市役所 "福祉課", 窓口）', '1'],
        ['つなぎ', '終了（理由: 予定どおり修了）', '1'],
        ['つなぎ', '見送り（理由: 受け入れの余裕がない）', '1'],
        ...(WORKED_FOR_THESE_SETTINGS
          ? [
              ['定着', '30日後の定着率', '0.8'],
              ['フォローアップ', '期日までに実施', '7'],
            ]
          : []),
        ['受け入れ先', '新規登録（資源開拓）', '2'],
        ['受け入れメニュー', `募集中（地域: ${labelOf(areaAt(0))}）`, '1'],
        ['受け入れ先支援', '開拓', '1'],
      ]),
    );
    expect(new TextDecoder().decode(raw)).toContain('参加者,"新規登録（紹介元: 市役所 ""福祉課"", 窓口）",1\r\n');
  });

  it('leaves a rate empty when there was nothing to count', async () => {
    const res = await h.app.request('/v1/reports/summary?from=2027-01-01&to=2027-03-31&format=csv', {
      headers: { authorization: `Bearer ${h.tokens.admin}` },
    });
    expect(await res.text()).toContain(`定着,${retentionCheckpointDays[0]}日後の定着率,\r\n`);
  });

  it('is refused like the JSON: 403 for supporters, 400 for a reversed period', async () => {
    expect((await h.as('supporter').get(`/v1/reports/summary?${QUERY}&format=csv`)).status).toBe(403);
    expect((await h.as('admin').get('/v1/reports/summary?from=2026-09-30&to=2026-04-01&format=csv')).status).toBe(400);
  });
});
