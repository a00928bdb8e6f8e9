import type { Actor } from '../context';
import type { Role } from '../domain/roles';
import type { PlacementStatus } from '../domain/placement/statuses';
import type { HostStatus } from '../domain/types';
import { canHostTransition } from '../domain/placement/transitions';
import { problem } from '../lib/problem';

/**
 * The one authorization policy. Two questions, answered only here:
 * - may this role perform this action at all? (no → 403)
 * - is this object inside the caller's scope? (no → 404, exactly as if it did not exist)
 */

export type Action =
  | 'user.create'
  | 'user.read'
  | 'user.update'
  | 'user.signInLink'
  | 'host.create'
  | 'host.read'
  | 'host.update'
  | 'opportunity.create'
  | 'opportunity.read'
  | 'opportunity.update'
  | 'opportunity.confirm'
  | 'participant.create'
  | 'participant.read'
  | 'participant.update'
  | 'participant.consent'
  | 'participant.private.read'
  | 'participant.assign'
  | 'participant.export'
  | 'participant.erase'
  | 'match.run'
  | 'placement.create'
  | 'placement.read'
  | 'placement.transition'
  | 'checkIn.create'
  | 'checkIn.read'
  | 'followUp.list'
  | 'hostSupport.create'
  | 'hostSupport.read'
  | 'hostSupport.share'
  | 'report.read'
  | 'export.hsds'
  | 'audit.read';

const STAFF_CATALOG: Action[] = [
  'host.create',
  'host.read',
  'host.update',
  'opportunity.create',
  'opportunity.read',
  'opportunity.update',
  'opportunity.confirm',
];
const CASEWORK: Action[] = [
  'participant.create',
  'participant.read',
  'participant.update',
  'participant.consent',
  'participant.private.read',
  'match.run',
  'placement.create',
  'placement.read',
  'placement.transition',
  'checkIn.create',
  'checkIn.read',
  'followUp.list',
  'hostSupport.create',
  'hostSupport.read',
  'hostSupport.share',
  'export.hsds',
];

const ALLOWED: Record<Role, ReadonlySet<Action>> = {
  admin: new Set<Action>([
    ...STAFF_CATALOG,
    ...CASEWORK,
    'participant.assign',
    'participant.export',
    'participant.erase',
    'user.create',
    'user.read',
    'user.update',
    'user.signInLink',
    'report.read',
    'audit.read',
  ]),
  coordinator: new Set<Action>([
    ...STAFF_CATALOG,
    ...CASEWORK,
    'participant.assign',
    'participant.export',
    'report.read',
    'user.signInLink',
  ]),
  supporter: new Set<Action>([...STAFF_CATALOG, ...CASEWORK]),
  // A host keeps its own record and opportunities current and answers proposals; it never sees casework.
  host: new Set<Action>([
    'host.read',
    'host.update',
    'opportunity.create',
    'opportunity.read',
    'opportunity.update',
    'opportunity.confirm',
    'placement.read',
    'placement.transition',
    'checkIn.create',
    'checkIn.read',
    'hostSupport.create',
    'hostSupport.read',
  ]),
};

export function can(actor: Actor, action: Action): boolean {
  return ALLOWED[actor.role].has(action);
}

/** 403 when the role may never do this. */
export function assertCan(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw problem('forbidden', { detail: 'この役割ではこの操作はできません' });
}

/**
 * A host user acts only while its host takes part: an ended host's users are refused everything,
 * a paused host's may still read (their placements, their records) but change nothing.
 */
export function assertHostMayAct(actor: Actor, hostStatus: HostStatus | null, writes: boolean): void {
  if (actor.role !== 'host') return;
  if (hostStatus === 'ended') throw problem('forbidden', { detail: 'この受け入れ先は終了しているため、利用できません' });
  if (hostStatus === 'paused' && writes) throw problem('forbidden', { detail: 'この受け入れ先は休止中のため、閲覧だけができます' });
}

/** The host a host user is bound to; null for staff, who see every host. */
export function ownHostScopeOrThrow(actor: Actor): string | null {
  if (actor.role !== 'host') return null;
  // A host user without a host would see everything; the users service never creates one.
  if (!actor.hostId) throw problem('forbidden');
  return actor.hostId;
}

/** Supporters work only their caseload; null for roles that see every participant. */
export function caseloadScope(actor: Actor): string | null {
  return actor.role === 'supporter' ? actor.id : null;
}

export function seesHost(actor: Actor, hostId: string): boolean {
  const scope = ownHostScopeOrThrow(actor);
  return scope === null || scope === hostId;
}

/** A supporter's caseload is what is assigned to them: whoever registered the person does not matter. */
export function seesParticipant(actor: Actor, participant: { assignedTo: string | null }): boolean {
  if (actor.role === 'host') return false;
  const scope = caseloadScope(actor);
  return scope === null || participant.assignedTo === scope;
}

/** A not_found problem that reads the same whether the object is missing or out of scope. */
export function notFound(what: string) {
  return problem('not_found', { detail: `${what}が見つかりません` });
}

/** 要配慮個人情報 (`private.*`) reaches only admin, coordinators and the supporter assigned to the person. */
export function seesPrivate(actor: Actor, participant: { assignedTo: string | null }): boolean {
  return actor.role === 'admin' || actor.role === 'coordinator' || (actor.role === 'supporter' && participant.assignedTo === actor.id);
}

/**
 * A host sees casework only through the minimal host view: the person reduced by consent, no staff
 * notes, no follow-up work list. Every view that differs by audience asks this one question.
 */
export function seesHostViewOnly(actor: Actor): boolean {
  return actor.role === 'host';
}

/**
 * A host keeps its own record current, but its pipeline status (which puts it in matching and the
 * HSDS export) and the staff notes about it are the staff's.
 */
export function assertMayEditHostFields(actor: Actor, fields: readonly string[]): void {
  if (seesHostViewOnly(actor) && fields.some((field) => field === 'status' || field === 'notes')) {
    throw problem('forbidden', { detail: '受け入れ先の状態（status）と職員のメモ（notes）は職員だけが変更できます' });
  }
}

/** A host answers proposals (accept or decline) and nothing else. */
export function assertMayMovePlacementTo(actor: Actor, to: PlacementStatus): void {
  if (seesHostViewOnly(actor) && !canHostTransition('proposed', to)) {
    throw problem('forbidden', {
      detail: '受け入れ先ができるのは、提案されたつなぎを受け入れる（accepted）か見送る（declined）ことだけです',
    });
  }
}

/** What a host writes about a placement is its own report, never a staff contact record. */
export function assertMayRecordCheckIn(actor: Actor, channel: string): void {
  if (seesHostViewOnly(actor) && channel !== 'host_report') {
    throw problem('forbidden', { detail: '受け入れ先からは channel を host_report にして送ってください' });
  }
}

/** A host may not look placements up by participant id: it would tie internal ids to codes. */
export function assertMayFilterByParticipant(actor: Actor): void {
  if (seesHostViewOnly(actor)) throw problem('forbidden', { detail: '受け入れ先は参加者で絞り込めません' });
}

/** Coordinators bring supporters and hosts in; only an admin signs staff with wider reach in. */
export function assertMayIssueSignInLinkFor(actor: Actor, role: Role): void {
  if (actor.role !== 'admin' && role !== 'supporter' && role !== 'host') {
    throw problem('forbidden', { detail: 'この役割の利用者にはサインイン用リンクを発行できません' });
  }
}
