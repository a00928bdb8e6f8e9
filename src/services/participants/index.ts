export { createParticipant, getParticipant, listParticipants, recordConsent, updateParticipant } from './participants';
export type {
  ConsentChange, NewParticipant, ParticipantChanges, ParticipantListRequest, ParticipantView, PrivateInput,
} from './participants';
