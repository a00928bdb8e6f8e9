import type { MatchableOpportunity, Profile } from '../../../src/domain/types';
import { anArea, pointOf } from '../../support/city';

/** A person who fits `makeOpportunity()` on every count; tests change one thing at a time. */
export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    age: 34,
    gender: 'male',
    home: { area: anArea, ...pointOf(anArea) },
    travel: { modes: ['walk', 'bicycle'], maxMinutes: 30 },
    availability: [{ day: 'tue', start: '09:00', end: '13:00' }],
    interests: [],
    step: 2,
    limits: { maxGroupSize: 'small', maxConversation: 'little', avoidCustomerFacing: true, avoidPhone: true },
    needs: [],
    ...overrides,
  };
}

let nextId = 1;

/** An open opening near the default home, Tuesday morning, step 2, quiet and small. */
export function makeOpportunity(overrides: Partial<MatchableOpportunity> = {}): MatchableOpportunity {
  const id = `opp-${String(nextId++).padStart(4, '0')}`;
  return {
    id,
    hostId: 'host-1',
    hostName: 'NPO法人まちの縁側',
    title: '作業の手伝い',
    kind: 'work_experience',
    description: '',
    tags: [],
    schedule: [{ day: 'tue', start: '09:00', end: '12:00' }],
    location: { area: anArea, ...pointOf(anArea), online: false },
    capacity: 3,
    filled: 0,
    step: 2,
    environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false },
    support: [],
    eligibility: { minAge: null, maxAge: null, genders: [] },
    status: 'open',
    pay: 'none',
    attendance: 'any',
    months: [],
    hostUnderstanding: [],
    updatedAt: '2026-05-01T09:00:00+09:00',
    confirmedAt: null,
    ...overrides,
  };
}
