import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_CITY, demoFitsCity } from '../../seed/demo/city';
import { seedDemoIfEmpty, type DemoSummary } from '../../seed/load';
import { createHarness, TEST_NOW, type Harness } from '../support/harness';

let h: Harness;
let seeded: DemoSummary;
beforeAll(async () => {
  h = await createHarness();
  seeded = await seedDemoIfEmpty(h.db, TEST_NOW);
});
afterAll(() => h.close());

it.runIf(demoFitsCity())(
  `gives the 資源開拓 report on the demo at least two groups, kept out by different constraints (under ${DEMO_CITY.name}'s settings only)`,
  async () => {
    const admin = { token: seeded.users.find((user) => user.key === 'admin')!.token };
    const { body } = await h.as(admin).get('/v1/reports/unmet-needs');
    expect(body.groups.length).toBeGreaterThanOrEqual(2);
    const bindings = new Set(body.groups.map((group: { binding: { code: string }[] }) => group.binding.map((b) => b.code).join(',')));
    expect(bindings.size).toBeGreaterThanOrEqual(2);
    for (const group of body.groups) expect(group.suggestion.wouldServe).toBeGreaterThan(0);
  },
);
