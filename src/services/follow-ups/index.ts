/** Follow-up (定着支援): the schedule of due check-ins, and the check-ins that complete them. */
export { listFollowUps, type FollowUpItem, type FollowUpListRequest } from './follow-ups';
export { createCheckIn, listCheckIns, type CheckInView, type NewCheckIn } from './check-ins';
