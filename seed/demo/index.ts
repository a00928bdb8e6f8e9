/** The whole demo data set, in the order the runner creates it: hosts, users, openings, participants. */
export { demoHosts } from './hosts';
export { demoUsers } from './users';
export { demoOpportunities } from './opportunities';
export { demoParticipants } from './participants';
export type { DemoHost, DemoOpportunity, DemoParticipant, DemoUser } from './types';
