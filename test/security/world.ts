import { makeHostUser, hostInput, opportunityInput } from '../support/factories';
import type { Caller, Harness } from '../support/harness';
import { mustAnswer } from '../support/must-answer';
import { participantInput } from '../support/participants';

/**
 * Two tenants side by side, built through the API. Tenant A is what supporter A and host A own:
 * host A, its opportunity, supporter A's participants and their placements into it. Tenant B is
 * the same for supporter B and host B. Every sensitive field holds a canary: a string unique to
 * that field, so a scan of any response can name exactly what leaked.
 */

/** The parties whose every response is scanned, and who the matrix calls. */
export const PARTIES = ['admin', 'coordinator', 'supporter', 'host'] as const;
export type Party = (typeof PARTIES)[number];

export function canary(name: string): string {
  return `CNY_${name}_`;
}

export type Tenant = {
  hostId: string;
  hostUserId: string;
  opportunityId: string;
  /** Consent given, placed into this tenant's opportunity. */
  participantId: string;
  placementId: string;
  /** Consent withdrawn after being placed: a host sees only its code. */
  withdrawnId: string;
  withdrawnPlacementId: string;
  /** A support record on this tenant's host, written by the host's own user. */
  hostRecordId: string;
  /** A staff support record on this tenant's host, not shared with it. */
  staffRecordId: string;
  /** A staff support record on this tenant's host that names the placed participant. */
  namedRecordId: string;
};

export type World = { a: Tenant; b: Tenant; hostCallers: { a: { token: string }; b: { token: string } } };

function participantWithCanaries(tag: string, assignedTo: string) {
  return participantInput({
    displayName: canary(`${tag}_displayName`),
    goals: canary(`${tag}_goals`),
    referredBy: canary(`${tag}_referredBy`),
    interests: ['土いじり', canary(`${tag}_interest`)],
    assignedTo,
    private: {
      name: canary(`${tag}_privateName`),
      nameKana: canary(`${tag}_privateKana`),
      phone: canary(`${tag}_privatePhone`),
      address: canary(`${tag}_privateAddress`),
      notes: canary(`${tag}_privateNotes`),
    },
  });
}

async function tenant(h: Harness, t: 'A' | 'B'): Promise<{ tenant: Tenant; hostCaller: { token: string } }> {
  const supporter: Caller = t === 'A' ? 'supporter' : 'supporterB';
  const host = mustAnswer(
    201,
    `host ${t}`,
    await h.as('admin').post(
      '/v1/hosts',
      hostInput({
        name: canary(`h${t}_name`),
        address: canary(`h${t}_address`),
        notes: canary(`h${t}_notes`),
        contact: { person: canary(`h${t}_contactPerson`), phone: '04-0000-0000', email: `host${t}@example.org` },
      }),
    ),
  );
  const hostCaller = await makeHostUser(h, host.id);
  const hostUserId = mustAnswer(200, 'me', await h.as(hostCaller).get('/v1/me')).id as string;
  const opportunity = mustAnswer(
    201,
    `opportunity ${t}`,
    await h.as('admin').post(
      '/v1/opportunities',
      opportunityInput(host.id, {
        title: canary(`o${t}_title`),
        description: canary(`o${t}_description`),
        capacity: 10,
      }),
    ),
  );
  const person = async (tag: string) => {
    const created = mustAnswer(
      201,
      tag,
      await h.as(supporter).post('/v1/participants', participantWithCanaries(tag, h.userIds[supporter]!)),
    );
    mustAnswer(
      200,
      `${tag} consent`,
      await h.as('coordinator').post(`/v1/participants/${created.id}/consent`, { status: 'given', scope: canary(`${tag}_consentScope`) }),
    );
    const placement = mustAnswer(
      201,
      `${tag} placement`,
      await h.as(supporter).post(
        '/v1/placements',
        {
          participantId: created.id,
          opportunityId: opportunity.id,
          note: canary(`${tag}_placementNote`),
        },
        { 'idempotency-key': `${tag}-placement` },
      ),
    );
    return { id: created.id as string, placementId: placement.id as string };
  };
  const placed = await person(`p${t}`);
  const withdrawn = await person(`w${t}`);
  mustAnswer(200, 'withdraw', await h.as('coordinator').post(`/v1/participants/${withdrawn.id}/consent`, { status: 'withdrawn' }));

  mustAnswer(200, 'accept', await h.as(hostCaller).post(`/v1/placements/${placed.placementId}/transitions`, { to: 'accepted' }));
  mustAnswer(
    200,
    'start',
    await h.as(supporter).post(`/v1/placements/${placed.placementId}/transitions`, {
      to: 'active',
      note: canary(`p${t}_transitionNote`),
    }),
  );
  mustAnswer(
    201,
    'staff check-in',
    await h.as(supporter).post(
      `/v1/placements/${placed.placementId}/check-ins`,
      {
        date: '2026-11-26',
        channel: 'visit',
        wellbeing: 3,
        participantVoice: canary(`p${t}_participantVoice`),
        hostVoice: canary(`p${t}_staffHeardHostVoice`),
        nextActions: canary(`p${t}_nextActions`),
      },
      { 'idempotency-key': `${t}-check-in` },
    ),
  );
  mustAnswer(
    201,
    'host report',
    await h.as(hostCaller).post(`/v1/placements/${placed.placementId}/check-ins`, {
      date: '2026-11-26',
      channel: 'host_report',
      hostVoice: canary(`h${t}_reportVoice`),
    }),
  );

  const hostRecord = mustAnswer(
    201,
    'host record',
    await h.as(hostCaller).post(`/v1/hosts/${host.id}/support-records`, {
      date: '2026-11-20',
      type: 'consultation',
      summary: canary(`h${t}_ownRecord`),
    }),
  );
  const staffRecord = mustAnswer(
    201,
    'staff record',
    await h.as(supporter).post(`/v1/hosts/${host.id}/support-records`, {
      date: '2026-11-21',
      type: 'feedback',
      summary: canary(`h${t}_staffRecord`),
    }),
  );
  mustAnswer(
    201,
    'shared record',
    await h.as(supporter).post(`/v1/hosts/${host.id}/support-records`, {
      date: '2026-11-22',
      type: 'training',
      summary: canary(`h${t}_sharedRecord`),
      sharedWithHost: true,
    }),
  );
  const namedRecord = mustAnswer(
    201,
    'record naming a person',
    await h.as(supporter).post(`/v1/hosts/${host.id}/support-records`, {
      date: '2026-11-23',
      type: 'incident',
      summary: canary(`p${t}_namedRecord`),
      participantId: placed.id,
      sharedWithHost: true,
    }),
  );

  return {
    hostCaller,
    tenant: {
      hostId: host.id,
      hostUserId,
      opportunityId: opportunity.id,
      participantId: placed.id,
      placementId: placed.placementId,
      withdrawnId: withdrawn.id,
      withdrawnPlacementId: withdrawn.placementId,
      hostRecordId: hostRecord.id,
      staffRecordId: staffRecord.id,
      namedRecordId: namedRecord.id,
    },
  };
}

export async function buildWorld(h: Harness): Promise<World> {
  const a = await tenant(h, 'A');
  const b = await tenant(h, 'B');
  return { a: a.tenant, b: b.tenant, hostCallers: { a: a.hostCaller, b: b.hostCaller } };
}

/** The caller of a party: its tenant-A user. */
export function callerOf(world: World, party: Party | null): Caller {
  return party === 'host' ? world.hostCallers.a : party;
}
