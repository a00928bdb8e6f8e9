/**
 * The catalog as Open Referral HSDS 3.0 (https://docs.openreferral.org/en/3.0/): hosts become
 * organizations; each opportunity becomes a service with one location (where it takes place, or
 * "online"), the link between them (service_at_location) and its weekly schedules. What HSDS has
 * no field for (kind, step, environment, support, pay, host type and understanding, area) becomes
 * attributes with terms of the `tsunagu` taxonomy.
 *
 * Only what a public directory may show leaves the city: no participant data at all, and of a
 * host only its name, type, area and fields of understanding. Contact people, phone numbers,
 * e-mail, the street address and staff notes were given to the city for coordination, not for
 * publication, and are never exported.
 */
import { AREA_LABELS, STALE_LISTING_DAYS } from '../../config';
import { HOST_TYPE_LABELS, UNDERSTANDING_LABELS } from '../catalog/labels';
import { tokyoDate } from '../dates';
import { GENDER_LABELS } from '../matching/labels';
import type { Day, Environment, Gender, HostStatus, HostType, OpportunityKind, OpportunityStatus, Pay, Slot, Support } from '../types';
import { TSUNAGU_TAXONOMY, TSUNAGU_TERMS } from './taxonomy';
import type { HsdsAttribute, HsdsCatalog, HsdsLocation, HsdsOrganization, HsdsSchedule, HsdsService, HsdsServiceAtLocation } from './types';
import { uuidFor } from './uuid';

/** Hosts that take people in, or did and will again; prospects and ended hosts are not in a public directory. */
export const PUBLISHED_HOST_STATUSES = ['active', 'paused'] as const satisfies readonly HostStatus[];
/** Open and paused opportunities; closed ones are history. */
export const PUBLISHED_OPPORTUNITY_STATUSES = ['open', 'paused'] as const satisfies readonly OpportunityStatus[];

export type PublishedHost = {
  id: string;
  name: string;
  type: HostType;
  area: string;
  understanding: readonly string[];
  status: HostStatus;
};

export type PublishedOpportunity = {
  id: string;
  hostId: string;
  hostName: string;
  title: string;
  kind: OpportunityKind;
  description: string;
  schedule: readonly Slot[];
  location: { area: string; station: string | null; lat: number | null; lng: number | null; online: boolean };
  step: number;
  environment: Environment;
  support: readonly Support[];
  eligibility: { minAge: number | null; maxAge: number | null; genders: readonly Gender[] };
  pay: Pay;
  costYen: number;
  status: OpportunityStatus;
  /** Neither updated nor confirmed by its host for STALE_LISTING_DAYS. */
  stale: boolean;
  updatedAt: string;
  confirmedAt: string | null;
};

const TOKYO_UTC_OFFSET_HOURS = 9;
const TOKYO_OFFSET = '+09:00';

const ICAL_DAYS: Record<Day, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
export const DAY_LABELS: Record<Day, string> = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' };
const DAY_ORDER = Object.keys(ICAL_DAYS) as Day[];

const TERM_IDS = new Map(TSUNAGU_TERMS.map((t) => [t.code, t.id]));

