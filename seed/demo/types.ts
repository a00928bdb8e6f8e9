/**
 * Shapes of the seed data. Each one is the API's POST body plus a stable local `key` (and
 * `hostKey` / `supporterKey` references), because ids are server-generated: the runner creates
 * records in order and swaps keys for the ids it gets back.
 */
import type { AREAS } from '../../src/config';
import type { Role } from '../../src/domain/roles';
import type {
  Attendance,
  Environment,
  Gender,
  HostStatus,
  HostType,
  OpportunityKind,
  OpportunityStatus,
  Pay,
  Profile,
  Slot,
  Step,
  Support,
  UNDERSTANDING,
} from '../../src/domain/types';

export type Area = (typeof AREAS)[number];
export type Understanding = (typeof UNDERSTANDING)[number];

export type DemoHost = {
  key: string;
  name: string;
  nameKana: string;
  type: HostType;
  area: Area;
  address: string;
  contact: { person: string; phone: string; email: string };
  understanding: Understanding[];
  status: HostStatus;
  notes: string;
};

/** Online-only openings have no station and no coordinates. */
export type DemoLocation = {
  area: Area;
  station: string | null;
  lat: number | null;
  lng: number | null;
  online: boolean;
};

export type DemoOpportunity = {
  hostKey: string;
  title: string;
  kind: OpportunityKind;
  description: string;
  tags: string[];
  schedule: Slot[];
  location: DemoLocation;
  capacity: number;
  step: Step;
  environment: Environment;
  support: Support[];
  eligibility: { minAge?: number; maxAge?: number; genders: Gender[] };
  pay: Pay;
  costYen: number;
  status: OpportunityStatus;
  /** `all` for a fixed course (every slot is a session); weekly (`any`) when left out. */
  attendance?: Attendance;
  /** The months it runs (1–12); all year when left out. */
  months?: number[];
};

export const REFERRERS = [
  '地域包括支援センター',
  '障害者相談支援事業所',
  '子育て窓口',
  '暮らしサポートセンター',
  '重層的支援会議',
] as const;
export type Referrer = (typeof REFERRERS)[number];

export const SUPPORTER_KEYS = ['supporter-a', 'supporter-b'] as const;
export type SupporterKey = (typeof SUPPORTER_KEYS)[number];

/** A matching profile (the domain's, so the two cannot drift) plus the record's own fields. */
export type DemoParticipant = Pick<
  Profile,
  'travel' | 'availability' | 'interests' | 'step' | 'limits' | 'needs' | 'preferences' | 'circumstances'
> & {
  key: string;
  /** The demo supporter the participant is assigned to (`assignedTo` once ids exist). */
  supporterKey: SupporterKey;
  displayName: string;
  age?: number;
  gender?: Gender;
  /** People who have not shared where they live give their nearest station instead of coordinates. */
  home: { area: Area; lat?: number; lng?: number; station?: string };
  goals: string;
  referredBy: Referrer;
  /**
   * Consent cannot be set in the create body: the runner records `given` through
   * `POST /v1/participants/{id}/consent` (with `scope`) and leaves `none` as created.
   */
  consent: { status: 'given' | 'none'; scope?: string };
  private: { name: string; nameKana: string; phone: string; address: string; notes: string };
};

export type DemoUser = {
  key: string;
  name: string;
  role: Role;
  /** Set for `host` users only: the host they act for. */
  hostKey?: string;
};
