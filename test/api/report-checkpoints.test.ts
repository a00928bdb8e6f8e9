import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETENTION_CHECKPOINT_DAYS } from '../../src/config';
import { consoleBrowser } from '../support/console';
import { createHarness, type Harness } from '../support/harness';
import { buildReportHistory, FIRST_HALF } from '../support/report-history';

const QUERY = `from=${FIRST_HALF.from}&to=${FIRST_HALF.to}`;
const keys = RETENTION_CHECKPOINT_DAYS.map((day) => `day${day}`);

describe('reports: retention follows the checkpoints of the settings in force', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await buildReportHistory(h);
  });
  afterAll(() => h.close());

  it('keys the summary’s retention day{n} for each checkpoint, in their order, and nothing else', async () => {
    const res = await h.as('coordinator').get(`/v1/reports/summary?${QUERY}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.retention)).toEqual(keys);
  });

  it('documents exactly those keys in the OpenAPI schema, each required', async () => {
    const spec = (await h.as(null).get('/openapi.json')).body;
    const retention = spec.components.schemas.ReportSummary.properties.retention;
    expect(Object.keys(retention.properties)).toEqual(keys);
    expect(retention.required).toEqual(keys);
  });

  it('gives the CSV three rows per checkpoint, named with its days', async () => {
    const csv = (await h.as('coordinator').get(`/v1/reports/summary?${QUERY}&format=csv`)).text;
    const metrics = csv
      .split('\r\n')
      .filter((line) => line.startsWith('定着,'))
      .map((line) => line.split(',')[1]);
    expect(metrics).toEqual(RETENTION_CHECKPOINT_DAYS.flatMap((day) => [`${day}日後の対象`, `${day}日後に定着`, `${day}日後の定着率`]));
  });

  it('shows one figure per checkpoint on the console’s report page', async () => {
    const browser = consoleBrowser(h);
    await browser.signIn(h.tokens.coordinator!);
    const page = await browser.get(`/reports?${QUERY}`);
    const shown = [...page.text.matchAll(/<dt>(\d+)日後も続いている<\/dt>/g)].map((found) => Number(found[1]));
    expect(shown).toEqual([...RETENTION_CHECKPOINT_DAYS]);
  });
});
