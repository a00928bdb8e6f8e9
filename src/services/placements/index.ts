export { createPlacement, getPlacement, listPlacements } from './placements';
export { transitionPlacement } from './transitions';
export type { PlacementDetailView, PlacementView } from './views';
