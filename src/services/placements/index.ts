export { createPlacement, getPlacement, listPlacements, type NewPlacement, type PlacementListRequest } from './placements';
export { transitionPlacement, type TransitionRequest } from './transitions';
export type { HostPlacementView, PlacementDetailView, PlacementView } from './views';
