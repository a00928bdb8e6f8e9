import type { Outcome } from '../../services/idempotency';

/** Tells the client that a response is the stored answer to an earlier request with the same `Idempotency-Key`. */
export function replayHeaders(outcome: Outcome<unknown>): Record<string, string> {
  return outcome.replayed ? { 'idempotent-replayed': 'true' } : {};
}
