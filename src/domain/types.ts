/**
 * The vocabulary of the pure core. These are the shapes the domain functions reason about; the
 * HTTP schemas (src/routes) and the database rows (src/db) are mapped onto them at the edges.
 */

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** A weekly time window, `HH:MM` local time (Asia/Tokyo), start < end. */
export type Slot = { day: Day; start: string; end: string };

export const HOST_TYPES = ['company', 'npo', 'shop', 'farm', 'public', 'welfare_corp', 'community', 'other'] as const;
export type HostType = (typeof HOST_TYPES)[number];
export const HOST_STATUSES = ['prospect', 'active', 'paused', 'ended'] as const;
export type HostStatus = (typeof HOST_STATUSES)[number];
export const UNDERSTANDING = [
  'hikikomori',
  'mental_health',
  'developmental',
  'intellectual',
  'physical',
  'care_leavers',
  'long_term_unemployed',
  'elderly',
  'youth',
] as const;
export type Understanding = (typeof UNDERSTANDING)[number];
export const ATTENDANCE_MODES = ['any', 'all'] as const;
export type Attendance = (typeof ATTENDANCE_MODES)[number];
export const PAY_PREFERENCES = ['any', 'paid'] as const;
export type PayPreference = (typeof PAY_PREFERENCES)[number];

export const OPPORTUNITY_KINDS = ['ibasho', 'volunteer', 'work_experience', 'intermediate_work', 'employment', 'learning'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];
export const OPPORTUNITY_STATUSES = ['open', 'paused', 'closed'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** 参加の段階: 1 居場所 → 2 交流 → 3 体験 → 4 中間的就労 → 5 一般就労 */
export const STEPS = [1, 2, 3, 4, 5] as const;
export type Step = (typeof STEPS)[number];

export const GROUP_SIZES = ['solo', 'small', 'large'] as const;
export type GroupSize = (typeof GROUP_SIZES)[number];
export const CONVERSATION_LEVELS = ['none', 'little', 'much'] as const;
export type ConversationLevel = (typeof CONVERSATION_LEVELS)[number];

export const SUPPORTS = [
  'trial_visit',
  'accompaniment',
  'quiet_space',
  'job_coach',
  'online',
  'flexible_attendance',
  'short_hours',
] as const;
export type Support = (typeof SUPPORTS)[number];

export const GENDERS = ['female', 'male', 'other', 'unspecified'] as const;
export type Gender = (typeof GENDERS)[number];

export const PAY_KINDS = ['none', 'allowance', 'wage'] as const;
export type Pay = (typeof PAY_KINDS)[number];

export const TRAVEL_MODES = ['walk', 'bicycle', 'bus', 'train', 'car'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export const CONSENT_STATUSES = ['none', 'given', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** A place on the map. `area` is the city's short area code; coordinates are optional. */
export type Place = { area: string; lat?: number | null; lng?: number | null };

export type Environment = {
  groupSize: GroupSize;
  conversation: ConversationLevel;
  customerFacing: boolean;
  phone: boolean;
};

export type Eligibility = { minAge?: number | null; maxAge?: number | null; genders: Gender[] };

/**
 * What matching needs to know about one opportunity: the matching engine's view of it, narrower
 * than the record the API returns and than the database row.
 */
export type MatchableOpportunity = {
  id: string;
  hostId: string;
  hostName: string;
  title: string;
  kind: OpportunityKind;
  description: string;
  tags: string[];
  schedule: Slot[];
  location: Place & { station?: string | null; online: boolean };
  capacity: number;
  filled: number;
  step: Step;
  environment: Environment;
  support: Support[];
  eligibility: Eligibility;
  status: OpportunityStatus;
  pay: Pay;
  /** `all`: a fixed course, every slot is a session the person must attend; `any`: weekly, any slot. */
  attendance: Attendance;
  /** Months (1–12, Tokyo) the opportunity runs; empty means all year. */
  months: number[];
  /** The host's fields of understanding (its `understanding`). */
  hostUnderstanding: Understanding[];
  /** Last time the host said the opportunity is accurate, or it was changed (ISO 8601). */
  updatedAt: string;
  confirmedAt?: string | null;
};

export type Limits = {
  maxGroupSize: GroupSize;
  maxConversation: ConversationLevel;
  avoidCustomerFacing: boolean;
  avoidPhone: boolean;
};

/** What matching needs to know about one person. Never holds private fields. */
export type Profile = {
  age?: number | null;
  gender?: Gender | null;
  /** `station`: the nearest station, standing in for coordinates the person has not given. */
  home: Place & { station?: string | null };
  travel: { modes: TravelMode[]; maxMinutes: number };
  availability: Slot[];
  interests: string[];
  step: Step;
  limits: Limits;
  needs: Support[];
  preferences?: { pay: PayPreference } | null;
  /** Sensitive: the same codes as a host's understanding; never shown to hosts. */
  circumstances?: Understanding[] | null;
};

/** A host's record of keeping people: share of placements retained at 90 days. */
export type HostRetention = { eligible: number; retained: number };

/** A short explanation in plain Japanese, with a machine code. */
export type Reason = { code: string; message: string };
