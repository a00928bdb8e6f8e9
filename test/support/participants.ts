import { anArea, anotherArea, northOf } from './city';
import type { Caller, Harness } from './harness';
import { mustAnswer } from './must-answer';

/** A valid participant body; every test states only what it is about. */
export function participantInput(overrides: Record<string, unknown> = {}) {
  return {
    displayName: 'Aさん',
    age: 34,
    gender: 'male',
    home: { area: anotherArea, ...northOf(anArea, -4) },
    travel: { modes: ['walk', 'bicycle', 'train'], maxMinutes: 30 },
    availability: [{ day: 'tue', start: '09:00', end: '13:00' }],
    interests: ['土いじり', 'パソコン'],
    step: 2,
    limits: { maxGroupSize: 'small', maxConversation: 'little', avoidCustomerFacing: true, avoidPhone: true },
    needs: ['accompaniment'],
    goals: '週に一度、家の外で過ごす時間をつくる',
    referredBy: '地域包括支援センター',
    ...overrides,
  };
}

/** Registers a participant (as supporter A unless `caller` says otherwise) and returns it. */
export async function makeParticipant(h: Harness, caller: Caller = 'supporter', overrides: Record<string, unknown> = {}) {
  const res = await h.as(caller).post('/v1/participants', participantInput(overrides));
  return mustAnswer(201, 'makeParticipant', res) as {
    id: string;
    code: string;
    displayName: string;
    version: number;
    assignedTo: string | null;
  };
}

/** Records the participant's consent to share their profile with hosts. */
export async function giveConsent(h: Harness, id: string, caller: Caller = 'coordinator') {
  const res = await h.as(caller).post(`/v1/participants/${id}/consent`, { status: 'given', scope: '受け入れ先への情報提供' });
  return mustAnswer(200, 'giveConsent', res);
}
