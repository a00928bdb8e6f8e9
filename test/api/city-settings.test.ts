import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citySettingsFor } from '../../src/config/settings-file';
import { createHarness, type Harness } from '../support/harness';
import { moveTo, placementWorld, propose } from '../support/placements';

// The settings file in force, read again from disk rather than through src/config: what the API
// shows must be what the city wrote (Nagareyama's file, or the one TSUNAGU_CITY_SETTINGS names).
const settings = citySettingsFor(process.env);

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('city settings on the HTTP surface', () => {
  it('offers exactly the areas of the settings file in the OpenAPI document', async () => {
    const spec = (await h.as(null).get('/openapi.json')).body;
    const codes = settings.areas.map((area) => area.code);
    expect(spec.components.schemas.HostInput.properties.area.enum).toEqual(codes);
    expect(spec.components.schemas.OpportunityLocation.properties.area.enum).toEqual(codes);
  });

  it('schedules follow-ups on the days of the settings file after the day the placement started', async () => {
    const w = await placementWorld(h);
    const p = await propose(h, w.participant.id, w.opening.id);
    await moveTo(h, p.id, 'accepted');
    await moveTo(h, p.id, 'trial', { at: '2026-10-18T09:00:00+09:00' });
    const followUps = (await h.as('supporter').get(`/v1/placements/${p.id}`)).body.followUps as { dueDate: string; label: string }[];
    const started = Date.UTC(2026, 9, 18);
    expect(followUps.map((f) => [f.dueDate, f.label])).toEqual(
      settings.followUp.days.map((days) => [new Date(started + days * 86_400_000).toISOString().slice(0, 10), `開始から${days}日後`]),
    );
  });
});
