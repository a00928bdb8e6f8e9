import type { FormValues } from './forms';
import { numberOrNull, textOrNull } from './forms';
import { slotsFromForm } from './components/week-grid';

/**
 * The host's edit form read back into the API's patch shape, so the API's schema judges it and
 * names its problems by the same dotted paths the fields carry. Only what the form shows is sent:
 * everything else about the opening stays as it is.
 */
export function opportunityPatchFromForm({ one, all }: FormValues) {
  return {
    externalId: textOrNull(one['externalId']),
    title: one['title'] ?? '',
    description: one['description'] ?? '',
    schedule: slotsFromForm(one, 'schedule'),
    capacity: numberOrNull(one['capacity']),
    status: one['status'] ?? '',
    support: all('support'),
    environment: {
      groupSize: one['environment.groupSize'] ?? '',
      conversation: one['environment.conversation'] ?? '',
      customerFacing: one['environment.customerFacing'] === 'on',
      phone: one['environment.phone'] === 'on',
    },
  };
}

export type OpportunityDraft = ReturnType<typeof opportunityPatchFromForm>;
