/**
 * The Open Referral HSDS 3.0 objects the export writes, with HSDS field names. Optional fields are
 * left out when there is nothing to say (HSDS types them as strings or numbers, never null).
 */

export type HsdsOrganization = { id: string; name: string; description: string };

export type HsdsServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export type HsdsService = {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  status: HsdsServiceStatus;
  minimum_age?: number;
  maximum_age?: number;
  eligibility_description?: string;
  fees_description: string;
  assured_date: string;
  alert?: string;
};

export type HsdsLocation = {
  id: string;
  location_type: 'physical' | 'virtual';
  organization_id: string;
  name: string;
  description?: string;
  transportation?: string;
  latitude?: number;
  longitude?: number;
};

export type HsdsServiceAtLocation = { id: string; service_id: string; location_id: string };

export type HsdsSchedule = {
  id: string;
  service_id: string;
  service_at_location_id: string;
  freq: 'WEEKLY';
  byday: string;
  opens_at: string;
  closes_at: string;
  timezone: number;
  description: string;
};

export type HsdsTaxonomy = { id: string; name: string; description: string };

export type HsdsTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy_id: string;
  language: string;
};

export type HsdsAttribute = {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: 'organization' | 'service' | 'location';
  taxonomy_term_id: string;
  value?: string;
};

/** The whole catalog in one document: each HSDS table as an array of its objects, linked by id. */
export type HsdsCatalog = {
  hsds_version: '3.0';
  generated_at: string;
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
  service_at_locations: HsdsServiceAtLocation[];
  schedules: HsdsSchedule[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
  attributes: HsdsAttribute[];
};
