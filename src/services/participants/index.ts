export { assertNotErased } from './erasable';
export { eraseParticipant, exportParticipant } from './lifecycle';
export type { ErasureRequest, ParticipantExport } from './lifecycle';
export {
  createParticipant,
  getParticipant,
  getParticipantSummary,
  listParticipants,
  recordConsent,
  updateParticipant,
} from './participants';
export type {
  ConsentChange,
  NewParticipant,
  ParticipantChanges,
  ParticipantListRequest,
  ParticipantView,
  PrivateInput,
} from './participants';
