export { matchInlineProfile, matchParticipant, type MatchRequest } from './matching';
