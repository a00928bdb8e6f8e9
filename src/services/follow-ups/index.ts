/** Follow-up (定着支援): the schedule of due check-ins, and the check-ins that complete them. */
export { listFollowUps, type FollowUpItem } from './follow-ups';
export { createCheckIn, listCheckIns, type CheckInView } from './check-ins';
