/** The whole demo data set, in the order the runner creates it: hosts, users, openings, participants. */
export { demoHosts } from './hosts';
export { demoUsers } from './users';
export { demoOpportunities } from './opportunities';
import { demoParticipants as caseload } from './participants';
import { waitingParticipants } from './waiting-participants';

export const demoParticipants = [...caseload, ...waitingParticipants];
export type { DemoHost, DemoOpportunity, DemoParticipant, DemoUser } from './types';
