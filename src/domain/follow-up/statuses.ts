/** A follow-up is open until a check-in completes it or the placement ends and cancels it. */
export const FOLLOW_UP_STATUSES = ['open', 'completed', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
