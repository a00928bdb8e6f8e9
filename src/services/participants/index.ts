export { createParticipant, getParticipant, listParticipants, recordConsent, updateParticipant } from './participants';
export type { ParticipantView } from './participants';
