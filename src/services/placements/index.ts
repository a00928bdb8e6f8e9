export { createPlacement, getPlacement, listPlacements, type NewPlacement, type PlacementListRequest } from './placements';
export { transitionPlacement, type TransitionRequest } from './transitions';
export type { PlacementDetailView, PlacementView } from './views';
