import { canary, type Party } from './world';

/**
 * Who may ever read each canary of the two-tenant world, as data beside the authorization matrix.
 * The scanned parties are admin, coordinator and tenant A's supporter and host. Anything not
 * listed for a party must appear in none of the responses that party can get.
 */

const STAFF: Party[] = ['admin', 'coordinator', 'supporter'];
const OFFICE: Party[] = ['admin', 'coordinator'];
const EVERYONE: Party[] = ['admin', 'coordinator', 'supporter', 'host'];

/** A participant's fields, for those who see the person; the host gets only the consented view. */
function person(tag: string, seenBy: Party[], hostSeesName: boolean): Record<string, Party[]> {
  const fields = [
    'goals',
    'referredBy',
    'interest',
    'privateName',
    'privateKana',
    'privatePhone',
    'privateAddress',
    'privateNotes',
    'consentScope',
    'placementNote',
  ];
  return {
    ...Object.fromEntries(fields.map((field) => [`${tag}_${field}`, seenBy])),
    [`${tag}_displayName`]: hostSeesName ? [...seenBy, 'host'] : seenBy,
  };
}

/** What a placed person's casework holds: staff notes, voices heard on a visit, a record naming them. */
function casework(tag: string, seenBy: Party[]): Record<string, Party[]> {
  return Object.fromEntries(
    ['transitionNote', 'participantVoice', 'staffHeardHostVoice', 'nextActions', 'namedRecord'].map((field) => [`${tag}_${field}`, seenBy]),
  );
}

/** A host's record and catalog: the host itself only when it is tenant A. */
function host(t: 'A' | 'B', placementSeenBy: Party[]): Record<string, Party[]> {
  const own = t === 'A' ? EVERYONE : STAFF;
  return {
    [`h${t}_name`]: own,
    [`h${t}_address`]: own,
    [`h${t}_contactPerson`]: own,
    [`o${t}_title`]: own,
    [`o${t}_description`]: own,
    [`h${t}_ownRecord`]: own,
    [`h${t}_sharedRecord`]: own,
    // Staff notes about a host, and staff records not shared with it, are never the host's.
    [`h${t}_notes`]: STAFF,
    [`h${t}_staffRecord`]: STAFF,
    // A host's report lives on a placement: those who see the placement see it.
    [`h${t}_reportVoice`]: placementSeenBy,
  };
}

export const ENTITLED: Record<string, Party[]> = {
  // Tenant A: supporter A's caseload, placed with host A; consent given, and withdrawn for `wA`.
  ...person('pA', STAFF, true),
  ...person('wA', STAFF, false),
  ...casework('pA', STAFF),
  ...host('A', EVERYONE),
  // Tenant B: supporter B's caseload with host B; of the scanned parties, only the office sees it.
  ...person('pB', OFFICE, false),
  ...person('wB', OFFICE, false),
  ...casework('pB', OFFICE),
  ...host('B', OFFICE),
};

/** Every canary of the world with its string. */
export const CANARIES: { name: string; value: string; entitled: Party[] }[] = Object.entries(ENTITLED).map(([name, entitled]) => ({
  name,
  value: canary(name),
  entitled,
}));