/** The export of the published part of the catalog; anything not published is dropped here as well as in the query. */
export function hsdsCatalog(
  hosts: readonly PublishedHost[],
  opportunities: readonly PublishedOpportunity[],
  generatedAt: string,
): HsdsCatalog {
  const steps = hsdsCatalogSteps({ hosts, opportunities, generatedAt, stepSize: Infinity });
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same export built `stepSize` opportunities at a time: it pauses after each step, so a
 * caller can let other requests run between steps instead of holding the process for the whole
 * catalog.
 */
export function* hsdsCatalogSteps({
  hosts,
  opportunities,
  generatedAt,
  stepSize,
}: {
  hosts: readonly PublishedHost[];
  opportunities: readonly PublishedOpportunity[];
  generatedAt: string;
  stepSize: number;
}): Generator<void, HsdsCatalog> {
  const published = new Map(hosts.filter(isPublishedHost).map((host) => [host.id, host]));
  const listed = opportunities.filter((o) => published.has(o.hostId) && isPublishedOpportunity(o));
  const catalog: HsdsCatalog = {
    hsds_version: '3.0',
    generated_at: generatedAt,
    organizations: [],
    services: [],
    locations: [],
    service_at_locations: [],
    schedules: [],
    taxonomies: [TSUNAGU_TAXONOMY],
    taxonomy_terms: TSUNAGU_TERMS,
    attributes: [],
  };
  const organizationIds = new Map<string, string>();
  for (const host of published.values()) {
    const org = organization(host);
    organizationIds.set(host.id, org.id);
    catalog.organizations.push(org);
    catalog.attributes.push(...hostAttributes(host, org.id));
  }
  for (const [index, opportunity] of listed.entries()) {
    if (index > 0 && index % stepSize === 0) yield;
    const host = published.get(opportunity.hostId)!;
    const organizationId = organizationIds.get(host.id)!;
    const service = serviceOf(opportunity, host, organizationId);
    const location = locationOf(opportunity, organizationId);
    const link: HsdsServiceAtLocation = {
      id: uuidFor(`service_at_location:${opportunity.id}`),
      service_id: service.id,
      location_id: location.id,
    };
    catalog.services.push(service);
    catalog.locations.push(location);
    catalog.service_at_locations.push(link);
    catalog.schedules.push(...schedulesOf(opportunity, link));
    catalog.attributes.push(...opportunityAttributes(opportunity, service.id), ...locationAttributes(opportunity, location));
  }
  return catalog;
}

function isPublishedHost(host: PublishedHost): boolean {
  return (PUBLISHED_HOST_STATUSES as readonly HostStatus[]).includes(host.status);
}

function isPublishedOpportunity(opportunity: PublishedOpportunity): boolean {
  return (PUBLISHED_OPPORTUNITY_STATUSES as readonly OpportunityStatus[]).includes(opportunity.status);
}

function areaLabel(area: string): string {
  return AREA_LABELS[area as keyof typeof AREA_LABELS] ?? area;
}

/** HSDS requires a description; staff notes are internal, so it is written from the public fields. */
function organization(host: PublishedHost): HsdsOrganization {
  const understanding = host.understanding.map((u) => UNDERSTANDING_LABELS[u as keyof typeof UNDERSTANDING_LABELS] ?? u);
  const description =
    `${HOST_TYPE_LABELS[host.type]}（${areaLabel(host.area)}地域）の受け入れ先です。` +
    (understanding.length > 0 ? `理解のある分野: ${understanding.join('、')}。` : '');
  return { id: uuidFor(`organization:${host.id}`), name: host.name, description };
}

function serviceOf(opportunity: PublishedOpportunity, host: PublishedHost, organizationId: string): HsdsService {
  const { minAge, maxAge } = opportunity.eligibility;
  const eligibility = eligibilityDescription(opportunity.eligibility);
  return {
    id: uuidFor(`service:${opportunity.id}`),
    organization_id: organizationId,
    name: opportunity.title,
    description: opportunity.description,
    status: opportunity.status === 'open' && host.status === 'active' ? 'active' : 'temporarily closed',
    ...(minAge !== null && { minimum_age: minAge }),
    ...(maxAge !== null && { maximum_age: maxAge }),
    ...(eligibility && { eligibility_description: eligibility }),
    fees_description: opportunity.costYen === 0 ? '参加費はかかりません' : `参加費 ${opportunity.costYen}円`,
    assured_date: assuredDate(opportunity),
    ...(opportunity.stale && {
      alert: `受け入れ先による内容の確認から${STALE_LISTING_DAYS}日以上たっています。参加の前に最新の状況をご確認ください`,
    }),
  };
}

function eligibilityDescription(eligibility: PublishedOpportunity['eligibility']): string | null {
  const { minAge, maxAge, genders } = eligibility;
  const parts: string[] = [];
  if (minAge !== null && maxAge !== null) parts.push(`${minAge}歳から${maxAge}歳まで`);
  else if (minAge !== null) parts.push(`${minAge}歳以上`);
  else if (maxAge !== null) parts.push(`${maxAge}歳まで`);
  if (genders.length > 0) parts.push(`${genders.map((g) => GENDER_LABELS[g]).join('・')}のみ`);
  return parts.length > 0 ? `${parts.join('。')}。` : null;
}

/** The day the host last said the opportunity is accurate, by confirming or by changing it. */
function assuredDate(opportunity: PublishedOpportunity): string {
  const updated = Date.parse(opportunity.updatedAt);
  const confirmed = opportunity.confirmedAt === null ? updated : Date.parse(opportunity.confirmedAt);
  return tokyoDate(new Date(Math.max(updated, confirmed)));
}

function locationOf(opportunity: PublishedOpportunity, organizationId: string): HsdsLocation {
  const { location } = opportunity;
  const base = { id: uuidFor(`location:${opportunity.id}`), organization_id: organizationId };
  if (location.online) return { ...base, location_type: 'virtual', name: 'オンライン' };
  const station = location.station && (location.station.endsWith('駅') ? location.station : `${location.station}駅`);
  return {
    ...base,
    location_type: 'physical',
    name: opportunity.hostName,
    description: `${areaLabel(location.area)}地域`,
    ...(station && { transportation: `最寄り駅: ${station}` }),
    ...(location.lat !== null && location.lng !== null && { latitude: location.lat, longitude: location.lng }),
  };
}

/** One weekly schedule per distinct time window, with every day it recurs on (`byday: "TU,TH"`). */
function schedulesOf(opportunity: PublishedOpportunity, link: HsdsServiceAtLocation): HsdsSchedule[] {
  const windows = new Map<string, { start: string; end: string; days: Set<Day> }>();
  for (const slot of opportunity.schedule) {
    const key = `${slot.start}-${slot.end}`;
    const window = windows.get(key) ?? { start: slot.start, end: slot.end, days: new Set<Day>() };
    window.days.add(slot.day);
    windows.set(key, window);
  }
  return [...windows.entries()].map(([key, window]) => {
    const days = DAY_ORDER.filter((day) => window.days.has(day));
    return {
      id: uuidFor(`schedule:${opportunity.id}:${key}`),
      service_id: link.service_id,
      service_at_location_id: link.id,
      freq: 'WEEKLY',
      byday: days.map((day) => ICAL_DAYS[day]).join(','),
      opens_at: `${window.start}${TOKYO_OFFSET}`,
      closes_at: `${window.end}${TOKYO_OFFSET}`,
      timezone: TOKYO_UTC_OFFSET_HOURS,
      description: `毎週${days.map((day) => DAY_LABELS[day]).join('・')}曜 ${window.start}〜${window.end}`,
    };
  });
}

function hostAttributes(host: PublishedHost, organizationId: string): HsdsAttribute[] {
  const link = { entity: 'organization', ourId: host.id, hsdsId: organizationId } as const;
  return [attribute(link, 'host_type', host.type), ...host.understanding.map((field) => attribute(link, 'understanding', field))].filter(
    (a): a is HsdsAttribute => a !== null,
  );
}

function opportunityAttributes(opportunity: PublishedOpportunity, serviceId: string): HsdsAttribute[] {
  const link = { entity: 'service', ourId: opportunity.id, hsdsId: serviceId } as const;
  const { environment } = opportunity;
  return [
    attribute(link, 'kind', opportunity.kind),
    attribute(link, 'step', String(opportunity.step)),
    attribute(link, 'environment', `group_size:${environment.groupSize}`),
    attribute(link, 'environment', `conversation:${environment.conversation}`),
    attribute(link, 'environment', 'customer_facing', String(environment.customerFacing)),
    attribute(link, 'environment', 'phone', String(environment.phone)),
    ...opportunity.support.map((support) => attribute(link, 'support', support)),
    attribute(link, 'pay', opportunity.pay),
  ].filter((a): a is HsdsAttribute => a !== null);
}

function locationAttributes(opportunity: PublishedOpportunity, location: HsdsLocation): HsdsAttribute[] {
  if (location.location_type !== 'physical') return [];
  const area = attribute({ entity: 'location', ourId: opportunity.id, hsdsId: location.id }, 'area', opportunity.location.area);
  return area ? [area] : [];
}

type Link = { entity: HsdsAttribute['link_entity']; ourId: string; hsdsId: string };

/** An attribute with the term `dimension:value`; null for a value the taxonomy does not know (never a dangling term id). */
function attribute(link: Link, dimension: string, value: string, attributeValue?: string): HsdsAttribute | null {
  const code = `${dimension}:${value}`;
  const termId = TERM_IDS.get(code);
  if (termId === undefined) return null;
  return {
    id: uuidFor(`attribute:${link.entity}:${link.ourId}:${code}`),
    link_id: link.hsdsId,
    link_type: dimension,
    link_entity: link.entity,
    taxonomy_term_id: termId,
    ...(attributeValue !== undefined && { value: attributeValue }),
  };
}
