export { confirmOpportunity, createOpportunity, getOpportunity, listOpportunities, updateOpportunity } from './opportunities';
export type { NewOpportunity, OpportunityListQuery, OpportunityPatch } from './opportunities';
export type { OpportunityView } from './rows';
