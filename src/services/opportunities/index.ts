export { confirmOpportunity, createOpportunity, getOpportunity, listOpportunities, updateOpportunity } from './opportunities';
export type { NewOpportunity, OpportunityChanges, OpportunityListRequest } from './opportunities';
export type { OpportunityView } from './rows';
