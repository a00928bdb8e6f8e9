import type { FormValues } from './forms';
import { numberOrNull, textOrNull } from './forms';
import { slotsFromForm } from './components/week-grid';

/** Interests are typed as one line, separated by 、 or commas. */
function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[、,，\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The participant form read back into the API's body shape, so the API's schema judges it. Field
 * names are the body's dotted paths, which is also how the schema names its problems.
 */
export function participantFromForm({ one, all }: FormValues, withPrivate: boolean) {
  return {
    displayName: one['displayName'] ?? '',
    age: numberOrNull(one['age']),
    gender: textOrNull(one['gender']),
    home: {
      area: one['home.area'] ?? '',
      lat: numberOrNull(one['home.lat']),
      lng: numberOrNull(one['home.lng']),
      station: textOrNull(one['home.station']),
    },
    travel: { modes: all('travel.modes'), maxMinutes: numberOrNull(one['travel.maxMinutes']) },
    availability: slotsFromForm(one, 'availability'),
    interests: listOf(one['interests']),
    step: numberOrNull(one['step']),
    limits: {
      maxGroupSize: one['limits.maxGroupSize'] ?? '',
      maxConversation: one['limits.maxConversation'] ?? '',
      avoidCustomerFacing: one['limits.avoidCustomerFacing'] === 'on',
      avoidPhone: one['limits.avoidPhone'] === 'on',
    },
    needs: all('needs'),
    goals: textOrNull(one['goals']),
    referredBy: textOrNull(one['referredBy']),
    ...(withPrivate
      ? {
          private: {
            name: textOrNull(one['private.name']),
            nameKana: textOrNull(one['private.nameKana']),
            phone: textOrNull(one['private.phone']),
            address: textOrNull(one['private.address']),
            notes: textOrNull(one['private.notes']),
          },
        }
      : {}),
  };
}

export type ParticipantDraft = ReturnType<typeof participantFromForm>;
