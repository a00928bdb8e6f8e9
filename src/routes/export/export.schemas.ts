import { z } from '../../lib/openapi';

/** The HSDS 3.0 objects as exported; field names are HSDS's own (snake_case), ids are UUIDs. */
const Uuid = z.string().openapi({ format: 'uuid' });

const Organization = z.object({ id: Uuid, name: z.string(), description: z.string() });

const Service = z.object({
  id: Uuid,
  organization_id: Uuid,
  name: z.string(),
  description: z.string(),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  minimum_age: z.number().optional(),
  maximum_age: z.number().optional(),
  eligibility_description: z.string().optional(),
  fees_description: z.string(),
  assured_date: z.string(),
  alert: z.string().optional(),
});

const Location = z.object({
  id: Uuid,
  location_type: z.enum(['physical', 'virtual']),
  organization_id: Uuid,
  name: z.string(),
  description: z.string().optional(),
  transportation: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
});

const ServiceAtLocation = z.object({ id: Uuid, service_id: Uuid, location_id: Uuid });

const Schedule = z.object({
  id: Uuid,
  service_id: Uuid,
  service_at_location_id: Uuid,
  freq: z.literal('WEEKLY'),
  byday: z.string().openapi({ example: 'TU,TH' }),
  opens_at: z.string().openapi({ example: '09:00+09:00' }),
  closes_at: z.string().openapi({ example: '12:00+09:00' }),
  timezone: z.number(),
  description: z.string(),
});

const Taxonomy = z.object({ id: Uuid, name: z.string(), description: z.string() });

const TaxonomyTerm = z.object({
  id: Uuid,
  code: z.string(),
  name: z.string(),
  description: z.string(),
  parent_id: Uuid.optional(),
  taxonomy_id: Uuid,
  language: z.string(),
});

const Attribute = z.object({
  id: Uuid,
  link_id: Uuid,
  link_type: z.string(),
  link_entity: z.enum(['organization', 'service', 'location']),
  taxonomy_term_id: Uuid,
  value: z.string().optional(),
});

export const HsdsCatalog = z
  .object({
    hsds_version: z.literal('3.0'),
    generated_at: z.string(),
    organizations: z.array(Organization),
    services: z.array(Service),
    locations: z.array(Location),
    service_at_locations: z.array(ServiceAtLocation),
    schedules: z.array(Schedule),
    taxonomies: z.array(Taxonomy),
    taxonomy_terms: z.array(TaxonomyTerm),
    attributes: z.array(Attribute),
  })
  .openapi('HsdsCatalog');
