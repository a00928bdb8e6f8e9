/** Area codes against the settings in force: the check at start and the move that answers it. */
export { moveArea, type AreaMoveOutcome } from './move';
export { findStrandedAreas, refuseStrandedAreas, StrandedAreasError } from './stranded';
