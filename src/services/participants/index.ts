export { createParticipant, getParticipant, getParticipantSummary, listParticipants, recordConsent, updateParticipant } from './participants';
export type {
  ConsentChange, NewParticipant, ParticipantChanges, ParticipantListRequest, ParticipantView, PrivateInput,
} from './participants';
